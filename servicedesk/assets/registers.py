"""The two registers Ley 1712 de 2014 asks of the information assets, as plain rows of text:

- the **Registro de Activos de Información** (Decreto 1081 de 2015, art. 2.1.1.5.1.1): every
  information asset in use, published or available on request;
- the **Índice de Información Clasificada y Reservada** (art. 2.1.1.5.2.1): the ones an exception of
  arts. 18 or 19 covers today.

Digital Government publishes them at transparency items 7.1.1 and 7.1.2 (offered through the
``register_published_registers`` hook); rows are text so what is published is exactly what was
approved.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.assets.choices import AssetStatus, Classification
from servicedesk.assets.classification import in_force, term_ends
from servicedesk.assets.models import InformationDetails

RAI_KEY = "registro_activos_informacion"
INDEX_KEY = "indice_informacion_clasificada"
RAI_TITLE = gettext_lazy("Registro de Activos de Información")
INDEX_TITLE = gettext_lazy("Índice de Información Clasificada y Reservada")


def rai_columns() -> list[tuple[str, str]]:
    return [
        ("numero", _("Número")),
        ("categoria", _("Categoría de información")),
        ("nombre", _("Nombre o título de la información")),
        ("descripcion", _("Descripción del contenido")),
        ("idioma", _("Idioma")),
        ("medio", _("Medio de conservación o soporte")),
        ("formato", _("Formato")),
        ("disponibilidad", _("Información publicada o disponible")),
        ("enlace", _("Enlace")),
        ("responsable", _("Dependencia responsable")),
        ("generacion", _("Fecha de generación")),
        ("frecuencia", _("Frecuencia de actualización")),
        ("clasificacion", _("Clasificación")),
    ]


def index_columns() -> list[tuple[str, str]]:
    return [
        ("numero", _("Número")),
        ("categoria", _("Nombre o título de la categoría de información")),
        ("nombre", _("Nombre o título de la información")),
        ("idioma", _("Idioma")),
        ("medio", _("Medio de conservación o soporte")),
        ("generacion", _("Fecha de generación de la información")),
        ("productor", _("Nombre del responsable de la producción de la información")),
        ("responsable", _("Nombre del responsable de la información")),
        ("objetivo", _("Objetivo legítimo de la excepción")),
        ("fundamento", _("Fundamento constitucional o legal")),
        ("excepcion", _("Fundamento jurídico de la excepción")),
        ("alcance", _("Excepción total o parcial")),
        ("calificacion", _("Fecha de la calificación")),
        ("plazo", _("Plazo de la clasificación o reserva")),
    ]


def _day(value: date | None) -> str:
    return date_format(value, "SHORT_DATE_FORMAT") if value else ""


def _details():
    return (
        InformationDetails.objects.exclude(asset__status=AssetStatus.RETIRED)
        .select_related("asset")
        .order_by("category", "asset__name", "asset__inventory_number")
    )


def rai_rows(today: date | None = None) -> list[dict[str, str]]:
    today = today or timezone.localdate()
    classifications = dict(Classification.choices)
    return [
        {
            "numero": item.asset.inventory_number,
            "categoria": item.category,
            "nombre": item.asset.name,
            "descripcion": item.description,
            "idioma": item.language,
            "medio": item.get_medium_display(),
            "formato": item.file_format,
            "disponibilidad": _("Publicada") if item.published else _("Disponible"),
            "enlace": item.published_url,
            "responsable": item.owner_unit,
            "generacion": _day(item.generated_on),
            "frecuencia": item.get_frequency_display(),
            "clasificacion": str(
                classifications[in_force(item.classification, item.classified_on, item.term_years, today)]
            ),
        }
        for item in _details()
    ]


def _term(item: InformationDetails) -> str:
    ends = term_ends(item.classified_on, item.term_years)
    if ends is None:
        return _("Sin plazo (mientras subsista el daño)")
    return _("%(years)s años, hasta el %(day)s") % {"years": item.term_years, "day": _day(ends)}


def index_rows(today: date | None = None) -> list[dict[str, str]]:
    today = today or timezone.localdate()
    rows = []
    for item in _details().exclude(classification=Classification.PUBLIC):
        if in_force(item.classification, item.classified_on, item.term_years, today) == Classification.PUBLIC:
            continue
        scope = item.get_scope_display()
        if item.classified_part:
            scope = f"{scope}: {item.classified_part}"
        rows.append(
            {
                "numero": item.asset.inventory_number,
                "categoria": item.category,
                "nombre": item.asset.name,
                "idioma": item.language,
                "medio": item.get_medium_display(),
                "generacion": _day(item.generated_on),
                "productor": item.producer,
                "responsable": item.owner_unit,
                "objetivo": item.legitimate_objective,
                "fundamento": item.legal_basis,
                "excepcion": f"{item.get_legal_exception_display()} — {item.get_classification_display()}",
                "alcance": scope,
                "calificacion": _day(item.classified_on),
                "plazo": _term(item),
            }
        )
    return rows


def published_registers():
    """``(key, label, columns, rows)`` of each register, for ``register_published_registers``."""
    return [
        (RAI_KEY, RAI_TITLE, rai_columns, rai_rows),
        (INDEX_KEY, INDEX_TITLE, index_columns, index_rows),
    ]
