"""Live sources: functions that compute an indicator's numerator and denominator from the portal's data.

A feature offers its sources where its data lives, through the Wagtail hook
``register_indicator_sources`` (see docs/architecture.md): the hook function returns an
iterable of ``(key, label, compute)``. ``compute(start, end)`` receives the first and last
day of the period and returns ``(numerator, denominator)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wagtail import hooks

HOOK_NAME = "register_indicator_sources"

SourceFunction = Callable[[date, date], tuple[Decimal, Decimal]]


@dataclass(frozen=True)
class LiveSource:
    key: str
    label: str
    compute: SourceFunction


def _sources() -> dict[str, LiveSource]:
    """Every source offered by the ``register_indicator_sources`` hooks, by key."""
    return {
        key: LiveSource(key=key, label=label, compute=compute)
        for hook in hooks.get_hooks(HOOK_NAME)
        for key, label, compute in hook()
    }


def get_source(key: str) -> LiveSource:
    return _sources()[key]


def source_choices() -> list[tuple[str, str]]:
    """Choices for the indicator form (callable, so sources added later need no migration)."""
    return sorted(((s.key, s.label) for s in _sources().values()), key=lambda pair: str(pair[1]))
