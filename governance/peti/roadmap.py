"""The PETI roadmap: initiatives by year, with the totals a planning office asks for."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class RoadmapYear:
    year: int
    initiatives: list = field(default_factory=list)

    @property
    def cost(self) -> Decimal:
        return sum((i.cost for i in self.initiatives), Decimal(0))


def roadmap(plan, initiatives) -> list[RoadmapYear]:
    """Every year of the plan with its initiatives, high priority first."""
    order = {"alta": 0, "media": 1, "baja": 2}
    years = {year: RoadmapYear(year) for year in plan.years}
    for initiative in sorted(initiatives, key=lambda i: (order.get(i.priority, 9), i.code)):
        if initiative.year in years:
            years[initiative.year].initiatives.append(initiative)
    return list(years.values())
