"""DAFP scoring: worked examples from the guide and properties that must always hold."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.risks import dafp
from governance.risks.scoring import (
    apply_controls,
    control_weight,
    corruption_impact,
    impact_from_criteria,
    inherent_rating,
    level_by_percent,
    probability_from_frequency,
    residual_rating,
)

PROBS, IMPACTS, MAP, WEIGHTS = (
    dafp.probability_levels(),
    dafp.impact_levels(),
    dafp.heat_map(),
    dafp.control_weights(),
)
ZONE_ORDER = {"bajo": 0, "moderado": 1, "alto": 2, "extremo": 3}
P_ORDER = {level.key: n for n, level in enumerate(PROBS)}
I_ORDER = {level.key: n for n, level in enumerate(IMPACTS)}


def _weight(kind, execution):
    return control_weight({"tipo": kind, "implementacion": execution}, WEIGHTS)


def test_worked_example_60_percent_with_a_preventive_manual_control_is_baja():
    weight = _weight("preventivo", "manual")
    assert weight == Decimal(40)
    probability, impact = apply_controls(Decimal(60), Decimal(80), [("preventivo", weight)])
    assert probability == Decimal("36.00") and impact == Decimal("80.00")
    assert level_by_percent(probability, PROBS).key == "baja"


def test_controls_apply_one_after_another():
    probability, _ = apply_controls(60, 60, [("preventivo", 40), ("detectivo", 40)])
    assert probability == Decimal("21.60")  # 60 → 36 → 21.6, not 60 × (1 − 0.8)


def test_corrective_controls_lower_the_impact_only():
    probability, impact = apply_controls(80, 80, [("correctivo", _weight("correctivo", "automatico"))])
    assert probability == Decimal("80.00") and impact == Decimal("52.00")


@pytest.mark.parametrize(
    ("times", "level"),
    [
        (1, "muy_baja"),
        (2, "muy_baja"),
        (3, "baja"),
        (24, "baja"),
        (25, "media"),
        (500, "media"),
        (501, "alta"),
        (5000, "alta"),
        (5001, "muy_alta"),
    ],
)
def test_probability_from_yearly_frequency(times, level):
    assert probability_from_frequency(times, PROBS).key == level


def test_impact_takes_the_higher_of_economic_and_reputational():
    assert impact_from_criteria(5, "mayor", IMPACTS).key == "mayor"
    assert impact_from_criteria(120, "leve", IMPACTS).key == "mayor"
    assert impact_from_criteria(None, "menor", IMPACTS).key == "menor"
    with pytest.raises(ValueError):
        impact_from_criteria(None, None, IMPACTS)


@pytest.mark.parametrize(
    ("yes", "impact"),
    [
        (0, "moderado"),
        (1, "moderado"),
        (5, "moderado"),
        (6, "mayor"),
        (11, "mayor"),
        (12, "catastrofico"),
        (19, "catastrofico"),
    ],
)
def test_corruption_impact_from_the_questionnaire_never_below_moderado(yes, impact):
    assert corruption_impact(yes) == impact


def test_heat_map_of_the_guide():
    assert MAP[("muy_alta", "leve")] == "alto"
    assert MAP[("baja", "leve")] == "bajo"
    assert MAP[("media", "moderado")] == "moderado"
    assert MAP[("alta", "mayor")] == "alto"
    assert all(MAP[(p.key, "catastrofico")] == "extremo" for p in PROBS)
    assert len(MAP) == 25


def test_residual_rating_of_a_worked_risk():
    inherent = inherent_rating(
        probability_from_frequency(300, PROBS), impact_from_criteria(80, None, IMPACTS), MAP
    )
    assert (inherent.probability, inherent.impact, inherent.zone) == ("media", "moderado", "moderado")
    residual = residual_rating(
        inherent, [("preventivo", _weight("preventivo", "manual"))], PROBS, IMPACTS, MAP
    )
    assert (residual.probability, residual.impact, residual.zone) == ("baja", "moderado", "moderado")


levels = st.sampled_from(PROBS)
impacts = st.sampled_from(IMPACTS)
controls = st.lists(
    st.tuples(
        st.sampled_from(["preventivo", "detectivo", "correctivo"]),
        st.decimals(min_value=0, max_value=50, places=0),
    ),
    max_size=6,
)


@given(levels, impacts, controls)
def test_residual_never_exceeds_inherent(probability, impact, applied):
    inherent = inherent_rating(probability, impact, MAP)
    residual = residual_rating(inherent, applied, PROBS, IMPACTS, MAP)
    assert residual.probability_percent <= inherent.probability_percent
    assert residual.impact_percent <= inherent.impact_percent
    assert P_ORDER[residual.probability] <= P_ORDER[inherent.probability]
    assert I_ORDER[residual.impact] <= I_ORDER[inherent.impact]
    assert ZONE_ORDER[residual.zone] <= ZONE_ORDER[inherent.zone]


@given(levels, levels, impacts, impacts)
def test_zones_are_monotone_in_probability_and_impact(p1, p2, i1, i2):
    if P_ORDER[p1.key] <= P_ORDER[p2.key] and I_ORDER[i1.key] <= I_ORDER[i2.key]:
        assert ZONE_ORDER[MAP[(p1.key, i1.key)]] <= ZONE_ORDER[MAP[(p2.key, i2.key)]]


@pytest.mark.django_db
def test_the_configured_matrix_is_seeded_with_the_dafp_tables():
    from governance.risks.matrix import load_matrix

    matrix = load_matrix()
    assert matrix.heat_map == MAP
    assert matrix.probability_levels == PROBS and matrix.impact_levels == IMPACTS
    assert matrix.control_weights == WEIGHTS


@pytest.mark.django_db
def test_an_edited_heat_map_changes_the_zone_without_code_changes():
    from governance.risks.matrix import load_matrix
    from governance.risks.models import HeatMapCell, RiskZone

    cell = HeatMapCell.objects.get(probability__key="media", impact__key="moderado")
    cell.zone = RiskZone.objects.get(key="alto")
    cell.save()
    matrix = load_matrix()
    rating = inherent_rating(PROBS[2], IMPACTS[2], matrix.heat_map)
    assert rating.zone == "alto"
