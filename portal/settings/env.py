"""Reading configuration from the environment, with one clear message per mistake.

Every setting that comes from the environment goes through here so that a bad value
stops start-up with a sentence a system administrator can act on, not a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

env = environ.Env()

SUPPORTED_DATABASE_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}

# SQLite behind a web server, whose requests write at the same time. Seconds a writer waits for
# the write lock before "database is locked" (the Huey queue file waits as long).
SQLITE_BUSY_TIMEOUT = 20
SQLITE_OPTIONS = {
    # Write-ahead log: readers never wait for the writer, nor the writer for readers; with it,
    # synchronous=NORMAL is safe against corruption and spares a disk flush per commit.
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    # Every transaction takes the write lock when it begins. A deferred one that read first
    # and then wants to write while another holds the lock fails at once, without waiting
    # out the timeout; an immediate one waits its turn at BEGIN.
    "transaction_mode": "IMMEDIATE",
    "timeout": SQLITE_BUSY_TIMEOUT,
}


class ConfigurationError(ImproperlyConfigured):
    """A setting read from the environment is missing or malformed."""


def required(name: str) -> str:
    """Return the environment variable ``name`` or stop with a clear message."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ConfigurationError(f"Falta la variable de entorno {name}, obligatoria en producción.")
    return value


def strong_secret_key(value: str) -> str:
    """``value`` if Django's deployment check would accept it as a secret key; else a one-line stop."""
    if len(value) < 50 or len(set(value)) < 5 or value.startswith("django-insecure-"):
        raise ConfigurationError(
            "SECRET_KEY es débil: use al menos 50 caracteres aleatorios, p. ej. la salida de "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
    return value


def embedded_file(path: Path) -> str:
    """A file of the embedded defaults (SQLite database, SqliteHuey queue), its folder created.

    A fresh clone has no ``var/``: without it SQLite cannot open the file, and the first
    ``manage.py`` command would die with a traceback.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def database_config(default_path: Path) -> dict:
    """The default database: ``DATABASE_URL`` when set, else an SQLite file."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": embedded_file(default_path),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    parsed = urlparse(url)
    if parsed.scheme not in SUPPORTED_DATABASE_SCHEMES:
        raise ConfigurationError(
            f"DATABASE_URL no es válida ({_redact(url)}): use "
            "postgres://usuario:clave@servidor:5432/base o sqlite:////ruta/archivo.sqlite3."
        )
    if parsed.scheme != "sqlite" and not (parsed.hostname or "").strip():
        raise ConfigurationError(
            f"DATABASE_URL no es válida ({_redact(url)}): falta el servidor de base de datos."
        )
    if parsed.scheme != "sqlite" and not parsed.path.strip("/"):
        raise ConfigurationError(
            f"DATABASE_URL no es válida ({_redact(url)}): falta el nombre de la base de datos."
        )
    try:
        parsed.port  # noqa: B018 - raises ValueError on a malformed port
        config = environ.Env.db_url_config(url)
    except (ValueError, KeyError) as exc:
        raise ConfigurationError(f"DATABASE_URL no es válida ({_redact(url)}): {exc}") from exc
    if parsed.scheme == "sqlite":
        # Options written in the URL (``?timeout=30``) take precedence.
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    config["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    config["CONN_HEALTH_CHECKS"] = True
    return config


def redis_url() -> str | None:
    """``REDIS_URL`` when set, validated; ``None`` means no Redis (embedded defaults)."""
    url = os.environ.get("REDIS_URL", "").strip()
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in {"redis", "rediss", "unix"} or not (parsed.hostname or parsed.path):
        raise ConfigurationError(f"REDIS_URL no es válida ({_redact(url)}): use redis://servidor:6379/0.")
    try:
        parsed.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise ConfigurationError(f"REDIS_URL no es válida ({_redact(url)}): {exc}") from exc
    return url


def whole_number(name: str, default: int, *, minimum: int = 0) -> int:
    """The environment variable ``name`` as a whole number of at least ``minimum``, else ``default``."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise ConfigurationError(
            f"{name} debe ser un número entero mayor o igual que {minimum} (vale {raw!r})."
        )
    return value


def list_of(name: str, default: list[str] | None = None) -> list[str]:
    """A comma-separated environment variable as a list of non-empty strings."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def _redact(url: str) -> str:
    """The URL with any password replaced, safe to print."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url
