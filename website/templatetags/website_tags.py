"""Template tags for the public shell: main navigation and breadcrumbs."""

from django import template
from wagtail.models import Site

from website import shell_cache

register = template.Library()


@register.inclusion_tag("website/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The site's main navigation: live pages under the home page marked "show in menus"."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = shell_cache.menu_items(site) if site is not None else []
    current = context.get("page")
    return {
        "request": request,
        "home": site.root_page if site else None,
        "items": items,
        "current_path": current.url_path if current is not None else "",
    }


@register.inclusion_tag("website/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (its live ancestors)."""
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer links editors manage, in their order."""
    site = _site(context)
    return shell_cache.footer_links(site) if site else []


@register.simple_tag(takes_context=True)
def institution(context):
    """The institution's data for the header and footer (cached per site)."""
    site = _site(context)
    return shell_cache.institution(site) if site else None


def _site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request else None
