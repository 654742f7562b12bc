"""The home page of the institute's site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from website.models.news import NewsPage

LATEST_NEWS = 3


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("texto"), max_length=80)
    page = blocks.PageChooserBlock(label=_("página"))
    description = blocks.CharBlock(label=_("descripción"), max_length=200, required=False)

    class Meta:
        icon = "link"


class HomePage(Page):
    """The site root: hero, quick links, highlighted services and the latest news."""
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
    quick_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("accesos rápidos"),
        blank=True,
        help_text=_("Transparencia, PQRSD, Participa, Atención al ciudadano…"),
    )
    highlighted_services = StreamField(
        [("service", LinkBlock())], verbose_name=_("servicios destacados"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("quick_links"),
        FieldPanel("highlighted_services"),
        FieldPanel("body"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("página de inicio")
        verbose_name_plural = _("páginas de inicio")

    def latest_news(self):
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .order_by("-date", "-pk")[:LATEST_NEWS]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        return context
