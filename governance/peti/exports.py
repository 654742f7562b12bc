"""The PETI as an XLSX workbook: ruptures, findings, gaps, initiatives and the roadmap."""

from django.utils.translation import gettext as _

from governance.peti.roadmap import roadmap
from portal.people import display_name
from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet


def peti_workbook(plan, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    initiatives = list(plan.initiatives.select_related("responsible").prefetch_related("milestones"))

    def table(name, title, headers, rows, widths):
        columns = [Column(header, width) for header, width in zip(headers, widths, strict=True)]
        table_sheet(
            workbook,
            styles,
            name=name,
            institution=institution,
            title=title,
            subtitle=str(plan),
            columns=columns,
            rows=rows,
            autofilter=False,
        )

    table(
        _("Rupturas"),
        _("RUPTURAS ESTRATÉGICAS"),
        ["#", _("Ruptura")],
        [(n, r.text) for n, r in enumerate(plan.ruptures.all(), start=1)],
        [5, 100],
    )
    table(
        _("Situación actual"),
        _("SITUACIÓN ACTUAL"),
        [_("Dominio"), _("Hallazgo")],
        [(f.get_domain_display(), f.text) for f in plan.findings.all()],
        [24, 90],
    )
    table(
        _("Brechas"),
        _("BRECHAS"),
        [_("Dominio"), _("Situación actual"), _("Situación objetivo")],
        [(g.get_domain_display(), g.current_state, g.target_state) for g in plan.gaps.all()],
        [24, 50, 50],
    )
    table(
        _("Iniciativas"),
        _("PROYECTOS E INICIATIVAS"),
        [
            _("Código"),
            _("Nombre"),
            _("Dominio"),
            _("Prioridad"),
            _("Año"),
            _("Costo (COP)"),
            _("Responsable"),
            _("Estado"),
            _("Avance %"),
            _("Hitos"),
        ],
        [
            (
                i.code,
                i.name,
                i.get_domain_display(),
                i.get_priority_display(),
                i.year,
                float(i.cost),
                display_name(i.responsible),
                i.get_status_display(),
                float(i.progress),
                "\n".join(
                    f"{m.due_on:%Y-%m-%d} {m.name}{' ✓' if m.done else ''}" for m in i.milestones.all()
                ),
            )
            for i in initiatives
        ],
        [10, 40, 20, 10, 7, 16, 22, 12, 9, 40],
    )
    years = roadmap(plan, initiatives)
    table(
        _("Hoja de ruta"),
        _("HOJA DE RUTA"),
        [str(y.year) for y in years],
        [
            tuple("\n".join(f"{i.code} {i.name}" for i in y.initiatives) for y in years),
            tuple(_("Costo: %(cost)s") % {"cost": f"{y.cost:,.0f}"} for y in years),
        ],
        [40] * len(years),
    )
    workbook.close()
    return output.getvalue()
