"""Random tokens and receipt codes, and the hashes they are kept as."""

from __future__ import annotations

import hashlib
import secrets

# Crockford's base 32: no I, L, O or U, so a child copying the code by hand cannot
# confuse 1 with I or 0 with O; those letters are read as the digits they look like.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECEIPT_GROUPS = 4  # 4 groups of 4 characters: 80 random bits


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_id() -> str:
    """A random row id, so ids say nothing about who came first."""
    return secrets.token_hex(16)


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _random_code(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def _as_typed(typed: str) -> str:
    """Letters and digits only, upper case, look-alike letters read as digits."""
    return "".join(c for c in typed.upper() if c.isalnum()).translate(_LOOKALIKES)


def new_receipt_code() -> str:
    chars = _random_code(4 * RECEIPT_GROUPS)
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def new_join_code() -> str:
    """A group session's join code: six characters, short enough to read out in a room."""
    return _random_code(6)


def normalise_join_code(typed: str) -> str:
    return _as_typed(typed)


def normalise_receipt_code(typed: str) -> str | None:
    """The code as issued, from however it was typed (spaces, dashes, lower case, O for 0)."""
    chars = _as_typed(typed)
    if len(chars) != 4 * RECEIPT_GROUPS or any(c not in _ALPHABET for c in chars):
        return None
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))
