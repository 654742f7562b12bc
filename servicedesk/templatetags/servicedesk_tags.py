from django import template
from django.utils.translation import gettext as _

from portal.people import display_name
from servicedesk.tickets import clocks

register = template.Library()


@register.filter
def duration(seconds) -> str:
    """Business seconds as "1 d 2 h 5 min" (a business day being 8 hours); "—" for none."""
    if seconds in (None, ""):
        return "—"
    minutes = int(seconds) // 60
    days, rest = divmod(minutes, 8 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)d d") % {"n": days})
    if hours:
        parts.append(_("%(n)d h") % {"n": hours})
    if minutes or not parts:
        parts.append(_("%(n)d min") % {"n": minutes})
    return " ".join(parts)


@register.filter
def person(user, empty="—") -> str:
    """A user's full name, else their username; ``empty`` for nobody."""
    return display_name(user) or empty


@register.filter
def own_outcome(ticket) -> clocks.ClockOutcome:
    """The time-to-own clock's outcome (``{{ ticket|own_outcome.label }}``), from ``clocks``."""
    return clocks.own_outcome(ticket)


@register.filter
def resolve_outcome(ticket) -> clocks.ClockOutcome:
    """The resolution clock's outcome, from ``clocks``."""
    return clocks.resolve_outcome(ticket)


@register.filter
def resolution_paused(ticket) -> bool:
    return clocks.resolution_paused(ticket)
