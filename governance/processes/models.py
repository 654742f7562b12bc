"""The process sheet (caracterización): a process, its PHVA activities, documents and criteria."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.records import RegisterRecord


class ProcessType(models.TextChoices):
    STRATEGIC = "estrategico", _("Estratégico")
    MISSIONAL = "misional", _("Misional")
    SUPPORT = "apoyo", _("De apoyo")
    EVALUATION = "evaluacion", _("De evaluación")


class Phase(models.TextChoices):
    """The PHVA cycle, in order."""

    PLAN = "planear", "PLANEAR"
    DO = "hacer", "HACER"
    CHECK = "verificar", "VERIFICAR"
    ACT = "actuar", "ACTUAR"


PHASE_ORDER = {phase.value: position for position, phase in enumerate(Phase)}


class Process(RegisterRecord, ClusterableModel):
    """A process of the institute's management system, as its caracterización describes it."""

    code = models.CharField(_("código"), max_length=20, unique=True)
    name = models.CharField(_("nombre"), max_length=200, unique=True)
    process_type = models.CharField(_("tipo de proceso"), max_length=20, choices=ProcessType.choices)
    objective = models.TextField(_("objetivo"))
    leader = models.CharField(
        _("líder del proceso"), max_length=200, help_text=_("Cargo responsable del proceso.")
    )
    footnotes = models.TextField(
        _("notas al pie"), blank=True, help_text=_("Una por línea, con su marca (por ejemplo «¹ Incluye…»).")
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("process_type"), FieldPanel("leader")]),
        FieldPanel("objective"),
        InlinePanel("activities", heading=_("Actividades clave por ciclo PHVA"), label=_("Actividad")),
        FieldPanel("footnotes"),
        InlinePanel("criteria", heading=_("Criterios y métodos"), label=_("Criterio")),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("proceso")
        verbose_name_plural = _("procesos")

    def __str__(self):
        return f"{self.code} · {self.name}"


class ProcessActivity(Orderable):
    """One row of the sheet: a key activity with who supplies, who does and who receives."""

    process = ParentalKey(Process, on_delete=models.CASCADE, related_name="activities")
    phase = models.CharField(_("ciclo"), max_length=10, choices=Phase.choices)
    number = models.PositiveSmallIntegerField(_("número en el ciclo"))
    text = models.TextField(_("actividad clave"))
    suppliers = models.TextField(_("proveedor"), blank=True)
    inputs = models.TextField(_("entrada"), blank=True, help_text=_("Una entrada por línea."))
    responsible = models.CharField(_("responsable"), max_length=200, blank=True)
    outputs = models.TextField(_("salidas"), blank=True)
    clients = models.TextField(_("cliente"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("phase"), FieldPanel("number")]),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("suppliers"), FieldPanel("inputs")]),
                FieldRowPanel([FieldPanel("responsible"), FieldPanel("outputs"), FieldPanel("clients")]),
            ],
            heading=_("Proveedor, entrada, responsable, salidas y cliente"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("actividad del proceso")
        verbose_name_plural = _("actividades del proceso")

    def __str__(self):
        return f"{self.get_phase_display()} {self.number}. {self.text[:60]}"


class CriterionKind(models.TextChoices):
    LEGAL = "legal", _("Marco legal y organizacional")
    RISKS = "riesgos", _("Riesgos asociados")
    MEASUREMENT = "medicion", _("Seguimiento y medición")
    RESOURCES = "recursos", _("Recursos asociados")


class ProcessCriterion(Orderable):
    """Criteria and methods of the sheet: where the legal frame, risks, indicators and resources are."""

    process = ParentalKey(Process, on_delete=models.CASCADE, related_name="criteria")
    kind = models.CharField(_("tipo"), max_length=10, choices=CriterionKind.choices)
    text = models.TextField(_("texto"))
    url = models.CharField(
        _("enlace"), max_length=300, blank=True, help_text=_("Dirección del registro del portal o externa.")
    )

    panels = [FieldPanel("kind"), FieldPanel("text"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("criterio")
        verbose_name_plural = _("criterios y métodos")
