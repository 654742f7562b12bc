"""Heat maps (inherent and residual) of the risk register."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from governance.risks.exports import risk_map_workbook
from governance.risks.heatmap import heat_map_grid
from governance.risks.matrix import load_matrix
from governance.risks.models import Risk
from governance.risks.selectors import risks_for_map
from portal.admin_views import answer_403
from portal.permissions import objects_visible_to, user_can_read_any
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


@answer_403
def heat_maps(request):
    if not user_can_read_any(request.user, Risk):
        raise PermissionDenied
    risks = objects_visible_to(request.user, Risk.objects.all())
    list_url = reverse("governance_risk_modeladmin_index")
    return TemplateResponse(
        request,
        "governance/risk_heat_maps.html",
        {
            "maps": [
                (
                    "inherent",
                    _("Mapa de calor inherente"),
                    heat_map_grid(risks, stage="inherent", list_url=list_url),
                ),
                (
                    "residual",
                    _("Mapa de calor residual"),
                    heat_map_grid(risks, stage="residual", list_url=list_url),
                ),
            ]
        },
    )


@answer_403
def risk_map_xlsx(request):
    if not user_can_read_any(request.user, Risk):
        raise PermissionDenied
    risks = risks_for_map(objects_visible_to(request.user, Risk.objects.all()))
    content = risk_map_workbook(
        risks, institution=institution_name(request), weights=load_matrix().control_weights
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mapa-de-riesgos.xlsx"'
    return response
