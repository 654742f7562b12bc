"""Counts of risks per heat-map cell, inherent and residual, in two grouped queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from governance.risks.models import Axis, HeatMapCell, RiskLevel
from portal.palette import WHITE


@dataclass
class HeatCell:
    probability: RiskLevel
    impact: RiskLevel
    zone_label: str
    colour: str
    count: int
    list_url: str


def heat_map_grid(risks, *, stage: str, list_url: str) -> list[list[HeatCell]]:
    """Rows from the highest probability down, columns from the lowest impact up."""
    counts = {
        (row[f"{stage}_probability"], row[f"{stage}_impact"]): row["n"]
        for row in risks.exclude(**{f"{stage}_zone": ""})
        .values(f"{stage}_probability", f"{stage}_impact")
        .annotate(n=Count("pk"))
    }
    cells = {
        (cell.probability.key, cell.impact.key): cell
        for cell in HeatMapCell.objects.select_related("probability", "impact", "zone")
    }
    levels = list(RiskLevel.objects.order_by("order"))
    probabilities = [level for level in levels if level.axis == Axis.PROBABILITY][::-1]
    impacts = [level for level in levels if level.axis == Axis.IMPACT]
    grid = []
    for probability in probabilities:
        row = []
        for impact in impacts:
            cell = cells.get((probability.key, impact.key))
            row.append(
                HeatCell(
                    probability=probability,
                    impact=impact,
                    zone_label=cell.zone.label if cell else "",
                    colour=cell.zone.colour if cell else WHITE,
                    count=counts.get((probability.key, impact.key), 0),
                    list_url=(
                        f"{list_url}?{stage}_probability={probability.key}&{stage}_impact={impact.key}"
                    ),
                )
            )
        grid.append(row)
    return grid
