"""Documents stay private until a live page publishes them.

A document is downloadable by the public when a live page refers to it (Wagtail's reference
index records a page's own fields and its inline children). References from registers — a
procedure's versions, evidence of a control — do not publish a file: the registers' readers
download those through the register (``governance.files``). Staff who may choose or change
documents always can download.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex


def _references_to_documents():
    document_type = ContentType.objects.get_for_model(get_document_model())
    return ReferenceIndex.objects.filter(to_content_type=document_type)


def _by_page(references) -> dict[int, set[int]]:
    """``{page id: ids of the documents it refers to}``."""
    page_type = ContentType.objects.get_for_model(Page)
    from_pages: dict[int, set[int]] = {}
    for object_id, document_id in references.filter(base_content_type=page_type).values_list(
        "object_id", "to_object_id"
    ):
        from_pages.setdefault(int(object_id), set()).add(int(document_id))
    return from_pages


def public_document_ids() -> set[int]:
    """Ids of every document the public may download."""
    from_pages = _by_page(_references_to_documents())
    public: set[int] = set()
    for page_id in Page.objects.live().filter(pk__in=from_pages).values_list("pk", flat=True):
        public |= from_pages[page_id]
    return public


def is_public(document) -> bool:
    """Whether anonymous visitors may download ``document``."""
    from_pages = _by_page(_references_to_documents().filter(to_object_id=str(document.pk)))
    return Page.objects.live().filter(pk__in=from_pages).exists()


def user_may_always_download(user) -> bool:
    """Editors and whoever manages documents see drafts' attachments too."""
    return user.is_authenticated and (
        user.has_perm("wagtaildocs.choose_document") or user.has_perm("wagtaildocs.change_document")
    )
