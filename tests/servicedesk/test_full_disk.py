"""A file that cannot be stored (full disk): nothing half-saved, a Spanish message, what was typed kept."""

import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from servicedesk.models import ServiceFormField, Ticket, TicketAttachment, TicketComment

pytestmark = pytest.mark.django_db(transaction=False)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
NOT_STORED = "No se pudo guardar el archivo «pantalla.png»"


def _png(name="pantalla.png"):
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def _request(desk, **files):
    fields = {f.label: f.clean_name for f in desk.service.get_form_fields()}
    data = {
        "asunto": "El computador no enciende",
        fields["Número de inventario"]: "INV-0042",
        fields["Describa el problema"]: "Huele a quemado.",
        "urgencia": "alta",
        "clave_envio": str(uuid.uuid4()),
    }
    data.update({fields[label]: upload for label, upload in files.items()})
    return data


def test_a_service_request_whose_file_cannot_be_stored_files_nothing_and_keeps_the_answers(
    client, desk, full_disk, django_capture_on_commit_callbacks
):
    client.force_login(desk.requester)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk.service.url, _request(desk, **{"Captura de pantalla": _png()}))
    assert response.status_code == 400
    html = response.content.decode()
    assert NOT_STORED in html
    assert "Huele a quemado." in html and "INV-0042" in html
    assert not Ticket.objects.exists() and not TicketAttachment.objects.exists()
    assert mail.outbox == []
    assert full_disk.files() == []


def test_a_request_whose_second_file_cannot_be_stored_keeps_neither(client, desk, full_disk):
    ServiceFormField.objects.create(
        page=desk.service, sort_order=3, label="Otra captura", field_type="file", required=False
    )
    full_disk.disk.room = len(PNG) + 5  # the first file fits, the second does not
    client.force_login(desk.requester)
    data = _request(desk, **{"Captura de pantalla": _png("primera.png"), "Otra captura": _png("segunda.png")})
    response = client.post(desk.service.url, data)
    assert response.status_code == 400
    assert "No se pudo guardar el archivo «segunda.png»" in response.content.decode()
    assert not Ticket.objects.exists()
    assert full_disk.files() == []


def test_a_requesters_comment_whose_file_cannot_be_stored_is_not_saved_and_its_text_stays(
    client, desk, open_ticket, full_disk
):
    ticket = open_ticket()
    client.force_login(desk.requester)
    response = client.post(
        f"/intranet/mis-solicitudes/{ticket.pk}/comentar/", {"body": "Adjunto la foto", "file": _png()}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert NOT_STORED in html and "Adjunto la foto" in html
    assert not TicketComment.objects.exists() and not TicketAttachment.objects.exists()
    assert full_disk.files() == []


def test_a_technicians_comment_whose_file_cannot_be_stored_is_not_saved_and_its_text_stays(
    client, desk, open_ticket, full_disk
):
    ticket = open_ticket()
    client.force_login(desk.technician)
    response = client.post(
        f"/admin/mesa-de-servicios/casos/{ticket.pk}/comentar/",
        {"body": "Pedir repuesto", "internal": "on", "file": _png()},
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert NOT_STORED in html
    assert "Pedir repuesto</textarea>" in html
    assert not TicketComment.objects.exists() and not TicketAttachment.objects.exists()
    assert full_disk.files() == []
    # The draft is shown once.
    inspect = client.get(response.redirect_chain[-1][0]).content.decode()
    assert "Pedir repuesto</textarea>" not in inspect
