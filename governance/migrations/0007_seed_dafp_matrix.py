"""Seed the editable risk matrix with the DAFP v5 tables (only where it is still empty)."""

from django.db import migrations

from governance.risks import dafp


def seed(apps, schema_editor):
    RiskLevel = apps.get_model("governance", "RiskLevel")
    RiskZone = apps.get_model("governance", "RiskZone")
    HeatMapCell = apps.get_model("governance", "HeatMapCell")
    ControlWeight = apps.get_model("governance", "ControlWeight")
    if RiskLevel.objects.exists():
        return
    probability = {}
    for order, (key, label, percent, up_to, description) in enumerate(dafp.PROBABILITY_LEVELS):
        probability[key] = RiskLevel.objects.create(
            axis="probabilidad",
            key=key,
            label=label,
            percent=percent,
            up_to=up_to,
            description=description,
            order=order,
        )
    impact = {}
    for order, (key, label, percent, up_to, description) in enumerate(dafp.IMPACT_LEVELS):
        impact[key] = RiskLevel.objects.create(
            axis="impacto",
            key=key,
            label=label,
            percent=percent,
            up_to=up_to,
            description=description,
            order=order,
        )
    zones = {
        key: RiskZone.objects.create(key=key, label=label, colour=colour, order=order)
        for order, (key, label, colour) in enumerate(dafp.ZONES)
    }
    for (p_key, i_key), zone in dafp.heat_map().items():
        HeatMapCell.objects.create(probability=probability[p_key], impact=impact[i_key], zone=zones[zone])
    for attribute, value, weight in dafp.CONTROL_WEIGHTS:
        ControlWeight.objects.create(attribute=attribute, value=value, weight=weight)


class Migration(migrations.Migration):
    dependencies = [("governance", "0006_risk_matrix")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
