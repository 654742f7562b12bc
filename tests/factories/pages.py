"""Wagtail factories: the smallest site a test needs, instead of seeding the whole demo institute."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Collection, Page, PageViewRestriction, Site

from digital_gov.transparency.models import (
    TransparencyDocument,
    TransparencyIndexPage,
    TransparencyItemPage,
    TransparencySectionPage,
)
from portal.demo.site import INSTITUTION
from portal.sample_pdf import sample_pdf
from website.models import (
    EventIndexPage,
    EventPage,
    FormField,
    FormPage,
    HomePage,
    InstitutionSettings,
    IntranetPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Inicio"
    slug = "inicio"
    intro = "Tecnología al servicio de la ciudadanía y de la gestión pública."


class SiteFactory(wagtail_factories.SiteFactory):
    class Meta:
        model = Site

    hostname = "localhost"
    port = 80
    site_name = INSTITUTION["acronym"]
    is_default_site = True


class InstitutionSettingsFactory(factory.django.DjangoModelFactory):
    """The demo institute's identity and contact data (the footer shows them)."""

    class Meta:
        model = InstitutionSettings

    site = factory.SubFactory(SiteFactory)
    name = INSTITUTION["name"]
    acronym = INSTITUTION["acronym"]
    nit = INSTITUTION["nit"]
    address = INSTITUTION["address"]
    city = INSTITUTION["city"]
    postal_code = INSTITUTION["postal_code"]
    opening_hours = INSTITUTION["opening_hours"]
    phone = INSTITUTION["phone"]
    toll_free_phone = INSTITUTION["toll_free_phone"]
    anticorruption_phone = INSTITUTION["anticorruption_phone"]
    email = INSTITUTION["email"]
    judicial_notices_email = INSTITUTION["judicial_notices_email"]
    facebook_url = INSTITUTION["facebook_url"]
    x_url = INSTITUTION["x_url"]
    youtube_url = INSTITUTION["youtube_url"]


class IntranetPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntranetPage
        skip_postgeneration_save = True

    title = "Intranet"
    slug = "intranet"
    intro = "Servicios de la oficina de TIC para los funcionarios del Instituto."
    show_in_menus = False

    @factory.post_generation
    def login_required(self, create, extracted, **kwargs):
        """Kept out of public listings (search, sitemaps), as the demo intranet is."""
        if create:
            PageViewRestriction.objects.create(page=self, restriction_type=PageViewRestriction.LOGIN)


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Página {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Noticias"
    slug = "noticias"
    show_in_menus = True


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Noticia de prueba {n}")
    slug = factory.Sequence(lambda n: f"noticia-de-prueba-{n}")
    date = datetime.date(2026, 11, 10)
    summary = "Resumen de la noticia."


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Eventos"
    slug = "eventos"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = "Taller de datos abiertos para periodistas"
    slug = "taller-de-datos-abiertos"
    starts_at = datetime.datetime(2027, 2, 4, 19, 0, tzinfo=datetime.UTC)
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    summary = "Cómo consultar y reutilizar los conjuntos de datos del Instituto."


CONTACT_FIELDS = [
    ("Nombre completo", "singleline", True),
    ("Correo electrónico", "email", True),
    ("Teléfono", "singleline", False),
    ("Asunto", "singleline", True),
    ("Mensaje", "multiline", True),
]


class FormPageFactory(wagtail_factories.PageFactory):
    """The contact form: its five fields, mailed to the institution's address."""

    class Meta:
        model = FormPage
        skip_postgeneration_save = True

    title = "Contáctenos"
    slug = "contactenos"
    thank_you_text = "<p>Recibimos su mensaje. Le responderemos al correo que indicó.</p>"
    subject = "Mensaje desde el formulario de contacto del portal"

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        for order, (label, field_type, required) in enumerate(extracted or CONTACT_FIELDS):
            FormField.objects.create(
                page=self, sort_order=order, label=label, field_type=field_type, required=required
            )


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small real PDF in the root collection."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Documento {n}")
    file = factory.django.FileField(data=sample_pdf("Documento de prueba"), filename="documento.pdf")


class TransparencyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TransparencyIndexPage

    title = "Transparencia y acceso a la información pública"
    slug = "transparencia"
    show_in_menus = True


class TransparencySectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TransparencySectionPage

    number = factory.Sequence(lambda n: str(n % 99 + 1))
    title = factory.LazyAttribute(lambda page: f"Categoría {page.number}")
    slug = factory.LazyAttribute(lambda page: f"categoria-{page.number}")


class TransparencyItemPageFactory(wagtail_factories.PageFactory):
    """A filled, published item (an item may never be public while empty)."""

    class Meta:
        model = TransparencyItemPage
        skip_postgeneration_save = True

    number = "1.1"
    title = factory.LazyAttribute(lambda page: f"Ítem {page.number}")
    slug = factory.LazyAttribute(lambda page: f"item-{page.number.replace('.', '-')}")
    responsible_area = "Secretaría General"
    body = factory.LazyAttribute(lambda page: f"<p>Información de «{page.title}».</p>")

    @factory.post_generation
    def documents(self, create, extracted, **kwargs):
        """``documents=[(title, published_on), …]`` attaches those PDFs and publishes a revision."""
        if not create or not extracted:
            return
        for title, published_on in extracted:
            document = DocumentFactory(title=title)
            self.documents.add(
                TransparencyDocument(document=document, title=title, published_on=published_on)
            )
        self.save_revision().publish()


def build_site() -> Site:
    """The default site: a home page with the institution's settings and the signed-in intranet."""
    root = Page.get_first_root_node()
    # Wagtail's install page ("Welcome to your new Wagtail site!") and its Site make way for ours.
    root.get_children().filter(content_type__model="page", slug="home").delete()
    home = HomePageFactory(parent=root)
    site = SiteFactory(root_page=home)
    InstitutionSettingsFactory(site=site)
    IntranetPageFactory(parent=home)
    Site.clear_site_root_paths_cache()
    return site
