"""PETI: the IT strategic plan — ruptures, current-state findings, gaps and initiatives."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.records import RegisterRecord


class Domain(models.TextChoices):
    """Domains of the IT reference architecture the PETI analyses."""

    STRATEGY = "estrategia", _("Estrategia de TI")
    GOVERNANCE = "gobierno", _("Gobierno de TI")
    INFORMATION = "informacion", _("Información")
    SYSTEMS = "sistemas", _("Sistemas de información")
    SERVICES = "servicios", _("Servicios tecnológicos")
    ADOPTION = "apropiacion", _("Uso y apropiación")


class StrategicPlan(RegisterRecord, ClusterableModel):
    title = models.CharField(_("título"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("año de inicio"))
    end_year = models.PositiveSmallIntegerField(_("año de fin"))
    summary = models.TextField(_("resumen"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("summary"),
        InlinePanel("ruptures", heading=_("Rupturas estratégicas"), label=_("Ruptura")),
        InlinePanel("findings", heading=_("Situación actual: hallazgos por dominio"), label=_("Hallazgo")),
        InlinePanel("gaps", heading=_("Brechas (actual → objetivo)"), label=_("Brecha")),
    ]

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("PETI")
        verbose_name_plural = _("PETI")

    def __str__(self):
        return f"{self.title} {self.start_year}–{self.end_year}"

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("El año de fin no puede ser anterior al de inicio.")})

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))


class StrategicRupture(Orderable):
    plan = ParentalKey(StrategicPlan, on_delete=models.CASCADE, related_name="ruptures")
    text = models.TextField(_("ruptura estratégica"))
    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("ruptura estratégica")


class CurrentStateFinding(Orderable):
    plan = ParentalKey(StrategicPlan, on_delete=models.CASCADE, related_name="findings")
    domain = models.CharField(_("dominio"), max_length=12, choices=Domain.choices)
    text = models.TextField(_("hallazgo"))
    panels = [FieldPanel("domain"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("hallazgo")


class Gap(Orderable):
    plan = ParentalKey(StrategicPlan, on_delete=models.CASCADE, related_name="gaps")
    domain = models.CharField(_("dominio"), max_length=12, choices=Domain.choices)
    current_state = models.TextField(_("situación actual"))
    target_state = models.TextField(_("situación objetivo"))
    panels = [FieldPanel("domain"), FieldRowPanel([FieldPanel("current_state"), FieldPanel("target_state")])]

    class Meta(Orderable.Meta):
        verbose_name = _("brecha")

    def __str__(self):
        return f"{self.get_domain_display()}: {self.target_state[:60]}"


class Priority(models.TextChoices):
    HIGH = "alta", _("Alta")
    MEDIUM = "media", _("Media")
    LOW = "baja", _("Baja")


class InitiativeStatus(models.TextChoices):
    PLANNED = "planeada", _("Planeada")
    ACTIVE = "en_curso", _("En curso")
    DONE = "terminada", _("Terminada")
    ON_HOLD = "suspendida", _("Suspendida")


class Initiative(RegisterRecord, ClusterableModel):
    """A project of the PETI roadmap."""

    plan = models.ForeignKey(
        StrategicPlan, verbose_name=_("PETI"), on_delete=models.CASCADE, related_name="initiatives"
    )
    code = models.CharField(_("código"), max_length=20, unique=True)
    name = models.CharField(_("nombre"), max_length=255)
    description = models.TextField(_("descripción"), blank=True)
    domain = models.CharField(_("dominio"), max_length=12, choices=Domain.choices)
    priority = models.CharField(_("prioridad"), max_length=6, choices=Priority.choices)
    cost = models.DecimalField(_("costo estimado (COP)"), max_digits=16, decimal_places=0, default=Decimal(0))
    year = models.PositiveSmallIntegerField(_("año de ejecución"))
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    status = models.CharField(
        _("estado"), max_length=12, choices=InitiativeStatus.choices, default=InitiativeStatus.PLANNED
    )
    progress = models.DecimalField(
        _("avance (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(0),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    panels = [
        FieldRowPanel([FieldPanel("plan"), FieldPanel("code")]),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("domain"), FieldPanel("priority"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("cost"), FieldPanel("status"), FieldPanel("progress")]),
        FieldPanel("responsible"),
        InlinePanel("milestones", heading=_("Hitos"), label=_("Hito")),
    ]

    class Meta:
        ordering = ["year", "code"]
        verbose_name = _("iniciativa del PETI")
        verbose_name_plural = _("iniciativas del PETI")

    def __str__(self):
        return f"{self.code} {self.name}"

    def clean(self):
        plan = self.plan if self.plan_id else None
        if plan and self.year and not plan.start_year <= self.year <= plan.end_year:
            raise ValidationError({"year": _("El año debe estar dentro del periodo del PETI.")})


class Milestone(Orderable):
    initiative = ParentalKey(Initiative, on_delete=models.CASCADE, related_name="milestones")
    name = models.CharField(_("hito"), max_length=255)
    due_on = models.DateField(_("fecha prevista"))
    done = models.BooleanField(_("cumplido"), default=False)
    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("due_on"), FieldPanel("done")])]

    class Meta(Orderable.Meta):
        verbose_name = _("hito")
