"""Who may do what with an improvement action, beyond the register's own permissions."""

from __future__ import annotations

from portal.permissions import user_can


def can_report_progress(user, action) -> bool:
    """The action's responsible (object permission) or a plan manager (model permission)."""
    return user_can(user, "report_progress", action)


def can_evaluate(user) -> bool:
    """Effectiveness is evaluated by whoever may add evaluations (the quality office)."""
    return user.has_perm("governance.add_effectivenessevaluation")
