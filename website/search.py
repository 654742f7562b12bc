"""Site search over public pages and public documents."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.core.paginator import Paginator
from wagtail.documents import get_document_model
from wagtail.models import Site

from website.documents import public_document_ids
from website.sitemap import public_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    kind: str  # "page" or "document"
    summary: str = ""


def clean_query(raw: str) -> str:
    """The search terms as typed, trimmed and bounded in length.

    Control characters and double quotes become spaces: a NUL byte is refused by both databases,
    and an unbalanced quote is a syntax error in SQLite's full-text search.
    """
    text = "".join(" " if char == '"' or unicodedata.category(char) == "Cc" else char for char in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_site(site: Site, query: str, request=None) -> list[SearchHit]:
    """Public live pages of ``site`` first, then documents the public may download."""
    pages = public_pages(site).search(query, operator="and")
    hits = [
        SearchHit(title=page.title, url=page.get_url(request), kind="page", summary=page.search_description)
        for page in pages
    ]
    Document = get_document_model()
    documents = Document.objects.filter(pk__in=public_document_ids()).search(query, operator="and")
    hits += [SearchHit(title=doc.title, url=doc.url, kind="document") for doc in documents]
    return hits


def paginate(hits: list[SearchHit], page_number) -> object:
    return Paginator(hits, RESULTS_PER_PAGE).get_page(page_number)
