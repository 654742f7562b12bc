"""The monthly availability report in the admin ("Plataforma" menu): the page and its XLSX."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.admin_views import answer_403
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.status.report import availability_report
from servicedesk.status.report_xlsx import availability_workbook
from website.institution import institution_name

TEMPLATE = "servicedesk/status/availability_report.html"
TITLE = gettext_lazy("Informe mensual de disponibilidad")


class MonthForm(forms.Form):
    mes = forms.CharField(
        label=gettext_lazy("Mes (AAAA-MM)"),
        max_length=7,
        required=False,
        error_messages={"max_length": gettext_lazy("Escriba el mes como AAAA-MM, por ejemplo 2026-11.")},
    )

    def clean_mes(self) -> date:
        value = (self.cleaned_data.get("mes") or "").strip()
        if not value:
            first = timezone.localdate().replace(day=1)
            return (first - timedelta(days=1)).replace(day=1)  # the month just closed
        try:
            year, month = (int(part) for part in value.split("-"))
            return date(year, month, 1)
        except ValueError:
            raise forms.ValidationError(_("Escriba el mes como AAAA-MM, por ejemplo 2026-11.")) from None


def _month_or_400(request):
    if not request.user.has_perm("monitoring.view_monitor"):
        raise PermissionDenied
    form = MonthForm(request.GET)
    if form.is_valid():
        return form, form.cleaned_data["mes"], None
    return form, None, TemplateResponse(request, TEMPLATE, {"form": form, "title": TITLE}, status=400)


def _label(month: date) -> str:
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


@answer_403
def availability_report_view(request):
    form, month, refused = _month_or_400(request)
    if refused:
        return refused
    report = availability_report(month)
    context = {"form": form, "title": TITLE, "report": report, "month_label": _label(month), "month": month}
    return TemplateResponse(request, TEMPLATE, context)


@answer_403
def availability_report_xlsx(request):
    form, month, refused = _month_or_400(request)
    if refused:
        return refused
    content = availability_workbook(
        availability_report(month), institution=institution_name(request), subtitle=_label(month)
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="disponibilidad-{month:%Y-%m}.xlsx"'
    return response
