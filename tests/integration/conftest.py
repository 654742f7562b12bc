"""Integration tests: real PostgreSQL, Redis and a real Huey consumer."""

from pathlib import Path

import pytest


def pytest_collection_modifyitems(items):
    """Every test in this folder is an integration test (``make test-fast`` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.integration)
