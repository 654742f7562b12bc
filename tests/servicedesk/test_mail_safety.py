"""A ticket or comment is saved and shown whatever happens to its mail: header-unsafe titles, SMTP down."""

import logging
import uuid

import pytest
from django.core import mail

from servicedesk.models import Ticket

pytestmark = pytest.mark.django_db

TITLE = "Impresora dañada\r\nBcc: x@y"


def _form_data(desk, **extra):
    fields = {f.label: f.clean_name for f in desk.service.get_form_fields()}
    return {
        "asunto": "El computador no enciende",
        fields["Número de inventario"]: "INV-0042",
        fields["Describa el problema"]: "Huele a quemado.",
        "urgencia": "alta",
        "clave_envio": str(uuid.uuid4()),
        **extra,
    }


def _mail_failures(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "portal.mail"]


def test_a_title_with_a_line_break_files_the_ticket_and_mails_a_one_line_subject(
    client, desk, django_capture_on_commit_callbacks
):
    client.force_login(desk.requester)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk.service.url, _form_data(desk, asunto=TITLE))
    ticket = Ticket.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/intranet/mis-solicitudes/{ticket.pk}/"
    assert ticket.title == TITLE
    assert len(mail.outbox) == 2  # the requester's receipt and the desk's new case
    for message in mail.outbox:
        assert "\r" not in message.subject and "\n" not in message.subject
        assert message.subject.endswith("Impresora dañada Bcc: x@y")
        assert message.bcc == []
        assert TITLE in message.body
        headers = message.message().as_string().partition("\n\n")[0]
        assert "Bcc:" not in headers


def test_the_ticket_is_filed_and_shown_when_the_mail_server_is_down(
    client, desk, smtp_down, caplog, django_capture_on_commit_callbacks
):
    client.force_login(desk.requester)
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk.service.url, _form_data(desk))
    ticket = Ticket.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/intranet/mis-solicitudes/{ticket.pk}/"
    page = client.get(response["Location"])
    assert page.status_code == 200 and ticket.number in page.content.decode()
    assert mail.outbox == []
    failures = _mail_failures(caplog)
    assert len(failures) == 2
    assert all("recipients: 1" in line and ticket.number in line for line in failures)
    assert not any("Huele a quemado" in line for line in failures)


def test_a_requester_comment_is_saved_when_the_mail_server_is_down(
    client, desk, open_ticket, smtp_down, caplog, django_capture_on_commit_callbacks
):
    ticket = open_ticket()
    client.force_login(desk.requester)
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/intranet/mis-solicitudes/{ticket.pk}/comentar/", {"body": "Sigue igual"})
    assert response.status_code == 302
    assert response["Location"] == f"/intranet/mis-solicitudes/{ticket.pk}/"
    assert ticket.comments.get().body == "Sigue igual"
    (failure,) = _mail_failures(caplog)
    assert "Nuevo comentario del solicitante" in failure and ticket.number in failure
    assert "Sigue igual" not in failure
