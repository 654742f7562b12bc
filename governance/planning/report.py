"""Informe de medición del desempeño del proceso: indicators vs goals, traffic lights, plan progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from governance.planning import rules
from governance.planning.models import ActionPlan, Indicator, Measurement


@dataclass
class PeriodResult:
    label: str
    result: Decimal | None
    goal: Decimal | None
    light: str
    measured: bool


@dataclass
class IndicatorRow:
    indicator: Indicator
    periods: list[PeriodResult] = field(default_factory=list)

    @property
    def latest(self) -> PeriodResult | None:
        measured = [p for p in self.periods if p.measured]
        return measured[-1] if measured else None

    @property
    def trend(self) -> list[tuple[str, float]]:
        return [(p.label, float(p.result)) for p in self.periods if p.result is not None]


@dataclass
class PerformanceReport:
    process: object
    year: int
    rows: list[IndicatorRow]
    plan: ActionPlan | None
    plan_progress: Decimal | None


def performance_report(process, year: int) -> PerformanceReport:
    """Every indicator of ``process`` for every period of ``year``, in a constant number of queries."""
    indicators = (
        Indicator.objects.filter(process=process)
        .select_related("responsible")
        .prefetch_related(
            "goals",
            Prefetch("measurements", queryset=Measurement.objects.filter(year=year).order_by("period")),
        )
        .order_by("code")
    )
    rows = []
    for indicator in indicators:
        by_period = {m.period: m for m in indicator.measurements.all()}
        row = IndicatorRow(indicator)
        for period in range(1, rules.periods_per_year(indicator.frequency) + 1):
            measurement = by_period.get(period)
            goal = indicator.goal_for(year, period)
            result = measurement.result if measurement else None
            row.periods.append(
                PeriodResult(
                    label=rules.period_label(indicator.frequency, year, period),
                    result=result,
                    goal=goal,
                    light=rules.traffic_light(
                        result,
                        goal,
                        higher_is_better=indicator.higher_is_better,
                        green_from=indicator.green_from,
                        yellow_from=indicator.yellow_from,
                    )
                    if measurement
                    else rules.NO_DATA,
                    measured=measurement is not None,
                )
            )
        rows.append(row)
    plan = ActionPlan.objects.filter(process=process, year=year).prefetch_related("activities").first()
    return PerformanceReport(process, year, rows, plan, plan.progress if plan else None)
