"""URL configuration of Portal TIC."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from digital_gov.transparency.views import register_xlsx
from governance.legal.views import normograma_xlsx
from portal import account_urls
from servicedesk.status import urls as status_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documentos/", include(wagtaildocs_urls)),
    path("cuenta/", include(account_urls)),
    path("idioma/", set_language, name="set_language"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("transparencia/normograma.xlsx", normograma_xlsx, name="normograma_xlsx"),
    path("transparencia/registros/<int:page_id>.xlsx", register_xlsx, name="transparency_register_xlsx"),
    path("intranet/mis-solicitudes/", include("servicedesk.mytickets.urls")),
    path("intranet/mis-equipos/", include("servicedesk.assets.urls")),
    path("intranet/estado/", include(status_urls.intranet_urlpatterns)),
    path("estado/", include(status_urls.public_urlpatterns)),
    # Public by design: a push monitor's secret URL, called by the jobs it watches.
    path("monitoreo/", include("servicedesk.monitoring.urls")),
    path("", include("website.urls")),
]

if settings.DEBUG:
    # Images only: documents are served by Wagtail's view, which keeps drafts' files private.
    urlpatterns += static(f"{settings.MEDIA_URL}images/", document_root=f"{settings.MEDIA_ROOT}/images")
    urlpatterns += static(
        f"{settings.MEDIA_URL}original_images/", document_root=f"{settings.MEDIA_ROOT}/original_images"
    )

# Wagtail's page serving catches everything else, so it goes last.
urlpatterns += [path("", include(wagtail_urls))]
