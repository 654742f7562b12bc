"""Outgoing mail: one-line subjects, queued after the commit, retried by Huey, never an error page."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from huey.contrib.djhuey import HUEY

from portal.mail import (
    FIRST_RETRY_DELAY_SECONDS,
    SEND_RETRIES,
    SUBJECT_MAX_LENGTH,
    send_later,
    send_queued_mail,
    single_line,
)

INJECTION = "Impresora dañada\r\nBcc: x@y"


# --- single_line: a pure function ---------------------------------------------------------


def test_single_line_turns_line_breaks_into_one_space():
    assert single_line(INJECTION) == "Impresora dañada Bcc: x@y"
    assert single_line("a\nb\rc\r\n\r\nd") == "a b c d"


@pytest.mark.parametrize(
    "char",
    ["\t", "\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"],
    ids=["tab", "nul", "vt", "ff", "esc", "del", "nel", "line-sep", "paragraph-sep"],
)
def test_single_line_replaces_every_control_character_and_unicode_line_separator(char):
    assert single_line(f"uno{char}dos") == "uno dos"


def test_single_line_trims_and_collapses_spaces_and_keeps_accents():
    assert single_line("  Solicitud   ñandú  \n") == "Solicitud ñandú"
    assert single_line("") == ""
    assert single_line("\r\n\t") == ""


def test_single_line_bounds_the_length_with_an_ellipsis_at_a_word_boundary():
    text = "palabra " * 100
    line = single_line(text)
    assert len(line) <= SUBJECT_MAX_LENGTH
    assert line.endswith("palabra…")
    assert single_line("x" * 500, max_length=10) == "x" * 9 + "…"
    assert single_line("corto", max_length=10) == "corto"
    assert single_line("exactamente", max_length=11) == "exactamente"


def test_single_line_accepts_lazy_translations():
    from django.utils.translation import gettext_lazy

    assert single_line(gettext_lazy("Correo")) == "Correo"


# --- send_later: after the commit, through Huey ---------------------------------------------


@pytest.mark.django_db
def test_nothing_leaves_before_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        assert send_later(subject="Hola", body="Cuerpo", recipients=["a@example.org"])
    assert len(callbacks) == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_after_the_commit_the_message_is_sent_with_a_single_line_subject_and_the_body_intact(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        send_later(
            subject=INJECTION,
            body=f"Asunto: {INJECTION}",
            recipients=["b@example.org", "", "a@example.org", "b@example.org"],
        )
    (message,) = mail.outbox
    assert message.subject == "Impresora dañada Bcc: x@y"
    assert message.body == f"Asunto: {INJECTION}"
    assert message.to == ["a@example.org", "b@example.org"]
    assert message.bcc == []
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    assert message.from_email == "Portal TIC <no-responder@localhost>"
    headers, _, body = message.message().as_string().partition("\n\n")
    assert "Bcc:" not in headers and "\nBcc: x@y" in body


def test_nobody_to_send_to_queues_nothing():
    assert send_later(subject="Hola", body="x", recipients=["", None]) is False


@pytest.mark.django_db
def test_a_queue_out_of_reach_is_logged_and_the_caller_goes_on(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def queue_down(*args, **kwargs):
        raise ConnectionError("Redis no responde")

    monkeypatch.setattr("portal.mail.send_queued_mail", queue_down)
    caplog.set_level(logging.ERROR, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_later(subject="Aviso\n", body="secreto del cuerpo", recipients=["a@example.org"])
    (record,) = [r for r in caplog.records if r.name == "portal.mail"]
    assert "Mail not queued (recipients: 1): Aviso" in record.getMessage()
    assert "secreto del cuerpo" not in caplog.text
    assert mail.outbox == []


@pytest.mark.django_db
def test_smtp_down_never_reaches_the_caller_and_is_logged_without_the_body(
    smtp_down, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        send_later(subject="Aviso", body="secreto del cuerpo", recipients=["a@example.org", "b@example.org"])
    (record,) = [r for r in caplog.records if r.name == "portal.mail"]
    message = record.getMessage()
    assert "Mail not sent (recipients: 2" in message and "Aviso" in message
    assert "ConnectionRefusedError" in message
    assert "secreto del cuerpo" not in caplog.text


# --- the Huey task: declared with retries, raises so Huey retries ---------------------------


def test_the_task_is_declared_with_retries_and_a_delay():
    assert send_queued_mail.retries == SEND_RETRIES > 0
    assert send_queued_mail.retry_delay == FIRST_RETRY_DELAY_SECONDS > 0


def test_the_task_raises_when_smtp_is_down_so_huey_retries_it(smtp_down):
    with pytest.raises(ConnectionRefusedError):
        send_queued_mail.call_local("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"])


def test_a_message_that_cannot_be_built_is_dropped_not_retried(caplog):
    with caplog.at_level(logging.ERROR, logger="portal.mail"):
        send_queued_mail.call_local(
            "Aviso", "Cuerpo", "portal@example.org", ["a@example.org\nBcc: x@y"]
        )
    assert "Mail dropped (recipients: 1): Aviso" in caplog.text
    assert mail.outbox == []


def test_huey_reschedules_a_failed_send_with_one_retry_less_then_delivers_it(settings, caplog):
    HUEY.storage.flush_schedule()
    settings.EMAIL_BACKEND = "tests.mail_backends.SmtpDownBackend"
    first = send_queued_mail.s("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"])
    with caplog.at_level(logging.WARNING, logger="portal.mail"):
        HUEY.execute(first)  # what the consumer does; the error stays inside Huey
    (retry,) = HUEY.scheduled()
    assert retry.id == first.id
    assert retry.retries == SEND_RETRIES - 1
    assert retry.retry_delay == FIRST_RETRY_DELAY_SECONDS * 2  # the next one waits twice as long
    assert retry.eta >= HUEY._get_timestamp() + timedelta(seconds=FIRST_RETRY_DELAY_SECONDS - 5)
    assert f"retries left: {SEND_RETRIES}" in caplog.text
    HUEY.storage.flush_schedule()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    HUEY.execute(retry, timestamp=retry.eta)  # the consumer, once the delay has passed
    assert [m.subject for m in mail.outbox] == ["Aviso"]
    assert HUEY.scheduled() == []


def test_a_mail_that_left_leaves_no_result_behind_in_the_queue():
    sent = send_queued_mail.s("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"])
    HUEY.execute(sent)
    assert len(mail.outbox) == 1
    assert HUEY.get(sent.id, peek=True) is None


def test_the_last_failure_is_an_error_and_nothing_is_rescheduled(smtp_down, caplog):
    HUEY.storage.flush_schedule()
    last = send_queued_mail.s("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"], retries=0)
    with caplog.at_level(logging.WARNING, logger="portal.mail"):
        HUEY.execute(last)
    assert HUEY.scheduled() == []
    (record,) = [r for r in caplog.records if r.name == "portal.mail"]
    assert record.levelno == logging.ERROR and "no retries left" in record.getMessage()


def test_the_consumer_finds_the_mail_task():
    import portal.tasks  # noqa: F401 - what run_huey's autodiscovery imports

    assert "portal.mail.send_queued_mail" in HUEY._registry._registry


# --- password reset: Django's form sends at once and logs a failure ---------------------------


@pytest.mark.django_db
def test_password_reset_answers_normally_when_the_mail_server_is_down(client, smtp_down, caplog):
    from tests.factories import UserFactory

    UserFactory(username="olvido", email="olvido@instituto-demo.example", roles=["editor"])
    with caplog.at_level(logging.ERROR, logger="django.contrib.auth"):
        response = client.post("/admin/password_reset/", {"email": "olvido@instituto-demo.example"})
    assert response.status_code == 302
    assert response["Location"].endswith("/admin/password_reset/done/")
    assert "Failed to send password reset email" in caplog.text
