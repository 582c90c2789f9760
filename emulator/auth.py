"""HTTP Basic authentication against WordPress-style application passwords.

Passwords are kept only as salted PBKDF2 digests. WordPress strips every character that is not a letter or a
digit from an application password before checking it, so ``abcd efgh ijkl`` and ``abcdefghijkl`` are the same
password; the emulator does the same. A verified header is remembered by a keyed digest (never the password)
so that a benchmark does not pay the key-derivation cost on every request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

ADMINISTRATOR = "administrator"
_ITERATIONS = 120_000
_CACHE_SIZE = 4096
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")


def normalise_password(password: str) -> str:
    return _NOT_ALNUM.sub("", password)


@dataclass(frozen=True)
class User:
    """A WordPress user allowed to call the API. ``repr`` never shows the password digest."""

    login: str
    role: str
    email: str
    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    @property
    def is_admin(self) -> bool:
        return self.role == ADMINISTRATOR

    def check(self, password: str) -> bool:
        candidate = hashlib.pbkdf2_hmac(
            "sha256", normalise_password(password).encode(), self.salt, _ITERATIONS
        )
        return hmac.compare_digest(candidate, self.digest)


def make_user(login: str, password: str, role: str = ADMINISTRATOR, email: str | None = None) -> User:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", normalise_password(password).encode(), salt, _ITERATIONS)
    return User(login=login, role=role, email=email or f"{login}@example.test", salt=salt, digest=digest)


def generate_password() -> str:
    """A 24-character application password like the ones WordPress issues."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(24))


class Authenticator:
    """Resolves an ``Authorization`` header to a :class:`User`, or ``None`` for an anonymous caller."""

    def __init__(self, users: list[User]) -> None:
        self._users = {user.login.lower(): user for user in users}
        self._by_email = {user.email.lower(): user for user in users}
        self._cache_key = secrets.token_bytes(32)
        self._cache: OrderedDict[bytes, User | None] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Authenticator(users={sorted(self._users)})"

    @property
    def users(self) -> list[User]:
        return list(self._users.values())

    def authenticate(self, header: str | None) -> User | None:
        if not header:
            return None
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "basic" or not token.strip():
            return None
        fingerprint = hmac.new(self._cache_key, token.strip().encode(), hashlib.sha256).digest()
        with self._lock:
            if fingerprint in self._cache:
                self._cache.move_to_end(fingerprint)
                return self._cache[fingerprint]
        user = self._verify(token.strip())
        with self._lock:
            self._cache[fingerprint] = user
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return user

    def _verify(self, token: str) -> User | None:
        try:
            decoded = base64.b64decode(token, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            return None
        login, sep, password = decoded.partition(":")
        if not sep:
            return None
        user = self._users.get(login.lower()) or self._by_email.get(login.lower())
        if user is None or not user.check(password):
            return None
        return user
