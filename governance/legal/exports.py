"""The normograma in the institutional XLSX layout (public, read-only)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.legal.models import LegalNorm
from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet

COLUMNS = (
    Column(gettext_lazy("Tipo"), 14, value=lambda norm: norm.get_norm_type_display()),
    Column(gettext_lazy("Número"), 10, value=lambda norm: norm.number),
    Column(gettext_lazy("Año"), 7, value=lambda norm: norm.year),
    Column(gettext_lazy("Expedida por"), 24, value=lambda norm: norm.issuer),
    Column(gettext_lazy("Epígrafe"), 60, value=lambda norm: norm.title),
    Column(gettext_lazy("Artículos que aplican"), 22, value=lambda norm: norm.applicable_articles),
    Column(gettext_lazy("Estado"), 11, value=lambda norm: norm.get_status_display()),
    Column(gettext_lazy("Procesos"), 20, value=lambda norm: ", ".join(p.name for p in norm.processes.all())),
    Column(gettext_lazy("Enlace"), 30, value=lambda norm: norm.url, url=True),
)


def normograma_workbook(norms, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    table_sheet(
        workbook,
        styles,
        name=_("Normograma"),
        institution=institution,
        title=_("NORMOGRAMA"),
        columns=COLUMNS,
        rows=norms,
    )
    workbook.close()
    return output.getvalue()


def public_norms():
    return LegalNorm.objects.prefetch_related("processes").order_by("norm_type", "-year", "number")
