"""Live sources: functions that compute an indicator's numerator and denominator from the portal's data.

A feature registers its sources where its data lives, e.g. the service desk will register
"tickets solved within SLA / tickets solved". Each source receives the first and last day
of the period and returns ``(numerator, denominator)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

SourceFunction = Callable[[date, date], tuple[Decimal, Decimal]]


@dataclass(frozen=True)
class LiveSource:
    key: str
    label: str
    compute: SourceFunction


_REGISTRY: dict[str, LiveSource] = {}


def register_source(key: str, label: str):
    """Decorator: make ``compute(start, end)`` available as the live source ``key``."""

    def decorator(function: SourceFunction) -> SourceFunction:
        _REGISTRY[key] = LiveSource(key=key, label=label, compute=function)
        return function

    return decorator


def get_source(key: str) -> LiveSource:
    return _REGISTRY[key]


def source_choices() -> list[tuple[str, str]]:
    """Choices for the indicator form (callable, so sources added later need no migration)."""
    return sorted(((s.key, s.label) for s in _REGISTRY.values()), key=lambda pair: str(pair[1]))
