"""Figures of monitoring as the pages show them."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from servicedesk.monitoring import durations

register = template.Library()

PERIOD_LABELS = {"24h": _("24 horas"), "7d": _("7 días"), "30d": _("30 días"), "365d": _("365 días")}


@register.filter
def percent(value) -> str:
    """An uptime as "99,95 %" (two decimals, the locale's separator); "—" without checks."""
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
