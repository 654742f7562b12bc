"""Indicator and plan rules as plain functions: periods, results, traffic lights, progress."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PERIODS_PER_YEAR = {"mensual": 12, "trimestral": 4, "semestral": 2, "anual": 1}
PERIOD_PREFIX = {"mensual": "M", "trimestral": "T", "semestral": "S", "anual": ""}
NO_DATA = "sin_dato"
GREEN, YELLOW, RED = "verde", "amarillo", "rojo"
HUNDRED = Decimal(100)


def periods_per_year(frequency: str) -> int:
    return PERIODS_PER_YEAR[frequency]


def period_label(frequency: str, year: int, period: int) -> str:
    """``2026-T3`` for the third quarter, ``2026`` for a yearly indicator."""
    prefix = PERIOD_PREFIX[frequency]
    return f"{year}-{prefix}{period}" if prefix else str(year)


def period_bounds(frequency: str, year: int, period: int) -> tuple[date, date]:
    """First and last day of ``period`` of ``year``."""
    months = 12 // periods_per_year(frequency)
    if not 1 <= period <= periods_per_year(frequency):
        raise ValueError(f"period {period} out of range for {frequency}")
    first_month = (period - 1) * months + 1
    last_month = first_month + months - 1
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def period_of(frequency: str, day: date) -> tuple[int, int]:
    """The (year, period) that contains ``day``."""
    months = 12 // periods_per_year(frequency)
    return day.year, (day.month - 1) // months + 1


def last_closed_period(frequency: str, today: date) -> tuple[int, int]:
    """The most recent period that has fully ended before ``today``."""
    year, period = period_of(frequency, today)
    if period > 1:
        return year, period - 1
    return year - 1, periods_per_year(frequency)


def indicator_result(numerator, denominator, *, as_percentage: bool) -> Decimal | None:
    """numerator / denominator (× 100 for percentages); ``None`` ("sin dato") when it cannot be computed."""
    if numerator is None or denominator is None:
        return None
    numerator, denominator = Decimal(numerator), Decimal(denominator)
    if denominator == 0:
        return None
    value = numerator / denominator * (HUNDRED if as_percentage else 1)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def compliance(result, goal, *, higher_is_better: bool = True) -> Decimal | None:
    """How much of the goal was achieved, in percent (100 = goal met exactly)."""
    if result is None or goal is None:
        return None
    result, goal = Decimal(result), Decimal(goal)
    if higher_is_better:
        if goal == 0:
            return HUNDRED if result >= 0 else Decimal(0)
        return (result / goal * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if result == 0:
        return HUNDRED * 2 if goal > 0 else HUNDRED
    return (goal / result * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def traffic_light(result, goal, *, higher_is_better: bool = True, green_from=90, yellow_from=70) -> str:
    """verde / amarillo / rojo by compliance with the goal; sin_dato when there is no result."""
    achieved = compliance(result, goal, higher_is_better=higher_is_better)
    if achieved is None:
        return NO_DATA
    if achieved >= Decimal(green_from):
        return GREEN
    if achieved >= Decimal(yellow_from):
        return YELLOW
    return RED


def weighted_progress(items) -> Decimal:
    """Progress of a plan from (weight, progress %) pairs; equal weights when none are given."""
    items = [(Decimal(w or 0), Decimal(p or 0)) for w, p in items]
    if not items:
        return Decimal(0)
    total_weight = sum(w for w, _ in items)
    if total_weight == 0:
        value = sum(p for _, p in items) / len(items)
    else:
        value = sum(w * p for w, p in items) / total_weight
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def expected_progress(start: date, end: date, today: date) -> Decimal:
    """Where a linear schedule says an activity should be on ``today`` (0–100)."""
    if today <= start:
        return Decimal(0)
    if today >= end:
        return HUNDRED
    return (Decimal((today - start).days) / Decimal((end - start).days) * HUNDRED).quantize(Decimal("0.1"))
