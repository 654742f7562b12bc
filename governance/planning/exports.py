"""XLSX of the performance report, and the measurements register for auditors."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.planning.report import PerformanceReport
from portal.people import display_name
from portal.xlsx import landscape_fit_to_width, new_workbook, write_header

LIGHT_LABELS = {
    "verde": gettext_lazy("Verde"),
    "amarillo": gettext_lazy("Amarillo"),
    "rojo": gettext_lazy("Rojo"),
    "sin_dato": gettext_lazy("Sin dato"),
}


def performance_workbook(report: PerformanceReport, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet(_("Desempeño"))
    max_periods = max((len(r.periods) for r in report.rows), default=1)
    headers = [_("Código"), _("Indicador"), _("Tipo"), _("Frecuencia"), _("Responsable")]
    last = len(headers) + max_periods * 3 - 1
    row = write_header(
        sheet,
        styles,
        institution=institution,
        last_col=last,
        title=_("INFORME DE MEDICIÓN DEL DESEMPEÑO — %(process)s — %(year)s")
        % {"process": report.process.name.upper(), "year": report.year},
    )
    if report.plan is not None:
        sheet.write(row, 0, _("Avance del Plan de Acción"), styles.wrap_bold)
        sheet.write(row, 1, float(report.plan_progress) / 100, styles.percent)
        row += 2
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 40)
    sheet.set_column(2, 4, 14)
    sheet.set_column(5, last, 11)
    for col, label in enumerate(headers):
        sheet.merge_range(row, col, row + 1, col, label, styles.header)
    for index in range(max_periods):
        first = len(headers) + index * 3
        label = (
            report.rows[0].periods[index].label if report.rows and index < len(report.rows[0].periods) else ""
        )
        sheet.merge_range(
            row,
            first,
            row,
            first + 2,
            _("Periodo %(number)s %(label)s") % {"number": index + 1, "label": label},
            styles.header,
        )
        for offset, sub in enumerate((_("Resultado"), _("Meta"), _("Semáforo"))):
            sheet.write(row + 1, first + offset, sub, styles.header)
    row += 2
    first_data_row = row
    for item in report.rows:
        indicator = item.indicator
        values = [
            indicator.code,
            indicator.name,
            indicator.get_indicator_type_display(),
            indicator.get_frequency_display(),
            display_name(indicator.responsible),
        ]
        for col, value in enumerate(values):
            sheet.write(row, col, value, styles.wrap)
        for index, period in enumerate(item.periods):
            first = len(headers) + index * 3
            _number(sheet, row, first, period.result, styles)
            _number(sheet, row, first + 1, period.goal, styles)
            sheet.write(row, first + 2, str(LIGHT_LABELS[period.light]), styles.traffic[period.light])
        row += 1
    sheet.freeze_panes(first_data_row, 2)
    landscape_fit_to_width(sheet)

    trend_name = _("Tendencia")
    trend = workbook.add_worksheet(trend_name)
    chart = workbook.add_chart({"type": "line"})
    trend.write_row(0, 0, [_("Indicador"), *[f"P{n}" for n in range(1, max_periods + 1)]], styles.header)
    for index, item in enumerate(report.rows, start=1):
        trend.write(index, 0, item.indicator.code, styles.text)
        for period_index, period in enumerate(item.periods, start=1):
            if period.result is not None:
                trend.write_number(index, period_index, float(period.result), styles.number)
        chart.add_series(
            {
                "name": [trend_name, index, 0],
                "categories": [trend_name, 0, 1, 0, len(item.periods)],
                "values": [trend_name, index, 1, index, len(item.periods)],
                "marker": {"type": "circle"},
            }
        )
    chart.set_title({"name": _("Resultados %(year)s") % {"year": report.year}})
    chart.set_y_axis({"name": _("Resultado")})
    if report.rows:
        trend.insert_chart(len(report.rows) + 3, 0, chart, {"x_scale": 1.6, "y_scale": 1.2})
    workbook.close()
    return output.getvalue()


def _number(sheet, row, col, value, styles):
    if value is None:
        sheet.write_blank(row, col, None, styles.text)
    else:
        sheet.write_number(row, col, float(value), styles.number)
