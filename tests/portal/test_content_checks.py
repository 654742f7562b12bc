"""Content checks read only what they need: a decompression bomb or a lying archive is refused cheaply."""

import io
import struct
import tracemalloc
import zipfile
import zlib

import pytest
import xlsxwriter
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.content_checks import MAX_ARCHIVE_MEMBERS, content_matches_extension
from portal.uploads import check_upload
from tests.factories.files import ODT_MIMETYPE, odt, odt_bomb, upload_on_disk

MB = 1024 * 1024


def test_an_odt_whose_mimetype_inflates_to_300_mb_is_refused_without_inflating_it():
    bomb = odt_bomb()
    tracemalloc.start()
    try:
        accepted = content_matches_extension("odt", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert accepted is False
    assert peak < 50 * MB


def test_the_bomb_on_disk_is_refused_by_check_upload_in_spanish():
    with upload_on_disk("acta.odt", odt_bomb()) as upload, pytest.raises(ValidationError) as refused:
        check_upload(upload)
    assert refused.value.code == "content_mismatch"
    assert "no corresponde a un archivo ODT" in refused.value.messages[0]


def test_a_real_odt_on_disk_passes_check_upload_and_stays_where_it_was():
    data = odt()
    with upload_on_disk("acta.odt", data) as upload:
        upload.seek(7)
        check_upload(upload)
        assert upload.tell() == 7
        upload.seek(0)
        assert upload.read() == data


def _patch_size_and_crc(data: bytes, name: bytes, size: int, crc: int) -> bytes:
    """Rewrite the declared size and CRC of ``name`` in its local header and central entry."""
    patched = bytearray(data)
    local = patched.index(b"PK\x03\x04")
    while patched[local + 30 : local + 30 + len(name)] != name:
        local = patched.index(b"PK\x03\x04", local + 1)
    struct.pack_into("<I", patched, local + 14, crc)
    struct.pack_into("<I", patched, local + 22, size)
    central = patched.index(b"PK\x01\x02")
    while patched[central + 46 : central + 46 + len(name)] != name:
        central = patched.index(b"PK\x01\x02", central + 1)
    struct.pack_into("<I", patched, central + 16, crc)
    struct.pack_into("<I", patched, central + 24, size)
    return bytes(patched)


def test_an_odt_that_declares_a_smaller_mimetype_than_it_holds_is_refused():
    padded = ODT_MIMETYPE + b" " * 100_000
    data = odt(mimetype=padded, compression=zipfile.ZIP_DEFLATED)
    # Declares the 39 bytes of the media type (with their CRC): a reader that trusts the
    # declaration sees a valid ODT; the compressed data says otherwise.
    liar = _patch_size_and_crc(data, b"mimetype", len(ODT_MIMETYPE), zlib.crc32(ODT_MIMETYPE))
    assert content_matches_extension("odt", liar) is False


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(odt(mimetype=ODT_MIMETYPE + b" " * 300), id="mimetype longer than any media type"),
        pytest.param(odt(compression=zipfile.ZIP_BZIP2), id="mimetype compressed with bzip2"),
        pytest.param(odt(compression=zipfile.ZIP_LZMA), id="mimetype compressed with lzma"),
    ],
)
def test_an_odt_with_an_unusual_mimetype_member_is_refused(data):
    assert content_matches_extension("odt", data) is False


def test_an_odt_with_a_wrong_checksum_is_refused():
    data = odt()
    broken = _patch_size_and_crc(data, b"mimetype", len(ODT_MIMETYPE), 0xDEADBEEF)
    assert content_matches_extension("odt", broken) is False


def test_an_encrypted_mimetype_member_is_refused():
    data = bytearray(odt())
    central = data.index(b"PK\x01\x02")
    local = data.index(b"PK\x03\x04")
    for offset in (central + 8, local + 6):
        data[offset] |= 0x1
    assert content_matches_extension("odt", bytes(data)) is False


@pytest.mark.parametrize("extension", ["docx", "zip"])
def test_an_archive_with_an_absurd_number_of_members_is_refused(extension):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        for number in range(MAX_ARCHIVE_MEMBERS):
            archive.writestr(f"word/{number}", b"")
    assert content_matches_extension(extension, buffer.getvalue()) is False


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x05\x06" + b"\x00" * 18, b"PK\x03\x04 truncated", odt()[:-10]],
    ids=["empty", "end record only", "truncated header", "truncated end record"],
)
def test_broken_archives_are_refused_not_raised(data):
    assert content_matches_extension("odt", data) is False
    assert content_matches_extension("docx", data) is False


def test_a_spreadsheet_written_by_xlsxwriter_is_accepted():
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.add_worksheet("Datos").write(0, 0, "Indicador")
    workbook.close()
    assert content_matches_extension("xlsx", buffer.getvalue()) is True
    assert content_matches_extension("docx", buffer.getvalue()) is False


def test_a_long_utf8_text_cut_inside_a_character_is_still_text():
    # The check reads the first 64 KB; here byte 65,536 falls inside "ñ".
    text = ("a" * 65_535 + "ñ" + "b" * 10).encode()
    assert content_matches_extension("csv", text) is True
    assert content_matches_extension("csv", SimpleUploadedFile("x.csv", text)) is True
