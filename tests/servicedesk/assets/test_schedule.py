"""When preventive maintenance falls due (pure rules)."""

from datetime import date

from servicedesk.assets.schedule import add_months, due_dates, week_of


def test_months_are_added_keeping_the_day_or_the_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_a_plan_falls_due_every_so_many_months_from_its_first_date():
    dates = due_dates(date(2025, 1, 31), 3, since=date(2025, 6, 1), until=date(2026, 5, 31))
    assert dates == [date(2025, 7, 31), date(2025, 10, 31), date(2026, 1, 31), date(2026, 4, 30)]
    assert due_dates(date(2027, 1, 1), 6, since=date(2026, 1, 1), until=date(2026, 12, 31)) == []


def test_the_week_runs_monday_to_sunday():
    assert week_of(date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_of(date(2026, 12, 6)) == (date(2026, 11, 30), date(2026, 12, 6))
