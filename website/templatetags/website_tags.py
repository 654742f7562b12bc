"""Template tags for the public shell: main navigation and breadcrumbs."""

from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("website/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The site's main navigation: live pages under the home page marked "show in menus"."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        items = site.root_page.get_children().live().in_menu()
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


@register.simple_tag
def footer_links():
    """The footer links editors manage, in their order."""
    from website.models import FooterLink

    return FooterLink.objects.select_related("page").order_by("sort_order")
