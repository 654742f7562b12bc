"""Upload samples: small real office files and hostile archives, built in the test."""

import functools
import io
import zipfile

from django.core.files.uploadedfile import TemporaryUploadedFile

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def odt(*, mimetype: bytes = ODT_MIMETYPE, compression: int = zipfile.ZIP_STORED) -> bytes:
    """An ODT as LibreOffice writes it: the ``mimetype`` member first, then the content."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=compression)
        archive.writestr("content.xml", b"<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@functools.cache
def odt_bomb(inflated_mb: int = 300) -> bytes:
    """An ODT of about 1.4 MB whose ``mimetype`` is the media type followed by ``inflated_mb`` MB
    of spaces: a reader that inflates it whole and strips it sees a valid ODT.

    Written in chunks, so building it does not hold the inflated data in memory; built once per
    test process (bytes cannot be changed by a test).
    """
    buffer = io.BytesIO()
    spaces = b" " * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("mimetype", "w") as member:
            member.write(ODT_MIMETYPE)
            for _ in range(inflated_mb):
                member.write(spaces)
        archive.writestr("content.xml", b"<office:document-content/>")
    return buffer.getvalue()


def upload_on_disk(name: str, data: bytes) -> TemporaryUploadedFile:
    """An upload as Django keeps a big one: in a temporary file (``with`` closes and removes it)."""
    upload = TemporaryUploadedFile(name, "application/octet-stream", len(data), None)
    upload.write(data)
    upload.seek(0)
    return upload
