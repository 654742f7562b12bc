"""The statistics report as an institutional XLSX: a summary and one sheet per breakdown, each with a chart.

Written with ``constant_memory`` (rows strictly in order); the charts are native Excel charts that point
at the sheet's own cells, so they follow any correction an analyst makes to the figures.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from portal.palette import CHART_SERIES
from portal.xlsx import landscape_fit_to_width, new_workbook, write_header
from portal.xlsx_tables import Column, write_cell, write_table
from servicedesk.stats.display import REPORT_TITLE
from servicedesk.stats.queries import COLUMNS, Breakdown, Statistics

BASE = {"font_name": "Arial", "font_size": 10, "valign": "top", "border": 1}
NUMBER_FORMATS = {"count": "#,##0", "percent": "0.0%", "hours": "0.0", "score": "0.00"}
HORIZONTAL = {"category", "service", "technician"}


class Formats:
    """Cell formats of the report: one per measure kind, plain and bold (totals)."""

    def __init__(self, workbook):
        self.label = workbook.add_format({**BASE, "text_wrap": True})
        self.label_bold = workbook.add_format({**BASE, "text_wrap": True, "bold": True})
        self.kind = {
            kind: workbook.add_format({**BASE, "num_format": f}) for kind, f in NUMBER_FORMATS.items()
        }
        self.kind_bold = {
            kind: workbook.add_format({**BASE, "num_format": f, "bold": True})
            for kind, f in NUMBER_FORMATS.items()
        }


def statistics_workbook(statistics: Statistics, *, institution: str, description: str) -> bytes:
    """Sheets: Resumen, then one per breakdown (Por mes, Por tipo… Por canal), each with its chart."""
    workbook, output, styles = new_workbook(constant_memory=True)
    formats = Formats(workbook)
    heading = {"institution": institution, "title": str(REPORT_TITLE).upper(), "subtitle": description}
    _summary_sheet(workbook, styles, formats, statistics, heading)
    for breakdown in statistics.breakdowns:
        _breakdown_sheet(workbook, styles, formats, breakdown, heading)
    workbook.close()
    return output.getvalue()


def _summary_sheet(workbook, styles, formats, statistics, heading):
    name = _("Resumen")
    sheet = workbook.add_worksheet(name)
    header = write_header(sheet, styles, last_col=7, **heading)
    columns = (
        Column(_("Medida"), 42, fmt=formats.label, value=lambda measure: str(measure.label)),
        Column(
            _("Valor del periodo"),
            16,
            fmt=lambda measure: formats.kind[measure.kind],
            value=lambda measure: statistics.total.value(measure.key),
        ),
    )
    write_table(sheet, styles, columns, COLUMNS, start_row=header)
    # The first four measures are the counts: opened, solved, closed, backlog.
    chart = workbook.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": _("Casos del periodo"),
            "categories": [name, header + 1, 0, header + 4, 0],
            "values": [name, header + 1, 1, header + 4, 1],
            "fill": {"color": CHART_SERIES["opened"]},
            "data_labels": {"value": True},
        }
    )
    chart.set_title({"name": _("Casos del periodo")})
    chart.set_legend({"none": True})
    sheet.insert_chart(header, 3, chart, {"x_scale": 1.3, "y_scale": 1.2})
    landscape_fit_to_width(sheet)


def _breakdown_sheet(workbook, styles, formats, breakdown: Breakdown, heading):
    name = breakdown.title
    sheet = workbook.add_worksheet(name)
    columns = [Column(breakdown.heading, 36, fmt=formats.label, value=lambda item: item.label)]
    columns += [
        Column(measure.label, 13, fmt=formats.kind[measure.kind], value=_measure_of(measure.key))
        for measure in COLUMNS
    ]
    last_col = len(columns) - 1
    header = write_header(sheet, styles, last_col=last_col, **heading)
    table = write_table(
        sheet, styles, columns, breakdown.rows, start_row=header, header_height=45, freeze_cols=1
    )
    row = table.next_row
    write_cell(sheet, row, 0, _("Total del periodo"), formats.label_bold)
    for col, measure in enumerate(COLUMNS, start=1):
        write_cell(sheet, row, col, breakdown.total.value(measure.key), formats.kind_bold[measure.kind])
    if breakdown.rows:
        sheet.insert_chart(row + 2, 0, _chart(workbook, breakdown, name, header), _chart_size(breakdown))
    landscape_fit_to_width(sheet, repeat_rows=(header, header))


def _measure_of(key: str):
    return lambda item: item.measures.value(key)


def _column_of(key: str) -> int:
    return 1 + next(index for index, column in enumerate(COLUMNS) if column.key == key)


def _chart(workbook, breakdown: Breakdown, name: str, header: int):
    """Opened, solved and backlog per bucket; on the monthly sheet, also a line of the SLA share."""
    first, last = header + 1, header + len(breakdown.rows)
    horizontal = breakdown.key in HORIZONTAL
    chart = workbook.add_chart({"type": "bar" if horizontal else "column"})
    for key in ("opened", "solved", "backlog"):
        col = _column_of(key)
        chart.add_series(
            {
                "name": [name, header, col],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, col, last, col],
                "fill": {"color": CHART_SERIES[key]},
            }
        )
    chart.set_title({"name": _("Casos — %(breakdown)s") % {"breakdown": breakdown.title.lower()}})
    count_axis = {"name": _("Casos"), "num_format": "#,##0"}
    if horizontal:
        chart.set_x_axis(count_axis)
        chart.set_y_axis({"reverse": True})
    else:
        chart.set_y_axis(count_axis)
    chart.set_legend({"position": "bottom"})
    if breakdown.key == "month":
        col = _column_of("sla_rate")
        sla_colour = CHART_SERIES["sla_rate"]
        line = workbook.add_chart({"type": "line"})
        line.add_series(
            {
                "name": [name, header, col],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, col, last, col],
                "y2_axis": True,
                "line": {"color": sla_colour, "width": 2.25},
                "marker": {"type": "circle", "fill": {"color": sla_colour}, "border": {"color": sla_colour}},
            }
        )
        line.set_y2_axis({"name": _("Porcentaje dentro del ANS"), "num_format": "0%", "min": 0, "max": 1})
        chart.combine(line)
    return chart


def _chart_size(breakdown: Breakdown) -> dict:
    if breakdown.key in HORIZONTAL:
        return {"x_scale": 2.0, "y_scale": max(1.2, len(breakdown.rows) * 0.12)}
    return {"x_scale": 2.0, "y_scale": 1.4}
