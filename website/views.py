"""Public views of the website that are not Wagtail pages."""

from django.http import Http404
from django.shortcuts import render
from wagtail.models import Site

from website.sitemap import site_map_for


def site_map(request):
    """The human site map linked from every footer (Res. 1519/2020, Anexo 1)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return render(request, "website/site_map.html", {"entries": site_map_for(site, request)})
