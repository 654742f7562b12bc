"""Is an uploaded file what its extension says? Checks that read only the bytes they need.

Extension allow-list and size limit are Wagtail's (WAGTAILDOCS_EXTENSIONS,
WAGTAILDOCS_MAX_UPLOAD_SIZE); this module adds the content check.

Archives (OOXML, ODF, ZIP) are opened from the stream, never copied whole into memory, and
nothing in them is inflated but the ODF ``mimetype`` member, read with a bound. An archive that
cannot be read within those bounds (too many members, a member bigger or compressed otherwise
than it should be, sizes or checksums that do not add up, encryption) is not the file it claims
to be.
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from typing import BinaryIO

SNIFF_BYTES = 64 * 1024
# The central directory is read into memory (about 0.5 KB per member); real office files
# have tens to a few thousand members and a central directory of kilobytes.
MAX_ARCHIVE_MEMBERS = 10_000
MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024
# The ODF ``mimetype`` member is a short media type ("application/vnd.oasis...": < 80 bytes).
MAX_MIMETYPE_BYTES = 256
READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
ENCRYPTED_FLAG = 0x1

OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"csv", "txt"}
IMAGE_SIGNATURES = {"png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",)}
ARCHIVE_EXTENSIONS = {"zip", *OOXML_FOLDERS, *ODF_MIMETYPES}

# What a broken, hostile or unsupported archive raises while being read.
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    KeyError,
    NotImplementedError,
    RuntimeError,
    OSError,
    OverflowError,
    struct.error,
)


class NotTheClaimedFile(Exception):
    """The archive breaks a bound of this module; it is refused like any content mismatch."""


def _is_text(head: bytes, *, complete: bool) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            # A head cut from a longer file may end inside a UTF-8 character: not an error.
            codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
            return True
        except UnicodeDecodeError:
            continue
    return False


def _check_central_directory(stream: BinaryIO) -> None:
    """Refuse, before :mod:`zipfile` loads it, a central directory too big to be an office file."""
    # zipfile's own reader of the end-of-central-directory record (ZIP64 aware): the same
    # record ZipFile is about to trust.
    record = zipfile._EndRecData(stream)
    if record is None:
        raise zipfile.BadZipFile("no end of central directory")
    if (
        record[zipfile._ECD_ENTRIES_TOTAL] > MAX_ARCHIVE_MEMBERS
        or record[zipfile._ECD_SIZE] > MAX_CENTRAL_DIRECTORY_BYTES
    ):
        raise NotTheClaimedFile("central directory too big")


def _read_small_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The whole of a member that must be small, read with a bound and its checksum verified."""
    info = archive.getinfo(name)
    if info.flag_bits & ENCRYPTED_FLAG or info.compress_type not in READABLE_METHODS:
        raise NotTheClaimedFile("encrypted or unusual compression")
    # Declared sizes first: a small member cannot take more room compressed than stored
    # plus a few bytes of framing.
    if info.file_size > limit or info.compress_size > info.file_size + 64:
        raise NotTheClaimedFile("declared size out of bounds")
    with archive.open(info) as member:
        data = member.read(limit + 1)
        # The read stops at the declared size and checks the CRC there; a member that
        # inflates to something else than declared raises BadZipFile or EOFError.
    if len(data) != info.file_size:
        raise NotTheClaimedFile("member shorter than declared")
    return data


def _archive_matches(extension: str, stream: BinaryIO) -> bool:
    _check_central_directory(stream)
    with zipfile.ZipFile(stream) as archive:
        if extension == "zip":
            return True
        names = set(archive.namelist())
        if extension in OOXML_FOLDERS:
            folder = OOXML_FOLDERS[extension]
            return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
        if "mimetype" not in names:
            return False
        mimetype = _read_small_member(archive, "mimetype", MAX_MIMETYPE_BYTES)
        return mimetype.strip() == ODF_MIMETYPES[extension].encode()


def content_matches_extension(extension: str, content: bytes | BinaryIO) -> bool:
    """Whether ``content`` (bytes, or a seekable binary file) is a real ``extension`` file.

    A file object is read from its start and left at the position it had.
    """
    extension = extension.lower().lstrip(".")
    stream = io.BytesIO(content) if isinstance(content, bytes | bytearray) else content
    position = stream.tell()
    try:
        stream.seek(0)
        if extension in ARCHIVE_EXTENSIONS:
            try:
                return _archive_matches(extension, stream)
            except (NotTheClaimedFile, *ARCHIVE_ERRORS):
                return False
        head = stream.read(SNIFF_BYTES + 1)
    finally:
        stream.seek(position)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in IMAGE_SIGNATURES:
        return head.startswith(IMAGE_SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return _is_text(head[:SNIFF_BYTES], complete=len(head) <= SNIFF_BYTES)
    return False
