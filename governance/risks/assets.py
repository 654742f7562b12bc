"""The risks that name assets of the IT inventory, for the asset's page (offered through the
inventory's ``register_asset_related`` hook, see docs/architecture.md)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from governance.risks.models import Risk
from portal.permissions import user_can
from servicedesk.assets.related import Section


def risks_of_assets(asset_ids: list[int], user) -> Section:
    risks = (
        Risk.objects.filter(inventory_assets__in=asset_ids).prefetch_related("inventory_assets").distinct()
    )
    rows = []
    for risk in risks.order_by("code"):
        named = sorted(
            asset.inventory_number for asset in risk.inventory_assets.all() if asset.pk in asset_ids
        )
        readable = user_can(user, "view", risk) or user_can(user, "change", risk)
        url = reverse("governance_risk_modeladmin_inspect", args=[risk.pk]) if readable else ""
        rows.append((str(risk), url, ", ".join(named)))
    return Section(_("Riesgos"), rows, _("Ningún riesgo de la matriz nombra estos activos."))
