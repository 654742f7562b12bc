from django import template

from portal.durations import duration_in_words
from portal.people import display_name
from servicedesk.tickets import clocks

register = template.Library()

#: A business day of the desk: 8 hours.
BUSINESS_DAY_MINUTES = 8 * 60


@register.filter
def duration(seconds) -> str:
    """Business seconds as "1 d 2 h 5 min" (a business day being 8 hours); "—" for none."""
    if seconds in (None, ""):
        return "—"
    return duration_in_words(int(seconds) // 60, day_minutes=BUSINESS_DAY_MINUTES)


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
