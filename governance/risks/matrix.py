"""The configured risk matrix, read from the database into the shapes ``scoring`` uses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from governance.risks.models import Axis, ControlWeight, HeatMapCell, RiskLevel
from governance.risks.scoring import Level


@dataclass(frozen=True)
class Matrix:
    probability_levels: tuple[Level, ...]
    impact_levels: tuple[Level, ...]
    heat_map: dict[tuple[str, str], str]
    control_weights: dict[tuple[str, str], Decimal]


def load_matrix() -> Matrix:
    """Levels, heat map and weights as configured (four queries)."""
    levels = {Axis.PROBABILITY: [], Axis.IMPACT: []}
    for level in RiskLevel.objects.order_by("order"):
        levels[level.axis].append(Level(level.key, level.percent, level.up_to))
    cells = HeatMapCell.objects.select_related("probability", "impact", "zone")
    return Matrix(
        probability_levels=tuple(levels[Axis.PROBABILITY]),
        impact_levels=tuple(levels[Axis.IMPACT]),
        heat_map={(c.probability.key, c.impact.key): c.zone.key for c in cells},
        control_weights={(w.attribute, w.value): w.weight for w in ControlWeight.objects.all()},
    )
