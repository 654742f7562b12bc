"""Monitors built with the minimum data."""

from dataclasses import dataclass

import pytest


@dataclass
class Result:
    """A probe's result as ``record_result`` receives it."""

    status: str
    latency_ms: int | None = 12
    message: str = ""


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
