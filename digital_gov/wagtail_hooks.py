"""Admin and serving hooks of the Digital Government app."""

from django.http import Http404
from wagtail import hooks

from digital_gov.documents.privacy import is_public, user_may_always_download


@hooks.register("before_serve_document")
def keep_unpublished_documents_private(document, request):
    """A document only a draft refers to answers 404 to the public."""
    if user_may_always_download(request.user) or is_public(document):
        return None
    raise Http404("Documento no publicado")
