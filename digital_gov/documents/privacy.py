"""Documents stay private until a live page publishes them.

A document is downloadable by the public when a live page, or a non-page object such as a
setting or a snippet, refers to it (Wagtail's reference index, which records a page's own
fields and its inline children). Staff who may choose or change documents always can.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex


def _references_to_documents():
    document_type = ContentType.objects.get_for_model(get_document_model())
    return ReferenceIndex.objects.filter(to_content_type=document_type)


def _split(references):
    """(document ids referred by non-pages, {page id: document ids})."""
    page_type = ContentType.objects.get_for_model(Page)
    from_other, from_pages = set(), {}
    for base_type, object_id, document_id in references.values_list(
        "base_content_type_id", "object_id", "to_object_id"
    ):
        if base_type == page_type.pk:
            from_pages.setdefault(int(object_id), set()).add(int(document_id))
        else:
            from_other.add(int(document_id))
    return from_other, from_pages


def public_document_ids() -> set[int]:
    """Ids of every document the public may download."""
    public, from_pages = _split(_references_to_documents())
    for page_id in Page.objects.live().filter(pk__in=from_pages).values_list("pk", flat=True):
        public |= from_pages[page_id]
    return public


def is_public(document) -> bool:
    """Whether anonymous visitors may download ``document``."""
    from_other, from_pages = _split(_references_to_documents().filter(to_object_id=str(document.pk)))
    return bool(from_other) or Page.objects.live().filter(pk__in=from_pages).exists()


def user_may_always_download(user) -> bool:
    """Editors and whoever manages documents see drafts' attachments too."""
    return user.is_authenticated and (
        user.has_perm("wagtaildocs.choose_document") or user.has_perm("wagtaildocs.change_document")
    )
