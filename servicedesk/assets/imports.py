"""Importing the inventory from an XLSX or CSV file: every row checked first, with a Spanish message
per problem and its row number; then all of the file is applied, or nothing (a file with one bad row
changes nothing). Assets are matched by inventory number: importing the same file twice changes
nothing the second time.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext as _

from portal.xlsx import new_workbook
from servicedesk.assets import attributes
from servicedesk.assets.choices import AssetKind, AssetStatus
from servicedesk.assets.lifecycle import can_move
from servicedesk.assets.models import INVENTORY_NUMBER, Asset, Location
from servicedesk.assets.rules import manageable_kinds
from servicedesk.assets.services import change_status, save_asset
from servicedesk.tickets.choices import Level

#: The file's columns (in the template's order): header → field.
COLUMNS = {
    "Número de inventario": "inventory_number",
    "Tipo": "kind",
    "Nombre": "name",
    "Marca": "brand",
    "Modelo": "model_name",
    "Serial": "serial",
    "Sede": "site",
    "Edificio": "building",
    "Piso": "floor",
    "Oficina": "office",
    "Custodio (usuario)": "custodian",
    "Estado": "status",
    "Fecha de adquisición": "acquired_on",
    "Valor de adquisición": "acquisition_value",
    "Proveedor": "supplier",
    "Fin de la garantía": "warranty_ends",
    "Criticidad": "criticality",
    "Notas": "notes",
}
TEXT_FIELDS = ("name", "brand", "model_name", "serial", "supplier", "notes")
MAX_ROWS = 20_000


def _plain(text) -> str:
    """Lower case, no accents, single spaces: how headers and choices are compared."""
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


HEADERS = {_plain(header): name for header, name in COLUMNS.items()}


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return not self.errors


def read_rows(upload) -> list[tuple[int, dict[str, object]]]:
    """The rows of an XLSX (first sheet) or CSV file (``;`` or ``,``), keyed by plain header, with
    the file's row numbers; empty rows skipped."""
    name = upload.name.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(upload, read_only=True, data_only=True).worksheets[0]
        except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
            raise ValidationError(
                _("No se pudo leer el archivo XLSX: %(error)s") % {"error": error}
            ) from error
        rows = sheet.iter_rows(values_only=True)
    else:
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,") if text.strip() else csv.excel
        rows = csv.reader(io.StringIO(text), dialect)
    rows = iter(rows)
    header = [_plain(cell) for cell in next(rows, [])]
    if "numero de inventario" not in header:
        raise ValidationError(
            _("La primera fila debe tener los títulos de las columnas, con «Número de inventario».")
        )
    result = []
    for number, row in enumerate(rows, start=2):
        values = {key: cell for key, cell in zip(header, row, strict=False) if key}
        if any(str(value).strip() for value in values.values() if value is not None):
            result.append((number, values))
        if len(result) > MAX_ROWS:
            raise ValidationError(_("El archivo tiene más de %(n)s filas: divídalo.") % {"n": MAX_ROWS})
    return result


def _choice(value, choices) -> str | None:
    """The key of a choice written as its key or its Spanish label, any case, with or without accents."""
    plain = _plain(value)
    with translation.override(settings.LANGUAGE_CODE):
        for key, label in choices:
            if plain in (_plain(key), _plain(label)):
                return key
    return None


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _money(value) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
    else:
        text = str(value).replace("$", "").replace(" ", "").strip()
        if "," in text:  # Colombian: 3.500.000,50
            text = text.replace(".", "").replace(",", ".")
        elif text.count(".") > 1 or (text.count(".") == 1 and len(text.rsplit(".", 1)[1]) == 3):
            text = text.replace(".", "")  # 3.500.000
        amount = Decimal(text)
    if amount < 0:
        raise InvalidOperation(value)
    return amount


HEADER_OF = {name: header for header, name in HEADERS.items()}


def _raw(values: dict, name: str):
    """The cell of the field ``name`` (or of the column whose plain header is ``name``)."""
    return values.get(HEADER_OF.get(name, name))


