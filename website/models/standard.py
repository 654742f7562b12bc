"""General content pages built from accessible blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BodyBlock


class StandardPage(Page):
    """Any content page: institutional information, highlighted menus, policies…"""

    intro = models.CharField(_("resumen"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("contenido"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("página estándar")
        verbose_name_plural = _("páginas estándar")
