"""Demo institute, website part: the site, its home page, institution data and the intranet."""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Page, PageViewRestriction, Site

from portal.demo.site_content import seed_content
from portal.pages import ensure_child_page
from website.models import HomePage, InstitutionSettings, IntranetPage

INSTITUTION = {
    "name": "Instituto Departamental de Tecnología e Innovación",
    "acronym": "IDTI",
    "nit": "900123456-7",
    "address": "Calle 5 # 4-70, piso 3",
    "city": "Popayán, Cauca",
    "postal_code": "190003",
    "opening_hours": "Lunes a viernes de 8:00 a. m. a 12:00 m. y de 2:00 p. m. a 6:00 p. m.",
    "phone": "+57 602 820 0000",
    "toll_free_phone": "01 8000 910 000",
    "anticorruption_phone": "+57 602 820 0099",
    "email": "contactenos@instituto-demo.example",
    "judicial_notices_email": "notificacionesjudiciales@instituto-demo.example",
    "facebook_url": "https://www.facebook.com/institutodemo",
    "x_url": "https://x.com/institutodemo",
    "youtube_url": "https://www.youtube.com/@institutodemo",
}


def _home_page() -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    # Wagtail's install page ("Welcome to your new Wagtail site!") is replaced by ours.
    for welcome in root.get_children().filter(content_type__model="page", slug="home"):
        welcome.delete()
    home = HomePage(
        title="Inicio",
        slug="inicio",
        intro="Tecnología al servicio de la ciudadanía y de la gestión pública.",
        body=(
            "<p>Este portal reúne la información del Instituto, el menú de Transparencia y "
            "acceso a la información pública y los servicios de la oficina de TIC.</p>"
        ),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def _site(home: HomePage) -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    changed = False
    if site.root_page_id != home.pk:
        site.root_page = home
        changed = True
    if site.site_name != INSTITUTION["acronym"]:
        site.site_name = INSTITUTION["acronym"]
        changed = True
    if changed:
        site.save()
    return site


def _intranet(home: HomePage) -> IntranetPage:
    intranet = ensure_child_page(
        home,
        IntranetPage,
        "intranet",
        title="Intranet",
        intro="Servicios de la oficina de TIC para los funcionarios del Instituto.",
        show_in_menus=False,
    )
    # Also keep it out of public listings (search, sitemaps) that honour view restrictions.
    PageViewRestriction.objects.get_or_create(page=intranet, restriction_type=PageViewRestriction.LOGIN)
    return intranet


@transaction.atomic
def seed(report) -> None:
    home = _home_page()
    site = _site(home)
    settings = InstitutionSettings.for_site(site)
    changed = [field for field, value in INSTITUTION.items() if getattr(settings, field) != value]
    for field in changed:
        setattr(settings, field, INSTITUTION[field])
    if changed:
        settings.save()
    _intranet(home)
    seed_content(home, settings)
    report("páginas", Page.objects.count())