def _cell(values: dict, name: str) -> str:
    value = _raw(values, name)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _plan(line: int, values: dict, *, kinds, people, problems: list[str]) -> dict | None:
    """One row checked: the asset's values, or ``None`` with the row's problems added."""
    start = len(problems)

    def problem(message: str) -> None:
        problems.append(_("Fila %(line)s: %(message)s") % {"line": line, "message": message})

    number = _cell(values, "inventory_number").upper()
    try:
        INVENTORY_NUMBER(number)
    except ValidationError:
        problem(
            _("el número de inventario «%(value)s» no es válido (mayúsculas, números y guiones).")
            % {"value": number}
        )
    kind = _choice(_cell(values, "kind"), AssetKind.choices)
    if kind is None:
        problem(_("el tipo «%(value)s» no existe.") % {"value": _cell(values, "kind")})
    elif kind not in kinds:
        problem(_("usted no gestiona activos de tipo «%(kind)s».") % {"kind": AssetKind(kind).label})
    plan = {"inventory_number": number, "kind": kind, "line": line}
    for name in TEXT_FIELDS:
        plan[name] = _cell(values, name)[: Asset._meta.get_field(name).max_length or None]
    if not plan["name"]:
        problem(_("falta el nombre."))
    status = _cell(values, "status")
    # Empty: a new asset enters in storage; an existing one keeps its status.
    plan["status"] = _choice(status, AssetStatus.choices) if status else ""
    if plan["status"] is None:
        problem(_("el estado «%(value)s» no existe.") % {"value": status})
    criticality = _cell(values, "criticality")
    plan["criticality"] = _choice(criticality, Level.choices) if criticality else Level.MEDIUM
    if plan["criticality"] is None:
        problem(_("la criticidad «%(value)s» no existe (alta, media o baja).") % {"value": criticality})
    custodian = _cell(values, "custodian")
    plan["custodian"] = people.get(custodian.lower()) if custodian else None
    if custodian and plan["custodian"] is None:
        problem(_("no hay un usuario «%(value)s» para custodio.") % {"value": custodian})
    for name in ("acquired_on", "warranty_ends"):
        try:
            plan[name] = _date(_raw(values, name))
        except ValueError:
            problem(
                _("«%(value)s» no es una fecha (AAAA-MM-DD o DD/MM/AAAA).") % {"value": _cell(values, name)}
            )
    try:
        plan["acquisition_value"] = _money(_raw(values, "acquisition_value"))
    except (InvalidOperation, ValueError):
        problem(_("«%(value)s» no es un valor en pesos.") % {"value": _cell(values, "acquisition_value")})
    plan["location"] = tuple(_cell(values, name) for name in ("site", "building", "floor", "office"))
    if kind is not None:
        raw = {}
        for attribute in attributes.ATTRIBUTES.get(kind, ()):
            with translation.override(settings.LANGUAGE_CODE):
                label = _plain(attribute.label)
            for header in (label, attribute.key):
                if values.get(header) not in (None, ""):
                    raw[attribute.key] = _cell(values, header)
        plan["attributes"], errors = attributes.clean(kind, raw)
        for key, message in errors.items():
            label = next(a.label for a in attributes.ATTRIBUTES[kind] if a.key == key)
            problem(f"{label}: {message}")
    return plan if len(problems) == start else None


def check(rows, user) -> tuple[list[dict], list[str]]:
    """Every row of the file checked; the plans of the good rows and the problems of the bad ones."""
    kinds = set(manageable_kinds(user))
    usernames = {_cell(values, "custodian").lower() for _line, values in rows} - {""}
    people = {
        person.username.lower(): person
        for person in get_user_model().objects.annotate(plain=Lower("username")).filter(plain__in=usernames)
    }
    problems, plans, seen = [], [], {}
    for line, values in rows:
        plan = _plan(line, values, kinds=kinds, people=people, problems=problems)
        if plan is None:
            continue
        if plan["inventory_number"] in seen:
            problems.append(
                _("Fila %(line)s: el número de inventario %(number)s ya está en la fila %(other)s.")
                % {"line": line, "number": plan["inventory_number"], "other": seen[plan["inventory_number"]]}
            )
            continue
        seen[plan["inventory_number"]] = line
        plans.append(plan)
    existing = Asset.objects.in_bulk(
        [plan["inventory_number"] for plan in plans], field_name="inventory_number"
    )
    serials = {
        asset.serial: asset.inventory_number
        for asset in Asset.objects.filter(serial__in=[p["serial"] for p in plans if p["serial"]])
    }
    for plan in plans:
        asset = existing.get(plan["inventory_number"])
        owner = serials.get(plan["serial"])
        if plan["serial"] and owner and owner != plan["inventory_number"]:
            problems.append(
                _("Fila %(line)s: el serial %(serial)s ya es del activo %(owner)s.")
                % {"line": plan["line"], "serial": plan["serial"], "owner": owner}
            )
        if asset is not None and asset.kind != plan["kind"]:
            problems.append(
                _("Fila %(line)s: %(number)s ya existe como «%(kind)s»; el tipo no cambia al importar.")
                % {"line": plan["line"], "number": asset.inventory_number, "kind": asset.get_kind_display()}
            )
        elif (
            asset is not None
            and plan["status"]
            and asset.status != plan["status"]
            and not can_move(asset.status, plan["status"])
        ):
            problems.append(
                _("Fila %(line)s: %(number)s está «%(current)s» y no puede pasar a «%(target)s».")
                % {
                    "line": plan["line"],
                    "number": asset.inventory_number,
                    "current": asset.get_status_display(),
                    "target": AssetStatus(plan["status"]).label,
                }
            )
    return plans, sorted(problems, key=_line_of)


