"""Numbering of improvement actions (pure)."""

from __future__ import annotations

from collections.abc import Iterable

PREFIX = "PM"


def next_code(year: int, existing: Iterable[str]) -> str:
    """``PM-<year>-<n>`` with ``n`` one above the highest used that year (three digits at least)."""
    stem = f"{PREFIX}-{year}-"
    numbers = [
        int(code[len(stem) :]) for code in existing if code.startswith(stem) and code[len(stem) :].isdigit()
    ]
    return f"{stem}{max(numbers, default=0) + 1:03d}"
