"""The normograma: the legal and technical rules the process follows."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.records import RegisterRecord


class NormType(models.TextChoices):
    CONSTITUTION = "constitucion", _("Constitución")
    LAW = "ley", _("Ley")
    DECREE = "decreto", _("Decreto")
    RESOLUTION = "resolucion", _("Resolución")
    CIRCULAR = "circular", _("Circular")
    AGREEMENT = "acuerdo", _("Acuerdo")
    TECHNICAL = "norma_tecnica", _("Norma técnica")
    ISO = "iso", _("Norma ISO")
    OTHER = "otra", _("Otra")


class NormStatus(models.TextChoices):
    IN_FORCE = "vigente", _("Vigente")
    REPEALED = "derogada", _("Derogada")
    AMENDED = "modificada", _("Modificada")


class LegalNorm(RegisterRecord):
    norm_type = models.CharField(_("tipo"), max_length=20, choices=NormType.choices)
    number = models.CharField(_("número"), max_length=40)
    year = models.PositiveSmallIntegerField(_("año"))
    issuer = models.CharField(_("entidad que la expide"), max_length=200)
    title = models.TextField(_("epígrafe"))
    applicable_articles = models.CharField(_("artículos que aplican"), max_length=255, blank=True)
    status = models.CharField(
        _("estado"), max_length=12, choices=NormStatus.choices, default=NormStatus.IN_FORCE
    )
    url = models.URLField(_("enlace a la norma"), blank=True)
    processes = models.ManyToManyField(
        "governance.Process", verbose_name=_("procesos"), related_name="norms", blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("norm_type"), FieldPanel("number"), FieldPanel("year")]),
        FieldPanel("issuer"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("applicable_articles"), FieldPanel("status")]),
        FieldPanel("url"),
        FieldPanel("processes"),
    ]

    class Meta:
        ordering = ["norm_type", "-year", "number"]
        verbose_name = _("norma")
        verbose_name_plural = _("normograma")
        constraints = [
            models.UniqueConstraint(fields=["norm_type", "number", "year", "issuer"], name="unique_norm")
        ]

    def __str__(self):
        return f"{self.get_norm_type_display()} {self.number} de {self.year}"
