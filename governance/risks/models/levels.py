"""The risk matrix as data: levels, zones, heat-map cells and control weights (editable)."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class Axis(models.TextChoices):
    PROBABILITY = "probabilidad", _("Probabilidad")
    IMPACT = "impacto", _("Impacto")


class RiskLevel(models.Model):
    """A probability or impact level of the matrix (e.g. "Media" 60 %)."""

    axis = models.CharField(_("eje"), max_length=12, choices=Axis.choices)
    key = models.SlugField(_("clave"), max_length=20)
    label = models.CharField(_("nombre"), max_length=40)
    percent = models.DecimalField(_("porcentaje"), max_digits=5, decimal_places=2)
    up_to = models.DecimalField(
        _("hasta"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Probabilidad: ejecuciones al año; impacto: SMLMV. Vacío en el nivel más alto."),
    )
    description = models.CharField(_("descripción"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("orden"))

    panels = [
        FieldRowPanel([FieldPanel("axis"), FieldPanel("key"), FieldPanel("label")]),
        FieldRowPanel([FieldPanel("percent"), FieldPanel("up_to"), FieldPanel("order")]),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["axis", "order"]
        verbose_name = _("nivel de la matriz")
        verbose_name_plural = _("niveles de la matriz")
        constraints = [models.UniqueConstraint(fields=["axis", "key"], name="unique_risk_level")]

    def __str__(self):
        return f"{self.get_axis_display()}: {self.label} ({self.percent:.0f} %)"


class RiskZone(models.Model):
    key = models.SlugField(_("clave"), max_length=20, unique=True)
    label = models.CharField(_("nombre"), max_length=40)
    colour = models.CharField(_("color"), max_length=7, help_text=_("Hexadecimal, p. ej. #C62828."))
    order = models.PositiveSmallIntegerField(_("orden"), help_text=_("De menor a mayor severidad."))

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label"), FieldPanel("colour"), FieldPanel("order")])
    ]

    class Meta:
        ordering = ["order"]
        verbose_name = _("zona de riesgo")
        verbose_name_plural = _("zonas de riesgo")

    def __str__(self):
        return self.label


class HeatMapCell(models.Model):
    """The zone of one (probability, impact) pair of the heat map."""

    probability = models.ForeignKey(
        RiskLevel,
        verbose_name=_("probabilidad"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"axis": Axis.PROBABILITY},
    )
    impact = models.ForeignKey(
        RiskLevel,
        verbose_name=_("impacto"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"axis": Axis.IMPACT},
    )
    zone = models.ForeignKey(RiskZone, verbose_name=_("zona"), on_delete=models.PROTECT, related_name="cells")

    panels = [FieldRowPanel([FieldPanel("probability"), FieldPanel("impact"), FieldPanel("zone")])]

    class Meta:
        ordering = ["-probability__order", "impact__order"]
        verbose_name = _("celda del mapa de calor")
        verbose_name_plural = _("mapa de calor")
        constraints = [models.UniqueConstraint(fields=["probability", "impact"], name="unique_heat_map_cell")]

    def __str__(self):
        return f"{self.probability.label} × {self.impact.label} → {self.zone.label}"


class ControlWeight(models.Model):
    """How much a weighted control attribute (type, implementation) reduces the risk, in percent."""

    attribute = models.CharField(_("atributo"), max_length=20)
    value = models.CharField(_("valor"), max_length=20)
    weight = models.DecimalField(_("peso (%)"), max_digits=5, decimal_places=2, default=Decimal(0))

    panels = [FieldRowPanel([FieldPanel("attribute"), FieldPanel("value"), FieldPanel("weight")])]

    class Meta:
        ordering = ["attribute", "-weight"]
        verbose_name = _("peso de control")
        verbose_name_plural = _("pesos de los controles")
        constraints = [models.UniqueConstraint(fields=["attribute", "value"], name="unique_control_weight")]

    def __str__(self):
        return f"{self.attribute}={self.value}: {self.weight} %"
