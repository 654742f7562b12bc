"""Pure rules of the improvement plan: derived status, cumulative progress, codes, deadline alerts."""

from datetime import date

import pytest

from governance.deadlines import deadline_alert
from governance.improvement.rules import next_code
from governance.improvement.status import check_progress, derive_status

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("end", "progress", "effective", "status"),
    [
        (date(2026, 12, 31), 0, None, "abierta"),
        (date(2026, 12, 31), 40, None, "en_curso"),
        (date(2026, 11, 25), 40, None, "en_curso"),  # the end date itself is still on time
        (date(2026, 11, 24), 40, None, "vencida"),
        (date(2026, 11, 24), 0, None, "vencida"),
        (date(2026, 11, 24), 100, None, "cumplida"),  # done late is done
        (date(2026, 12, 31), 100, True, "eficaz"),
        (date(2026, 12, 31), 100, False, "no_eficaz"),
    ],
)
def test_status_is_derived(end, progress, effective, status):
    assert derive_status(today=TODAY, end=end, progress=progress, effective=effective) == status


def test_progress_is_cumulative_and_bounded():
    assert check_progress(40, 60) is None
    assert check_progress(40, 40) is None
    assert "40 %" in check_progress(40, 30)
    assert check_progress(0, 101) is not None


def test_codes_count_per_year_and_ignore_foreign_codes():
    assert next_code(2026, []) == "PM-2026-001"
    assert next_code(2026, ["PM-2026-001", "PM-2026-009", "PM-2025-050", "OTRO"]) == "PM-2026-010"
    assert next_code(2027, ["PM-2026-001"]) == "PM-2027-001"


@pytest.mark.parametrize(
    ("due", "done", "alert"),
    [
        (date(2027, 1, 31), False, ""),
        (date(2026, 12, 10), False, "por_vencer"),  # 15 days ahead
        (date(2026, 12, 11), False, ""),
        (date(2026, 11, 25), False, "por_vencer"),
        (date(2026, 11, 24), False, "vencida"),
        (date(2026, 11, 24), True, ""),
    ],
)
def test_deadline_alerts(due, done, alert):
    assert deadline_alert(due=due, done=done, today=TODAY) == alert
