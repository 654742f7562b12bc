"""Settings from the environment, and one clear message when they are wrong."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.settings.env import ConfigurationError, database_config, redis_url, whole_number

# Each test reads the environment it is given, or runs manage.py with its own: none depends on
# the database and queue the suite runs on.
pytestmark = pytest.mark.backend_independent

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = Path("/tmp/x.sqlite3")


def test_no_database_url_means_an_sqlite_file(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_config(DEFAULT)
    assert (config["ENGINE"], config["NAME"]) == ("django.db.backends.sqlite3", str(DEFAULT))


def _is_set_up_for_concurrent_writes(options: dict) -> bool:
    pragmas = {" ".join(p.upper().split()) for p in options["init_command"].split(";")}
    return (
        "PRAGMA JOURNAL_MODE=WAL" in pragmas
        and options["transaction_mode"] == "IMMEDIATE"
        and options["timeout"] >= 10
    )


def test_the_sqlite_default_waits_its_turn_to_write(monkeypatch):
    """WAL, a busy timeout and IMMEDIATE transactions: concurrent requests queue, none fails."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert _is_set_up_for_concurrent_writes(database_config(DEFAULT)["OPTIONS"])


def test_an_sqlite_url_gets_the_same_options_and_may_override_them(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:////srv/portal/portal.sqlite3")
    config = database_config(DEFAULT)
    assert config["NAME"] == "/srv/portal/portal.sqlite3"
    assert _is_set_up_for_concurrent_writes(config["OPTIONS"])
    monkeypatch.setenv("DATABASE_URL", "sqlite:////srv/portal/portal.sqlite3?timeout=45")
    options = database_config(DEFAULT)["OPTIONS"]
    assert options["timeout"] == 45 and options["transaction_mode"] == "IMMEDIATE"


def test_postgres_url_switches_to_postgresql(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://portal:secreto@db.interno:5432/portal")
    config = database_config(DEFAULT)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.interno", 5432, "portal")
    assert "transaction_mode" not in config.get("OPTIONS", {})


@pytest.mark.parametrize(
    "url",
    [
        "mysql//oops",
        "postgres://",
        "postgres://db.interno:54x2/portal",
        "postgres://db.interno:5432/",
        "ftp://db/portal",
    ],
)
def test_malformed_database_url_is_a_clear_configuration_error(monkeypatch, url):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ConfigurationError, match="DATABASE_URL no es válida"):
        database_config(DEFAULT)


def test_the_message_never_shows_the_database_password(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "ftp://portal:supersecreto@db/portal")
    with pytest.raises(ConfigurationError) as error:
        database_config(DEFAULT)
    assert "supersecreto" not in str(error.value)


def test_redis_url_is_validated(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    assert redis_url() == "redis://127.0.0.1:6379/3"
    monkeypatch.setenv("REDIS_URL", "http://cache")
    with pytest.raises(ConfigurationError, match="REDIS_URL no es válida"):
        redis_url()
    monkeypatch.delenv("REDIS_URL")
    assert redis_url() is None


def test_whole_numbers_from_the_environment_are_checked(monkeypatch):
    monkeypatch.delenv("TRUSTED_PROXY_COUNT", raising=False)
    assert whole_number("TRUSTED_PROXY_COUNT", 0) == 0
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", " 2 ")
    assert whole_number("TRUSTED_PROXY_COUNT", 0) == 2
    for bad in ("dos", "-1", "1.5"):
        monkeypatch.setenv("TRUSTED_PROXY_COUNT", bad)
        with pytest.raises(ConfigurationError, match="TRUSTED_PROXY_COUNT debe ser un número entero"):
            whole_number("TRUSTED_PROXY_COUNT", 0)


def _manage(*args, env):
    ignored = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 10 + "9f8e7d6c5b4a3210fedcba9876543210abcdefghijklmnop",
    "ALLOWED_HOSTS": "portal.instituto.gov.co",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
}


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("SECRET_KEY", "Falta la variable de entorno SECRET_KEY"),
        ("ALLOWED_HOSTS", "Falta la variable de entorno ALLOWED_HOSTS"),
        ("DATABASE_URL", "Falta la variable de entorno DATABASE_URL"),
    ],
)
def test_production_without_required_setting_stops_with_one_line(missing, message):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = _manage("check", env=env)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_malformed_database_url_stops_start_up_with_one_line():
    result = _manage("check", env={"DATABASE_URL": "postgres//sin-esquema"})
    assert result.returncode == 2
    assert "DATABASE_URL no es válida" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_check_deploy_has_no_warnings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNINGS" not in result.stderr + result.stdout


