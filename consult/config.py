"""Configuration: one typed object with safe defaults, overridden by the environment."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INSTANCE = PROJECT_ROOT / "instance"


def _secret_key(instance: Path) -> str:
    """Read the secret key kept in the instance folder, making one on first use.

    A constant key in the source would let anyone forge session cookies, so the key is
    random, made once per installation and never committed.
    """
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


@dataclass
class Config:
    INSTANCE_PATH: Path = DEFAULT_INSTANCE
    DATABASE_URL: str = ""
    SECRET_KEY: str = ""
    # The session cookie is the only cookie; it never outlives the browser and is never
    # readable from scripts or sent over plain HTTP in production.
    SESSION_COOKIE_NAME: str = "cairn"
    SESSION_COOKIE_HTTPONLY: bool = True
    SESSION_COOKIE_SAMESITE: str = "Lax"
    SESSION_COOKIE_SECURE: bool = False
    # CSRF tokens live as long as the draft they protect, so a child who takes an hour
    # over one page can still press Continue.
    WTF_CSRF_TIME_LIMIT: int | None = None
    # Answers in progress are kept this long after the last page, then forgotten.
    DRAFT_IDLE_MINUTES: int = 120
    # 50,000-character answers must reach the form to be refused kindly, not by the server.
    MAX_CONTENT_LENGTH: int = 1024 * 1024
    MAX_FORM_MEMORY_SIZE: int = 1024 * 1024
    # Where "Exit this page" goes: a neutral site that gives nothing away.
    EXIT_URL: str = "https://www.bbc.co.uk/weather"
    # Offered to young people; by default English plus every complete translation.
    LANGUAGES: tuple[str, ...] | None = None
    BABEL_DEFAULT_LOCALE: str = "en"
    BABEL_TRANSLATION_DIRECTORIES: str = str(PROJECT_ROOT / "translations")
    TESTING: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_environment(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> Config:
        """Defaults, then any `CAIRN_*` or plain variable of the same name in the environment."""
        env = os.environ if environ is None else environ
        config = cls()
        if "INSTANCE_PATH" in env:
            config.INSTANCE_PATH = Path(env["INSTANCE_PATH"])
        config.DATABASE_URL = env.get("DATABASE_URL", "")
        config.SECRET_KEY = env.get("SECRET_KEY", "")
        if env.get("SESSION_COOKIE_SECURE", "").lower() in {"1", "true", "yes"}:
            config.SESSION_COOKIE_SECURE = True
        if "EXIT_URL" in env:
            config.EXIT_URL = env["EXIT_URL"]
        return config

    def finalise(self) -> None:
        """Fill in what depends on the instance folder: the database and the secret key."""
        if not self.DATABASE_URL:
            self.INSTANCE_PATH.mkdir(parents=True, exist_ok=True)
            self.DATABASE_URL = f"sqlite:///{self.INSTANCE_PATH / 'cairn.sqlite3'}"
        if not self.SECRET_KEY:
            self.SECRET_KEY = _secret_key(self.INSTANCE_PATH)

    def as_flask_mapping(self) -> dict[str, object]:
        mapping = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        mapping.update(self.extra)
        return mapping
