"""The process sheet as rows and merged cells, shared by the HTML page and the XLSX export."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy

from governance.documents.models import ControlledDocument, DocumentKind
from governance.processes.models import PHASE_ORDER, Phase

#: Columns of the sheet, in order, with the attribute of an activity each shows.
COLUMNS = (
    (gettext_lazy("PROVEEDOR"), "suppliers"),
    (gettext_lazy("ENTRADA"), "inputs"),
    (gettext_lazy("CICLO"), "phase"),
    (gettext_lazy("ACTIVIDADES CLAVES DEL PROCESO"), "activity"),
    (gettext_lazy("RESPONSABLE"), "responsible"),
    (gettext_lazy("SALIDAS"), "outputs"),
    (gettext_lazy("CLIENTE"), "clients"),
)

#: Columns whose empty cells continue the cell above within the same phase (merged cells).
MERGED_DOWN = ("suppliers", "inputs", "responsible", "clients")


@dataclass
class Cell:
    value: str
    rowspan: int = 1


@dataclass
class SheetRow:
    phase: str
    cells: dict[str, Cell | None] = field(default_factory=dict)  # None: covered by a merge


def activity_label(number: int, text: str) -> str:
    return f"{number}. {text}"


def build_rows(activities) -> list[SheetRow]:
    """Rows of the sheet from activities (any objects with the model's attributes).

    Activities are ordered by phase (PHVA) and then by their own order. The phase cell spans
    the phase; in ``MERGED_DOWN`` columns an empty cell joins the filled cell above it.
    """
    ordered = sorted(activities, key=lambda a: (PHASE_ORDER[a.phase], a.sort_order or 0, a.number))
    rows: list[SheetRow] = []
    by_phase: dict[str, list[SheetRow]] = {}
    for activity in ordered:
        row = SheetRow(
            phase=activity.phase,
            cells={
                "suppliers": Cell(activity.suppliers),
                "inputs": Cell(activity.inputs),
                "phase": Cell(Phase(activity.phase).label),
                "activity": Cell(activity_label(activity.number, activity.text)),
                "responsible": Cell(activity.responsible),
                "outputs": Cell(activity.outputs),
                "clients": Cell(activity.clients),
            },
        )
        rows.append(row)
        by_phase.setdefault(activity.phase, []).append(row)

    for phase_rows in by_phase.values():
        first = phase_rows[0].cells["phase"]
        first.rowspan = len(phase_rows)
        for row in phase_rows[1:]:
            row.cells["phase"] = None
        for column in MERGED_DOWN:
            anchor = None
            for row in phase_rows:
                cell = row.cells[column]
                if cell.value.strip() or anchor is None:
                    anchor = cell
                else:
                    anchor.rowspan += 1
                    row.cells[column] = None
    return rows


def sheet_for(process) -> dict:
    """Everything the sheet shows for ``process``, read in a few queries."""
    documents = (
        ControlledDocument.objects.filter(process=process)
        .prefetch_related("versions")
        .order_by("sort_order", "code")
    )
    documented = {kind: [] for kind in DocumentKind}
    for document in documents:
        documented[DocumentKind(document.kind)].append(document)
    return {
        "process": process,
        "columns": [label for label, _key in COLUMNS],
        "rows": build_rows(list(process.activities.all())),
        "footnotes": [line for line in process.footnotes.splitlines() if line.strip()],
        "documented": documented,
        "criteria": list(process.criteria.all()),
    }
