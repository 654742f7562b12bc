"""The statistics report in the Wagtail admin: the page (charts and tables) and its XLSX."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse

from portal.admin_views import answer_403
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.stats import display
from servicedesk.stats.exports import statistics_workbook
from servicedesk.stats.forms import StatisticsForm
from servicedesk.stats.permissions import can_view_statistics
from servicedesk.stats.queries import ticket_statistics
from website.institution import institution_name

TEMPLATE = "servicedesk/stats/statistics.html"


def _filters_or_400(request):
    """The valid filter form, or the page with its errors and status 400 (never a 500 for bad input)."""
    if not can_view_statistics(request.user):
        raise PermissionDenied
    form = StatisticsForm.from_query(request.GET)
    if form.is_valid():
        return form, None
    context = {"form": form, "title": display.REPORT_TITLE}
    return form, TemplateResponse(request, TEMPLATE, context, status=400)


@answer_403
def statistics(request):
    form, refused = _filters_or_400(request)
    if refused:
        return refused
    report = ticket_statistics(form.filters())
    context = {
        "form": form,
        "title": display.REPORT_TITLE,
        "description": form.description(),
        "headlines": display.headlines(report.total),
        "columns": display.COLUMNS,
        "sections": display.sections(report),
        "xlsx_query": form.query_string(),
    }
    return TemplateResponse(request, TEMPLATE, context)


@answer_403
def statistics_xlsx(request):
    form, refused = _filters_or_400(request)
    if refused:
        return refused
    filters = form.filters()
    content = statistics_workbook(
        ticket_statistics(filters), institution=institution_name(request), description=form.description()
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    name = f"estadisticas-mesa-de-servicios-{filters.start:%Y%m%d}-{form.cleaned_data['hasta']:%Y%m%d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
