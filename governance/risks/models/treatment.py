"""Treatment, key risk indicators and periodic monitoring of a risk (edited inline on the risk)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from governance.deadlines import DeadlineAlert, deadline_alert


class TreatmentTaskQuerySet(models.QuerySet):
    """Domain names for the reads of treatment tasks the reminders and the dashboard repeat."""

    def open(self):
        """Not completed yet."""
        return self.filter(completed_on__isnull=True)

    def overdue(self, today):
        """Open tasks whose due date passed before ``today``."""
        return self.open().filter(due_date__lt=today)

    def to_remind(self):
        """Open tasks, and any whose last mailed deadline alert may have to be cleared."""
        return self.filter(models.Q(completed_on__isnull=True) | ~models.Q(alert_state=DeadlineAlert.NONE))


class TreatmentTask(Orderable):
    """One activity of a risk's treatment plan, with its responsible and dates."""

    objects = TreatmentTaskQuerySet.as_manager()

    risk = ParentalKey("governance.Risk", on_delete=models.CASCADE, related_name="treatment_tasks")
    action = models.TextField(_("actividad de tratamiento"))
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        on_delete=models.PROTECT,
        related_name="risk_treatment_tasks",
    )
    start_date = models.DateField(_("fecha de inicio"))
    due_date = models.DateField(_("fecha de terminación"))
    completed_on = models.DateField(_("terminada el"), null=True, blank=True)
    #: The last deadline alert mailed to the responsible ("" when none is due).
    alert_state = models.CharField(max_length=12, blank=True, editable=False)

    panels = [
        FieldPanel("action"),
        FieldRowPanel(
            [
                FieldPanel("responsible"),
                FieldPanel("start_date"),
                FieldPanel("due_date"),
                FieldPanel("completed_on"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("actividad de tratamiento")
        verbose_name_plural = _("plan de tratamiento")

    def __str__(self):
        return self.action[:80]

    def clean(self):
        if self.start_date and self.due_date and self.due_date < self.start_date:
            raise ValidationError({"due_date": _("La fecha de terminación es anterior a la de inicio.")})

    @property
    def is_overdue(self) -> bool:
        alert = deadline_alert(
            due=self.due_date, done=self.completed_on is not None, today=timezone.localdate()
        )
        return alert == DeadlineAlert.OVERDUE


class KeyRiskIndicator(Orderable):
    """A key risk indicator (KRI): what is watched to see the risk coming, and its threshold."""

    risk = ParentalKey("governance.Risk", on_delete=models.CASCADE, related_name="key_indicators")
    name = models.CharField(_("indicador clave de riesgo"), max_length=200)
    formula = models.CharField(_("fórmula"), max_length=255)
    threshold = models.CharField(_("umbral de alerta"), max_length=100)
    frequency = models.CharField(_("frecuencia de medición"), max_length=60)
    indicator = models.ForeignKey(
        "governance.Indicator",
        verbose_name=_("indicador del proceso (opcional)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("formula")]),
        FieldRowPanel([FieldPanel("threshold"), FieldPanel("frequency"), FieldPanel("indicator")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicador clave de riesgo")
        verbose_name_plural = _("indicadores clave de riesgo")

    def __str__(self):
        return self.name


class RiskReview(Orderable):
    """A periodic monitoring record of the risk (the line of defence's review)."""

    risk = ParentalKey("governance.Risk", on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField(_("fecha del monitoreo"))
    reviewer = models.CharField(_("quién monitorea"), max_length=200)
    controls_applied = models.BooleanField(_("los controles se aplicaron"), default=True)
    materialised = models.BooleanField(_("el riesgo se materializó en el periodo"), default=False)
    observations = models.TextField(_("observaciones"))

    panels = [
        FieldRowPanel([FieldPanel("reviewed_on"), FieldPanel("reviewer")]),
        FieldRowPanel([FieldPanel("controls_applied"), FieldPanel("materialised")]),
        FieldPanel("observations"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("monitoreo")
        verbose_name_plural = _("monitoreos periódicos")

    def __str__(self):
        return f"{self.reviewed_on:%Y-%m-%d}"
