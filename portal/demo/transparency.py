"""Demo institute, Digital Government part: the transparency menu, filled and published."""

from __future__ import annotations

from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Site

from digital_gov.transparency.models import (
    TransparencyDocument,
    TransparencyItemPage,
    TransparencyLink,
    TransparencySectionPage,
    UpdateFrequency,
)
from digital_gov.transparency.seed import seed_transparency
from portal.sample_pdf import sample_pdf

NOT_APPLICABLE = (
    "El Instituto es un establecimiento público descentralizado del orden departamental y no "
    "administra tributos locales. La categoría 10 del Anexo 2 de la Resolución MinTIC 1519 de "
    "2020 aplica únicamente a las entidades territoriales (municipios y distritos) que recaudan "
    "rentas locales, conforme al numeral 2.4.2 del mismo anexo."
)

BODIES = {
    "1.1": (
        "<h2>Misión</h2><p>Promover el desarrollo tecnológico y la innovación en el departamento "
        "mediante servicios de asistencia técnica, formación y transferencia de conocimiento.</p>"
        "<h2>Visión</h2><p>En 2030 seremos la entidad de referencia del suroccidente colombiano en "
        "apropiación de tecnología para la gestión pública.</p>"
        "<h2>Funciones y deberes</h2><ul><li>Formular y ejecutar planes de innovación.</li>"
        "<li>Prestar asistencia técnica a los municipios.</li><li>Administrar la plataforma "
        "tecnológica del Instituto.</li></ul>"
    ),
    "1.4": (
        "<p><b>Sede principal:</b> Calle 5 # 4-70, piso 3, Popayán. Lunes a viernes de 8:00 a. m. "
        "a 6:00 p. m.</p><p><b>Dependencias:</b> Gerencia, Secretaría General, Oficina Asesora de "
        "Planeación, Oficina Asesora Jurídica, Subdirección Financiera, Oficina de TIC.</p>"
    ),
    "1.10": (
        "<p>Las peticiones, quejas, reclamos, sugerencias y denuncias se reciben por el formulario "
        "electrónico de PQRSD, en la ventanilla única de la sede principal y en el correo "
        "contactenos@instituto-demo.example.</p>"
    ),
}

LINKS = {
    "2.2.1": [("SUIN-Juriscol", "https://www.suin-juriscol.gov.co/")],
    "3.2": [("SECOP II — procesos del Instituto", "https://community.secop.gov.co/")],
    "3.3": [("SECOP II — ejecución de contratos", "https://community.secop.gov.co/")],
    "4.9": [
        ("eKOGUI — Agencia Nacional de Defensa Jurídica del Estado", "https://www.defensajuridica.gov.co/")
    ],
    "5.1": [
        ("Trámites del Instituto en GOV.CO", "https://www.gov.co/"),
        ("Sistema Único de Información de Trámites — SUIT", "https://www.funcionpublica.gov.co/web/suit"),
    ],
    "7.2": [("Datos abiertos del Instituto en datos.gov.co", "https://www.datos.gov.co/")],
}

DOCUMENTS = {
    "3.1": ("Plan Anual de Adquisiciones 2026", date(2026, 1, 30)),
    "4.1": ("Presupuesto de ingresos y gastos 2026", date(2026, 1, 15)),
    "4.3": ("Plan de Acción 2026", date(2026, 1, 31)),
    "4.7": ("Informe de gestión 2025", date(2026, 2, 28)),
    "4.8": ("Informe pormenorizado de control interno — segundo semestre 2025", date(2026, 1, 20)),
    "4.10": ("Informe trimestral de PQRSD — tercer trimestre 2026", date(2026, 10, 15)),
    "7.1.1": ("Registro de Activos de Información 2026", date(2026, 3, 1)),
}

FREQUENCIES = {
    "3": UpdateFrequency.PERMANENT,
    "4": UpdateFrequency.QUARTERLY,
    "7": UpdateFrequency.ANNUAL,
}


def _document(title: str):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        filename = title.lower().replace(" ", "-").replace("—", "")[:60] + ".pdf"
        document.file.save(filename, ContentFile(sample_pdf(title, ["Instituto de demostración."])))
        document.save()
    return document


def _fill(item: TransparencyItemPage) -> None:
    section = item.number.split(".")[0]
    if section == "10":
        item.applies = False
        item.not_applicable_justification = NOT_APPLICABLE
    else:
        item.body = BODIES.get(item.number) or (
            f"<p>En esta sección el Instituto publica la información de «{item.title}», "
            f"a cargo de {item.responsible_area}.</p>"
        )
        item.update_frequency = FREQUENCIES.get(section, UpdateFrequency.PERMANENT)
        if item.number == "2.1":
            item.live_register = "normograma"
        for sort_order, (title, url) in enumerate(LINKS.get(item.number, [])):
            item.links.add(TransparencyLink(title=title, url=url, sort_order=sort_order))
        if item.number in DOCUMENTS:
            title, published_on = DOCUMENTS[item.number]
            item.documents.add(
                TransparencyDocument(document=_document(title), title=title, published_on=published_on)
            )
    item.save_revision().publish()


@transaction.atomic
def seed(report) -> None:
    site = Site.objects.get(is_default_site=True)
    counts = seed_transparency(site.root_page.specific)
    section_ten = TransparencySectionPage.objects.filter(number="10").first()
    if section_ten and section_ten.applies:
        section_ten.applies = False
        section_ten.not_applicable_justification = NOT_APPLICABLE
        section_ten.save_revision().publish()
    for item in TransparencyItemPage.objects.filter(live=False).order_by("path"):
        _fill(item)
    report("entradas de transparencia", counts["total"])
