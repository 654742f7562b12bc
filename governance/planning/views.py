"""The performance report page and XLSX; submitting and approving action plans."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from governance.planning.exports import performance_workbook
from governance.planning.models import ActionPlan, Indicator, PlanStatus
from governance.planning.report import performance_report
from governance.planning.services import approve_plan, submit_plan
from governance.processes.models import Process
from portal.admin_views import answer_403
from portal.permissions import has_model_permission, user_can
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def _year(raw) -> int:
    try:
        year = int(raw)
    except (TypeError, ValueError):
        return timezone.localdate().year
    return year if 2000 <= year <= 2100 else timezone.localdate().year


@answer_403
def performance(request):
    if not has_model_permission(request.user, Indicator):
        raise PermissionDenied
    processes = Process.objects.order_by("code")
    process = processes.filter(pk=request.GET.get("proceso") or 0).first() or processes.first()
    year = _year(request.GET.get("anio"))
    if process is None:
        return TemplateResponse(request, "governance/performance_report.html", {"report": None, "year": year})
    report = performance_report(process, year)
    if request.GET.get("formato") == "xlsx":
        content = performance_workbook(report, institution=institution_name(request))
        response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="desempeno-{process.code}-{year}.xlsx"'
        return response
    return TemplateResponse(
        request,
        "governance/performance_report.html",
        {"report": report, "processes": processes, "year": year, "process": process},
    )


@answer_403
@require_POST
def submit(request, pk):
    plan = get_object_or_404(ActionPlan, pk=pk)
    if not user_can(request.user, "change", plan):
        raise PermissionDenied
    if plan.status == PlanStatus.DRAFT:
        submit_plan(plan=plan, by=request.user)
        messages.success(request, _("El plan se envió para aprobación."))
    return redirect("governance_actionplan_modeladmin_index")


@answer_403
@require_POST
def approve(request, pk):
    plan = get_object_or_404(ActionPlan, pk=pk)
    if not request.user.has_perm("governance.approve_actionplan"):
        raise PermissionDenied
    try:
        approve_plan(plan=plan, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("El plan quedó aprobado."))
    return redirect("governance_actionplan_modeladmin_index")
