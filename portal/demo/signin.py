"""Demo institute: one sign-in lockout, so "Bloqueos de ingreso" shows what one looks like.

Someone at 203.0.113.45 (an address reserved for documentation) tried five passwords for
"admin", a user name the institute does not have, and locked it and the address out for the
cool-off time. Idempotent: axes keys the attempt by user name, address and browser, and the
failure log is written once.
"""

from __future__ import annotations

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.db import transaction

USERNAME = "admin"
ADDRESS = "203.0.113.45"
BROWSER = "python-requests/2.32.3"
PAGE = "/admin/login/"


@transaction.atomic
def seed(report) -> None:
    failures = settings.AXES_FAILURE_LIMIT
    where = {"username": USERNAME, "ip_address": ADDRESS, "user_agent": BROWSER}
    AccessAttempt.objects.get_or_create(
        **where,
        defaults={
            "failures_since_start": failures,
            "path_info": PAGE,
            "http_accept": "*/*",
            "get_data": "",
            "post_data": "",
        },
    )
    if not AccessFailureLog.objects.filter(**where).exists():
        AccessFailureLog.objects.bulk_create(
            AccessFailureLog(**where, path_info=PAGE, http_accept="*/*", locked_out=n == failures)
            for n in range(1, failures + 1)
        )
    report("bloqueos de ingreso", 1)
