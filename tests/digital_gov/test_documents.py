"""Document uploads are checked by type, content and size; drafts' documents stay private."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.content_checks import content_matches_extension
from portal.sample_pdf import sample_pdf
from tests.factories.files import odt_bomb
from website.models import StandardPage

Document = get_document_model()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100


@pytest.mark.parametrize(
    ("extension", "data", "ok"),
    [
        ("pdf", sample_pdf("Informe"), True),
        ("pdf", EXE, False),
        ("pdf", b"<html><script>alert(1)</script></html>", False),
        ("docx", DOCX, True),
        ("docx", XLSX, False),
        ("xlsx", XLSX, True),
        ("odt", ODT, True),
        ("ods", ODT, False),
        ("zip", DOCX, True),
        ("zip", EXE, False),
        ("csv", "número;año\n1;2026\n".encode(), True),
        ("csv", "número;año\n".encode("cp1252"), True),
        ("csv", EXE, False),
        ("txt", b"\x00\x01binario", False),
        ("exe", EXE, False),
    ],
)
def test_content_must_match_the_extension(extension, data, ok):
    assert content_matches_extension(extension, data) is ok


def _upload(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": "Informe", "file": SimpleUploadedFile(name, data), "collection": "1", "tags": ""},
    )


@pytest.mark.django_db
def test_a_renamed_file_is_rejected_in_spanish_and_nothing_is_stored(client, user_with_role):
    client.force_login(user_with_role("editor"))
    response = _upload(client, "informe.pdf", EXE)
    assert response.status_code == 200
    assert "no corresponde a un archivo PDF" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_an_odt_that_inflates_to_300_mb_is_rejected_in_spanish(client, user_with_role):
    client.force_login(user_with_role("editor"))
    response = _upload(client, "acta.odt", odt_bomb())
    assert response.status_code == 200
    assert "no corresponde a un archivo ODT" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_document_that_does_not_fit_on_the_disk_gets_a_spanish_page_and_leaves_nothing(
    client, user_with_role, full_disk
):
    client.force_login(user_with_role("editor"))
    response = _upload(client, "informe.pdf", sample_pdf("Informe"))
    assert response.status_code == 507
    assert "No hay espacio para guardar el archivo" in response.content.decode()
    assert not Document.objects.exists()
    assert full_disk.files() == []


@pytest.mark.django_db
def test_a_disallowed_extension_is_rejected(client, user_with_role):
    client.force_login(user_with_role("editor"))
    response = _upload(client, "programa.exe", EXE)
    assert response.status_code == 200
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_an_oversized_file_is_rejected(client, user_with_role, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(user_with_role("editor"))
    response = _upload(client, "grande.pdf", sample_pdf("x", ["relleno " * 40] * 10))
    assert response.status_code == 200
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_real_pdf_is_accepted(client, user_with_role):
    client.force_login(user_with_role("editor"))
    response = _upload(client, "informe.pdf", sample_pdf("Informe"))
    assert response.status_code == 302
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_multiple_upload_checks_content_too(client, user_with_role):
    client.force_login(user_with_role("editor"))
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("informe.pdf", EXE), "collection": "1"},
    )
    assert response.status_code in (200, 400)
    assert not Document.objects.exists()


def _document(title="Anexo"):
    document = Document(title=title)
    document.file.save("anexo.pdf", ContentFile(sample_pdf(title)))
    document.save()
    return document


def _page_with(document, parent, *, live):
    page = StandardPage(
        title="Con anexo",
        slug="con-anexo",
        live=live,
        body=[
            (
                "documents",
                {"heading": "", "documents": [{"document": document, "title": "", "published_on": None}]},
            )
        ],
    )
    parent.add_child(instance=page)
    return page


@pytest.mark.django_db
def test_document_of_a_draft_is_private_until_the_page_is_published(client, demo_site, user_with_role):
    document = _document()
    page = _page_with(document, demo_site.root_page, live=False)
    assert client.get(document.url).status_code == 404

    editor = user_with_role("editor")
    client.force_login(editor)
    assert client.get(document.url).status_code == 200
    client.logout()

    page.save_revision().publish()
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_unreferenced_document_is_not_public(client, demo_site):
    assert client.get(_document().url).status_code == 404


@pytest.mark.django_db
def test_unpublishing_the_page_makes_its_document_private_again(client, demo_site):
    document = _document()
    page = _page_with(document, demo_site.root_page, live=True)
    page.save_revision().publish()
    assert client.get(document.url).status_code == 200
    Page.objects.get(pk=page.pk).specific.unpublish()
    assert client.get(document.url).status_code == 404


@pytest.mark.django_db
def test_a_procedure_file_is_not_published_by_its_register(client, demo_site):
    from governance.documents.models import DocumentVersion
    from portal.demo.governance import seed_process

    seed_process()
    version = DocumentVersion.objects.select_related("file").first()
    assert client.get(version.file.url).status_code == 404
