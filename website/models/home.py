"""The home page of the institute's site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site root: a short introduction and the site's entry points."""

    intro = models.CharField(
        _("introducción"),
        max_length=300,
        blank=True,
        help_text=_("Frase corta bajo el nombre de la entidad."),
    )
    body = RichTextField(
        _("contenido"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("página de inicio")
        verbose_name_plural = _("páginas de inicio")
