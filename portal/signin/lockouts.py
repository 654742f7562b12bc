"""Who is locked out of signing in, and unlocking them.

django-axes counts failures per user name and, separately, per client address
(``AXES_LOCKOUT_PARAMETERS``): a row of its count (user name, address, browser) shows a lockout
when the failures of its user name, or those from its address, reach the limit within the
cool-off time.
"""

from __future__ import annotations

from enum import StrEnum

from axes.utils import reset
from django.conf import settings
from django.db import transaction
from django.db.models import IntegerField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from portal.models import SignInAttempt

UNLOCK_ACTION = "portal.sign_in.unlock"


class LockoutState(StrEnum):
    NONE = "none"
    USER = "user"
    ADDRESS = "address"
    BOTH = "both"

    @property
    def label(self):
        return {
            LockoutState.NONE: _("Sin bloqueo"),
            LockoutState.USER: _("Usuario bloqueado"),
            LockoutState.ADDRESS: _("Dirección bloqueada"),
            LockoutState.BOTH: _("Usuario y dirección bloqueados"),
        }[self]


def lockout_state(*, user_failures: int, address_failures: int, limit: int) -> LockoutState:
    """What the recent failures of a user name and of an address lock, given the limit."""
    user, address = user_failures >= limit, address_failures >= limit
    if user and address:
        return LockoutState.BOTH
    if user:
        return LockoutState.USER
    if address:
        return LockoutState.ADDRESS
    return LockoutState.NONE


def _recent_failures(field: str, since) -> Subquery:
    total = (
        SignInAttempt.objects.filter(**{field: OuterRef(field), "attempt_time__gte": since})
        .order_by()
        .values(field)
        .annotate(total=Sum("failures_since_start"))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=IntegerField()), Value(0))


def with_recent_failures(queryset: QuerySet) -> QuerySet:
    """``queryset`` of attempts with ``user_failures`` and ``address_failures`` within the cool-off."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return queryset.annotate(
        user_failures=_recent_failures("username", since),
        address_failures=_recent_failures("ip_address", since),
    )


def state_of(attempt) -> LockoutState:
    """The lockout an attempt annotated by :func:`with_recent_failures` shows."""
    return lockout_state(
        user_failures=attempt.user_failures,
        address_failures=attempt.address_failures,
        limit=settings.AXES_FAILURE_LIMIT,
    )


def unlock(*, attempt: SignInAttempt, by) -> int:
    """Clear the failures of ``attempt``'s user name and of its address; the number of rows cleared.

    Both, because either may be what keeps the person out (a colleague's failures from the same
    office address count against it too). Written to Wagtail's audit log.
    """
    with transaction.atomic():
        log(
            instance=attempt,
            action=UNLOCK_ACTION,
            user=by,
            title=str(attempt),
            data={"username": attempt.username, "ip_address": attempt.ip_address},
        )
        if attempt.username is None and attempt.ip_address is None:
            attempt.delete()  # axes' reset() with neither would clear every row
            return 1
        both = attempt.username is not None and attempt.ip_address is not None
        return reset(ip=attempt.ip_address, username=attempt.username, ip_or_username=both)
