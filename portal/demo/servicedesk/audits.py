"""Demo institute, physical inventory: how often each kind of asset is checked, last year's
campaign of the servers (closed), and this year's in the offices of block A, half walked, with a
computer found in another office and a damaged printer.

Seeded once (when there is no campaign): a second run changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from servicedesk.assets.audits import close_campaign, open_campaign, record_check
from servicedesk.assets.choices import CheckResult
from servicedesk.assets.models import Asset, AuditCampaign, AuditFrequency, Location

FREQUENCIES = {
    "escritorio": 12,
    "portatil": 12,
    "impresora": 12,
    "servidor": 6,
    "red": 6,
    "maquina_virtual": 6,
}
BOGOTA = ZoneInfo("America/Bogota")


def seed(report) -> None:
    if not AuditCampaign.objects.exists():
        with transaction.atomic():
            _campaigns()
    report("campañas de inventario físico", AuditCampaign.objects.count())


def _campaigns() -> None:
    for kind, months in FREQUENCIES.items():
        AuditFrequency.objects.get_or_create(kind=kind, defaults={"every_months": months})
    technician = get_user_model().objects.filter(username="tecnico").first()
    professional = get_user_model().objects.filter(username="profesional_tic").first()
    if Asset.objects.filter(kind="servidor").exists():
        last_year = open_campaign(
            name="Inventario físico 2025 — Servidores",
            location=None,
            kind="servidor",
            due_on=date(2025, 12, 15),
            by=professional,
        )
        for check in last_year.checks.select_related("asset", "campaign"):
            record_check(check, result=CheckResult.FOUND, by=technician)
        close_campaign(last_year, by=professional)
        AuditCampaign.objects.filter(pk=last_year.pk).update(
            opened_at=datetime(2025, 12, 1, 9, tzinfo=BOGOTA),
            closed_at=datetime(2025, 12, 10, 16, tzinfo=BOGOTA),
        )
    offices = list(Location.objects.filter(building="Bloque A"))
    if not offices:
        return
    today = timezone.localdate()
    campaign = open_campaign(
        name=f"Inventario físico {today.year} — Atención al ciudadano",
        location=offices[0],
        kind="",
        due_on=date(today.year, 12, 18),
        by=professional,
    )
    checks = list(campaign.checks.select_related("asset", "campaign"))
    elsewhere = offices[1] if len(offices) > 1 else None
    for index, check in enumerate(checks[: len(checks) // 2]):
        if index == 1 and elsewhere is not None:
            record_check(
                check,
                result=CheckResult.ELSEWHERE,
                found_location=elsewhere,
                note="Lo usa un contratista.",
                by=technician,
            )
        elif index == 2:
            record_check(check, result=CheckResult.DAMAGED, note="Carcasa rota; funciona.", by=technician)
        else:
            record_check(check, result=CheckResult.FOUND, by=technician)
