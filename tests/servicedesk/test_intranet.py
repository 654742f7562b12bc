"""The catalog on the intranet and "Mis solicitudes": own tickets only, confirm, reject, survey."""

import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from servicedesk.models import Ticket
from tests.factories import UserFactory
from tests.factories.files import odt_bomb

pytestmark = pytest.mark.django_db(transaction=False)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _form_data(desk, **extra):
    fields = {f.label: f.clean_name for f in desk.service.get_form_fields()}
    data = {
        "asunto": "El computador no enciende",
        fields["Número de inventario"]: "INV-0042",
        fields["Describa el problema"]: "Huele a quemado.",
        "urgencia": "alta",
        "clave_envio": str(uuid.uuid4()),
    }
    data.update(extra)
    return data, fields


def test_catalog_and_service_need_sign_in(client, desk):
    for url in (desk.catalog.url, desk.service.url):
        response = client.get(url)
        assert response.status_code == 302
        assert "/cuenta/" in response["Location"] or "login" in response["Location"]


def test_catalog_lists_services_by_category_and_searches(client, desk):
    client.force_login(desk.requester)
    html = client.get(desk.catalog.url).content.decode()
    assert "Hardware &gt; Computadores" in html
    assert "Soporte a equipos de cómputo" in html
    assert "Soporte a equipos" not in client.get(desk.catalog.url + "?q=impresora").content.decode()


def test_service_page_shows_targets_and_form(client, desk):
    client.force_login(desk.requester)
    html = client.get(desk.service.url).content.decode()
    assert "Número de inventario" in html and "Captura de pantalla" in html
    assert "Tiempos de atención comprometidos" in html
    assert 'enctype="multipart/form-data"' in html
    # The file field explains the accepted types in words, not as a Python tuple.
    assert "Tipos permitidos: " in html and "(&#x27;help_text&#x27;" not in html


def test_a_description_over_the_free_text_limit_is_refused_in_spanish_and_files_nothing(client, desk):
    from portal.form_builders import MAX_FREE_TEXT

    client.force_login(desk.requester)
    data, fields = _form_data(desk)
    data[fields["Describa el problema"]] = "x" * 100_154
    response = client.post(desk.service.url, data)
    assert response.status_code == 400
    assert f"como máximo {MAX_FREE_TEXT} caracteres" in response.content.decode()
    assert not Ticket.objects.exists()


def test_submitting_the_form_files_a_ticket_once(client, desk, django_capture_on_commit_callbacks):
    client.force_login(desk.requester)
    data, fields = _form_data(desk)
    data[fields["Captura de pantalla"]] = SimpleUploadedFile("pantalla.png", PNG, content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk.service.url, data)
    assert response.status_code == 302
    ticket = Ticket.objects.get()
    assert response["Location"] == f"/intranet/mis-solicitudes/{ticket.pk}/"
    assert ticket.requester == desk.requester
    assert ticket.group == desk.group and ticket.category == desk.category
    assert ticket.ticket_type == "incidente" and ticket.urgency == "alta"
    assert {"label": "Número de inventario", "value": "INV-0042"} in ticket.form_data
    assert ticket.attachments.get().name == "pantalla.png"
    assert ticket.status_changes.get().status == "nuevo"
    # The same form sent again (double click, resent POST) files nothing more.
    data[fields["Captura de pantalla"]] = SimpleUploadedFile("pantalla.png", PNG, content_type="image/png")
    assert client.post(desk.service.url, data).status_code == 302
    assert Ticket.objects.count() == 1
    subjects = [m.subject for m in mail.outbox]
    assert any("registrada" in s for s in subjects) and any("Nuevo caso" in s for s in subjects)


