"""Seed the priority matrix with the ITIL 3×3 one and the default service levels per priority."""

from django.db import migrations

from servicedesk.tickets.priority import DEFAULT_TARGETS, ITIL_MATRIX


def seed(apps, schema_editor):
    cell = apps.get_model("servicedesk", "PriorityMatrixCell")
    level = apps.get_model("servicedesk", "ServiceLevel")
    for (impact, urgency), priority in ITIL_MATRIX.items():
        cell.objects.get_or_create(impact=impact, urgency=urgency, defaults={"priority": priority})
    for priority, (own, resolve) in DEFAULT_TARGETS.items():
        level.objects.get_or_create(
            service=None, priority=priority, defaults={"time_to_own": own // 60, "time_to_resolve": resolve // 60}
        )


class Migration(migrations.Migration):
    dependencies = [("servicedesk", "0001_tickets_catalog")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
