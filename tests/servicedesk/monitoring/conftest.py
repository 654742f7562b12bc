"""Monitors built with the minimum data."""

import pytest

from servicedesk.monitoring.probes import ProbeResult


def probe_result(status: str, *, latency_ms: int | None = 12, message: str = "") -> ProbeResult:
    """A probe's result, "up" or "down", as ``record_result`` receives it."""
    return ProbeResult(up=status == "up", latency_ms=latency_ms, message=message)


@pytest.fixture
def make_monitor(db):
    """``make_monitor(**overrides)`` → a saved HTTP monitor (validated first)."""
    from servicedesk.monitoring.models import Monitor

    def make(**overrides):
        values = {"name": "Portal web", "kind": "http", "url": "https://portal.instituto-demo.example/"}
        values.update(overrides)
        monitor = Monitor(**values)
        monitor.full_clean()
        monitor.save()
        return monitor

    return make
