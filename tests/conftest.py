"""Fixtures shared by the whole suite."""

import errno
import os
from pathlib import Path

import pytest

from tests.factories import (
    TransparencyIndexPageFactory,
    TransparencyItemPageFactory,
    TransparencySectionPageFactory,
    UserFactory,
    build_site,
)

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

#: The package whose tests share one slow setup (the whole demo institute, seeded once). Its tests
#: are collected first, after pytest-django has put the database tests before the transactional
#: ones, so xdist's first chunk of consecutive tests for the first worker holds the package whole
#: and the demo is seeded once; the other worker starts on the rest.
SHARED_SETUP_FIRST = "tests/demo"


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The worker's test database, copied from a migrated template (see ``tests.database_template``)."""
    from tests.database_template import create_test_database, destroy_test_database

    with django_db_blocker.unblock():
        old_name = create_test_database()
    yield
    with django_db_blocker.unblock():
        destroy_test_database(old_name)


def pytest_collection_modifyitems(config, items):
    shared = Path(config.rootpath) / SHARED_SETUP_FIRST
    first = [item for item in items if shared in item.path.parents]
    items[:] = first + [item for item in items if shared not in item.path.parents]


def require(condition: bool, what: str) -> None:
    """Skip when a real dependency is missing locally; fail under CI=true (it must be there)."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required under CI=true but is missing", pytrace=False)
    pytest.skip(f"{what} is not available")


class DiskThatFills:
    """The ``os`` module as Django's file storage sees it, on a disk with ``room`` bytes free.

    Writes go through until the room is used up, then fail part-way with ``ENOSPC`` (what was
    written stays on disk, as on a real full disk). The upload temporary folder is another disk.
    """

    def __init__(self, room: int):
        self.room = room

    def __getattr__(self, name):
        return getattr(os, name)

    def take(self, size: int) -> int:
        granted = min(size, self.room)
        self.room -= granted
        return granted

    def write(self, fd, data):
        granted = self.take(len(data))
        os.write(fd, data[:granted])
        if granted < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return granted

    def fdopen(self, fd, *args, **kwargs):
        return _FillingFile(os.fdopen(fd, *args, **kwargs), self)

    def rename(self, source, target):
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))


class _FillingFile:
    def __init__(self, handle, disk: DiskThatFills):
        self.handle, self.disk = handle, disk

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def write(self, data):
        granted = self.disk.take(len(data))
        self.handle.write(data[:granted])
        self.handle.flush()
        if granted < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return granted


class FullDisk:
    def __init__(self, media: Path, disk: DiskThatFills):
        self.media, self.disk = media, disk

    def files(self) -> list[str]:
        """Every file left under MEDIA_ROOT, hidden ones included."""
        return sorted(str(path.relative_to(self.media)) for path in self.media.rglob("*") if path.is_file())


@pytest.fixture
def full_disk(settings, monkeypatch, tmp_path):
    """MEDIA_ROOT on a disk with 10 bytes free: storing a file writes 10 bytes, then ``ENOSPC``.

    ``full_disk.disk.room`` sets the free bytes; ``full_disk.files()`` lists what is left.
    """
    media = tmp_path / "media"
    media.mkdir()
    settings.MEDIA_ROOT = str(media)
    disk = DiskThatFills(room=10)
    monkeypatch.setattr("django.core.files.storage.filesystem.os", disk)
    monkeypatch.setattr("django.core.files.move.os", disk)
    return FullDisk(media, disk)


@pytest.fixture
def demo_site(db):
    """The demo institute's site, built by factories: home page, institution settings, intranet."""
    return build_site()


@pytest.fixture
def user_with_role(db):
    """``user_with_role("auditor")`` → a user in that role's group (``None`` → anonymous)."""

    def make(role_key):
        if role_key is None:
            return None
        return UserFactory(username=f"demo-{role_key}", roles=[role_key])

    return make


@pytest.fixture
def transparency(demo_site):
    """A small transparency menu, published: the entries the tests read, not the whole Anexo 2.

    Category 4 with 4.3 (a dated document) and 4.7; category 9 with 9.1; category 10, which
    does not apply, with 10.1.
    """
    from datetime import date

    from portal.demo.transparency import NOT_APPLICABLE

    index = TransparencyIndexPageFactory(parent=demo_site.root_page)
    planning = TransparencySectionPageFactory(
        parent=index, number="4", title="Planeación, presupuesto e informes"
    )
    TransparencyItemPageFactory(
        parent=planning,
        number="4.3",
        title="Plan de Acción",
        responsible_area="Oficina Asesora de Planeación",
        documents=[("Plan de Acción 2026", date(2026, 1, 31))],
    )
    TransparencyItemPageFactory(
        parent=planning,
        number="4.7",
        title="Informes de gestión, evaluación y auditoría",
        responsible_area="Oficina Asesora de Planeación",
    )
    reports = TransparencySectionPageFactory(
        parent=index,
        number="9",
        title="Obligación de reporte de información específica por parte de la entidad",
    )
    TransparencyItemPageFactory(parent=reports, number="9.1", title="Normatividad especial")
    taxes = TransparencySectionPageFactory(
        parent=index,
        number="10",
        title="Información tributaria en entidades territoriales locales",
        applies=False,
        not_applicable_justification=NOT_APPLICABLE,
    )
    TransparencyItemPageFactory(
        parent=taxes,
        number="10.1",
        title="Procesos de recaudo de rentas locales",
        body="",
        applies=False,
        not_applicable_justification=NOT_APPLICABLE,
    )
    return index


@pytest.fixture
def smtp_down(settings):
    """The mail server refuses connections; the Huey retries it schedules are dropped afterwards."""
    from huey.contrib.djhuey import HUEY

    settings.EMAIL_BACKEND = "tests.mail_backends.SmtpDownBackend"
    yield
    HUEY.storage.flush_schedule()


@pytest.fixture
def ratelimit_clock(monkeypatch):
    """django-ratelimit's clock, held still for the test.

    Its windows are fixed (they end at a set time, not a set interval after the first request),
    so a window could end between two requests of a test; a still clock keeps them in one.
    """
    import time
    from types import SimpleNamespace

    import django_ratelimit.core

    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))
