"""Rules of physical inventory campaigns (pure): how far a campaign has got, and when each kind of
asset is due for its next physical check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from servicedesk.assets.schedule import add_months


@dataclass(frozen=True)
class Progress:
    total: int
    checked: int
    discrepancies: int

    @property
    def percent(self) -> int:
        return round(self.checked * 100 / self.total) if self.total else 100


def next_audit(last_done: date | None, every_months: int, today: date) -> tuple[date, bool]:
    """When a kind last audited on ``last_done`` is due again, and whether that is already past.

    Never audited: due today.
    """
    due = add_months(last_done, every_months) if last_done else today
    return due, due <= today
