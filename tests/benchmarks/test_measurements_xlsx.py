"""Benchmark: the measurements register exported to XLSX with 10,000 rows (budget: < 5 s)."""

import time

import pytest

from governance.planning.models import Measurement
from tests.factories import IndicatorFactory, UserFactory

BUDGET_SECONDS = 5.0


@pytest.mark.django_db
def test_xlsx_of_10000_measurements(client):
    indicators = [IndicatorFactory(frequency="mensual") for _ in range(10)]
    Measurement.objects.bulk_create(
        Measurement(
            indicator=indicators[n % 10],
            year=1000 + (n // 10) // 12,
            period=(n // 10) % 12 + 1,
            numerator=n,
            denominator=100,
            result=n,
            analysis="Medición de prueba",
        )
        for n in range(10_000)
    )
    client.force_login(UserFactory(roles=["auditor"]))
    started = time.perf_counter()
    response = client.get("/admin/governance/measurement/?export=xlsx")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    elapsed = time.perf_counter() - started
    print(f"\nXLSX de 10.000 mediciones: {elapsed:.2f} s ({len(content) / 1024:.0f} KiB)")
    assert response.status_code == 200
    assert elapsed < BUDGET_SECONDS
