"""The pure parts: crontab schedules and the comparison of manifests."""

from datetime import datetime

import pytest
from django.utils import timezone

from servicedesk.backups.manifests import differences
from servicedesk.backups.schedule import is_due, is_valid, next_runs


@pytest.mark.parametrize(
    ("expression", "valid"),
    [
        ("0 2 * * *", True),
        ("*/15 * * * 1-5", True),
        ("61 2 * * *", False),
        ("0 2 * *", False),
        ("@daily", False),
    ],
)
def test_a_schedule_is_five_valid_fields(expression, valid):
    assert is_valid(expression) is valid


def test_next_runs_and_due_minutes_are_local_time():
    at = timezone.make_aware(datetime(2026, 12, 2, 17, 30))
    assert [run.strftime("%Y-%m-%d %H:%M") for run in next_runs("0 2 * * *", at, 2)] == [
        "2026-12-03 02:00",
        "2026-12-04 02:00",
    ]
    assert is_due("0 2 * * *", timezone.make_aware(datetime(2026, 12, 3, 2, 0, 40)))
    assert not is_due("0 2 * * *", timezone.make_aware(datetime(2026, 12, 3, 2, 1)))


def test_manifests_differ_by_table_rows_and_content():
    copied = {"tables": {"a": {"rows": 2, "checksum": "1"}, "b": {"rows": 1, "checksum": "2"}}}
    assert differences(copied, copied) == []
    restored = {"tables": {"a": {"rows": 1, "checksum": "1"}, "c": {"rows": 0, "checksum": "0"}}}
    assert differences(copied, restored) == [
        "Falta la tabla b.",
        "Sobra la tabla c.",
        "a: 1 filas restauradas, 2 copiadas.",
    ]
    changed = {"tables": {"a": {"rows": 2, "checksum": "9"}, "b": {"rows": 1, "checksum": "2"}}}
    assert differences(copied, changed) == ["a: el contenido restaurado difiere del copiado."]


def test_folder_manifests_compare_counts_then_content():
    copied = {"files": 2, "bytes": 10, "digest": "x"}
    assert differences(copied, {"files": 2, "bytes": 10, "digest": "y"}) == [
        "El contenido de algún archivo restaurado difiere del copiado."
    ]
    assert differences(copied, {"files": 1, "bytes": 10, "digest": "x"}) == [
        "archivos: 1 restaurados, 2 copiados."
    ]
