"""Durations in words: "1 d 2 h 5 min"."""

from django.utils.translation import gettext as _


def duration_in_words(minutes: int, *, day_minutes: int) -> str:
    """``minutes`` as days, hours and minutes, largest first, a day being ``day_minutes`` long.

    Zero parts are left out; no part at all reads "0 min".
    """
    days, rest = divmod(max(int(minutes), 0), day_minutes)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)d d") % {"n": days})
    if hours:
        parts.append(_("%(n)d h") % {"n": hours})
    if minutes or not parts:
        parts.append(_("%(n)d min") % {"n": minutes})
    return " ".join(parts)
