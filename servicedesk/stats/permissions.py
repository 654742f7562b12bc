"""Who may read the service desk statistics: an active user who may read the tickets."""

from __future__ import annotations

PERMISSION = "servicedesk.view_ticket"


def can_view_statistics(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)
