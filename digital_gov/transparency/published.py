"""Registers a transparency item publishes *through the editorial workflow* (the Registro de Activos
de Información at 7.1.1, the Índice de Información Clasificada y Reservada at 7.1.2).

A feature offers one through the Wagtail hook ``register_published_registers`` (see
docs/architecture.md): the hook function returns an iterable of ``(key, label, columns, rows)``,
``columns()`` giving ``[(key, header)]`` and ``rows()`` a list of ``{key: text}``. Unlike a live
listing, the page keeps a *snapshot* of the rows in its revisions: what the public sees is what a
Publicador approved, and each change is in the page's history (``digital_gov.transparency.refresh``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone, translation
from wagtail import hooks

HOOK_NAME = "register_published_registers"


@dataclass(frozen=True)
class PublishedRegister:
    key: str
    label: str
    columns: Callable[[], list[tuple[str, str]]]
    rows: Callable[[], list[dict[str, str]]]


def _registers() -> dict[str, PublishedRegister]:
    return {
        key: PublishedRegister(key, label, columns, rows)
        for hook in hooks.get_hooks(HOOK_NAME)
        for key, label, columns, rows in hook()
    }


def get_register(key: str) -> PublishedRegister | None:
    return _registers().get(key)


def register_choices() -> list[tuple[str, str]]:
    return [(register.key, register.label) for register in _registers().values()]


def take_snapshot(key: str) -> dict | None:
    """The register ``key`` as it is now, in the portal's language, ready to keep in a revision."""
    register = get_register(key)
    if register is None:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        columns = [[column, str(header)] for column, header in register.columns()]
        rows = [{column: str(row.get(column, "")) for column, _header in columns} for row in register.rows()]
    return {"columns": columns, "rows": rows, "taken_at": timezone.now().isoformat()}


def same_content(one: dict | None, other: dict | None) -> bool:
    """Whether two snapshots publish the same table (when they were taken does not matter)."""
    if not one or not other:
        return one == other
    return one.get("columns") == other.get("columns") and one.get("rows") == other.get("rows")


def register_context(snapshot: dict) -> dict:
    """What the item's template needs: the snapshot, its rows as cells in column order, its date."""
    keys = [key for key, _header in snapshot.get("columns", [])]
    rows = [
        [{"value": row.get(key, ""), "link": _is_link(row.get(key, ""))} for key in keys]
        for row in snapshot.get("rows", [])
    ]
    taken_at = snapshot.get("taken_at")
    return {
        "register": snapshot,
        "register_rows": rows,
        "register_taken_at": datetime.fromisoformat(taken_at) if taken_at else None,
    }


def _is_link(value: str) -> bool:
    """A cell that is a web address (the register's "enlace") is shown as a link."""
    return value.startswith(("https://", "http://"))
