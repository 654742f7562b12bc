"""Demo institute, information assets: the registers, archives and databases the institute keeps,
classified under Ley 1712 de 2014, and their publication at transparency items 7.1.1 (Registro de
Activos de Información) and 7.1.2 (Índice de Información Clasificada y Reservada), approved by the
demo's Publicador as the editorial workflow asks.

Seeded once (when there is no information asset): a second run changes nothing.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from digital_gov.transparency.models import TransparencyItemPage
from digital_gov.transparency.published import take_snapshot
from servicedesk.assets.choices import AssetKind, AssetStatus, Classification
from servicedesk.assets.models import Asset, InformationDetails
from servicedesk.assets.registers import INDEX_KEY, RAI_KEY
from servicedesk.assets.services import save_asset

PUBLIC = {"classification": Classification.PUBLIC}
PERSONAL_DATA = {
    "classification": Classification.CLASSIFIED,
    "legal_exception": "art18a",
    "legal_basis": "Constitución Política, art. 15; Ley 1581 de 2012, art. 5 (datos sensibles).",
    "legitimate_objective": "Proteger la intimidad y los datos personales de los titulares.",
    "scope": "parcial",
    "classified_on": date(2026, 2, 10),
}

#: number, name, category, description, medium, format, owner, producer, frequency, published, url,
#: security level, classification
INFORMATION = (
    (
        "IDTI-INF-0001",
        "Plan Estratégico de Tecnologías de la Información (PETI) 2024-2027",
        "Planeación",
        "Documento que define la estrategia de TI del Instituto y su hoja de ruta.",
        "electronico",
        "PDF",
        "Gestión de TIC",
        "Profesional de planeación de TIC",
        "anual",
        True,
        "https://www.instituto.gov.co/transparencia/",
        "baja",
        PUBLIC,
    ),
    (
        "IDTI-INF-0002",
        "Inventario de equipos, aplicaciones y servicios tecnológicos",
        "Gestión de activos",
        "Relación de los equipos, programas y servicios de TI con su ubicación, custodio y estado.",
        "electronico",
        "XLSX",
        "Gestión de TIC",
        "Técnico de soporte",
        "permanente",
        False,
        "",
        "media",
        PUBLIC,
    ),
    (
        "IDTI-INF-0003",
        "Registro de peticiones, quejas, reclamos, sugerencias y denuncias",
        "Atención al ciudadano",
        "Solicitudes recibidas por todos los canales, con su trámite y respuesta.",
        "electronico",
        "Base de datos, XLSX",
        "Atención al ciudadano",
        "Profesional de atención al ciudadano",
        "permanente",
        False,
        "",
        "alta",
        {
            **PERSONAL_DATA,
            "classified_part": "Nombre, identificación y datos de contacto de los peticionarios.",
        },
    ),
    (
        "IDTI-INF-0004",
        "Historias laborales de los servidores",
        "Talento humano",
        "Expedientes con la vinculación, novedades y situaciones administrativas de cada servidor.",
        "ambos",
        "Papel, PDF",
        "Talento humano",
        "Profesional de talento humano",
        "permanente",
        False,
        "",
        "alta",
        {**PERSONAL_DATA, "scope": "total"},
    ),
    (
        "IDTI-INF-0005",
        "Topología de red y configuración de seguridad perimetral",
        "Seguridad digital",
        "Diagramas de red, reglas del cortafuegos y direccionamiento de los servidores.",
        "electronico",
        "PDF, TXT",
        "Gestión de TIC",
        "Profesional de infraestructura",
        "semestral",
        False,
        "",
        "alta",
        {
            "classification": Classification.RESERVED,
            "legal_exception": "art19b",
            "legal_basis": "Ley 1712 de 2014, art. 19 lit. b; Ley 1273 de 2009.",
            "legitimate_objective": (
                "Evitar ataques a la infraestructura que presta servicios a la ciudadanía."
            ),
            "scope": "total",
            "classified_on": date(2025, 7, 1),
            "term_years": 5,
        },
    ),
    (
        "IDTI-INF-0006",
        "Contratos de bienes y servicios de TI",
        "Contratación",
        "Contratos, estudios previos y actas de los procesos de compra de tecnología.",
        "electronico",
        "PDF",
        "Gestión contractual",
        "Profesional de contratación",
        "permanente",
        True,
        "https://www.colombiacompra.gov.co/secop-ii",
        "media",
        PUBLIC,
    ),
    (
        "IDTI-INF-0007",
        "Conjunto de datos de trámites atendidos",
        "Datos abiertos",
        "Número de trámites atendidos por mes y canal, anonimizado.",
        "electronico",
        "CSV",
        "Atención al ciudadano",
        "Gestión de TIC",
        "mensual",
        True,
        "https://www.datos.gov.co/",
        "baja",
        PUBLIC,
    ),
)


def seed(report) -> None:
    if not InformationDetails.objects.exists():
        with transaction.atomic():
            for row in INFORMATION:
                _information_asset(*row)
        _publish()
    report("activos de información", InformationDetails.objects.count())


def _information_asset(
    number,
    name,
    category,
    description,
    medium,
    file_format,
    owner,
    producer,
    frequency,
    published,
    url,
    level,
    rule,
) -> None:
    asset = Asset(inventory_number=number, kind=AssetKind.INFORMATION, name=name, status=AssetStatus.IN_USE)
    details = InformationDetails(
        category=category,
        description=description,
        medium=medium,
        file_format=file_format,
        owner_unit=owner,
        producer=producer,
        generated_on=date(2026, 1, 15),
        frequency=frequency,
        published=published,
        published_url=url,
        confidentiality=level,
        integrity=level,
        availability=level,
        **rule,
    )
    details.full_clean(exclude=["asset"])
    save_asset(asset, by=None, information=details)


def _publish() -> None:
    """Items 7.1.1 and 7.1.2 publish the registers; their first version is published by the demo's
    Publicador (later changes wait for her approval in the workflow)."""
    publisher = get_user_model().objects.filter(groups__name="Publicador").first()
    for number, key in (("7.1.1", RAI_KEY), ("7.1.2", INDEX_KEY)):
        item = TransparencyItemPage.objects.filter(number=number).first()
        if item is None:
            continue
        item.published_register = key
        item.register_snapshot = take_snapshot(key)
        item.save_revision(user=publisher).publish(user=publisher)
