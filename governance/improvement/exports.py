"""The Plan de Mejoramiento in the usual Colombian layout: one row per action, grouped headings."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.improvement.status import ActionStatus
from portal import palette
from portal.people import display_name
from portal.xlsx import landscape_fit_to_width, new_workbook, write_header
from portal.xlsx_tables import Column, set_widths, write_table

#: (heading, width) of every column, in order; the cells come from ``_columns``.
COLUMNS = (
    (gettext_lazy("No."), 5),
    (gettext_lazy("Código"), 13),
    (gettext_lazy("Fuente"), 20),
    (gettext_lazy("Proceso"), 18),
    (gettext_lazy("Hallazgo"), 40),
    (gettext_lazy("Causa raíz"), 36),
    (gettext_lazy("Corrección"), 28),
    (gettext_lazy("Acción"), 40),
    (gettext_lazy("Tipo de acción"), 12),
    (gettext_lazy("Responsable"), 20),
    (gettext_lazy("Fecha inicio"), 11),
    (gettext_lazy("Fecha terminación"), 12),
    (gettext_lazy("Meta / indicador"), 24),
    (gettext_lazy("Entregable"), 24),
    (gettext_lazy("Avance %"), 9),
    (gettext_lazy("Último seguimiento"), 34),
    (gettext_lazy("Estado"), 16),
    (gettext_lazy("Eficacia"), 26),
)
#: Headings merged over the columns (first, last) of each stage of the plan.
GROUPS = (
    (gettext_lazy("IDENTIFICACIÓN"), 0, 4),
    (gettext_lazy("FORMULACIÓN"), 5, 13),
    (gettext_lazy("SEGUIMIENTO"), 14, 16),
    (gettext_lazy("EVALUACIÓN DE EFICACIA"), 17, 17),
)
#: Status → (background, text colour) of its cell.
STATUS_COLOURS = {
    ActionStatus.OPEN: (palette.PALE_YELLOW, palette.BLACK),
    ActionStatus.IN_PROGRESS: (palette.AMBER, palette.BLACK),
    ActionStatus.OVERDUE: (palette.RED, palette.WHITE),
    ActionStatus.FULFILLED: (palette.GREEN, palette.WHITE),
    ActionStatus.EFFECTIVE: (palette.GREEN, palette.WHITE),
    ActionStatus.NOT_EFFECTIVE: (palette.DARK_RED, palette.WHITE),
}
DATE_COLUMNS = (10, 11)
PROGRESS_COLUMN = 14
STATUS_COLUMN = 16
EFFECTIVENESS_COLUMN = 17


def _columns(styles, status_format) -> list[Column]:
    """Rows are ``(number, action, texts)`` with ``texts`` from :func:`_texts`."""

    def cell(col):
        if col == 0:
            return {"fmt": "text", "value": lambda row: row[0]}
        if col in DATE_COLUMNS:
            field = "start_date" if col == DATE_COLUMNS[0] else "end_date"
            return {"fmt": "date", "value": lambda row: getattr(row[1], field)}
        if col == PROGRESS_COLUMN:
            return {"fmt": "percent", "value": lambda row: row[1].progress / 100}
        if col == STATUS_COLUMN:
            return {
                "fmt": lambda row: status_format.get(row[1].status, styles.wrap),
                "value": lambda row: row[2][col],
            }
        if col == EFFECTIVENESS_COLUMN:
            return {
                "fmt": lambda row: _effectiveness_format(row[1], status_format, styles),
                "value": lambda row: row[2][col],
            }
        return {"value": lambda row: row[2][col]}

    return [Column(label, width, **cell(col)) for col, (label, width) in enumerate(COLUMNS)]


def _effectiveness_format(action, status_format, styles):
    if not hasattr(action, "evaluation"):
        return styles.wrap
    return status_format[
        ActionStatus.EFFECTIVE if action.evaluation.effective else ActionStatus.NOT_EFFECTIVE
    ]


def improvement_plan_workbook(actions, *, institution: str) -> bytes:
    """``actions`` should come from ``actions_for_plan`` (follow-ups prefetched in date order)."""
    workbook, output, styles = new_workbook(constant_memory=True)  # rows are written strictly in order
    status_format = {
        status: workbook.add_format(
            {
                "font_name": "Arial",
                "font_size": 10,
                "border": 1,
                "bold": True,
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
                "bg_color": background,
                "font_color": text,
            }
        )
        for status, (background, text) in STATUS_COLOURS.items()
    }
    sheet = workbook.add_worksheet(_("Plan de mejoramiento"))
    columns = _columns(styles, status_format)
    last = len(columns) - 1
    set_widths(sheet, columns)
    row = write_header(sheet, styles, institution=institution, title=_("PLAN DE MEJORAMIENTO"), last_col=last)
    for label, first, end in GROUPS:
        if first == end:
            sheet.write(row, first, str(label), styles.header)
        else:
            sheet.merge_range(row, first, row, end, str(label), styles.header)
    rows = ((number, action, _texts(action)) for number, action in enumerate(actions, start=1))
    table = write_table(
        sheet,
        styles,
        columns,
        rows,
        start_row=row + 1,
        widths=False,
        header_height=30,
        fit_rows=True,
        freeze_cols=2,
    )
    landscape_fit_to_width(sheet, repeat_rows=(table.header_row - 1, table.header_row))
    workbook.close()
    return output.getvalue()


def _texts(action) -> dict[int, str]:
    """The text cells of ``action``'s row, by column."""
    follow_ups = list(action.follow_ups.all())
    last_follow_up = follow_ups[-1] if follow_ups else None
    what = action.action
    if action.previous_action_id:
        what += "\n" + _("(Reformula la acción %(code)s, evaluada no eficaz.)") % {
            "code": action.previous_action.code
        }
    return {
        1: action.code,
        2: _source_text(action),
        3: action.process.name,
        4: action.problem,
        5: f"{action.get_root_cause_method_display()}: {action.root_cause}",
        6: action.correction or "—",
        7: what,
        8: action.get_action_type_display(),
        9: display_name(action.responsible),
        12: action.goal,
        13: action.deliverable,
        15: f"{last_follow_up.date:%Y-%m-%d}: {last_follow_up.comment}" if last_follow_up else "—",
        16: action.get_status_display(),
        17: _effectiveness_text(action),
    }


def _source_text(action) -> str:
    if action.finding_id:
        reference = f"{action.finding.code} ({action.finding.audit.code})"
    elif action.risk_event_id:
        reference = f"{action.risk_event.risk.code} · {action.risk_event.occurred_on:%Y-%m-%d}"
    elif action.indicator_id:
        reference = f"{action.indicator.code} {action.indicator.name}"
    else:
        reference = ""
    parts = [action.get_source_display(), reference, action.source_reference]
    return "\n".join(part for part in parts if part)


def _effectiveness_text(action) -> str:
    evaluation = getattr(action, "evaluation", None)
    if evaluation is None:
        return "—"
    verdict = _("Eficaz") if evaluation.effective else _("No eficaz")
    evaluator = display_name(evaluation.evaluator)
    return f"{verdict}\n{evaluation.evaluated_on:%Y-%m-%d} · {evaluator}"
