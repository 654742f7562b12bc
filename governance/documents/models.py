"""Documented information of a process: manuals, plans, procedures and committees, versioned."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.records import RegisterRecord


class DocumentKind(models.TextChoices):
    MANUAL = "manual", _("Manual institucional")
    PLAN = "plan", _("Plan o programa institucional")
    PROCEDURE = "procedimiento", _("Procedimiento")
    COMMITTEE = "comite", _("Comité institucional")


class ControlledDocument(RegisterRecord, ClusterableModel):
    """A document of the management system, with its approved versions."""

    process = models.ForeignKey(
        "governance.Process", verbose_name=_("proceso"), on_delete=models.PROTECT, related_name="documents"
    )
    kind = models.CharField(_("tipo"), max_length=20, choices=DocumentKind.choices)
    code = models.CharField(_("código"), max_length=30, unique=True)
    title = models.CharField(_("nombre"), max_length=255)
    sort_order = models.PositiveSmallIntegerField(_("orden en la caracterización"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("process"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("code"), FieldPanel("title"), FieldPanel("sort_order")]),
        InlinePanel("versions", heading=_("Versiones"), label=_("Versión"), min_num=1),
    ]

    class Meta:
        ordering = ["process", "kind", "sort_order", "code"]
        verbose_name = _("documento del proceso")
        verbose_name_plural = _("documentos del proceso")

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def current_version(self):
        """The version in force: the most recently approved one."""
        versions = sorted(self.versions.all(), key=lambda v: (v.approved_on, v.pk or 0))
        return versions[-1] if versions else None


class DocumentVersion(Orderable):
    document = ParentalKey(ControlledDocument, on_delete=models.CASCADE, related_name="versions")
    version = models.CharField(_("versión"), max_length=10)
    approved_on = models.DateField(_("fecha de aprobación"))
    approved_by = models.CharField(_("aprobado por"), max_length=200)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("archivo"), on_delete=models.PROTECT, related_name="+"
    )
    change_summary = models.CharField(_("descripción del cambio"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("version"), FieldPanel("approved_on"), FieldPanel("approved_by")]),
        FieldPanel("file"),
        FieldPanel("change_summary"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("versión")
        verbose_name_plural = _("versiones")
        constraints = [
            models.UniqueConstraint(fields=["document", "version"], name="unique_document_version")
        ]

    def __str__(self):
        return f"{self.document.code} v{self.version}"
