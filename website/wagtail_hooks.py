"""Admin registrations and serving hooks of the website app."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.documents import is_public, user_may_always_download
from website.models import FooterLink


class FooterLinkViewSet(SnippetViewSet):
    model = FooterLink
    icon = "link"
    menu_label = _("Enlaces del pie de página")
    list_display = ["label", "page", "url", "sort_order"]
    sort_order_field = "sort_order"


register_snippet(FooterLinkViewSet)


@hooks.register("before_serve_document")
def keep_unpublished_documents_private(document, request):
    """A document only a draft refers to answers 404 to the public."""
    if user_may_always_download(request.user) or is_public(document):
        return None
    raise Http404("Documento no publicado")
