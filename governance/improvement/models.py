"""The Plan de Mejoramiento: actions from every source, their follow-ups and effectiveness."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from governance.deadlines import DeadlineAlert
from governance.improvement.rules import next_code
from governance.improvement.status import PENDING, ActionStatus, derive_status
from portal.records import RegisterRecord


class Source(models.TextChoices):
    INTERNAL_AUDIT = "auditoria_interna", _("Hallazgo de auditoría interna")
    EXTERNAL_AUDIT = "auditoria_externa", _("Auditoría externa (Contraloría)")
    SELF_ASSESSMENT = "autoevaluacion", _("Autoevaluación")
    MANAGEMENT_REVIEW = "revision_direccion", _("Revisión por la dirección")
    COMPLAINT = "pqrsd", _("Queja o reclamo (PQRSD)")
    RISK_EVENT = "evento_riesgo", _("Materialización de un riesgo")
    INDICATOR = "indicador", _("Indicador por debajo de la meta")


class RootCauseMethod(models.TextChoices):
    FIVE_WHYS = "cinco_porques", _("5 porqués")
    ISHIKAWA = "ishikawa", _("Espina de pescado (Ishikawa)")
    BRAINSTORMING = "lluvia_ideas", _("Lluvia de ideas")


class ActionType(models.TextChoices):
    CORRECTIVE = "correctiva", _("Correctiva")
    PREVENTIVE = "preventiva", _("Preventiva")
    IMPROVEMENT = "mejora", _("De mejora")


class ImprovementActionQuerySet(models.QuerySet):
    """Domain names for the reads of the plan the reminders and the dashboard repeat."""

    def pending(self):
        """Not fulfilled nor closed: open, in progress or overdue."""
        return self.filter(status__in=PENDING)

    def overdue(self, today):
        """Pending actions whose end date passed before ``today``."""
        return self.pending().filter(end_date__lt=today)

    def to_remind(self):
        """Pending actions, and any whose last mailed deadline alert may have to be cleared."""
        return self.filter(models.Q(status__in=PENDING) | ~models.Q(alert_state=DeadlineAlert.NONE))


class ImprovementAction(RegisterRecord):
    objects = ImprovementActionQuerySet.as_manager()

    code = models.CharField(_("código"), max_length=20, unique=True, blank=True)
    source = models.CharField(_("fuente"), max_length=20, choices=Source.choices)
    finding = models.ForeignKey(
        "governance.Finding",
        verbose_name=_("hallazgo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="improvement_actions",
    )
    risk_event = models.ForeignKey(
        "governance.RiskEvent",
        verbose_name=_("evento de riesgo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="improvement_actions",
    )
    indicator = models.ForeignKey(
        "governance.Indicator",
        verbose_name=_("indicador"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="improvement_actions",
    )
    source_reference = models.CharField(
        _("referencia de la fuente"),
        max_length=200,
        blank=True,
        help_text=_("Informe de la Contraloría, radicado PQRSD, acta de revisión…"),
    )
    process = models.ForeignKey(
        "governance.Process", verbose_name=_("proceso"), on_delete=models.PROTECT, related_name="+"
    )
    problem = models.TextField(_("hallazgo o situación a tratar"))
    root_cause_method = models.CharField(
        _("método de análisis de causas"), max_length=16, choices=RootCauseMethod.choices
    )
    root_cause = models.TextField(_("causa raíz"))
    correction = models.TextField(_("corrección (acción inmediata)"), blank=True)
    action = models.TextField(_("acción"))
    action_type = models.CharField(_("tipo de acción"), max_length=12, choices=ActionType.choices)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        on_delete=models.PROTECT,
        related_name="improvement_actions",
    )
    start_date = models.DateField(_("fecha de inicio"))
    end_date = models.DateField(_("fecha de terminación"))
    goal = models.CharField(_("meta / indicador de cumplimiento"), max_length=255)
    deliverable = models.CharField(_("entregable"), max_length=255)
    previous_action = models.ForeignKey(
        "self",
        verbose_name=_("reemplaza la acción no eficaz"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="replacements",
    )
    progress = models.PositiveSmallIntegerField(_("avance (%)"), default=0, editable=False)
    status = models.CharField(
        _("estado"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN, editable=False
    )
    #: The last deadline alert mailed to the responsible ("" when none is due).
    alert_state = models.CharField(max_length=12, blank=True, editable=False)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("source"), FieldPanel("process")]),
                FieldRowPanel([FieldPanel("finding"), FieldPanel("risk_event"), FieldPanel("indicator")]),
                FieldPanel("source_reference"),
                FieldPanel("problem"),
            ],
            heading=_("Fuente"),
        ),
        MultiFieldPanel(
            [FieldPanel("root_cause_method"), FieldPanel("root_cause")], heading=_("Análisis de causas")
        ),
        FieldPanel("correction"),
        FieldRowPanel([FieldPanel("action_type"), FieldPanel("responsible")]),
        FieldPanel("action"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("goal"), FieldPanel("deliverable")]),
    ]

    class Meta:
        ordering = ["-start_date", "code"]
        verbose_name = _("acción de mejora")
        verbose_name_plural = _("plan de mejoramiento")
        permissions = [("report_progress_improvementaction", _("Registrar seguimiento de la acción"))]

    def __str__(self):
        return f"{self.code} {self.action[:70]}"

    @property
    def source_record(self):
        return self.finding or self.risk_event or self.indicator

    @property
    def is_pending(self) -> bool:
        return self.status in PENDING

    def clean(self):
        errors = {}
        required = {
            Source.INTERNAL_AUDIT: ("finding", _("Elija el hallazgo de auditoría que origina la acción.")),
            Source.RISK_EVENT: ("risk_event", _("Elija el evento de riesgo que origina la acción.")),
            Source.INDICATOR: ("indicator", _("Elija el indicador que está por debajo de la meta.")),
        }
        if self.source in required:
            field, message = required[self.source]
            if getattr(self, f"{field}_id") is None:
                errors[field] = message
        elif self.source and not self.source_reference:
            errors["source_reference"] = _("Indique la referencia de la fuente (informe, radicado, acta…).")
        if self.finding_id and not self.finding.needs_action:
            errors["finding"] = _("Una conformidad no requiere acción de mejora.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("La fecha de terminación es anterior a la de inicio.")
        if errors:
            raise ValidationError(errors)

    def refresh_status(self, today=None) -> str:
        evaluation = getattr(self, "evaluation", None) if self.pk else None
        self.status = derive_status(
            today=today or timezone.localdate(),
            end=self.end_date,
            progress=self.progress,
            effective=None if evaluation is None else evaluation.effective,
        )
        return self.status

    def save(self, *args, **kwargs):
        self.refresh_status()
        if self.code:
            return super().save(*args, **kwargs)

        for _attempt in range(5):  # two people saving at once may draw the same number
            year = self.start_date.year
            used = ImprovementAction.objects.filter(code__startswith=f"PM-{year}-").values_list(
                "code", flat=True
            )
            self.code = next_code(year, used)
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.code = ""
        raise IntegrityError("could not allocate an improvement action code")


class FollowUp(RegisterRecord):
    action = models.ForeignKey(
        ImprovementAction, verbose_name=_("acción"), on_delete=models.PROTECT, related_name="follow_ups"
    )
    date = models.DateField(_("fecha"))
    progress = models.PositiveSmallIntegerField(
        _("avance acumulado (%)"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    comment = models.TextField(_("comentario"))
    evidence_file = models.FileField(
        _("evidencia (archivo)"), upload_to="evidencias/seguimientos/%Y/%m", blank=True, max_length=255
    )
    evidence_url = models.URLField(_("evidencia (enlace)"), max_length=300, blank=True)

    class Meta:
        ordering = ["action", "date", "pk"]
        verbose_name = _("seguimiento")
        verbose_name_plural = _("seguimientos")

    def __str__(self):
        return f"{self.action.code} · {self.date:%Y-%m-%d} · {self.progress} %"


class EffectivenessEvaluation(RegisterRecord):
    action = models.OneToOneField(
        ImprovementAction, verbose_name=_("acción"), on_delete=models.CASCADE, related_name="evaluation"
    )
    evaluated_on = models.DateField(_("fecha de la evaluación"))
    evaluator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("evaluador"), on_delete=models.PROTECT, related_name="+"
    )
    effective = models.BooleanField(_("¿la acción fue eficaz?"))
    comment = models.TextField(_("análisis de eficacia (¿se eliminó la causa?)"))

    class Meta:
        verbose_name = _("evaluación de eficacia")
        verbose_name_plural = _("evaluaciones de eficacia")

    def __str__(self):
        verdict = _("eficaz") if self.effective else _("no eficaz")
        return f"{self.action.code} · {verdict}"
