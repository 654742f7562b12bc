"""The life cycle of an asset (pure): which status may follow which.

An asset enters in storage, is assigned to a custodian or put in use, goes to maintenance and
back, and is finally retired. Retirement is final: a retired asset is kept for the record only.
"""

from __future__ import annotations

from servicedesk.assets.choices import AssetStatus as S

NEXT: dict[str, frozenset[str]] = {
    S.IN_STORAGE: frozenset({S.ASSIGNED, S.IN_USE, S.IN_MAINTENANCE, S.RETIRED}),
    S.ASSIGNED: frozenset({S.IN_STORAGE, S.IN_USE, S.IN_MAINTENANCE, S.RETIRED}),
    S.IN_USE: frozenset({S.IN_STORAGE, S.ASSIGNED, S.IN_MAINTENANCE, S.RETIRED}),
    S.IN_MAINTENANCE: frozenset({S.IN_STORAGE, S.ASSIGNED, S.IN_USE, S.RETIRED}),
    S.RETIRED: frozenset(),
}


def can_move(current: str, target: str) -> bool:
    return target in NEXT.get(current, frozenset())


def next_statuses(current: str) -> list[str]:
    """The statuses an asset in ``current`` may move to, in the life cycle's order."""
    return [status for status in S.values if can_move(current, status)]
