"""Demo institute, website content: highlighted menus, news, events, forms and policies."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.rich_text import RichText

from digital_gov.transparency.seed import ensure_index
from portal.pages import ensure_child_page
from website.models import (
    EventIndexPage,
    EventPage,
    FooterLink,
    FormField,
    FormPage,
    HomePage,
    InstitutionSettings,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)

BOGOTA = ZoneInfo("America/Bogota")

PARTICIPA_SECTIONS = [
    (
        "Diagnóstico e identificación de problemas",
        "Conozca y aporte al diagnóstico de las necesidades que atiende el Instituto.",
    ),
    (
        "Planeación y presupuesto participativo",
        "Participe en la formulación del plan de acción y en la priorización del presupuesto.",
    ),
    ("Consulta ciudadana", "Opine sobre los proyectos normativos y las decisiones que lo afectan."),
    ("Colaboración e innovación abierta", "Proponga soluciones a los retos tecnológicos del departamento."),
    (
        "Rendición de cuentas",
        "Consulte el informe de rendición de cuentas y participe en la audiencia pública anual.",
    ),
    (
        "Control social",
        "Conozca cómo las veedurías ciudadanas pueden hacer seguimiento a la gestión del Instituto.",
    ),
]

NEWS = [
    (
        "Abierta la convocatoria de formación en ciberseguridad para municipios",
        date(2026, 11, 10),
        "Los funcionarios de las alcaldías del departamento pueden inscribirse hasta el 30 de noviembre.",
        ["formación", "seguridad digital"],
    ),
    (
        "El Instituto publicó su Plan de Acción 2026",
        date(2026, 1, 31),
        "El plan reúne las metas, indicadores y responsables de cada proceso para la vigencia.",
        ["planeación", "transparencia"],
    ),
    (
        "Audiencia pública de rendición de cuentas 2025",
        date(2025, 12, 5),
        "La ciudadanía conoció los resultados de la gestión y formuló sus preguntas al equipo directivo.",
        ["rendición de cuentas", "participación"],
    ),
    (
        "Nuevo conjunto de datos abiertos sobre conectividad rural",
        date(2025, 9, 18),
        "El inventario de puntos de acceso a internet en zonas rurales ya está disponible en datos.gov.co.",
        ["datos abiertos"],
    ),
    (
        "Mantenimiento programado de la plataforma de trámites en línea",
        date(2025, 6, 2),
        "El servicio estará suspendido el sábado entre las 6:00 a. m. y las 10:00 a. m.",
        ["servicios"],
    ),
]


def _text(html: str):
    return [("rich_text", RichText(html))]


def _attention_menu(home: Page) -> dict[str, Page]:
    attention = ensure_child_page(
        home,
        StandardPage,
        "atencion-y-servicios-a-la-ciudadania",
        title="Atención y servicios a la ciudadanía",
        show_in_menus=True,
        intro="Trámites, canales de atención y peticiones, quejas, reclamos, sugerencias y denuncias.",
    )
    procedures = ensure_child_page(
        attention,
        StandardPage,
        "tramites-y-otros-procedimientos",
        title="Trámites, otros procedimientos administrativos y consultas de acceso a información",
        body=_text(
            "<p>Los trámites del Instituto están inscritos en el SUIT y disponibles en GOV.CO. "
            "Las consultas de acceso a información pública se atienden en 10 días hábiles.</p>"
        ),
    )
    ensure_child_page(
        attention,
        StandardPage,
        "canales-de-atencion",
        title="Canales de atención y pida una cita",
        body=_text(
            "<ul><li>Presencial: Calle 5 # 4-70, piso 3, Popayán.</li><li>Telefónico: "
            "+57 602 820 0000 y línea gratuita 01 8000 910 000.</li><li>Virtual: formulario de "
            "contacto y correo contactenos@instituto-demo.example.</li></ul>"
        ),
    )
    contact = ensure_child_page(
        attention,
        FormPage,
        "contactenos",
        title="Contáctenos",
        intro="<p>Escríbanos. Responderemos a su correo en los plazos de ley.</p>",
        thank_you_text="<p>Recibimos su mensaje. Le responderemos al correo que indicó.</p>",
        subject="Mensaje desde el formulario de contacto del portal",
    )
    if not contact.form_fields.exists():
        for order, (label, field_type, required) in enumerate(
            [
                ("Nombre completo", "singleline", True),
                ("Correo electrónico", "email", True),
                ("Teléfono", "singleline", False),
                ("Asunto", "singleline", True),
                ("Mensaje", "multiline", True),
            ]
        ):
            FormField.objects.create(
                page=contact, sort_order=order, label=label, field_type=field_type, required=required
            )
    pqrsd = ensure_child_page(
        attention,
        StandardPage,
        "pqrsd",
        title="Peticiones, quejas, reclamos, sugerencias y denuncias (PQRSD)",
        body=[
            (
                "rich_text",
                RichText(
                    "<p>Puede presentar su PQRSD por el formulario de contacto, en la ventanilla única o "
                    "por correo. Las peticiones se responden en 15 días hábiles, las consultas en 30 y "
                    "las solicitudes de información en 10 (Ley 1755 de 2015).</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Radique su PQRSD",
                    "text": "Use el formulario en línea.",
                    "link_label": "Ir al formulario",
                    "page": contact,
                    "url": "",
                },
            ),
        ],
    )
    return {"attention": attention, "procedures": procedures, "contact": contact, "pqrsd": pqrsd}


def _participa(home: Page) -> Page:
    participa = ensure_child_page(
        home,
        StandardPage,
        "participa",
        title="Participa",
        show_in_menus=True,
        intro="Mecanismos para que la ciudadanía participe en la gestión del Instituto.",
    )
    for title, text in PARTICIPA_SECTIONS:
        ensure_child_page(
            participa, StandardPage, slugify(title)[:60], title=title, body=_text(f"<p>{text}</p>")
        )
    return participa


def _news(home: Page) -> NewsIndexPage:
    index = ensure_child_page(
        home,
        NewsIndexPage,
        "noticias",
        title="Noticias",
        show_in_menus=True,
        intro="Noticias y comunicados del Instituto.",
    )
    for title, day, summary, tags in NEWS:
        slug = slugify(title)[:60]
        if index.get_children().filter(slug=slug).exists():
            continue
        item = NewsPage(
            slug=slug,
            title=title,
            date=day,
            summary=summary,
            body=_text(f"<p>{summary}</p><p>Más información en la Oficina de Comunicaciones.</p>"),
        )
        index.add_child(instance=item)
        item.tags.add(*tags)
        item.save_revision().publish()
    return index


def _events(home: Page) -> EventIndexPage:
    index = ensure_child_page(
        home,
        EventIndexPage,
        "eventos",
        title="Eventos",
        intro="Calendario de actividades y eventos del Instituto.",
    )
    next_year = timezone.localdate().year + 1
    starts = datetime(next_year, 3, 12, 9, 0, tzinfo=BOGOTA)
    ensure_child_page(
        index,
        EventPage,
        "audiencia-publica-rendicion-de-cuentas",
        title="Audiencia pública de rendición de cuentas",
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        location="Auditorio de la sede principal, Popayán",
        summary="Presentación de resultados de la gestión y diálogo con la ciudadanía.",
    )
    starts = datetime(next_year, 2, 4, 14, 0, tzinfo=BOGOTA)
    ensure_child_page(
        index,
        EventPage,
        "taller-de-datos-abiertos",
        title="Taller de datos abiertos para periodistas",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        online_url="https://meet.instituto-demo.example/datos",
        summary="Cómo consultar y reutilizar los conjuntos de datos del Instituto.",
    )
    return index


def _policies(home: Page, settings: InstitutionSettings) -> None:
    privacy = ensure_child_page(
        home,
        StandardPage,
        "politica-de-tratamiento-de-datos-personales",
        title="Política de tratamiento de datos personales",
        body=_text(
            "<p>El Instituto trata los datos personales conforme a la Ley 1581 de 2012 y el "
            "Decreto 1377 de 2013. Usted puede conocer, actualizar y rectificar sus datos "
            "escribiendo a contactenos@instituto-demo.example.</p>"
        ),
    )
    terms = ensure_child_page(
        home,
        StandardPage,
        "terminos-y-condiciones",
        title="Términos y condiciones de uso",
        body=_text(
            "<p>El contenido de este portal es de carácter informativo y de libre consulta. "
            "Puede reutilizarse citando la fuente.</p>"
        ),
    )
    if settings.privacy_page_id != privacy.pk or settings.terms_page_id != terms.pk:
        settings.privacy_page, settings.terms_page = privacy, terms
        settings.save()


def seed_content(home: HomePage, settings: InstitutionSettings) -> None:
    attention = _attention_menu(home)
    participa = _participa(home)
    _news(home)
    events = _events(home)
    _policies(home, settings)
    transparency = ensure_index(home)
    if not home.quick_links:
        home.quick_links = [
            ("link", {"label": "Transparencia y acceso a la información pública", "page": transparency}),
            ("link", {"label": "PQRSD", "page": attention["pqrsd"]}),
            ("link", {"label": "Participa", "page": participa}),
            ("link", {"label": "Atención y servicios a la ciudadanía", "page": attention["attention"]}),
        ]
        home.highlighted_services = [
            (
                "service",
                {
                    "label": "Trámites y consultas",
                    "page": attention["procedures"],
                    "description": "Requisitos, costos y formularios de cada trámite.",
                },
            ),
            (
                "service",
                {
                    "label": "Contáctenos",
                    "page": attention["contact"],
                    "description": "Escríbanos y le responderemos por correo.",
                },
            ),
            (
                "service",
                {
                    "label": "Calendario de eventos",
                    "page": events,
                    "description": "Audiencias, talleres y actividades abiertas.",
                },
            ),
        ]
        home.save_revision().publish()
    if not FooterLink.objects.exists():
        FooterLink.objects.create(
            label="Transparencia y acceso a la información pública", page=transparency, sort_order=0
        )
        FooterLink.objects.create(label="Contáctenos", page=attention["contact"], sort_order=1)
