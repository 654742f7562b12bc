"""Information assets: what each one is (the Registro de Activos de Información) and its
classification under Ley 1712 de 2014 (the Índice de Información Clasificada y Reservada)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from servicedesk.assets import classification
from servicedesk.assets.choices import (
    Classification,
    ExceptionScope,
    LegalException,
    Medium,
    PublicationFrequency,
    SecurityLevel,
)
from servicedesk.assets.models.inventory import Asset


class InformationDetails(models.Model):
    """What an information asset is (Decreto 1081 de 2015: the Registro de Activos de Información)
    and how it is classified under Ley 1712 de 2014 (the Índice de Información Clasificada y
    Reservada), with its confidentiality, integrity and availability levels."""

    asset = models.OneToOneField(
        Asset,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="information",
        verbose_name=_("activo"),
    )
    category = models.CharField(
        _("categoría de información"),
        max_length=200,
        help_text=_("p. ej. «Información contractual», «Peticiones, quejas y reclamos»."),
    )
    description = models.TextField(_("descripción del contenido"))
    language = models.CharField(_("idioma"), max_length=60, default="Español")
    medium = models.CharField(
        _("medio de conservación o soporte"), max_length=12, choices=Medium.choices, default=Medium.ELECTRONIC
    )
    file_format = models.CharField(_("formato"), max_length=120, help_text=_("p. ej. «PDF, XLSX», «papel»."))
    owner_unit = models.CharField(
        _("dependencia responsable de la información"),
        max_length=200,
        help_text=_("La dependencia dueña de la información."),
    )
    producer = models.CharField(
        _("responsable de la producción"),
        max_length=200,
        help_text=_("Quién la genera (cargo o dependencia)."),
    )
    generated_on = models.DateField(_("fecha de generación"), null=True, blank=True)
    frequency = models.CharField(
        _("frecuencia de actualización"),
        max_length=12,
        choices=PublicationFrequency.choices,
        default=PublicationFrequency.PERMANENT,
    )
    published = models.BooleanField(
        _("publicada"),
        default=False,
        help_text=_("Marque si está publicada; si no, queda «disponible» para quien la solicite."),
    )
    published_url = models.URLField(
        _("enlace"), blank=True, help_text=_("Dónde se consulta (la página del portal, datos.gov.co…).")
    )
    classification = models.CharField(
        _("clasificación"), max_length=12, choices=Classification.choices, default=Classification.PUBLIC
    )
    legal_exception = models.CharField(
        _("excepción"), max_length=8, choices=LegalException.choices, blank=True
    )
    legal_basis = models.TextField(
        _("fundamento constitucional o legal"),
        blank=True,
        help_text=_("La norma que establece la excepción, p. ej. «Ley 1581 de 2012, art. 5»."),
    )
    legitimate_objective = models.TextField(_("objetivo legítimo de la excepción"), blank=True)
    scope = models.CharField(
        _("excepción total o parcial"), max_length=8, choices=ExceptionScope.choices, blank=True
    )
    classified_part = models.CharField(
        _("parte clasificada o reservada"),
        max_length=300,
        blank=True,
        help_text=_(
            "Si es parcial: qué parte del documento (p. ej. «datos de contacto de los peticionarios»)."
        ),
    )
    classified_on = models.DateField(_("fecha de la calificación"), null=True, blank=True)
    term_years = models.PositiveSmallIntegerField(
        _("plazo (años)"),
        null=True,
        blank=True,
        help_text=_("La reserva dura máximo 15 años; la clasificación puede no tener plazo."),
    )
    confidentiality = models.CharField(
        _("confidencialidad"), max_length=6, choices=SecurityLevel.choices, default=SecurityLevel.MEDIUM
    )
    integrity = models.CharField(
        _("integridad"), max_length=6, choices=SecurityLevel.choices, default=SecurityLevel.MEDIUM
    )
    availability = models.CharField(
        _("disponibilidad"), max_length=6, choices=SecurityLevel.choices, default=SecurityLevel.MEDIUM
    )
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    class Meta:
        verbose_name = _("datos del activo de información")
        verbose_name_plural = _("datos de los activos de información")
        indexes = [models.Index(fields=["classification"], name="assets_information_class")]

    def __str__(self):
        return str(self.asset)

    def clean(self):
        super().clean()
        errors = classification.errors_of(self.decision())
        if errors:
            raise ValidationError(errors)

    def decision(self) -> classification.Decision:
        return classification.Decision(
            **{field: getattr(self, field) for field in classification.Decision.__dataclass_fields__}
        )
