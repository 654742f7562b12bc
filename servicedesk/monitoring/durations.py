"""Wall-clock durations in the institute's words ("1 d 2 h 5 min", "45 s")."""

from django.utils.translation import gettext as _


def wall_duration(seconds: float | int | None) -> str:
    """``seconds`` of calendar time, largest units first, at most three; "—" for none.

    Under a minute the seconds are shown; from a minute on, whole minutes (an outage of
    1 h 0 min 40 s reads "1 h"). Unlike the desk's business durations, a day is 24 hours.
    """
    if seconds is None:
        return "—"
    seconds = max(int(seconds), 0)
    if seconds < 60:
        return _("%(n)d s") % {"n": seconds}
    minutes = seconds // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)d d") % {"n": days})
    if hours:
        parts.append(_("%(n)d h") % {"n": hours})
    if minutes:
        parts.append(_("%(n)d min") % {"n": minutes})
    return " ".join(parts)
