"""Password hashing with scrypt (memory-hard, in the standard library).

A stored hash reads `scrypt$N$r$p$salt$digest` (base64 salt and digest), so a hash made with
weaker parameters is still checked with its own and can be upgraded at the next good login
(`needs_rehash`). An unknown or disabled user costs the same hashing as a known one
(`verify_nobody`): the time of a refusal does not tell whether the name exists.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass

_SALT_BYTES = 16
_DIGEST_BYTES = 64
# Parameters read back from a stored hash beyond these are refused unread (a damaged or planted
# row must not make a login allocate gigabytes).
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16


@dataclass(frozen=True)
class ScryptParams:
    n: int  # CPU/memory cost, a power of two
    r: int  # block size
    p: int  # parallelism

    @property
    def maxmem(self) -> int:
        """What OpenSSL needs (128·r·(N+2) for V plus 128·r·p for B), and 1 MiB to spare."""
        return 128 * self.r * (self.n + 2 + self.p) + 2**20

    def weaker_than(self, other: ScryptParams) -> bool:
        return self.n < other.n or self.r < other.r or self.p < other.p

    def sane(self) -> bool:
        return (
            2 <= self.n <= _MAX_N
            and self.n & (self.n - 1) == 0
            and 1 <= self.r <= _MAX_R
            and 1 <= self.p <= _MAX_P
        )


# 2**17 x 8 x 128 bytes = 128 MiB per hash, about half a second: the login of a counter PC can
# afford it, an attacker with a stolen database pays it for every guess.
PRODUCTION = ScryptParams(n=2**17, r=8, p=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, params: ScryptParams) -> bytes:
    """The one place that hashes (tests watch it to see both login paths pay the same)."""
    return hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=_DIGEST_BYTES,
    )


def _format(params: ScryptParams, salt: bytes, digest: bytes) -> str:
    return f"scrypt${params.n}${params.r}${params.p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return None
        params = ScryptParams(int(n), int(r), int(p))
        decoded = base64.b64decode(salt, validate=True), base64.b64decode(digest, validate=True)
    except (ValueError, binascii.Error):
        return None
    return (params, *decoded) if params.sane() else None


class PasswordHasher:
    """Hashes with `params` (the program: PRODUCTION); checks any stored scrypt hash."""

    def __init__(self, params: ScryptParams = PRODUCTION) -> None:
        if not params.sane():
            raise ValueError(f"scrypt parameters out of range: {params}")
        self.params = params
        # A hash of nothing with the current parameters: checking a password against it costs
        # what checking a real one does, and never matches (the digest is random, not derived).
        self._nobody = _format(params, os.urandom(_SALT_BYTES), os.urandom(_DIGEST_BYTES))

    def hash(self, password: str) -> str:
        salt = os.urandom(_SALT_BYTES)
        return _format(self.params, salt, _scrypt(password, salt, self.params))

    def verify(self, password: str, stored: str) -> bool:
        parsed = _parse(stored)
        if parsed is None:
            self.verify_nobody(password)  # an unreadable hash takes no less time
            return False
        params, salt, expected = parsed
        return hmac.compare_digest(expected, _scrypt(password, salt, params))

    def verify_nobody(self, password: str) -> None:
        """Spends the time of a check for a user who does not exist (or may not log in)."""
        self.verify(password, self._nobody)

    def needs_rehash(self, stored: str) -> bool:
        """A hash made with weaker parameters than ours (or unreadable): store a new one."""
        parsed = _parse(stored)
        return parsed is None or parsed[0].weaker_than(self.params)
