"""Which copies a retention rule keeps, as restic's ``forget`` does (pure).

``last``: the newest n. ``daily`` / ``weekly`` / ``monthly`` / ``yearly``: for the newest n days
(ISO weeks, months, years) that have copies, the newest copy of each. A copy any rule keeps is
kept. A rule whose numbers are all 0 keeps everything: it never deletes every copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from django.utils import timezone

BUCKETS: dict[str, Callable[[datetime], object]] = {
    "daily": lambda at: at.date(),
    "weekly": lambda at: at.isocalendar()[:2],
    "monthly": lambda at: (at.year, at.month),
    "yearly": lambda at: at.year,
}


def select(copies: Iterable[tuple[int, datetime]], rule: dict[str, int]) -> tuple[list[int], list[int]]:
    """``(keep, delete)``: the ids of ``copies`` (id, when) each rule keeps, and the others, newest first."""
    ordered = sorted(copies, key=lambda copy: copy[1], reverse=True)
    if not any(rule.get(name, 0) for name in ("last", *BUCKETS)):
        return [pk for pk, _at in ordered], []
    keep = {pk for pk, _at in ordered[: rule.get("last", 0)]}
    for name, bucket in BUCKETS.items():
        wanted, seen = rule.get(name, 0), set()
        for pk, at in ordered:
            if len(seen) >= wanted:
                break
            key = bucket(timezone.localtime(at))
            if key not in seen:
                seen.add(key)
                keep.add(pk)
    return [pk for pk, _at in ordered if pk in keep], [pk for pk, _at in ordered if pk not in keep]


#: The five numbers of a rule as the preview form names them (Spanish query parameters).
FORM_FIELDS = {
    "last": "ultimas",
    "daily": "diarias",
    "weekly": "semanales",
    "monthly": "mensuales",
    "yearly": "anuales",
}


def rule_from_query(query, default: dict[str, int]) -> tuple[dict[str, int], bool]:
    """The rule a preview asks for (``?ultimas=3&diarias=7…``), each number 0–1000; ``default`` for
    a missing one. The second value is False when a number was not valid (``default`` is used)."""
    rule, valid = dict(default), True
    for key, name in FORM_FIELDS.items():
        raw = query.get(name)
        if raw in (None, ""):
            continue
        try:
            value = int(raw)
        except ValueError:
            valid = False
            continue
        if 0 <= value <= 1000:
            rule[key] = value
        else:
            valid = False
    return rule, valid