def test_the_embedded_database_and_queue_files_use_wal_and_wait_for_the_lock(tmp_path):
    """What ``make run`` opens: the SQLite database and the SqliteHuey queue, both files."""
    probe = (
        "from django.db import connection; from huey.contrib.djhuey import HUEY;"
        "cursor = connection.cursor();"
        "print(cursor.execute('PRAGMA journal_mode').fetchone()[0],"
        " cursor.execute('PRAGMA busy_timeout').fetchone()[0], connection.transaction_mode);"
        "print(type(HUEY).__name__, HUEY.storage.conn.execute('PRAGMA journal_mode').fetchone()[0],"
        " HUEY.storage.conn.execute('PRAGMA busy_timeout').fetchone()[0])"
    )
    env = {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PORTAL_VAR_DIR": str(tmp_path)}
    result = _manage("shell", "-c", probe, env=env)
    assert result.returncode == 0, result.stderr
    database, queue = (line.split() for line in result.stdout.strip().splitlines()[-2:])
    journal, timeout_ms, transaction_mode = database
    assert (journal, transaction_mode) == ("wal", "IMMEDIATE")
    assert int(timeout_ms) >= 10_000
    # The web server enqueues while the consumer dequeues: the queue waits as long.
    assert queue == ["SqliteHuey", "wal", timeout_ms]


def test_a_silent_smtp_server_is_given_up_after_a_bounded_time():
    from django.core.mail import get_connection

    connection = get_connection("django.core.mail.backends.smtp.EmailBackend")
    assert connection.timeout == 10  # Django's default is None: wait forever


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
        {"DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        {**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/0"},
    ],
    ids=["dev", "test", "production-redis"],
)
def test_every_settings_module_passes_the_system_checks(env):
    """The rate limits' cache checks (django_ratelimit.E003/W001) included."""
    result = _manage("check", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "django_ratelimit" not in result.stderr + result.stdout


def test_every_settings_module_sets_huey_immediate_explicitly():
    for name in ("dev", "test", "production"):
        source = (ROOT / "portal" / "settings" / f"{name}.py").read_text()
        assert 'HUEY["immediate"] = ' in source, name
    test_source = (ROOT / "portal" / "settings" / "test.py").read_text()
    assert 'HUEY["immediate"] = True' in test_source


def test_production_does_not_install_the_demo_institute():
    result = _manage("seed_demo", env=PRODUCTION)
    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr
    show_apps = "from django.conf import settings; print(settings.INSTALLED_APPS)"
    listing = _manage("shell", "-c", show_apps, env=PRODUCTION)
    assert listing.returncode == 0, listing.stderr
    assert "portal.demo" not in listing.stdout
    assert "portal" in listing.stdout


def test_a_fresh_clone_without_var_answers_manage_commands(tmp_path):
    """``var/`` does not exist in a fresh clone; the embedded defaults create it."""
    var = tmp_path / "var"
    result = _manage(
        "makemigrations", "--check", "--dry-run",
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PORTAL_VAR_DIR": str(var)},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert var.is_dir()


@pytest.mark.parametrize("key", ["corta-pero-secreta", "a" * 60, "django-insecure-" + "x1y2z3w4v5" * 5])
def test_production_refuses_a_weak_secret_key_with_one_line(key):
    result = _manage("check", env={**PRODUCTION, "SECRET_KEY": key})
    assert result.returncode == 2
    assert "SECRET_KEY es débil" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "form", [["--settings=portal.settings.test"], ["--settings", "portal.settings.test"]]
)
def test_the_settings_option_of_manage_py_is_honoured(form):
    show = "from django.conf import settings; print(settings.SETTINGS_MODULE)"
    result = _manage("shell", "-c", show, *form, env={"DJANGO_SETTINGS_MODULE": "portal.settings.dev"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "portal.settings.test"


def test_settings_module_is_read_from_the_command_line():
    from portal.startup import settings_module_from

    assert settings_module_from(["check", "--settings=portal.settings.test"]) == "portal.settings.test"
    assert settings_module_from(["check", "--settings", "portal.settings.test"]) == "portal.settings.test"
    assert settings_module_from(["check"]) is None
    assert settings_module_from(["check", "--settings"]) is None
