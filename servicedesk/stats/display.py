"""How the page shows the statistics: formatted cells for the tables and the data of each chart."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.palette import CHART_SERIES
from servicedesk.stats.queries import COLUMNS, Breakdown, Measures, Statistics

REPORT_TITLE = gettext_lazy("Informe estadístico de atención a solicitudes, requerimientos e incidentes")
EMPTY = "—"
#: Colour of each measure's series, the same on the page and in the XLSX charts.
COLOURS = CHART_SERIES
#: Breakdowns whose labels are long or many: horizontal bars read better.
HORIZONTAL = {"category", "service", "technician"}


def formatted(kind: str, value) -> str:
    """A measure as text in the active language (``—`` when there is nothing to measure)."""
    if value is None:
        return EMPTY
    if kind == "count":
        return number_format(value, force_grouping=True)
    if kind == "percent":
        return f"{_rounded(value * 100, 1)} %"
    return _rounded(value, 1 if kind == "hours" else 2)


def _rounded(value: float, places: int) -> str:
    # number_format cuts floats off; round half up first, as the spreadsheet does.
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return number_format(exact, places, force_grouping=True)


def cells(measures: Measures) -> list[str]:
    return [formatted(column.kind, measures.value(column.key)) for column in COLUMNS]


@dataclass(frozen=True)
class Headline:
    label: str
    value: str


def headlines(total: Measures) -> list[Headline]:
    """The figures at the top of the page."""
    return [
        Headline(_("Casos abiertos"), formatted("count", total.opened)),
        Headline(_("Casos resueltos"), formatted("count", total.solved)),
        Headline(_("Pendientes al final del periodo"), formatted("count", total.backlog)),
        Headline(_("Resueltos dentro del ANS"), formatted("percent", total.sla_rate)),
        Headline(_("Mediana para resolver (h hábiles)"), formatted("hours", total.resolve_median)),
        Headline(_("Tasa de reapertura"), formatted("percent", total.reopen_rate)),
        Headline(_("Satisfacción media (1 a 5)"), formatted("score", total.satisfaction_mean)),
        Headline(_("Encuestas respondidas"), formatted("count", total.satisfaction_answers)),
    ]


def chart_data(breakdown: Breakdown) -> dict:
    """What the page's script hands to Chart.js for one breakdown (read with ``json_script``)."""
    rows = breakdown.rows

    def series(key, kind):
        return {
            "label": str(next(c.label for c in COLUMNS if c.key == key)),
            "data": [row.measures.value(key) for row in rows],
            "type": kind,
            "color": COLOURS[key],
        }

    monthly = breakdown.key == "month"
    datasets = [
        series("opened", "bar"),
        series("solved", "bar"),
        series("backlog", "line" if monthly else "bar"),
    ]
    if monthly:
        sla = series("sla_rate", "line")
        sla["data"] = [None if value is None else round(value * 100, 1) for value in sla["data"]]
        sla["label"] = f"{sla['label']} (%)"
        sla["axis"] = "percent"
        datasets.append(sla)
    return {
        "labels": [row.label for row in rows],
        "datasets": datasets,
        "horizontal": breakdown.key in HORIZONTAL,
        "countAxis": _("Casos"),
        "percentAxis": _("Porcentaje dentro del ANS"),
    }


@dataclass(frozen=True)
class Section:
    """One breakdown on the page: its chart and the table with the same numbers."""

    breakdown: Breakdown
    anchor: str
    chart: dict
    chart_label: str
    chart_height: int
    rows: list[tuple[str, list[str]]]
    total: list[str]


def sections(statistics: Statistics) -> list[Section]:
    result = []
    for breakdown in statistics.breakdowns:
        chart = chart_data(breakdown)
        what = _("casos abiertos, resueltos y pendientes")
        if breakdown.key == "month":
            what = _("casos abiertos, resueltos y pendientes, y porcentaje resuelto dentro del ANS")
        label = _("Gráfico de %(what)s, %(breakdown)s. Los datos están en la tabla que sigue.") % {
            "what": what,
            "breakdown": breakdown.title.lower(),
        }
        bars = len(breakdown.rows)
        height = max(260, 34 * bars + 90) if chart["horizontal"] else 320
        result.append(
            Section(
                breakdown=breakdown,
                anchor=f"estadisticas-{breakdown.key}",
                chart=chart,
                chart_label=label,
                chart_height=height,
                rows=[(row.label, cells(row.measures)) for row in breakdown.rows],
                total=cells(breakdown.total),
            )
        )
    return result
