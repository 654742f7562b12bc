"""The "Inventario de equipos, aplicaciones y servicios tecnológicos" (the process sheet's output) as
an institutional XLSX: every asset the list shows, one row each.

Written with xlsxwriter's ``constant_memory`` from a ``values_list`` iterator, so memory stays flat
and no model instance is built (100,000 assets under the 10-second budget:
``tests/benchmarks/test_inventory.py``).
"""

from __future__ import annotations

from django.db.models import F, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.xlsx import landscape_fit_to_width, new_workbook, write_header
from portal.xlsx_stream import StreamingWorksheet
from portal.xlsx_tables import Column, set_widths, write_headings
from servicedesk.assets.choices import AssetKind, AssetStatus
from servicedesk.tickets.choices import Level

TITLE = gettext_lazy("Inventario de equipos, aplicaciones y servicios tecnológicos")
CHUNK = 2_000
#: Columns whose few distinct values go to the shared strings.
REPEATED = {1, 6, 7, 8, 9, 10, 13}


def _columns() -> list[Column]:
    return [
        Column(_("Número de inventario"), 18),
        Column(_("Tipo"), 22),
        Column(_("Nombre"), 36),
        Column(_("Marca"), 14),
        Column(_("Modelo"), 18),
        Column(_("Serial"), 18),
        Column(_("Ubicación"), 34),
        Column(_("Custodio"), 26),
        Column(_("Grupo responsable"), 24),
        Column(_("Estado"), 16),
        Column(_("Criticidad"), 11),
        Column(_("Fecha de adquisición"), 13),
        Column(_("Valor de adquisición (COP)"), 16),
        Column(_("Proveedor"), 26),
        Column(_("Fin de la garantía"), 13),
    ]


def inventory_rows(assets: QuerySet):
    kinds, statuses, levels = dict(AssetKind.choices), dict(AssetStatus.choices), dict(Level.choices)
    kinds, statuses, levels = ({k: str(v) for k, v in d.items()} for d in (kinds, statuses, levels))
    rows = assets.order_by("inventory_number").values_list(
        "inventory_number",
        "kind",
        "name",
        "brand",
        "model_name",
        "serial",
        Trim(
            Concat(
                F("location__site"), Value(" "), F("location__building"), Value(" "), F("location__office")
            )
        ),
        Coalesce(
            NullIf(
                Trim(Concat(F("custodian__first_name"), Value(" "), F("custodian__last_name"))), Value("")
            ),
            F("custodian__username"),
        ),
        "responsible_group__name",
        "status",
        "criticality",
        "acquired_on",
        "acquisition_value",
        "supplier",
        "warranty_ends",
    )
    for (
        number,
        kind,
        name,
        brand,
        model,
        serial,
        place,
        custodian,
        group,
        status,
        level,
        *rest,
    ) in rows.iterator(chunk_size=CHUNK):
        acquired, value, supplier, warranty = rest
        yield [
            number,
            kinds.get(kind, kind),
            name,
            brand,
            model,
            serial,
            place,
            custodian,
            group,
            statuses.get(status, status),
            levels.get(level, level),
            acquired,
            None if value is None else float(value),
            supplier,
            warranty,
        ]


def inventory_workbook(assets: QuerySet, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook(constant_memory=True)
    money = workbook.add_format({"font_name": "Arial", "font_size": 10, "border": 1, "num_format": "#,##0"})
    sheet = workbook.add_worksheet(_("Inventario"), worksheet_class=StreamingWorksheet)
    columns = _columns()
    last = len(columns) - 1
    set_widths(sheet, columns)
    header = write_header(sheet, styles, institution=institution, title=str(TITLE).upper(), last_col=last)
    write_headings(sheet, styles, columns, header, height=30)
    formats = [styles.text] * len(columns)
    formats[11] = formats[14] = styles.date
    formats[12] = money
    sheet.set_value_formats(formats, repeated=REPEATED)
    row = header
    for row, cells in enumerate(inventory_rows(assets), start=header + 1):
        sheet.write_values(row, cells)
    sheet.freeze_panes(header + 1, 1)
    sheet.autofilter(header, 0, max(row, header), last)
    landscape_fit_to_width(sheet, repeat_rows=(header, header))
    workbook.close()
    return output.getvalue()
