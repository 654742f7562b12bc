"""The status of an improvement action, derived from its dates, follow-ups and evaluation (pure)."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class ActionStatus(models.TextChoices):
    OPEN = "abierta", _("Abierta")
    IN_PROGRESS = "en_curso", _("En curso")
    OVERDUE = "vencida", _("Vencida")
    FULFILLED = "cumplida", _("Cumplida (pendiente de evaluar eficacia)")
    EFFECTIVE = "eficaz", _("Cerrada eficaz")
    NOT_EFFECTIVE = "no_eficaz", _("Cerrada no eficaz")


CLOSED = (ActionStatus.EFFECTIVE, ActionStatus.NOT_EFFECTIVE)
#: Statuses in which the responsible still owes work (deadline alerts apply).
PENDING = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.OVERDUE)


def derive_status(*, today: date, end: date, progress: int, effective: bool | None) -> str:
    """Evaluation decides a closed action; 100 % is fulfilled; past the end date is overdue.

    An action closes only when it is done **and** its effectiveness has been verified; an
    action with progress is "en curso", one without is "abierta".
    """
    if effective is True:
        return ActionStatus.EFFECTIVE
    if effective is False:
        return ActionStatus.NOT_EFFECTIVE
    if progress >= 100:
        return ActionStatus.FULFILLED
    if today > end:
        return ActionStatus.OVERDUE
    if progress > 0:
        return ActionStatus.IN_PROGRESS
    return ActionStatus.OPEN


def check_progress(previous: int, new: int) -> str | None:
    """Why ``new`` is not an acceptable cumulative progress after ``previous``; ``None`` if it is."""
    if not 0 <= new <= 100:
        return gettext("El avance debe estar entre 0 y 100 %.")
    if new < previous:
        return gettext(
            "El avance es acumulado: no puede ser menor que el del último seguimiento (%(previous)s %%)."
        ) % {"previous": previous}
    return None
