"""Priority from impact × urgency, and the GLPI 1-5 scale (pure; the matrix itself is data).

The seeded matrix is the ITIL 3×3 one (rows impact alta/media/baja, columns urgency
alta/media/baja): A 1 2 3 · M 2 3 4 · B 3 4 5, 1 being the most urgent. The admin stores it as
rows of a table so it can be edited without code; these functions take it as a mapping.
"""

from __future__ import annotations

from collections.abc import Mapping

LEVELS = ("alta", "media", "baja")

ITIL_MATRIX: dict[tuple[str, str], int] = {
    (impact, urgency): row + col + 1
    for row, impact in enumerate(LEVELS)
    for col, urgency in enumerate(LEVELS)
}

#: Illustrative service levels per priority (business seconds): time to own, time to resolve.
HOUR = 3600
BUSINESS_DAY = 8 * HOUR
DEFAULT_TARGETS: dict[int, tuple[int, int]] = {
    1: (15 * 60, 4 * HOUR),
    2: (30 * 60, 8 * HOUR),
    3: (2 * HOUR, 2 * BUSINESS_DAY),
    4: (4 * HOUR, 5 * BUSINESS_DAY),
    5: (BUSINESS_DAY, 10 * BUSINESS_DAY),
}


def priority_for(impact: str, urgency: str, matrix: Mapping[tuple[str, str], int] = ITIL_MATRIX) -> int:
    """The priority of a ticket; ``KeyError`` for a level the matrix does not have."""
    return matrix[(impact, urgency)]


def level_from_glpi(value: int) -> str:
    """GLPI urgency/impact (1 very low … 5 very high) on the portal's three levels."""
    if value >= 4:
        return "alta"
    if value == 3:
        return "media"
    return "baja"


def priority_from_glpi(value: int) -> int:
    """GLPI priority (1 very low … 5 very high, 6 major) as the portal's 1 (highest) … 5."""
    return max(1, min(5, 6 - min(value, 5)))
