"""The Informe de Auditoría, as an admin page and as XLSX."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from governance.audits.exports import audit_report_workbook
from governance.audits.models import Audit
from governance.audits.report import audit_report
from governance.audits.selectors import audit_for_report
from portal.admin_views import answer_403
from portal.permissions import user_can
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def _readable_audit(request, pk) -> Audit:
    try:
        audit = audit_for_report(pk)
    except Audit.DoesNotExist as error:
        raise Http404 from error
    if not (user_can(request.user, "view", audit) or user_can(request.user, "change", audit)):
        raise PermissionDenied
    return audit


@answer_403
def report(request, pk):
    audit = _readable_audit(request, pk)
    return TemplateResponse(
        request,
        "governance/audit_report.html",
        {
            "audit": audit,
            "report": audit_report(audit),
            "xlsx_url": reverse("governance_audit_report_xlsx", args=[audit.pk]),
        },
    )


@answer_403
def report_xlsx(request, pk):
    audit = _readable_audit(request, pk)
    content = audit_report_workbook(audit, institution=institution_name(request))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="informe-auditoria-{audit.code}.xlsx"'
    return response
