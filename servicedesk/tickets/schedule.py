"""Rules of the service desk's business schedule: the default hours and the closed-days text.

The setting itself is :class:`servicedesk.tickets.models.ServiceDeskSettings`.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext_lazy as _

from portal.business_calendar import OFFICE_HOURS, format_hours


def _default_hours() -> str:
    return format_hours(OFFICE_HOURS)


def parse_closed_days(text: str) -> list[date]:
    days = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line:
            try:
                days.append(date.fromisoformat(line))
            except ValueError as error:
                raise ValueError(_("línea %(number)d") % {"number": number}) from error
    return days
