"""Mapa de Riesgos in the DAFP layout: one row per control, the risk's cells merged across them."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.risks.models import RiskLevel, RiskZone
from portal.palette import WHITE
from portal.people import display_name
from portal.xlsx import landscape_fit_to_width, new_workbook, write_header

RISK_COLUMNS = (
    (gettext_lazy("Proceso"), 16),
    (gettext_lazy("Código"), 9),
    (gettext_lazy("Tipo"), 14),
    (gettext_lazy("Clasificación"), 16),
    (gettext_lazy("Riesgo"), 48),
    (gettext_lazy("Causas"), 30),
    (gettext_lazy("Consecuencias"), 30),
    (gettext_lazy("Activos"), 18),
    (gettext_lazy("Frecuencia anual"), 10),
    (gettext_lazy("Probabilidad inherente"), 13),
    (gettext_lazy("Impacto inherente"), 13),
    (gettext_lazy("Zona inherente"), 12),
)
CONTROL_COLUMNS = (
    (gettext_lazy("Control"), 44),
    (gettext_lazy("Tipo"), 11),
    (gettext_lazy("Implementación"), 13),
    (gettext_lazy("Peso %"), 8),
)
RESIDUAL_COLUMNS = (
    (gettext_lazy("Probabilidad residual"), 13),
    (gettext_lazy("Impacto residual"), 13),
    (gettext_lazy("Zona residual"), 12),
    (gettext_lazy("Tratamiento"), 14),
    (gettext_lazy("Responsable"), 20),
)


def risk_map_workbook(risks, *, institution: str, weights: dict) -> bytes:
    """``risks`` must come with ``process``, ``owner`` and ``controls`` already loaded."""
    workbook, output, styles = new_workbook()
    zones = {z.key: z for z in RiskZone.objects.all()}
    labels = {(level.axis, level.key): level.label for level in RiskLevel.objects.all()}
    zone_format = {
        key: workbook.add_format(
            {
                "font_name": "Arial",
                "font_size": 10,
                "border": 1,
                "bold": True,
                "bg_color": zone.colour,
                "font_color": WHITE,
                "align": "center",
                "valign": "vcenter",
            }
        )
        for key, zone in zones.items()
    }
    columns = RISK_COLUMNS + CONTROL_COLUMNS + RESIDUAL_COLUMNS
    sheet = workbook.add_worksheet(_("Mapa de riesgos"))
    for col, (_label, width) in enumerate(columns):
        sheet.set_column(col, col, width)
    row = write_header(
        sheet, styles, institution=institution, title=_("MAPA DE RIESGOS"), last_col=len(columns) - 1
    )
    header = row
    for col, (label, _width) in enumerate(columns):
        sheet.write(row, col, str(label), styles.header)
    row += 1
    first_control = len(RISK_COLUMNS)
    first_residual = first_control + len(CONTROL_COLUMNS)

    for risk in risks:
        controls = list(risk.controls.all()) or [None]
        span = len(controls)
        risk_values = (
            risk.process.name,
            risk.code,
            risk.get_risk_type_display(),
            risk.get_classification_display(),
            risk.statement,
            risk.causes,
            risk.consequences,
            risk.assets,
            risk.yearly_frequency or "",
            labels.get(("probabilidad", risk.inherent_probability), ""),
            labels.get(("impacto", risk.inherent_impact), ""),
        )
        residual_values = (
            f"{labels.get(('probabilidad', risk.residual_probability), '')} "
            f"({risk.residual_probability_percent or 0:.0f} %)"
            if risk.residual_zone
            else "",
            f"{labels.get(('impacto', risk.residual_impact), '')} ({risk.residual_impact_percent or 0:.0f} %)"
            if risk.residual_zone
            else "",
        )
        cells = [(col, value, styles.wrap) for col, value in enumerate(risk_values)]
        cells.append(
            (
                len(risk_values),
                zones[risk.inherent_zone].label if risk.inherent_zone else "",
                zone_format.get(risk.inherent_zone, styles.wrap),
            )
        )
        cells += [(first_residual + n, value, styles.wrap) for n, value in enumerate(residual_values)]
        cells.append(
            (
                first_residual + 2,
                zones[risk.residual_zone].label if risk.residual_zone else "",
                zone_format.get(risk.residual_zone, styles.wrap),
            )
        )
        cells.append((first_residual + 3, risk.get_treatment_display(), styles.wrap))
        cells.append((first_residual + 4, display_name(risk.owner), styles.wrap))

        for offset, control in enumerate(controls):
            if offset == 0:
                for col, value, style in sorted(cells):
                    if span > 1:
                        sheet.merge_range(row, col, row + span - 1, col, value, style)
                    else:
                        sheet.write(row, col, value, style)
            if control is not None:
                weight = sum(weights.get((k, v), 0) for k, v in control.attributes.items())
                sheet.write(row + offset, first_control, control.description, styles.wrap)
                sheet.write(row + offset, first_control + 1, control.get_control_type_display(), styles.wrap)
                sheet.write(
                    row + offset, first_control + 2, control.get_implementation_display(), styles.wrap
                )
                sheet.write_number(row + offset, first_control + 3, float(weight), styles.text)
            else:
                for col in range(first_control, first_residual):
                    sheet.write_blank(row, col, None, styles.wrap)
        row += span
    sheet.freeze_panes(header + 1, 2)
    landscape_fit_to_width(sheet, repeat_rows=(header, header))
    workbook.close()
    return output.getvalue()