def _line_of(problem: str) -> int:
    digits = "".join(ch for ch in problem.split(":", 1)[0] if ch.isdigit())
    return int(digits or 0)


FIELDS = (
    "name",
    "brand",
    "model_name",
    "serial",
    "supplier",
    "notes",
    "criticality",
    "custodian",
    "acquired_on",
    "acquisition_value",
    "warranty_ends",
    "attributes",
)


def import_file(upload, *, by) -> Report:
    """Check the whole file, then apply all of it (or nothing, with every problem listed)."""
    report = Report()
    try:
        rows = read_rows(upload)
    except (ValidationError, csv.Error, StopIteration) as error:
        report.errors = list(getattr(error, "messages", [str(error)]))
        return report
    plans, report.errors = check(rows, by)
    if report.errors:
        return report
    present = {HEADERS[key] for _line, values in rows[:1] for key in values if key in HEADERS}
    with transaction.atomic():
        for plan in plans:
            outcome = _apply(plan, by, present)
            setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _apply(plan: dict, by, present: set[str]) -> str:
    """Create or update one asset. An existing asset keeps what the file has no column for, and the
    data of its kind the file leaves empty (an empty cell never erases)."""
    site, building, floor, office = plan["location"]
    location = None
    if site:
        location = Location.objects.get_or_create(site=site, building=building, floor=floor, office=office)[0]
    values = {name: plan[name] for name in FIELDS} | {"location": location}
    asset = Asset.objects.filter(inventory_number=plan["inventory_number"]).first()
    if asset is None:
        status = plan["status"] or AssetStatus.IN_STORAGE
        asset = Asset(inventory_number=plan["inventory_number"], kind=plan["kind"], status=status, **values)
        asset.full_clean()
        save_asset(asset, by=by)
        return "created"
    values = {name: value for name, value in values.items() if name in present}
    if "site" in present:
        values["location"] = location
    values["attributes"] = {**asset.attributes, **plan["attributes"]}
    changed = [name for name, value in values.items() if getattr(asset, name) != value]
    for name in changed:
        setattr(asset, name, values[name])
    if changed:
        asset.full_clean()
        asset.save(update_fields=[*changed, "updated_at"])
    if plan["status"] and asset.status != plan["status"]:
        change_status(asset, to=plan["status"], by=by, note=_("Importación del inventario."))
        changed.append("status")
    return "updated" if changed else "unchanged"


def template_headers() -> list[str]:
    """The template's columns, in Spanish whatever the user's language (the file is an
    institutional format): the common ones, then each kind's own data (one column per label)."""
    extra = []
    with translation.override(settings.LANGUAGE_CODE):
        for kind_attributes in attributes.ATTRIBUTES.values():
            for attribute in kind_attributes:
                if str(attribute.label) not in extra:
                    extra.append(str(attribute.label))
    return list(COLUMNS) + extra


def template_workbook() -> bytes:
    """An XLSX with the import's columns and one example row."""
    with translation.override(settings.LANGUAGE_CODE):
        return _template(template_headers())


def _template(headers: list[str]) -> bytes:
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet("Inventario")
    example = {
        "Número de inventario": "IDTI-000123",
        "Tipo": str(AssetKind.LAPTOP.label),
        "Nombre": "Portátil de la coordinación",
        "Marca": "Lenovo",
        "Modelo": "ThinkPad T14",
        "Serial": "PF3ABC12",
        "Sede": "Sede principal",
        "Oficina": "Gestión de TIC",
        "Estado": str(AssetStatus.IN_STORAGE.label),
        "Fecha de adquisición": "2026-03-15",
        "Valor de adquisición": "3500000",
        "Criticidad": str(Level.LOW.label),
        str(attributes.RAM.label): "16",
    }
    for col, header in enumerate(headers):
        sheet.set_column(col, col, max(14, len(header) + 2))
        sheet.write_string(0, col, header, styles.header)
        sheet.write_string(1, col, example.get(header, ""), styles.text)
    sheet.freeze_panes(1, 0)
    workbook.close()
    return output.getvalue()
