"""DAFP risk scoring as pure functions over plain values.

Guía para la administración del riesgo y el diseño de controles en entidades públicas (DAFP,
v5 2020 / v6 2022): probability from how often the risky activity runs per year, impact as the
higher of the economic and reputational criteria, the zone read from the heat map, and controls
applied one after another (``v = v − v × weight``): preventive and detective controls lower the
probability, corrective controls lower the impact. The levels, the heat map and the control
weights are data (``governance.risks.models``) passed in, never hard-coded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PREVENTIVE, DETECTIVE, CORRECTIVE = "preventivo", "detectivo", "correctivo"
REDUCES_PROBABILITY = {PREVENTIVE, DETECTIVE}
CORRUPTION_IMPACTS = ((1, "moderado"), (6, "mayor"), (12, "catastrofico"))


@dataclass(frozen=True)
class Level:
    """A probability or impact level: its key, its percentage and the upper bound it covers."""

    key: str
    percent: Decimal
    #: Probability: the most executions per year this level covers (None: no upper bound).
    #: Impact: the most SMLMV of economic loss it covers (None: no upper bound).
    up_to: Decimal | None = None


@dataclass(frozen=True)
class Rating:
    probability: str
    impact: str
    zone: str
    probability_percent: Decimal
    impact_percent: Decimal


def _q(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def level_by_bound(value, levels: Sequence[Level]) -> Level:
    """The first level (lowest first) whose ``up_to`` covers ``value``."""
    value = Decimal(value)
    for level in levels:
        if level.up_to is None or value <= level.up_to:
            return level
    return levels[-1]


def level_by_percent(percent, levels: Sequence[Level]) -> Level:
    """The level a computed percentage falls in: the lowest whose percentage is at least it."""
    percent = Decimal(percent)
    for level in levels:
        if percent <= level.percent:
            return level
    return levels[-1]


def probability_from_frequency(times_per_year, levels: Sequence[Level]) -> Level:
    """Inherent probability from how many times a year the activity that carries the risk runs."""
    return level_by_bound(times_per_year, levels)


def impact_from_criteria(economic_smlmv, reputational: str | None, levels: Sequence[Level]) -> Level:
    """Inherent impact: the higher of the economic level (SMLMV) and the reputational level."""
    order = {level.key: position for position, level in enumerate(levels)}
    candidates = []
    if economic_smlmv is not None:
        candidates.append(level_by_bound(economic_smlmv, levels))
    if reputational:
        candidates.append(levels[order[reputational]])
    if not candidates:
        raise ValueError("An impact needs an economic or a reputational criterion.")
    return max(candidates, key=lambda level: order[level.key])


def corruption_impact(yes_answers: int) -> str:
    """Corruption impact from the yes/no questionnaire; never below Moderado."""
    impact = CORRUPTION_IMPACTS[0][1]
    for threshold, level in CORRUPTION_IMPACTS:
        if yes_answers >= threshold:
            impact = level
    return impact


def control_weight(attributes: Mapping[str, str], weights: Mapping[tuple[str, str], Decimal]) -> Decimal:
    """The weight of a control: the sum of the weights of its weighted attributes (e.g. type + execution)."""
    return sum((Decimal(weights.get((name, value), 0)) for name, value in attributes.items()), Decimal(0))


def apply_controls(probability, impact, controls: Iterable[tuple[str, Decimal]]) -> tuple[Decimal, Decimal]:
    """Residual percentages: each control, in order, reduces what is left (``v − v × weight``)."""
    probability, impact = Decimal(probability), Decimal(impact)
    for control_type, weight in controls:
        weight = Decimal(weight) / 100 if Decimal(weight) > 1 else Decimal(weight)
        if control_type in REDUCES_PROBABILITY:
            probability -= probability * weight
        elif control_type == CORRECTIVE:
            impact -= impact * weight
        else:
            raise ValueError(f"Unknown control type: {control_type}")
    return _q(probability), _q(impact)


def zone(probability: str, impact: str, heat_map: Mapping[tuple[str, str], str]) -> str:
    return heat_map[(probability, impact)]


def inherent_rating(probability: Level, impact: Level, heat_map) -> Rating:
    return Rating(
        probability.key,
        impact.key,
        zone(probability.key, impact.key, heat_map),
        probability.percent,
        impact.percent,
    )


def residual_rating(
    inherent: Rating,
    controls: Iterable[tuple[str, Decimal]],
    probability_levels: Sequence[Level],
    impact_levels: Sequence[Level],
    heat_map,
) -> Rating:
    """Residual levels and zone after applying ``controls`` to an inherent rating."""
    probability, impact = apply_controls(inherent.probability_percent, inherent.impact_percent, controls)
    p_level = level_by_percent(probability, probability_levels)
    i_level = level_by_percent(impact, impact_levels)
    return Rating(p_level.key, i_level.key, zone(p_level.key, i_level.key, heat_map), probability, impact)
