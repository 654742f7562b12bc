"""Deadline alerts shared by improvement actions and risk-treatment tasks (pure)."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

#: Days before the end date when the responsible is warned.
WARNING_DAYS = 15


class DeadlineAlert(models.TextChoices):
    NONE = "", _("Sin alerta")
    DUE_SOON = "por_vencer", _("Por vencer")
    OVERDUE = "vencida", _("Vencida")


def deadline_alert(*, due: date, done: bool, today: date, warning_days: int = WARNING_DAYS) -> str:
    """``vencida`` after ``due``, ``por_vencer`` within ``warning_days`` of it, else none."""
    if done:
        return DeadlineAlert.NONE
    if today > due:
        return DeadlineAlert.OVERDUE
    if (due - today).days <= warning_days:
        return DeadlineAlert.DUE_SOON
    return DeadlineAlert.NONE