def test_a_renamed_file_is_refused_in_spanish_and_nothing_is_lost(client, desk):
    client.force_login(desk.requester)
    data, fields = _form_data(desk)
    data[fields["Captura de pantalla"]] = SimpleUploadedFile("pantalla.png", b"MZ\x90\x00 not a png")
    response = client.post(desk.service.url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "no corresponde a un archivo PNG" in html
    assert "Huele a quemado." in html and "INV-0042" in html
    assert not Ticket.objects.exists()


def test_an_odt_that_inflates_to_300_mb_is_refused_in_spanish_and_nothing_is_lost(client, desk):
    client.force_login(desk.requester)
    data, fields = _form_data(desk)
    data[fields["Captura de pantalla"]] = SimpleUploadedFile("acta.odt", odt_bomb())
    response = client.post(desk.service.url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "no corresponde a un archivo ODT" in html
    assert "Huele a quemado." in html and "INV-0042" in html
    assert not Ticket.objects.exists()


def test_missing_required_fields_answer_400(client, desk):
    client.force_login(desk.requester)
    response = client.post(desk.service.url, {"urgencia": "alta"})
    assert response.status_code == 400
    assert "Revise los campos marcados" in response.content.decode()
    assert not Ticket.objects.exists()


def test_staff_never_see_another_persons_ticket(client, desk, open_ticket):
    ticket = open_ticket()
    colleague = UserFactory(username="colega", roles=["funcionario"])
    client.force_login(colleague)
    assert ticket.title not in client.get("/intranet/mis-solicitudes/?ver=todas").content.decode()
    base = f"/intranet/mis-solicitudes/{ticket.pk}"
    assert client.get(f"{base}/").status_code == 404
    for action in ("comentar", "confirmar", "rechazar", "encuesta"):
        assert client.post(f"{base}/{action}/", {"body": "x", "reason": "x", "score": "5"}).status_code == 404
    assert not ticket.comments.exists()
    client.force_login(desk.requester)
    assert ticket.title in client.get("/intranet/mis-solicitudes/").content.decode()


def test_requester_comments_and_answers_a_question(client, desk, open_ticket):
    from servicedesk.tickets import services

    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    services.change_status(
        ticket=ticket, target="en_espera", by=desk.technician, note="¿Cuál es el número de inventario?"
    )
    client.force_login(desk.requester)
    upload = SimpleUploadedFile("foto.png", PNG, content_type="image/png")
    response = client.post(
        f"/intranet/mis-solicitudes/{ticket.pk}/comentar/", {"body": "Es el INV-0042", "file": upload}
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == "en_curso"
    assert ticket.comments.get().body == "Es el INV-0042"
    attachment = ticket.attachments.get()
    download = client.get(f"/intranet/mis-solicitudes/{ticket.pk}/adjuntos/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PNG


def test_internal_comments_and_files_stay_internal(client, desk, open_ticket):
    from servicedesk.tickets import services

    ticket = open_ticket()
    services.comment(
        ticket=ticket, author=desk.technician, body="Revisar garantía con el proveedor", internal=True
    )
    upload = SimpleUploadedFile("factura.png", PNG, content_type="image/png")
    attachment = services.attach(ticket=ticket, upload=upload, by=desk.technician, internal=True)
    client.force_login(desk.requester)
    html = client.get(f"/intranet/mis-solicitudes/{ticket.pk}/").content.decode()
    assert "garantía" not in html and "factura.png" not in html
    assert client.get(f"/intranet/mis-solicitudes/{ticket.pk}/adjuntos/{attachment.pk}/").status_code == 404


def test_confirm_closes_and_survey_is_answered_once(client, desk, open_ticket):
    from servicedesk.tickets import services

    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    services.change_status(
        ticket=ticket, target="resuelto", by=desk.technician, solution="Se cambió la fuente de poder."
    )
    client.force_login(desk.requester)
    html = client.get(f"/intranet/mis-solicitudes/{ticket.pk}/").content.decode()
    assert "Se cambió la fuente de poder." in html and "¿La solución resolvió su solicitud?" in html
    assert client.post(f"/intranet/mis-solicitudes/{ticket.pk}/confirmar/").status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == "cerrado" and ticket.closed_at
    assert (
        "Encuesta de satisfacción" in client.get(f"/intranet/mis-solicitudes/{ticket.pk}/").content.decode()
    )
    bad = client.post(f"/intranet/mis-solicitudes/{ticket.pk}/encuesta/", {"score": "9"})
    assert bad.status_code == 400
    client.post(f"/intranet/mis-solicitudes/{ticket.pk}/encuesta/", {"score": "5", "remark": "Muy rápido"})
    ticket.refresh_from_db()
    assert ticket.satisfaction == 5 and ticket.satisfaction_comment == "Muy rápido"
    again = client.post(f"/intranet/mis-solicitudes/{ticket.pk}/encuesta/", {"score": "1"}, follow=True)
    assert "Ya respondió la encuesta" in again.content.decode()
    ticket.refresh_from_db()
    assert ticket.satisfaction == 5


def test_reject_needs_a_reason_and_reopens(client, desk, open_ticket, django_capture_on_commit_callbacks):
    from servicedesk.tickets import services

    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    services.change_status(ticket=ticket, target="resuelto", by=desk.technician, solution="Reinicio.")
    client.force_login(desk.requester)
    assert client.post(f"/intranet/mis-solicitudes/{ticket.pk}/rechazar/", {"reason": ""}).status_code == 400
    ticket.refresh_from_db()
    assert ticket.status == "resuelto"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/intranet/mis-solicitudes/{ticket.pk}/rechazar/", {"reason": "Sigue sin encender"})
    ticket.refresh_from_db()
    assert ticket.status == "en_curso" and ticket.reopen_count == 1 and ticket.solved_at is None
    assert ticket.comments.get().body == "Sigue sin encender"
    assert [m.to for m in mail.outbox] == [[desk.technician.email]]
    assert "rechazó la solución" in mail.outbox[0].subject


def test_confirming_an_open_ticket_is_refused(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.requester)
    response = client.post(f"/intranet/mis-solicitudes/{ticket.pk}/confirmar/", follow=True)
    assert "no puede pasar" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.status == "nuevo"
