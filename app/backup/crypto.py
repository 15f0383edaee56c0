"""Encrypted backups: Fernet (AES-128-CBC with HMAC-SHA256, from the `cryptography` package) under
a key derived from the passphrase with scrypt and a random salt. Nothing here is home-made: the
file is a header naming the construction and its parameters, then one Fernet token.

    QIANTAI-ENCRYPTED-BACKUP\\n
    {"cipher": "fernet", "compression": "zlib", "format": 1, "kdf": "scrypt", "n": 32768, "p": 1,
     "r": 8, "salt": "<base64 of 16 random bytes>"}\\n
    <the Fernet token of the zlib-compressed SQLite file>

The token authenticates everything it holds: a wrong passphrase and a changed or cut file are
refused alike, before anything is written. `cryptography` is imported only when a backup is
encrypted or decrypted. The whole file passes through memory (compressed, then as the token):
about twice the compressed size, which a dealer's database (tens to a few hundred MB, compressing
3-5 times) affords.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from pathlib import Path
from typing import Any

MAGIC = b"QIANTAI-ENCRYPTED-BACKUP\n"
FORMAT = 1
SCRYPT_N = 2**15  # about 0.1 s and 32 MiB once per backup: a guessed passphrase costs as much
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
MIN_PASSPHRASE = 8


class WrongPassphrase(Exception):
    """The passphrase does not open the file, or the file was changed or cut short."""


class NotEncrypted(Exception):
    """The file does not start with the encrypted backup's header."""


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return base64.urlsafe_b64encode(raw)


def encrypt_file(plain: Path, target: Path, passphrase: str) -> None:
    """Writes the encrypted form of plain to target (flushed to disk)."""
    from cryptography.fernet import Fernet

    salt = os.urandom(SALT_BYTES)
    header: dict[str, Any] = {
        "format": FORMAT,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "cipher": "fernet",
        "compression": "zlib",
    }
    token = Fernet(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        zlib.compress(plain.read_bytes(), 6)
    )
    with target.open("wb") as f:
        f.write(MAGIC)
        f.write(json.dumps(header, sort_keys=True).encode("ascii") + b"\n")
        f.write(token)
        f.flush()
        os.fsync(f.fileno())


def decrypt_file(encrypted: Path, target: Path, passphrase: str) -> None:
    """Writes the SQLite file held in encrypted to target; WrongPassphrase if it does not open."""
    from cryptography.fernet import Fernet, InvalidToken

    data = encrypted.read_bytes()
    if not data.startswith(MAGIC):
        raise NotEncrypted(str(encrypted))
    header_line, _, token = data[len(MAGIC) :].partition(b"\n")
    try:
        header = json.loads(header_line)
        if (
            header.get("format") != FORMAT
            or header.get("kdf") != "scrypt"
            or header.get("cipher") != "fernet"
        ):
            raise WrongPassphrase("unknown format")
        key = _key(
            passphrase, base64.b64decode(header["salt"]), int(header["n"]), int(header["r"]), int(header["p"])
        )
    except (ValueError, KeyError, TypeError) as e:
        raise WrongPassphrase("damaged header") from e
    try:
        plain = zlib.decompress(Fernet(key).decrypt(token))
    except (InvalidToken, zlib.error) as e:
        raise WrongPassphrase("does not open") from e
    with target.open("wb") as f:
        f.write(plain)
        f.flush()
        os.fsync(f.fileno())


def round_trip_works() -> bool:
    """Encrypts and decrypts a few bytes (the packaged program's selftest: the library is there)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qiantai-selftest-") as folder:
        plain, enc, back = (Path(folder) / n for n in ("plain", "enc", "back"))
        plain.write_bytes(b"SQLite format 3\x00qiantai selftest")
        encrypt_file(plain, enc, "selftest-passphrase")
        decrypt_file(enc, back, "selftest-passphrase")
        return back.read_bytes() == plain.read_bytes() and is_encrypted(enc)
