"""Follow-ups, effectiveness evaluation, evidence downloads and the Plan de Mejoramiento XLSX."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from governance.improvement import services
from governance.improvement.exports import improvement_plan_workbook
from governance.improvement.forms import EffectivenessForm, FollowUpForm
from governance.improvement.models import FollowUp, ImprovementAction
from governance.improvement.permissions import can_evaluate, can_report_progress
from governance.improvement.selectors import actions_for_plan
from governance.improvement.status import ActionStatus
from portal.admin_views import answer_403
from portal.permissions import objects_visible_to, user_can, user_can_read_any
from portal.uploads import serve_file
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def _inspect_url(action) -> str:
    return reverse("governance_improvementaction_modeladmin_inspect", args=[action.pk])


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item)
    else:
        form.add_error(None, error)


@answer_403
def follow_up(request, pk):
    action = get_object_or_404(ImprovementAction, pk=pk)
    if not can_report_progress(request.user, action):
        raise PermissionDenied
    if not action.is_pending:
        messages.error(request, _("La acción ya está cumplida o cerrada; no admite más seguimientos."))
        return redirect(_inspect_url(action))
    form = FollowUpForm(request.POST or None, request.FILES or None, action=action)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_follow_up(action=action, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Seguimiento registrado."))
            return redirect(_inspect_url(action))
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "governance/improvement_follow_up.html", {"action": action, "form": form}, status=status
    )


@answer_403
def evaluate(request, pk):
    action = get_object_or_404(ImprovementAction, pk=pk)
    if not can_evaluate(request.user):
        raise PermissionDenied
    if action.status != ActionStatus.FULFILLED:
        messages.error(request, _("Solo se evalúa la eficacia de una acción cumplida al 100 %."))
        return redirect(_inspect_url(action))
    form = EffectivenessForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _evaluation, replacement = services.evaluate(
                action=action,
                by=request.user,
                effective=form.cleaned_data["effective"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            _form_errors(form, error)
        else:
            if replacement is None:
                messages.success(request, _("La acción quedó cerrada como eficaz."))
            else:
                messages.warning(
                    request,
                    _(
                        "La acción quedó cerrada como no eficaz; se abrió la acción %(code)s "
                        "para reformularla."
                    )
                    % {"code": replacement.code},
                )
            return redirect(_inspect_url(action))
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "governance/improvement_evaluate.html", {"action": action, "form": form}, status=status
    )


@answer_403
def evidence(request, pk):
    item = get_object_or_404(FollowUp.objects.select_related("action"), pk=pk)
    if not user_can(request.user, "view", item.action) and not can_report_progress(request.user, item.action):
        raise PermissionDenied
    return serve_file(item.evidence_file)


@answer_403
def plan_xlsx(request):
    if not user_can_read_any(request.user, ImprovementAction):
        raise PermissionDenied
    actions = actions_for_plan(objects_visible_to(request.user, ImprovementAction.objects.all()))
    content = improvement_plan_workbook(actions, institution=institution_name(request))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="plan-de-mejoramiento.xlsx"'
    return response
