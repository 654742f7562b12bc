"""Wall-clock durations in the institute's words ("1 d 2 h 5 min", "45 s")."""

from django.utils.translation import gettext as _

from portal.durations import duration_in_words


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
    return duration_in_words(seconds // 60, day_minutes=24 * 60)
