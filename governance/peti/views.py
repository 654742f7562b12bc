"""The PETI roadmap page and its XLSX."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from governance.peti.exports import peti_workbook
from governance.peti.models import StrategicPlan
from governance.peti.roadmap import roadmap
from portal.admin_views import answer_403
from portal.permissions import GuardedPermissionHelper
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def _readable_plan(request, pk):
    plan = get_object_or_404(StrategicPlan, pk=pk)
    helper = GuardedPermissionHelper(StrategicPlan, inspect_view_enabled=True)
    if not helper.user_can_inspect_obj(request.user, plan):
        raise PermissionDenied
    return plan


@answer_403
def roadmap_view(request, pk):
    plan = _readable_plan(request, pk)
    initiatives = plan.initiatives.select_related("responsible").prefetch_related("milestones")
    return TemplateResponse(
        request, "governance/peti_roadmap.html", {"plan": plan, "years": roadmap(plan, list(initiatives))}
    )


@answer_403
def peti_xlsx(request, pk):
    plan = _readable_plan(request, pk)
    response = HttpResponse(
        peti_workbook(plan, institution=institution_name(request)), content_type=XLSX_CONTENT_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="peti-{plan.start_year}-{plan.end_year}.xlsx"'
    return response
