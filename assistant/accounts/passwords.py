"""Password hashes for log-in: PBKDF2-HMAC-SHA256 with a random salt (standard library), compared in
constant time. Stored as ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 240_000


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored or stored.count("$") != 3:
        hashlib.pbkdf2_hmac("sha256", password.encode(), b"x" * 16, ITERATIONS)  # same time for unknown users
        return False
    scheme, iterations, salt, digest = stored.split("$")
    if scheme != "pbkdf2_sha256":
        return False
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(got.hex(), digest)
