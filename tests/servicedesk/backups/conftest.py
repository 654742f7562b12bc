"""Backup policies with the minimum data: a destination under the test's temporary folder."""

import pytest


@pytest.fixture
def destination(tmp_path):
    folder = tmp_path / "copias"
    folder.mkdir()
    return folder


@pytest.fixture
def media(settings, tmp_path):
    """The portal's media folder, with two files."""
    root = tmp_path / "media"
    (root / "documentos").mkdir(parents=True)
    (root / "documentos" / "acta.pdf").write_bytes(b"%PDF-1.4 acta de prueba\n" * 50)
    (root / "imagen.png").write_bytes(bytes(range(256)) * 8)
    settings.MEDIA_ROOT = str(root)
    return root


@pytest.fixture
def make_policy(db, destination):
    from servicedesk.backups.models import BackupPolicy

    def make(**overrides):
        values = {"name": "Portal nocturna", "destination": str(destination), "drill_schedule": ""}
        values.update(overrides)
        policy = BackupPolicy(**values)
        policy.full_clean()
        policy.save()
        return policy

    return make
