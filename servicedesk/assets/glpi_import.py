"""The inventory from GLPI: its computers, network equipment, printers and software, read through
the same REST client and CSV decoding the ticket import uses, and matched to the portal's assets by
inventory number, else by serial, so importing again changes nothing.

A GLPI item becomes an asset of the matching kind (a computer whose type says laptop or server
becomes one); without an inventory number in GLPI (``otherserial``) it gets ``GLPI-<kind>-<id>``.
Location ("Sede > Bloque > Piso > Oficina") and the user (by login) are looked up; the status is
set when the asset is created (afterwards the portal's life cycle, with its history, rules it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from servicedesk.assets.choices import AssetKind, AssetStatus
from servicedesk.assets.models import Asset, Location
from servicedesk.assets.services import save_asset
from servicedesk.glpi.api import GlpiClient
from servicedesk.glpi.csv_source import csv_rows, decode
from servicedesk.glpi.mapping import label_key

ITEMTYPES = {
    "Computer": (AssetKind.DESKTOP, "PC"),
    "NetworkEquipment": (AssetKind.NETWORK, "RED"),
    "Printer": (AssetKind.PRINTER, "IMP"),
    "Software": (AssetKind.SOFTWARE, "SW"),
}
MODEL_FIELDS = {
    "Computer": "computermodels_id",
    "NetworkEquipment": "networkequipmentmodels_id",
    "Printer": "printermodels_id",
}
TYPE_FIELDS = {
    "Computer": "computertypes_id",
    "NetworkEquipment": "networkequipmenttypes_id",
    "Printer": "printertypes_id",
}
LAPTOP_TYPES = {"portatil", "laptop", "notebook", "portable"}
SERVER_TYPES = {"servidor", "server"}
STATUSES = {
    "en uso": AssetStatus.IN_USE,
    "in use": AssetStatus.IN_USE,
    "asignado": AssetStatus.ASSIGNED,
    "en bodega": AssetStatus.IN_STORAGE,
    "en almacen": AssetStatus.IN_STORAGE,
    "stock": AssetStatus.IN_STORAGE,
    "in stock": AssetStatus.IN_STORAGE,
    "en reparacion": AssetStatus.IN_MAINTENANCE,
    "en mantenimiento": AssetStatus.IN_MAINTENANCE,
    "maintenance": AssetStatus.IN_MAINTENANCE,
    "de baja": AssetStatus.RETIRED,
    "dado de baja": AssetStatus.RETIRED,
    "retired": AssetStatus.RETIRED,
}
#: CSV column → the headers GLPI's list export gives it, in Spanish and English.
HEADERS = {
    "id": ("ID",),
    "name": ("Nombre", "Name"),
    "serial": ("Número de serie", "Numero de serie", "Serial number", "Serial"),
    "otherserial": ("Número de inventario", "Numero de inventario", "Inventory number"),
    "manufacturer": ("Fabricante", "Editor", "Manufacturer", "Publisher"),
    "model": ("Modelo", "Model"),
    "type": ("Tipo", "Type"),
    "location": ("Localización", "Localizacion", "Ubicación", "Location"),
    "user": ("Usuario", "User"),
    "status": ("Estado", "Status"),
    "comment": ("Comentarios", "Comments"),
}
_CANONICAL = {label_key(header): key for key, headers in HEADERS.items() for header in headers}
NUMBER = re.compile(r"[^A-Z0-9-]+")


@dataclass(frozen=True)
class GlpiItem:
    itemtype: str
    glpi_id: int
    name: str
    serial: str = ""
    otherserial: str = ""
    manufacturer: str = ""
    model: str = ""
    type: str = ""
    location: str = ""
    user: str = ""
    status: str = ""
    comment: str = ""


@dataclass
class AssetImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    def __str__(self):
        return _(
            "creados: %(created)s; actualizados: %(updated)s; iguales: %(unchanged)s; avisos: %(problems)s"
        ) % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "problems": len(self.problems),
        }


def _text(value) -> str:
    return "" if value in (None, 0, "0", "&nbsp;") else str(value).strip()


def items_from_api(client: GlpiClient, itemtypes=tuple(ITEMTYPES)) -> Iterator[GlpiItem]:
    """Every item of ``itemtypes``, with dropdowns as their names (``expand_dropdowns``)."""
    for itemtype in itemtypes:
        model_field = MODEL_FIELDS.get(itemtype, "")
        type_field = TYPE_FIELDS.get(itemtype, "")
        for page in client.pages(itemtype, {"expand_dropdowns": "true", "sort": "id", "order": "ASC"}):
            for item in page:
                yield GlpiItem(
                    itemtype=itemtype,
                    glpi_id=int(item.get("id") or 0),
                    name=_text(item.get("name")),
                    serial=_text(item.get("serial")),
                    otherserial=_text(item.get("otherserial")),
                    manufacturer=_text(item.get("manufacturers_id")),
                    model=_text(item.get(model_field)) if model_field else "",
                    type=_text(item.get(type_field)) if type_field else "",
                    location=_text(item.get("locations_id")),
                    user=_text(item.get("users_id")),
                    status=_text(item.get("states_id")),
                    comment=_text(item.get("comment")),
                )


def items_from_csv(data: bytes, itemtype: str) -> Iterator[GlpiItem]:
    """The rows of a GLPI list exported as CSV (``;`` or ``,``, any of GLPI's encodings)."""
    reader = csv_rows(decode(data)[0], _CANONICAL)
    columns = [_CANONICAL.get(label_key(cell), "") for cell in next(reader, [])]
    if "name" not in columns:
        raise ValidationError(_("El archivo no parece una exportación de GLPI: falta la columna «Nombre»."))
    for row in reader:
        values = {column: cell.strip() for column, cell in zip(columns, row, strict=False) if column}
        if not any(values.values()):
            continue
        glpi_id = values.pop("id", "")
        # No ID column (GLPI's default export): 0, and the item is recognised by its numbers only.
        known = glpi_id.isascii() and glpi_id.isdecimal()
        yield GlpiItem(itemtype=itemtype, glpi_id=int(glpi_id) if known else 0, **values)


def _kind(item: GlpiItem) -> str:
    kind = ITEMTYPES[item.itemtype][0]
    if item.itemtype == "Computer":
        words = set(label_key(item.type).split())
        if words & LAPTOP_TYPES:
            return AssetKind.LAPTOP
        if words & SERVER_TYPES:
            return AssetKind.SERVER
    return kind


def glpi_inventory_number(item: GlpiItem) -> str:
    """The inventory number GLPI holds (``otherserial``), in the portal's form; empty if none."""
    number = NUMBER.sub("-", item.otherserial.upper()).strip("-")
    return number[:40] if len(number) >= 3 else ""


def stand_in_number(item: GlpiItem) -> str:
    """``GLPI-<kind>-<id>``: the number of an item GLPI has no inventory number for."""
    return f"GLPI-{ITEMTYPES[item.itemtype][1]}-{item.glpi_id:06d}"


def _location(completename: str) -> Location | None:
    parts = [part.strip() for part in completename.split(">") if part.strip()][:4]
    if not parts:
        return None
    site, building, floor, office = (parts + ["", "", "", ""])[:4]
    return Location.objects.get_or_create(
        site=site[:120], building=building[:120], floor=floor[:20], office=office[:120]
    )[0]


class AssetImporter:
    def __init__(self, *, by=None):
        self.by = by
        self.report = AssetImportReport()
        self._users = {
            name.lower(): pk for pk, name in get_user_model().objects.values_list("pk", "username")
        }

    def run(self, items) -> AssetImportReport:
        for item in items:
            try:
                with transaction.atomic():
                    self.import_item(item)
            except ValidationError as error:
                self.report.problems.append(
                    _("%(itemtype)s %(id)s («%(name)s»): %(errors)s")
                    % {
                        "itemtype": item.itemtype,
                        "id": item.glpi_id,
                        "name": item.name,
                        "errors": " ".join(error.messages),
                    }
                )
        return self.report

    def import_item(self, item: GlpiItem) -> None:
        """Match by GLPI's inventory number, else by serial, else by the stand-in number of its id."""
        number = glpi_inventory_number(item)
        asset = Asset.objects.filter(inventory_number=number).first() if number else None
        if asset is None and item.serial:
            asset = Asset.objects.filter(serial=item.serial).first()
        if asset is not None and not number:
            number = asset.inventory_number
        if not number:
            if item.glpi_id <= 0:
                raise ValidationError(
                    _(
                        "no tiene número de inventario ni ID de GLPI, así que no se reconocería al "
                        "importarlo de nuevo: exporte la lista con la columna ID."
                    )
                )
            number = stand_in_number(item)
            asset = asset or Asset.objects.filter(inventory_number=number).first()
        created = asset is None
        if created:
            asset = Asset(
                inventory_number=number,
                kind=_kind(item),
                status=STATUSES.get(label_key(item.status), AssetStatus.IN_USE),
            )
        values = {
            "name": (item.name or number)[:200],
            "brand": item.manufacturer[:100],
            "model_name": item.model[:120],
            "serial": item.serial[:120],
            "location": _location(item.location),
            "custodian_id": self._users.get(item.user.lower()) if item.user else None,
        }
        if item.comment:
            values["notes"] = item.comment
        if item.user and values["custodian_id"] is None:
            self.report.problems.append(
                _("%(number)s: el usuario «%(user)s» de GLPI no existe en el portal; queda sin custodio.")
                % {"number": number, "user": item.user}
            )
        changed = [
            name
            for name, value in values.items()
            if value not in (None, "") and getattr(asset, name) != value
        ]
        if not created and not changed:
            self.report.unchanged += 1
            return
        for name in changed:
            setattr(asset, name, values[name])
        asset.full_clean(exclude=["depends_on"])
        save_asset(asset, by=self.by)
        if created:
            self.report.created += 1
        else:
            self.report.updated += 1
