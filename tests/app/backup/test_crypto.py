"""Encrypted backups: Fernet under a scrypt key; a wrong passphrase or a changed file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.backup import crypto


def test_round_trip_and_the_header_names_the_construction(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"SQLite format 3\x00" + b"customer 13800138000 " * 2000)
    enc = tmp_path / "b.db.enc"
    crypto.encrypt_file(plain, enc, "长城汽车-secret")
    data = enc.read_bytes()
    assert crypto.is_encrypted(enc) and not crypto.is_encrypted(plain)
    assert b"13800138000" not in data and b"SQLite" not in data
    header = json.loads(data[len(crypto.MAGIC) :].split(b"\n", 1)[0])
    assert header["kdf"] == "scrypt" and header["cipher"] == "fernet" and len(header["salt"]) == 24
    out = tmp_path / "out.db"
    crypto.decrypt_file(enc, out, "长城汽车-secret")
    assert out.read_bytes() == plain.read_bytes()
    again = tmp_path / "again.db.enc"
    crypto.encrypt_file(plain, again, "长城汽车-secret")
    assert again.read_bytes() != data  # a new salt, a new key, a new token every time


def test_a_wrong_passphrase_or_a_changed_byte_is_refused_before_writing(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"x" * 5000)
    enc = tmp_path / "b.db.enc"
    crypto.encrypt_file(plain, enc, "right-passphrase")
    out = tmp_path / "out.db"
    with pytest.raises(crypto.WrongPassphrase):
        crypto.decrypt_file(enc, out, "wrong-passphrase")
    data = bytearray(enc.read_bytes())
    data[-30] ^= 1
    enc.write_bytes(bytes(data))
    with pytest.raises(crypto.WrongPassphrase):
        crypto.decrypt_file(enc, out, "right-passphrase")
    enc.write_bytes(bytes(data[: len(data) // 2]))  # cut short
    with pytest.raises(crypto.WrongPassphrase):
        crypto.decrypt_file(enc, out, "right-passphrase")
    assert not out.exists()


def test_the_selftest_round_trip() -> None:
    assert crypto.round_trip_works()
