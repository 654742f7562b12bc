"""Public views of the website that are not Wagtail pages."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from wagtail.models import Site

from website.search import clean_query, paginate, search_site
from website.sitemap import site_map_for


def site_map(request):
    """The human site map linked from every footer (Res. 1519/2020, Anexo 1)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return render(request, "website/site_map.html", {"entries": site_map_for(site, request)})


def search(request):
    """Site search: pages and documents, paginated, with a clear no-results message."""
    query = clean_query(request.GET.get("q", ""))
    site = Site.find_for_request(request)
    hits = search_site(site, query, request) if (query and site) else []
    return render(
        request,
        "website/search.html",
        {"query": query, "page_obj": paginate(hits, request.GET.get("pagina")), "total": len(hits)},
    )


def robots_txt(request):
    """robots.txt: everything public is crawlable; admin, accounts, intranet and search are not."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cuenta/",
        "Disallow: /intranet/",
        "Disallow: /buscar/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
