"""Footer links editors manage as a snippet."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class FooterLink(Orderable):
    """A link in the footer's "Enlaces de interés" column (a page of the site or an address)."""

    label = models.CharField(_("texto"), max_length=100)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("página"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("o dirección externa"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("enlace del pie de página")
        verbose_name_plural = _("enlaces del pie de página")

    def __str__(self):
        return self.label

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Elija una página o escriba una dirección, no ambas."))

    @property
    def href(self) -> str:
        return self.page.url if self.page_id else self.url
