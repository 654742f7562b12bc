"""Indicator and plan rules: periods, results, traffic lights, progress."""

from datetime import date
from decimal import Decimal

import pytest

from governance.planning import rules


def test_period_bounds_and_labels():
    assert rules.period_bounds("trimestral", 2026, 3) == (date(2026, 7, 1), date(2026, 9, 30))
    assert rules.period_bounds("mensual", 2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert rules.period_bounds("anual", 2026, 1) == (date(2026, 1, 1), date(2026, 12, 31))
    assert rules.period_label("trimestral", 2026, 3) == "2026-T3"
    assert rules.period_label("semestral", 2026, 2) == "2026-S2"
    assert rules.period_label("anual", 2026, 1) == "2026"
    with pytest.raises(ValueError):
        rules.period_bounds("trimestral", 2026, 5)


def test_last_closed_period_rolls_back_over_the_year():
    assert rules.last_closed_period("trimestral", date(2026, 10, 1)) == (2026, 3)
    assert rules.last_closed_period("trimestral", date(2026, 2, 10)) == (2025, 4)
    assert rules.last_closed_period("mensual", date(2026, 1, 1)) == (2025, 12)
    assert rules.last_closed_period("anual", date(2026, 6, 1)) == (2025, 1)


def test_result_as_percentage_and_as_ratio():
    assert rules.indicator_result(45, 50, as_percentage=True) == Decimal("90.00")
    assert rules.indicator_result(1, 3, as_percentage=False) == Decimal("0.33")


def test_zero_denominator_is_no_data_not_an_error():
    assert rules.indicator_result(0, 0, as_percentage=True) is None
    assert rules.indicator_result(5, 0, as_percentage=True) is None
    assert rules.traffic_light(None, Decimal(90)) == rules.NO_DATA


@pytest.mark.parametrize(
    ("result", "goal", "light"),
    [
        (95, 100, "verde"),
        (90, 100, "verde"),
        (89.9, 100, "amarillo"),
        (70, 100, "amarillo"),
        (69, 100, "rojo"),
        (120, 100, "verde"),
        (50, None, "sin_dato"),
    ],
)
def test_traffic_light_by_compliance(result, goal, light):
    assert rules.traffic_light(result, goal) == light


def test_lower_is_better_indicators():
    # Goal: at most 4 hours to resolve; 5 hours is 80 % compliance, 8 hours is 50 %.
    assert rules.traffic_light(4, 4, higher_is_better=False) == "verde"
    assert rules.traffic_light(5, 4, higher_is_better=False) == "amarillo"
    assert rules.traffic_light(8, 4, higher_is_better=False) == "rojo"
    assert rules.traffic_light(0, 4, higher_is_better=False) == "verde"


def test_custom_thresholds():
    assert rules.traffic_light(85, 100, green_from=80, yellow_from=60) == "verde"


def test_weighted_progress_rolls_up_the_plan():
    assert rules.weighted_progress([(20, 100), (80, 50)]) == Decimal("60.0")
    assert rules.weighted_progress([(0, 100), (0, 0)]) == Decimal("50.0")  # equal weights
    assert rules.weighted_progress([]) == Decimal(0)


def test_expected_progress_is_linear_and_bounded():
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    assert rules.expected_progress(start, end, date(2025, 12, 1)) == 0
    assert rules.expected_progress(start, end, date(2027, 1, 1)) == 100
    assert 49 < rules.expected_progress(start, end, date(2026, 7, 2)) < 51
