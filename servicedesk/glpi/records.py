"""What a GLPI source hands the importer: one normalized ticket per row or item, or a problem.

Both sources (the REST API and a CSV export) produce the same :class:`GlpiTicket`, already in the
portal's vocabulary (status, type, levels and channel codes), so the importer knows nothing
about where a ticket came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class GlpiError(Exception):
    """The import cannot go on (unreadable file, GLPI unreachable or refusing); message in Spanish."""


@dataclass(frozen=True)
class Person:
    """Someone named by GLPI (requester or technician), as much as the source tells."""

    name: str = ""
    login: str = ""
    email: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.login or self.email)

    @property
    def display(self) -> str:
        return self.name or self.login or self.email


@dataclass(frozen=True)
class GlpiTicket:
    """A GLPI ticket mapped to the portal's codes (see :mod:`servicedesk.glpi.mapping`)."""

    glpi_id: int
    title: str
    description: str
    ticket_type: str
    status: str
    opened_at: datetime
    impact: str
    urgency: str
    priority: int
    channel: str
    modified_at: datetime | None = None
    taken_at: datetime | None = None
    solved_at: datetime | None = None
    closed_at: datetime | None = None
    category_path: tuple[str, ...] = ()
    category_glpi_id: int | None = None
    requester: Person | None = None
    technician: Person | None = None
    group_name: str = ""
    time_spent: int = 0  # minutes


@dataclass(frozen=True)
class RowProblem:
    """A row or item the source could not read; ``reference`` is its GLPI ID or its line."""

    reference: str
    message: str
