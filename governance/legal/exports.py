"""The normograma in the institutional XLSX layout (public, read-only)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.legal.models import LegalNorm
from portal.xlsx import landscape_fit_to_width, new_workbook, write_header

COLUMNS = (
    (gettext_lazy("Tipo"), 14),
    (gettext_lazy("Número"), 10),
    (gettext_lazy("Año"), 7),
    (gettext_lazy("Expedida por"), 24),
    (gettext_lazy("Epígrafe"), 60),
    (gettext_lazy("Artículos que aplican"), 22),
    (gettext_lazy("Estado"), 11),
    (gettext_lazy("Procesos"), 20),
    (gettext_lazy("Enlace"), 30),
)


def normograma_workbook(norms, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet(_("Normograma"))
    row = write_header(
        sheet, styles, institution=institution, title=_("NORMOGRAMA"), last_col=len(COLUMNS) - 1
    )
    for col, (label, width) in enumerate(COLUMNS):
        sheet.write(row, col, str(label), styles.header)
        sheet.set_column(col, col, width)
    header = row
    for norm in norms:
        row += 1
        values = (
            norm.get_norm_type_display(),
            norm.number,
            norm.year,
            norm.issuer,
            norm.title,
            norm.applicable_articles,
            norm.get_status_display(),
            ", ".join(p.name for p in norm.processes.all()),
            norm.url,
        )
        for col, value in enumerate(values):
            sheet.write(row, col, value, styles.wrap)
    sheet.autofilter(header, 0, row, len(COLUMNS) - 1)
    sheet.freeze_panes(header + 1, 0)
    landscape_fit_to_width(sheet, repeat_rows=(header, header))
    workbook.close()
    return output.getvalue()


def public_norms():
    return LegalNorm.objects.prefetch_related("processes").order_by("norm_type", "-year", "number")
