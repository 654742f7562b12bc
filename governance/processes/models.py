"""The institute's processes (mapa de procesos), the header of each process sheet."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.records import RegisterRecord


class ProcessType(models.TextChoices):
    STRATEGIC = "estrategico", _("Estratégico")
    MISSIONAL = "misional", _("Misional")
    SUPPORT = "apoyo", _("De apoyo")
    EVALUATION = "evaluacion", _("De evaluación")


class Process(RegisterRecord):
    """A process of the institute's management system, as its caracterización names it."""

    code = models.CharField(_("código"), max_length=20, unique=True)
    name = models.CharField(_("nombre"), max_length=200, unique=True)
    process_type = models.CharField(_("tipo de proceso"), max_length=20, choices=ProcessType.choices)
    objective = models.TextField(_("objetivo"))
    leader = models.CharField(
        _("líder del proceso"), max_length=200, help_text=_("Cargo responsable del proceso.")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("proceso")
        verbose_name_plural = _("procesos")

    def __str__(self):
        return f"{self.code} · {self.name}"
