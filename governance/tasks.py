"""Huey discovers ``<app>.tasks``; the governance topics keep their tasks in their sub-packages."""

from governance.improvement.tasks import deadline_reminders
from governance.planning.tasks import close_indicator_periods

__all__ = ["close_indicator_periods", "deadline_reminders"]
