"""Evidence sources: records of the portal that show a control working, measured live.

A feature offers its sources where its data lives, through the Wagtail hook
``register_control_evidence_sources`` (see docs/architecture.md): the hook function returns an
iterable of ``(key, label, describe)``. ``describe(start, end)`` receives the first and last day of
the period and returns ``(summary, url)``: one line in Spanish saying what the records show in that
period, and the admin page where they can be read (``""`` if none).

A control that names a source shows, on its risk, what the source says of the last
:data:`EVIDENCE_DAYS` days; the auditor follows the link to the records themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone
from wagtail import hooks

HOOK_NAME = "register_control_evidence_sources"
EVIDENCE_DAYS = 30

DescribeFunction = Callable[[date, date], tuple[str, str]]


@dataclass(frozen=True)
class EvidenceSource:
    key: str
    label: str
    describe: DescribeFunction


@dataclass(frozen=True)
class Evidence:
    """What a source says of a period, ready for a page."""

    label: str
    start: date
    end: date
    summary: str
    url: str


def _sources() -> dict[str, EvidenceSource]:
    return {
        key: EvidenceSource(key=key, label=label, describe=describe)
        for hook in hooks.get_hooks(HOOK_NAME)
        for key, label, describe in hook()
    }


def evidence_choices() -> list[tuple[str, str]]:
    """Choices of the control's form (callable, so sources added later need no migration)."""
    return sorted(((s.key, s.label) for s in _sources().values()), key=lambda pair: str(pair[1]))


def evidence_period(today: date, days: int = EVIDENCE_DAYS) -> tuple[date, date]:
    """The ``days`` days that end on ``today``, both included."""
    return today - timedelta(days=days - 1), today


def live_evidence(keys: list[str], today: date | None = None) -> dict[str, Evidence]:
    """What each source in ``keys`` says of the last :data:`EVIDENCE_DAYS` days.

    A key no source offers any more (a monitor was deleted) is left out, so the page shows the
    control's other evidence instead of failing.
    """
    if not keys:
        return {}
    start, end = evidence_period(today or timezone.localdate())
    sources = _sources()
    evidence = {}
    for key in dict.fromkeys(keys):
        source = sources.get(key)
        if source is None:
            continue
        summary, url = source.describe(start, end)
        evidence[key] = Evidence(label=str(source.label), start=start, end=end, summary=summary, url=url)
    return evidence
