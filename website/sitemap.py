"""The human site map: the public page tree as nested entries."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import Site

from portal.trees import nest
from website.models import IntranetPage


@dataclass
class SiteMapEntry:
    title: str
    url: str
    depth: int
    children: list[SiteMapEntry] = field(default_factory=list)


def public_pages(site: Site):
    """Live pages of ``site`` that anonymous visitors may see, in tree order."""
    pages = site.root_page.get_descendants(inclusive=True).live().public()
    for intranet in IntranetPage.objects.descendant_of(site.root_page):
        pages = pages.not_descendant_of(intranet, inclusive=True)
    return pages.order_by("path")


def site_map_for(site: Site, request=None) -> list[SiteMapEntry]:
    """The nested site map of ``site``."""
    entries = [
        SiteMapEntry(title=page.title, url=page.get_url(request), depth=page.depth)
        for page in public_pages(site)
    ]
    return nest(entries)
