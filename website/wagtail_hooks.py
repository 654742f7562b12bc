"""Admin registrations of the website app."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.models import FooterLink


class FooterLinkViewSet(SnippetViewSet):
    model = FooterLink
    icon = "link"
    menu_label = _("Enlaces del pie de página")
    list_display = ["label", "page", "url", "sort_order"]
    sort_order_field = "sort_order"


register_snippet(FooterLinkViewSet)
