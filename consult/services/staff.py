"""Staff accounts, with argon2 password hashes (argon2-cffi: memory-hard, salted, tuned)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.models import StaffUser
from consult.services import DomainError
from consult.vocab import ROLES

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 12
# Verified when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def add_staff(session: Session, email: str, name: str, role: str, password: str) -> StaffUser:
    email = email.strip().lower()
    if role not in ROLES:
        raise DomainError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(StaffUser).where(func.lower(StaffUser.email) == email)):
        raise DomainError(f"{email} already has an account")
    user = StaffUser(email=email, name=name, role=role, password_hash=_hasher.hash(password))
    session.add(user)
    session.commit()
    return user


def authenticate(session: Session, email: str, password: str) -> StaffUser | None:
    """The active account for these credentials, or None; rehashes if parameters changed."""
    user = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.commit()
    return user


def set_password(session: Session, email: str, password: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None:
        raise DomainError(f"{email} has no account")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    user.password_hash = _hasher.hash(password)
    session.commit()
    return user
