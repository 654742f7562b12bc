"""The test suite: tasks run immediately, passwords hash fast, files go to a temporary place."""

import os
import tempfile
import uuid

from portal.settings.base import *  # noqa: F403
from portal.settings.base import CACHES, DATABASES, HUEY, INSTALLED_APPS, STORAGES

DEBUG = False
SECRET_KEY = "test-only-not-secret-2b4d6f8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c"
HUEY["immediate"] = True
# Each test worker has a queue of its own: a consumer test on one worker never takes, or flushes,
# the tasks of a consumer test running on the other.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
# With Redis, test runs on one machine share the server: each run's queues are its own too, so no
# other run (nor a consumer a killed run left behind) takes, flushes or reschedules its tasks.
HUEY["name"] = f"{HUEY['name']}-test-{_WORKER}-{uuid.uuid4().hex[:8]}"
if "filename" in HUEY:
    HUEY["filename"] = os.path.join(os.path.dirname(HUEY["filename"]), f"huey-test-{_WORKER}.sqlite3")
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]
# Threads of the live server and of the Huey consumer close their connections after each use,
# so the test database can be dropped at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A test database is thrown away: its commits need not wait for the disk.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
# Its own temporary folder: the demo restores its contingency exercise beside the copies.
BACKUP_ROOT = os.path.join(tempfile.mkdtemp(prefix="portal-test-backups-"), "copias")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# With Redis, parallel test workers (and runs) share one server: give each its own key space,
# or one worker's cache writes and invalidations leak into another's database state.
CACHES["default"]["KEY_PREFIX"] = (
    f"test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{uuid.uuid4().hex[:8]}"
)
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
