"""Outgoing mail: queued when the transaction commits, sent by the Huey consumer, retried.

Every automatic message of the portal (ticket notifications, deadline reminders, the contact
form) goes through :func:`send_later`. A saved record never turns into an error because its
mail could not leave: the message is handed to Huey only after the commit, an unreachable queue
is logged, and an unreachable SMTP server is retried by Huey with a growing delay. The log says
how many recipients and which subject, never the body.

Header values are built from text people typed (a ticket's title, a form's subject), so the
subject is made one line here (:func:`single_line`); the body keeps the text as typed.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from huey.contrib import djhuey

logger = logging.getLogger(__name__)

SUBJECT_MAX_LENGTH = 200
# Eight retries, the first after a minute, each delay doubled: about four hours of SMTP outage.
SEND_RETRIES = 8
FIRST_RETRY_DELAY_SECONDS = 60
RETRY_BACKOFF = 2
# RFC 3834: tells mail servers and auto-responders this message was sent by a program.
AUTOMATIC_HEADERS = {"Auto-Submitted": "auto-generated"}

_LINE_BREAKING_CATEGORIES = {"Cc", "Zl", "Zp"}  # control characters, line and paragraph separators


def single_line(text: str, *, max_length: int = SUBJECT_MAX_LENGTH) -> str:
    """``text`` fit for a mail header: one line, no control characters, ``max_length`` at most.

    CR, LF, tabs, NUL and every other control character, and the Unicode line and paragraph
    separators, become spaces; runs of spaces become one; the ends are trimmed. Longer text is
    cut at a word boundary when there is one, and ends with an ellipsis.
    """
    spaced = "".join(
        " " if unicodedata.category(char) in _LINE_BREAKING_CATEGORIES else char for char in str(text)
    )
    line = " ".join(spaced.split())
    if len(line) <= max_length:
        return line
    cut = line[: max_length - 1]
    if " " in cut and line[max_length - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def _addresses(recipients: Iterable[str]) -> list[str]:
    return sorted({address.strip() for address in recipients if address and address.strip()})


def send_later(*, subject: str, body: str, recipients: Iterable[str], from_email: str | None = None) -> bool:
    """Queue one plain-text message for when the current transaction commits (now, outside one).

    Returns whether there was anybody to send it to. Never raises because of the mail system.
    """
    addresses = _addresses(recipients)
    if not addresses:
        return False
    message = {
        "subject": single_line(subject),
        "body": str(body),
        "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
        "recipients": addresses,
    }
    transaction.on_commit(partial(_enqueue, message))
    return True


def _enqueue(message: dict) -> None:
    try:
        send_queued_mail(**message)
    except Exception:
        # The queue itself is out of reach (Redis down, a full disk): the record is saved, the
        # mail is lost, and whoever reads the log knows which one.
        logger.exception(
            "Mail not queued (recipients: %d): %s", len(message["recipients"]), message["subject"]
        )


@djhuey.task(
    retries=SEND_RETRIES,
    retry_delay=FIRST_RETRY_DELAY_SECONDS,
    retry_backoff=RETRY_BACKOFF,
    context=True,
)
def send_queued_mail(subject: str, body: str, from_email: str, recipients: list[str], task=None) -> None:
    """Send one message; a failure is logged and raised again so Huey retries it later.

    A message that cannot be built (a header with a line break, a malformed address) would fail
    every time: it is logged and dropped instead of retried. Returns nothing, so Huey stores no
    result for a mail that left.
    """
    retries_left = task.retries if task is not None else 0
    subject = single_line(subject)  # the same cleaning again: this is where the headers are built
    try:
        EmailMessage(subject, body, from_email, recipients, headers=dict(AUTOMATIC_HEADERS)).send()
    except ValueError as error:  # includes BadHeaderError
        logger.error("Mail dropped (recipients: %d): %s (%s)", len(recipients), subject, error)
    except Exception as error:
        if retries_left:
            logger.warning(
                "Mail not sent (recipients: %d, retries left: %d): %s (%s: %s)",
                len(recipients),
                retries_left,
                subject,
                type(error).__name__,
                error,
            )
        else:
            logger.error(
                "Mail not sent (recipients: %d, no retries left): %s (%s: %s)",
                len(recipients),
                subject,
                type(error).__name__,
                error,
            )
        raise
