"""The process sheet as an admin page and as an XLSX download."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify

from governance.processes.exports import sheet_workbook
from governance.processes.models import Process
from governance.processes.sheet import sheet_for
from portal.admin_views import answer_403
from portal.permissions import GuardedPermissionHelper
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def _readable_process(request, pk) -> Process:
    process = get_object_or_404(Process.objects.prefetch_related("activities", "criteria"), pk=pk)
    if not GuardedPermissionHelper(Process, inspect_view_enabled=True).user_can_inspect_obj(
        request.user, process
    ):
        raise PermissionDenied
    return process


@answer_403
def process_sheet(request, pk):
    process = _readable_process(request, pk)
    return TemplateResponse(request, "governance/process_sheet.html", sheet_for(process))


@answer_403
def process_sheet_xlsx(request, pk):
    process = _readable_process(request, pk)
    content = sheet_workbook(sheet_for(process), institution=institution_name(request))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    filename = f"caracterizacion-{slugify(process.name)}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
