"""Internal audits (ISO 19011): the yearly programme, each audit with its plan and checklist, findings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.records import RegisterRecord

CRITERIA_CHOICES = (
    ("iso9001", _("ISO 9001:2015")),
    ("iso27001", _("ISO/IEC 27001:2022")),
    ("legal", _("Requisitos legales (normograma)")),
    ("mipg", _("MIPG / Política de Gobierno Digital")),
)


class AuditProgramme(RegisterRecord):
    year = models.PositiveSmallIntegerField(_("vigencia"), unique=True)
    objective = models.TextField(_("objetivos del programa"))
    scope = models.TextField(_("alcance"))
    resources = models.TextField(_("recursos"), blank=True)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable del programa"),
        on_delete=models.PROTECT,
        related_name="audit_programmes",
    )
    approved_on = models.DateField(_("aprobado por el comité el"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("responsible"), FieldPanel("approved_on")]),
        FieldPanel("objective"),
        FieldPanel("scope"),
        FieldPanel("resources"),
    ]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("programa de auditoría")
        verbose_name_plural = _("programas de auditoría")

    def __str__(self):
        return _("Programa de auditorías %(year)s") % {"year": self.year}


class AuditStatus(models.TextChoices):
    PLANNED = "planeada", _("Planeada")
    IN_PROGRESS = "en_ejecucion", _("En ejecución")
    REPORTED = "informe", _("Informe emitido")


class Audit(RegisterRecord, ClusterableModel):
    programme = models.ForeignKey(
        AuditProgramme, verbose_name=_("programa"), on_delete=models.PROTECT, related_name="audits"
    )
    code = models.CharField(_("código"), max_length=20, unique=True)
    process = models.ForeignKey(
        "governance.Process",
        verbose_name=_("proceso auditado"),
        on_delete=models.PROTECT,
        related_name="audits",
    )
    objective = models.TextField(_("objetivo"))
    scope = models.TextField(_("alcance"))
    criteria = models.JSONField(_("criterios"), default=list)
    criteria_detail = models.TextField(_("criterios (detalle: numerales, normas)"), blank=True)
    start_date = models.DateField(_("fecha de inicio"))
    end_date = models.DateField(_("fecha de cierre"))
    lead_auditor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auditor líder"),
        on_delete=models.PROTECT,
        related_name="led_audits",
    )
    team = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("equipo auditor"), blank=True, related_name="audits"
    )
    plan = models.TextField(_("plan de auditoría (agenda, reuniones de apertura y cierre)"))
    status = models.CharField(
        _("estado"), max_length=14, choices=AuditStatus.choices, default=AuditStatus.PLANNED
    )
    conclusions = models.TextField(_("conclusiones"), blank=True)
    report_date = models.DateField(_("fecha del informe"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("code"), FieldPanel("process")]),
        FieldPanel("objective"),
        FieldPanel("scope"),
        MultiFieldPanel([FieldPanel("criteria"), FieldPanel("criteria_detail")], heading=_("Criterios")),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("lead_auditor"), FieldPanel("team")]),
        FieldPanel("plan"),
        InlinePanel("checklist", heading=_("Lista de verificación"), label=_("Pregunta")),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("report_date"), FieldPanel("conclusions")],
            heading=_("Informe"),
        ),
    ]

    class Meta:
        ordering = ["-start_date", "code"]
        verbose_name = _("auditoría")
        verbose_name_plural = _("auditorías")

    def __str__(self):
        return f"{self.code} {self.process.name}"

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("La fecha de cierre es anterior a la de inicio.")
        if self.status == AuditStatus.REPORTED and not (self.conclusions and self.report_date):
            errors["conclusions"] = _("Para emitir el informe escriba las conclusiones y su fecha.")
        if self.programme_id and self.start_date and self.start_date.year != self.programme.year:
            errors["start_date"] = _("La auditoría debe caer en la vigencia del programa.")
        if errors:
            raise ValidationError(errors)

    def criteria_labels(self) -> list[str]:
        labels = dict(CRITERIA_CHOICES)
        return [str(labels.get(key, key)) for key in self.criteria]

    def auditors(self) -> list:
        """The lead auditor and the team, lead first, without repeats."""
        people = [self.lead_auditor, *self.team.all()]
        return list({person.pk: person for person in people}.values())


class ChecklistItem(Orderable):
    audit = ParentalKey(Audit, on_delete=models.CASCADE, related_name="checklist")
    clause = models.CharField(_("numeral / requisito"), max_length=60)
    question = models.TextField(_("pregunta o aspecto a verificar"))
    result = models.CharField(
        _("resultado"),
        max_length=12,
        blank=True,
        choices=[("cumple", _("Cumple")), ("no_cumple", _("No cumple")), ("na", _("No aplica"))],
    )
    notes = models.TextField(_("evidencia revisada / notas"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("clause"), FieldPanel("result")]),
        FieldPanel("question"),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("pregunta de la lista de verificación")
        verbose_name_plural = _("lista de verificación")


class FindingKind(models.TextChoices):
    CONFORMITY = "conformidad", _("Conformidad")
    MAJOR_NC = "nc_mayor", _("No conformidad mayor")
    MINOR_NC = "nc_menor", _("No conformidad menor")
    OBSERVATION = "observacion", _("Observación")
    IMPROVEMENT = "oportunidad", _("Oportunidad de mejora")


#: Findings that call for an entry in the improvement plan.
ACTIONABLE_KINDS = (
    FindingKind.MAJOR_NC,
    FindingKind.MINOR_NC,
    FindingKind.OBSERVATION,
    FindingKind.IMPROVEMENT,
)


class Finding(RegisterRecord):
    audit = models.ForeignKey(
        Audit, verbose_name=_("auditoría"), on_delete=models.PROTECT, related_name="findings"
    )
    code = models.CharField(_("código"), max_length=30, unique=True)
    kind = models.CharField(_("tipo de hallazgo"), max_length=12, choices=FindingKind.choices)
    clause = models.CharField(_("requisito / numeral"), max_length=80)
    description = models.TextField(_("descripción"))
    evidence = models.TextField(_("evidencia objetiva"))

    panels = [
        FieldRowPanel([FieldPanel("audit"), FieldPanel("code")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("clause")]),
        FieldPanel("description"),
        FieldPanel("evidence"),
    ]

    class Meta:
        ordering = ["audit", "code"]
        verbose_name = _("hallazgo")
        verbose_name_plural = _("hallazgos")

    def __str__(self):
        return f"{self.code} {self.get_kind_display()}"

    @property
    def needs_action(self) -> bool:
        return self.kind in ACTIONABLE_KINDS
