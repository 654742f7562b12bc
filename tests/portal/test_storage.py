"""The media storage: a file takes its name only when complete; a failed write leaves nothing."""

import errno
import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages

from portal.storage import CompleteFilesStorage
from tests.factories.files import upload_on_disk


def test_every_file_of_the_default_storage_goes_through_it():
    assert isinstance(storages["default"], CompleteFilesStorage)


def test_a_write_that_fills_the_disk_leaves_no_partial_file(full_disk):
    with pytest.raises(OSError) as failure:
        default_storage.save("evidencias/acta.pdf", ContentFile(b"%PDF-" + b"x" * 1000))
    assert failure.value.errno == errno.ENOSPC
    assert full_disk.files() == []


def test_a_big_upload_moved_from_another_disk_leaves_no_partial_file(full_disk):
    with upload_on_disk("acta.pdf", b"%PDF-" + b"x" * 200_000) as upload, pytest.raises(OSError):
        default_storage.save("evidencias/acta.pdf", upload)
    assert full_disk.files() == []


def test_a_complete_file_takes_its_name_and_no_temporary_file_remains(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    first = default_storage.save("evidencias/acta.pdf", ContentFile(b"uno"))
    second = default_storage.save("evidencias/acta.pdf", ContentFile(b"dos"))
    assert first == "evidencias/acta.pdf" and second != first
    assert default_storage.open(first).read() == b"uno" and default_storage.open(second).read() == b"dos"
    assert sorted(os.listdir(tmp_path / "evidencias")) == sorted(os.path.basename(n) for n in (first, second))
    assert oct(os.stat(tmp_path / first).st_mode & 0o777) == oct(settings.FILE_UPLOAD_PERMISSIONS)


def test_a_name_taken_while_writing_is_not_overwritten(tmp_path):
    storage = CompleteFilesStorage(location=tmp_path)
    (tmp_path / "acta.pdf").write_bytes(b"de otra persona")
    name = storage._save("acta.pdf", ContentFile(b"mio"))
    assert name != "acta.pdf"
    assert (tmp_path / "acta.pdf").read_bytes() == b"de otra persona"
    assert (tmp_path / name).read_bytes() == b"mio"
    assert sorted(os.listdir(tmp_path)) == sorted(["acta.pdf", name])


def test_a_storage_that_may_overwrite_replaces_the_file_whole(tmp_path):
    storage = CompleteFilesStorage(location=tmp_path, allow_overwrite=True)
    storage.save("acta.pdf", ContentFile(b"primera"))
    assert storage.save("acta.pdf", ContentFile(b"segunda")) == "acta.pdf"
    assert (tmp_path / "acta.pdf").read_bytes() == b"segunda"
    assert os.listdir(tmp_path) == ["acta.pdf"]
