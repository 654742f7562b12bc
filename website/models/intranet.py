"""The intranet: pages only signed-in staff may see."""

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class LoginRequiredPageMixin:
    """A page type that answers only signed-in users; anonymous visitors go to the login form.

    Enforced in code, so no editor action can make an intranet page public. Later intranet
    page types (service catalog, my requests…) reuse it.
    """

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return []


class IntranetPage(LoginRequiredPageMixin, Page):
    """The staff's entry point: what the IT office offers them and where to find it."""

    intro = models.CharField(_("introducción"), max_length=300, blank=True)
    body = RichTextField(
        _("contenido"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["website.HomePage"]

    class Meta:
        verbose_name = _("página de intranet")
        verbose_name_plural = _("páginas de intranet")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().specific()
        return context
