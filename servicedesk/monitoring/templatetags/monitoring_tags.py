"""Figures of monitoring as the pages show them."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from servicedesk.monitoring import durations
from servicedesk.monitoring.choices import MonitorState

register = template.Library()

PERIOD_LABELS = {"24h": _("24 horas"), "7d": _("7 días"), "30d": _("30 días"), "365d": _("365 días")}


@register.filter
def percent(value) -> str:
    """An uptime as "99,95 %" (two decimals, the locale's separator); "—" without checks.

    The decimals are cut, not rounded: 99.999 % reads "99,99 %", so downtime never shows as 100 %.
    """
    if value is None:
        return "—"
    return f"{number_format(value, 2)} %"


@register.filter
def period_label(key: str) -> str:
    return str(PERIOD_LABELS.get(key, key))


@register.filter
def wall_duration(seconds) -> str:
    """Calendar time as "1 h 5 min" (``durations.wall_duration``); an outage going on: "—"."""
    return durations.wall_duration(seconds)


@register.filter
def delay_ms(milliseconds) -> str:
    """A delay as "850 ms" under a second, "3,4 s" under a minute, then as ``wall_duration``."""
    milliseconds = int(milliseconds or 0)
    if milliseconds < 1000:
        return _("%(n)d ms") % {"n": milliseconds}
    if milliseconds < 60_000:
        return _("%(n)s s") % {"n": number_format(milliseconds / 1000, 1)}
    return durations.wall_duration(milliseconds / 1000)


@register.filter
def state_label(state: str) -> str:
    """A monitor state's name ("En línea", "Caído"…)."""
    try:
        return str(MonitorState(state).label)
    except ValueError:
        return state


@register.filter
def bar_class(bar) -> str:
    """The colour of a day's bar: no checks, up, partial (under 1 % down), down, maintenance."""
    if bar.uptime is None:
        return "empty" if not bar.maintenance else "maintenance"
    if bar.down:
        return "partial" if bar.uptime >= 99 else "down"
    return "maintenance" if bar.maintenance else "up"


@register.filter
def item(values, index: int):
    """``values[index]``, or ``None`` out of range."""
    try:
        return values[index]
    except (IndexError, TypeError, KeyError):
        return None
