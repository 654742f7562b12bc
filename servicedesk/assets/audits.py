"""Writes and reads of physical inventory campaigns: opening one (a check per asset in its scope),
recording what was found, closing it (the assets found elsewhere move to where they were found), its
progress and its discrepancies, and when each kind of asset is due for its next check."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from servicedesk.assets.audit_rules import Progress, next_audit
from servicedesk.assets.choices import DISCREPANCIES, AssetStatus, CampaignStatus, CheckResult
from servicedesk.assets.models import Asset, AuditCampaign, AuditCheck, AuditFrequency, Location


def campaign_assets(location: Location | None, kind: str):
    assets = Asset.objects.exclude(status=AssetStatus.RETIRED)
    if location is not None:
        assets = assets.filter(location=location)
    if kind:
        assets = assets.filter(kind=kind)
    return assets


@transaction.atomic
def open_campaign(*, name: str, location: Location | None, kind: str, due_on: date, by) -> AuditCampaign:
    assets = list(campaign_assets(location, kind).values_list("pk", "location_id"))
    if not assets:
        raise ValidationError(
            _("No hay activos registrados en esa ubicación y de ese tipo: no hay nada que verificar.")
        )
    campaign = AuditCampaign.objects.create(
        name=name, location=location, kind=kind, due_on=due_on, opened_by=by
    )
    AuditCheck.objects.bulk_create(
        [AuditCheck(campaign=campaign, asset_id=pk, expected_location_id=where) for pk, where in assets],
        batch_size=1000,
    )
    return campaign


def record_check(
    check: AuditCheck, *, result: str, by, found_location: Location | None = None, note: str = ""
) -> AuditCheck:
    """What was found of ``check``'s asset; refused once its campaign is closed."""
    if check.campaign.status != CampaignStatus.OPEN:
        raise ValidationError(_("La campaña ya se cerró: sus verificaciones no cambian."))
    if result == CheckResult.ELSEWHERE:
        if found_location is None:
            raise ValidationError(
                _("%(number)s: indique dónde se encontró.") % {"number": check.asset.inventory_number}
            )
        if found_location.pk == check.expected_location_id:
            raise ValidationError(
                _("%(number)s: esa es la ubicación registrada; márquelo como encontrado.")
                % {"number": check.asset.inventory_number}
            )
    else:
        found_location = None
    check.result = result
    check.found_location = found_location
    check.note = note
    pending = result == CheckResult.PENDING
    check.checked_by = None if pending else by
    check.checked_at = None if pending else timezone.now()
    check.save(update_fields=["result", "found_location", "note", "checked_by", "checked_at"])
    return check


@transaction.atomic
def close_campaign(campaign: AuditCampaign, *, by) -> int:
    """Close ``campaign``; the assets found elsewhere move there. Returns how many moved."""
    campaign = AuditCampaign.objects.select_for_update().get(pk=campaign.pk)
    if campaign.status != CampaignStatus.OPEN:
        raise ValidationError(_("La campaña ya estaba cerrada."))
    moved = 0
    for check in campaign.checks.filter(result=CheckResult.ELSEWHERE, found_location__isnull=False):
        moved += Asset.objects.filter(pk=check.asset_id).update(location=check.found_location_id)
    campaign.status = CampaignStatus.CLOSED
    campaign.closed_at = timezone.now()
    campaign.closed_by = by
    campaign.save(update_fields=["status", "closed_at", "closed_by"])
    return moved


def progress(campaign: AuditCampaign) -> Progress:
    counts = campaign.checks.aggregate(
        total=Count("pk"),
        checked=Count("pk", filter=~Q(result=CheckResult.PENDING)),
        discrepancies=Count("pk", filter=Q(result__in=DISCREPANCIES)),
    )
    return Progress(counts["total"], counts["checked"], counts["discrepancies"])


def discrepancies(campaign: AuditCampaign):
    """Assets not found, found elsewhere or damaged, and (once closed) those never checked."""
    results = set(DISCREPANCIES)
    if campaign.status == CampaignStatus.CLOSED:
        results.add(CheckResult.PENDING)
    return campaign.checks.filter(result__in=results).select_related(
        "asset", "expected_location", "found_location", "checked_by"
    )


def audit_schedule(today: date | None = None) -> list[dict]:
    """Each kind with an audit frequency: its last closed campaign over every location (of that kind or
    of all), when it is due, whether overdue."""
    today = today or timezone.localdate()
    # Only a campaign over every location audits a kind; one limited to an office does not.
    closed = AuditCampaign.objects.filter(status=CampaignStatus.CLOSED, location__isnull=True)
    last_any = closed.filter(kind="").aggregate(at=Max("closed_at"))["at"]
    last_by_kind = dict(
        closed.exclude(kind="").values("kind").annotate(at=Max("closed_at")).values_list("kind", "at")
    )
    rows = []
    for frequency in AuditFrequency.objects.all():
        moments = [moment for moment in (last_any, last_by_kind.get(frequency.kind)) if moment]
        last = timezone.localdate(max(moments)) if moments else None
        due, overdue = next_audit(last, frequency.every_months, today)
        rows.append({"frequency": frequency, "last": last, "due": due, "overdue": overdue})
    return rows
