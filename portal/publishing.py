"""Scheduled publishing: Wagtail's ``publish_scheduled`` run as a service."""

from io import StringIO

from django.core.management import call_command


def publish_scheduled_content() -> str:
    """Publish revisions whose go-live time has passed and unpublish expired content.

    Returns what Wagtail reported, for the heartbeat record.
    """
    out = StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue().strip()
