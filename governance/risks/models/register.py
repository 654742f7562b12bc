"""The risk register: risks (and opportunities) with their controls, scored by the DAFP method."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from governance.risks.evidence import evidence_choices
from portal.links import LinkedRecord
from portal.records import RegisterRecord


class RiskType(models.TextChoices):
    MANAGEMENT = "gestion", _("De gestión u operativo")
    CORRUPTION = "corrupcion", _("De corrupción")
    SECURITY = "seguridad", _("De seguridad de la información")
    FISCAL = "fiscal", _("Fiscal")
    OPPORTUNITY = "oportunidad", _("Oportunidad")


class Classification(models.TextChoices):
    EXECUTION = "ejecucion", _("Ejecución y administración de procesos")
    EXTERNAL_FRAUD = "fraude_externo", _("Fraude externo")
    INTERNAL_FRAUD = "fraude_interno", _("Fraude interno")
    TECHNOLOGY = "fallas_tecnologicas", _("Fallas tecnológicas")
    LABOUR = "relaciones_laborales", _("Relaciones laborales")
    USERS = "usuarios", _("Usuarios, productos y prácticas")
    ASSETS = "danos_activos", _("Daños a activos fijos / eventos externos")


class Affectation(models.TextChoices):
    ECONOMIC = "económica", _("Económica")
    REPUTATIONAL = "reputacional", _("Reputacional")


class Treatment(models.TextChoices):
    ACCEPT = "aceptar", _("Aceptar")
    REDUCE = "reducir", _("Reducir (mitigar)")
    SHARE = "compartir", _("Reducir (transferir o compartir)")
    AVOID = "evitar", _("Evitar")


class Risk(RegisterRecord, ClusterableModel):
    """A risk or opportunity; saving scores it (``governance.risks.services.score_on_save``, pre_save)."""

    process = models.ForeignKey(
        "governance.Process", verbose_name=_("proceso"), on_delete=models.PROTECT, related_name="risks"
    )
    code = models.CharField(_("código"), max_length=20, unique=True)
    risk_type = models.CharField(_("tipo"), max_length=12, choices=RiskType.choices)
    classification = models.CharField(
        _("clasificación"), max_length=24, choices=Classification.choices, blank=True
    )
    affectation = models.CharField(
        _("afectación"), max_length=12, choices=Affectation.choices, default=Affectation.REPUTATIONAL
    )
    immediate_cause = models.CharField(_("por (causa inmediata)"), max_length=255)
    root_cause = models.CharField(_("debido a (causa raíz)"), max_length=255)
    causes = models.TextField(_("causas"), blank=True)
    consequences = models.TextField(_("consecuencias"), blank=True)
    assets = models.TextField(_("activos afectados"), blank=True)
    inventory_assets = models.ManyToManyField(
        "assets.Asset",
        verbose_name=_("activos del inventario amenazados"),
        blank=True,
        related_name="+",
        help_text=_(
            "Los equipos, servicios y activos de información del inventario TIC que el riesgo amenaza."
        ),
    )
    loses_confidentiality = models.BooleanField(_("pérdida de confidencialidad"), default=False)
    loses_integrity = models.BooleanField(_("pérdida de integridad"), default=False)
    loses_availability = models.BooleanField(_("pérdida de disponibilidad"), default=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable"),
        on_delete=models.PROTECT,
        related_name="risks",
    )

    yearly_frequency = models.PositiveIntegerField(
        _("veces al año que se ejecuta la actividad"), null=True, blank=True
    )
    economic_impact_smlmv = models.DecimalField(
        _("impacto económico (SMLMV)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    reputational_impact = models.SlugField(_("impacto reputacional (nivel)"), max_length=20, blank=True)
    corruption_yes_answers = models.PositiveSmallIntegerField(
        _("respuestas «sí» del cuestionario de corrupción"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(19)],
    )
    benefit = models.TextField(_("beneficio (oportunidades)"), blank=True)
    treatment = models.CharField(_("tratamiento"), max_length=10, choices=Treatment.choices, blank=True)

    inherent_probability = models.SlugField(
        _("probabilidad inherente"), max_length=20, blank=True, editable=False
    )
    inherent_impact = models.SlugField(_("impacto inherente"), max_length=20, blank=True, editable=False)
    inherent_zone = models.SlugField(_("zona inherente"), max_length=20, blank=True, editable=False)
    residual_probability = models.SlugField(
        _("probabilidad residual"), max_length=20, blank=True, editable=False
    )
    residual_impact = models.SlugField(_("impacto residual"), max_length=20, blank=True, editable=False)
    residual_zone = models.SlugField(_("zona residual"), max_length=20, blank=True, editable=False)
    residual_probability_percent = models.DecimalField(
        max_digits=6, decimal_places=2, null=True, editable=False
    )
    residual_impact_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("process"), FieldPanel("code"), FieldPanel("risk_type")]),
        MultiFieldPanel(
            [FieldPanel("affectation"), FieldPanel("immediate_cause"), FieldPanel("root_cause")],
            heading=_("Posibilidad de afectación … por … debido a …"),
        ),
        FieldRowPanel([FieldPanel("classification"), FieldPanel("owner")]),
        FieldRowPanel([FieldPanel("causes"), FieldPanel("consequences")]),
        MultiFieldPanel(
            [
                FieldPanel("assets"),
                FieldPanel("inventory_assets"),
                FieldRowPanel(
                    [
                        FieldPanel("loses_confidentiality"),
                        FieldPanel("loses_integrity"),
                        FieldPanel("loses_availability"),
                    ]
                ),
            ],
            heading=_("Seguridad de la información"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("yearly_frequency"),
                FieldRowPanel([FieldPanel("economic_impact_smlmv"), FieldPanel("reputational_impact")]),
                FieldPanel("corruption_yes_answers"),
                FieldPanel("benefit"),
            ],
            heading=_("Valoración inherente"),
        ),
        InlinePanel("controls", heading=_("Controles"), label=_("Control")),
        MultiFieldPanel(
            [
                FieldPanel("treatment"),
                InlinePanel("treatment_tasks", label=_("Actividad")),
            ],
            heading=_("Tratamiento"),
        ),
        InlinePanel("key_indicators", heading=_("Indicadores clave de riesgo (KRI)"), label=_("KRI")),
        InlinePanel("reviews", heading=_("Monitoreo periódico"), label=_("Monitoreo")),
    ]

    class Meta:
        ordering = ["process", "code"]
        verbose_name = _("riesgo")
        verbose_name_plural = _("riesgos")

    def __str__(self):
        return f"{self.code} {self.statement[:80]}"

    @property
    def statement(self) -> str:
        if self.risk_type == RiskType.OPPORTUNITY:
            return f"Oportunidad de {self.immediate_cause} debido a {self.root_cause}"
        return (
            f"Posibilidad de afectación {self.affectation} por {self.immediate_cause} "
            f"debido a {self.root_cause}"
        )

    statement.fget.short_description = _("enunciado")

    @property
    def is_opportunity(self) -> bool:
        return self.risk_type == RiskType.OPPORTUNITY

    def clean(self):
        errors = {}
        if self.risk_type == RiskType.CORRUPTION and self.treatment == Treatment.ACCEPT:
            errors["treatment"] = _("Un riesgo de corrupción no se puede aceptar.")
        if self.risk_type == RiskType.CORRUPTION and self.corruption_yes_answers is None:
            errors["corruption_yes_answers"] = _("Diligencie el cuestionario de impacto de corrupción.")
        if not self.is_opportunity and self.yearly_frequency is None:
            errors["yearly_frequency"] = _("Indique cuántas veces al año se ejecuta la actividad.")
        needs_impact = not self.is_opportunity and self.risk_type != RiskType.CORRUPTION
        if needs_impact and self.economic_impact_smlmv is None and not self.reputational_impact:
            errors["economic_impact_smlmv"] = _("Indique el impacto económico o el reputacional.")
        if errors:
            raise ValidationError(errors)


class ControlType(models.TextChoices):
    PREVENTIVE = "preventivo", _("Preventivo")
    DETECTIVE = "detectivo", _("Detectivo")
    CORRECTIVE = "correctivo", _("Correctivo")


class Implementation(models.TextChoices):
    AUTOMATIC = "automatico", _("Automático")
    MANUAL = "manual", _("Manual")


class Control(LinkedRecord, Orderable):
    """A control, applied in its order on the risk's probability (preventive/detective) or impact."""

    risk = ParentalKey(Risk, on_delete=models.CASCADE, related_name="controls")
    description = models.TextField(
        _("descripción"),
        help_text=_("Responsable + acción + cómo + qué hacer con las desviaciones + evidencia."),
    )
    responsible = models.CharField(_("responsable"), max_length=200)
    control_type = models.CharField(_("tipo"), max_length=12, choices=ControlType.choices)
    implementation = models.CharField(_("implementación"), max_length=12, choices=Implementation.choices)
    documented = models.BooleanField(_("documentado"), default=True)
    continuous = models.BooleanField(_("frecuencia continua"), default=True)
    with_evidence = models.BooleanField(_("deja registro (evidencia)"), default=True)
    evidence_url = models.URLField(_("evidencia (enlace)"), max_length=300, blank=True)
    evidence_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidencia (documento)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_source = models.CharField(
        _("evidencia medida por el portal"),
        max_length=80,
        blank=True,
        choices=evidence_choices,
        help_text=_(
            "Registros del portal que muestran el control funcionando (p. ej. la disponibilidad medida "
            "de un servicio); el riesgo muestra lo que dicen de los últimos 30 días."
        ),
    )

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("responsible"), FieldPanel("control_type"), FieldPanel("implementation")]),
        FieldRowPanel([FieldPanel("documented"), FieldPanel("continuous"), FieldPanel("with_evidence")]),
        FieldRowPanel([FieldPanel("evidence_url"), FieldPanel("evidence_document")]),
        FieldPanel("evidence_source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("control")
        verbose_name_plural = _("controles")

    @property
    def attributes(self) -> dict[str, str]:
        return {"tipo": self.control_type, "implementacion": self.implementation}
