"""The performance report's inline trend line."""

from governance.templatetags.governance_tags import sparkline


def test_sparkline_draws_a_point_per_value_with_one_decimal():
    svg = sparkline([("T1", 10), ("T2", 20.5), ("T3", 15)], width=100, height=40)
    assert svg.count("<circle") == 3
    assert '<circle cx="0.0" cy="36.0" r="2.5">' in svg
    assert 'points="0.0,36.0 50.0,4.0 100.0,20.8"' in svg
    assert 'aria-label="T1: 10, T2: 20.5, T3: 15"' in svg


def test_sparkline_needs_two_values():
    assert sparkline([("T1", 10)]) == ""
