"""What every public page shows around its content, cached per site.

The menu, the footer links and the institution's data change rarely and are read on every
request, so they come from the cache (Redis in production) and are dropped when an editor
changes them. A short expiry bounds staleness when another process made the change and the
cache is not shared (the embedded default).
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from website.models import FooterLink, InstitutionSettings

CACHE_SECONDS = 60
_KEYS = ("menu", "footer", "institution")


def _key(name: str, site_id: int) -> str:
    return f"website:shell:{name}:{site_id}"


def _cached(name: str, site, build):
    key = _key(name, site.pk)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


def menu_items(site) -> list[Page]:
    """Live pages under the site's home marked "show in menus"."""
    return _cached("menu", site, lambda: list(site.root_page.get_children().live().in_menu()))


def footer_links(site) -> list:
    return _cached(
        "footer", site, lambda: list(FooterLink.objects.select_related("page").order_by("sort_order"))
    )


def institution(site):
    return _cached("institution", site, lambda: InstitutionSettings.for_site(site))


def forget_everything(**kwargs) -> None:
    """Drop the cached shell of every site (changes are rare; precision is not worth it)."""
    cache.delete_many(
        [_key(name, site_id) for site_id in Site.objects.values_list("pk", flat=True) for name in _KEYS]
    )


def connect_signals() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_everything, dispatch_uid=f"shell-cache-{signal}")
    for model in (FooterLink, InstitutionSettings, Page):
        post_save.connect(forget_everything, sender=model, dispatch_uid=f"shell-cache-save-{model}")
        post_delete.connect(forget_everything, sender=model, dispatch_uid=f"shell-cache-del-{model}")
