"""Is an uploaded file what its extension says? Pure functions over the first bytes.

Extension allow-list and size limit are Wagtail's (WAGTAILDOCS_EXTENSIONS,
WAGTAILDOCS_MAX_UPLOAD_SIZE); this module adds the content check.
"""

from __future__ import annotations

import io
import zipfile

SNIFF_BYTES = 64 * 1024

OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"csv", "txt"}
IMAGE_SIGNATURES = {"png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",)}


def _zip_names(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return None


def _zip_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def content_matches_extension(extension: str, data: bytes) -> bool:
    """Whether ``data`` (the whole file for archives, else its start) is a real ``extension`` file."""
    extension = extension.lower().lstrip(".")
    if extension == "pdf":
        return data.startswith(b"%PDF-")
    if extension in IMAGE_SIGNATURES:
        return data.startswith(IMAGE_SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return _is_text(data[:SNIFF_BYTES])
    names = _zip_names(data)
    if names is None:
        return False
    if extension == "zip":
        return True
    if extension in OOXML_FOLDERS:
        folder = OOXML_FOLDERS[extension]
        return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
    if extension in ODF_MIMETYPES:
        return (
            "mimetype" in names and _zip_member(data, "mimetype").strip() == ODF_MIMETYPES[extension].encode()
        )
    return False
