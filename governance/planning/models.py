"""Action plan, indicators (hoja de vida) and their measurements."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from governance.planning import rules
from governance.planning.sources import source_choices
from portal.records import RegisterRecord

PERCENT = [MinValueValidator(0), MaxValueValidator(100)]


class Frequency(models.TextChoices):
    MONTHLY = "mensual", _("Mensual")
    QUARTERLY = "trimestral", _("Trimestral")
    BIANNUAL = "semestral", _("Semestral")
    ANNUAL = "anual", _("Anual")


class PlanStatus(models.TextChoices):
    DRAFT = "borrador", _("En elaboración")
    SUBMITTED = "enviado", _("Enviado para aprobación")
    APPROVED = "aprobado", _("Aprobado")


class ActionPlan(RegisterRecord, ClusterableModel):
    """Plan de Acción of a process for one year."""

    process = models.ForeignKey(
        "governance.Process", verbose_name=_("proceso"), on_delete=models.PROTECT, related_name="action_plans"
    )
    year = models.PositiveSmallIntegerField(_("vigencia"), validators=[MinValueValidator(2000)])
    status = models.CharField(
        _("estado"), max_length=10, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aprobado por"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("aprobado el"), null=True, blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("process"), FieldPanel("year")]),
        InlinePanel("activities", heading=_("Actividades"), label=_("Actividad")),
    ]

    class Meta:
        ordering = ["-year", "process"]
        verbose_name = _("plan de acción")
        verbose_name_plural = _("planes de acción")
        constraints = [models.UniqueConstraint(fields=["process", "year"], name="one_action_plan_per_year")]
        permissions = [("approve_actionplan", _("Puede aprobar planes de acción"))]

    def __str__(self):
        return _("Plan de Acción %(year)s · %(process)s") % {"year": self.year, "process": self.process.name}

    @property
    def progress(self) -> Decimal:
        return rules.weighted_progress((a.weight, a.progress) for a in self.activities.all())


class PlanActivity(Orderable):
    plan = ParentalKey(ActionPlan, on_delete=models.CASCADE, related_name="activities")
    description = models.TextField(_("actividad"))
    goal = models.CharField(_("meta"), max_length=255)
    weight = models.DecimalField(
        _("peso (%)"), max_digits=5, decimal_places=2, validators=PERCENT, default=Decimal(0)
    )
    responsible = models.CharField(_("responsable"), max_length=200)
    starts_on = models.DateField(_("fecha de inicio"))
    ends_on = models.DateField(_("fecha de fin"))
    deliverable = models.CharField(_("entregable"), max_length=255)
    progress = models.DecimalField(
        _("avance (%)"), max_digits=5, decimal_places=2, validators=PERCENT, default=Decimal(0)
    )

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("goal"), FieldPanel("deliverable")]),
        FieldRowPanel([FieldPanel("responsible"), FieldPanel("weight"), FieldPanel("progress")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("actividad del plan")
        verbose_name_plural = _("actividades del plan")

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("La fecha de fin no puede ser anterior a la de inicio.")})


class IndicatorType(models.TextChoices):
    EFFICACY = "eficacia", _("Eficacia")
    EFFICIENCY = "eficiencia", _("Eficiencia")
    EFFECTIVENESS = "efectividad", _("Efectividad")


class Unit(models.TextChoices):
    PERCENT = "porcentaje", _("Porcentaje (%)")
    NUMBER = "numero", _("Número")
    DAYS = "dias", _("Días")
    HOURS = "horas", _("Horas")


class Indicator(RegisterRecord, ClusterableModel):
    """Hoja de vida of a management indicator."""

    process = models.ForeignKey(
        "governance.Process", verbose_name=_("proceso"), on_delete=models.PROTECT, related_name="indicators"
    )
    code = models.CharField(_("código"), max_length=20, unique=True)
    name = models.CharField(_("nombre"), max_length=255)
    objective = models.TextField(_("objetivo"))
    indicator_type = models.CharField(_("tipo"), max_length=12, choices=IndicatorType.choices)
    formula = models.CharField(_("fórmula"), max_length=255)
    numerator_description = models.CharField(_("numerador"), max_length=255)
    denominator_description = models.CharField(_("denominador"), max_length=255)
    unit = models.CharField(_("unidad"), max_length=12, choices=Unit.choices, default=Unit.PERCENT)
    baseline = models.DecimalField(_("línea base"), max_digits=12, decimal_places=2, null=True, blank=True)
    frequency = models.CharField(_("frecuencia"), max_length=12, choices=Frequency.choices)
    higher_is_better = models.BooleanField(_("un valor mayor es mejor"), default=True)
    green_from = models.DecimalField(
        _("verde desde (% de cumplimiento)"), max_digits=5, decimal_places=1, default=Decimal(90)
    )
    yellow_from = models.DecimalField(
        _("amarillo desde (% de cumplimiento)"), max_digits=5, decimal_places=1, default=Decimal(70)
    )
    data_source = models.CharField(_("fuente de información"), max_length=255)
    live_source = models.CharField(
        _("cálculo automático"),
        max_length=60,
        blank=True,
        choices=source_choices,
        help_text=_("Si se elige, el portal calcula la medición al cierre de cada periodo."),
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        on_delete=models.PROTECT,
        related_name="indicators",
    )

    panels = [
        FieldRowPanel([FieldPanel("process"), FieldPanel("code")]),
        FieldPanel("name"),
        FieldPanel("objective"),
        FieldRowPanel([FieldPanel("indicator_type"), FieldPanel("unit"), FieldPanel("frequency")]),
        MultiFieldPanel(
            [
                FieldPanel("formula"),
                FieldPanel("numerator_description"),
                FieldPanel("denominator_description"),
            ],
            heading=_("Fórmula"),
        ),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("higher_is_better")]),
        FieldRowPanel([FieldPanel("green_from"), FieldPanel("yellow_from")], heading=_("Semáforo")),
        InlinePanel("goals", heading=_("Metas por periodo"), label=_("Meta")),
        FieldRowPanel([FieldPanel("data_source"), FieldPanel("live_source")]),
        FieldPanel("responsible"),
    ]

    class Meta:
        ordering = ["process", "code"]
        verbose_name = _("indicador")
        verbose_name_plural = _("indicadores")

    def __str__(self):
        return f"{self.code} {self.name}"

    def clean(self):
        if (
            self.yellow_from is not None
            and self.green_from is not None
            and self.yellow_from > self.green_from
        ):
            raise ValidationError({"yellow_from": _("El umbral amarillo no puede superar al verde.")})

    @property
    def as_percentage(self) -> bool:
        return self.unit == Unit.PERCENT

    def goal_for(self, year: int, period: int):
        for goal in self.goals.all():
            if goal.year == year and goal.period in (period, None):
                return goal.value
        return None


class IndicatorGoal(Orderable):
    """The goal of an indicator for a period (or for every period of a year)."""

    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="goals")
    year = models.PositiveSmallIntegerField(_("año"))
    period = models.PositiveSmallIntegerField(
        _("periodo"),
        null=True,
        blank=True,
        help_text=_("Vacío: la misma meta para todos los periodos del año."),
    )
    value = models.DecimalField(_("meta"), max_digits=12, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("period"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("meta")
        verbose_name_plural = _("metas")


class MeasurementSource(models.TextChoices):
    MANUAL = "manual", _("Registrada")
    LIVE = "automatica", _("Calculada por el portal")


class Measurement(RegisterRecord):
    """The value of an indicator for one period."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicador"), on_delete=models.CASCADE, related_name="measurements"
    )
    year = models.PositiveSmallIntegerField(_("año"), validators=[MinValueValidator(2000)])
    period = models.PositiveSmallIntegerField(
        _("periodo"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    numerator = models.DecimalField(_("numerador"), max_digits=14, decimal_places=2)
    denominator = models.DecimalField(_("denominador"), max_digits=14, decimal_places=2)
    result = models.DecimalField(
        _("resultado"), max_digits=14, decimal_places=2, null=True, blank=True, editable=False
    )
    analysis = models.TextField(_("análisis"), blank=True)
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidencia"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(
        _("origen"),
        max_length=12,
        choices=MeasurementSource.choices,
        default=MeasurementSource.MANUAL,
        editable=False,
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("period")]),
        FieldRowPanel([FieldPanel("numerator"), FieldPanel("denominator")]),
        FieldPanel("analysis"),
        FieldPanel("evidence"),
    ]

    class Meta:
        ordering = ["indicator", "-year", "-period"]
        verbose_name = _("medición")
        verbose_name_plural = _("mediciones")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year", "period"], name="one_measurement_per_period")
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.period_label}"

    @property
    def period_label(self) -> str:
        return rules.period_label(self.indicator.frequency, self.year, self.period)

    def clean(self):
        if (
            self.indicator_id
            and self.period
            and self.period > rules.periods_per_year(self.indicator.frequency)
        ):
            raise ValidationError(
                {
                    "period": _("Un indicador %(freq)s tiene %(n)s periodos por año.")
                    % {
                        "freq": self.indicator.get_frequency_display().lower(),
                        "n": rules.periods_per_year(self.indicator.frequency),
                    }
                }
            )
        if self.denominator is not None and self.denominator < 0:
            raise ValidationError({"denominator": _("El denominador no puede ser negativo.")})

    def save(self, *args, **kwargs):
        self.result = rules.indicator_result(
            self.numerator, self.denominator, as_percentage=self.indicator.as_percentage
        )
        super().save(*args, **kwargs)

    @property
    def traffic_light(self) -> str:
        indicator = self.indicator
        return rules.traffic_light(
            self.result,
            indicator.goal_for(self.year, self.period),
            higher_is_better=indicator.higher_is_better,
            green_from=indicator.green_from,
            yellow_from=indicator.yellow_from,
        )
