"""``manage.py restore_drill <run>``: restore a run into scratch space, compare, print the result."""

from django.core.management.base import BaseCommand, CommandError

from servicedesk.backups.choices import DrillStatus, Trigger
from servicedesk.backups.drills import DrillRefused, run_drill
from servicedesk.backups.models import BackupRun


class Command(BaseCommand):
    help = (
        "Restaura una copia en una base temporal y compara filas y sumas de verificación con su manifiesto."
    )

    def add_arguments(self, parser):
        parser.add_argument("run", type=int, help="id de la ejecución de copia")

    def handle(self, *args, run, **options):
        target = BackupRun.objects.filter(pk=run).first()
        if target is None:
            raise CommandError(f"No existe la ejecución de copia {run}.")
        try:
            drill = run_drill(target, trigger=Trigger.COMMAND)
        except DrillRefused as error:
            raise CommandError(str(error)) from error
        for line in drill.log.splitlines():
            self.stdout.write(f"  {line}")
        summary = (
            f"Simulacro {drill.pk}: {drill.get_status_display()} en {drill.rto_seconds:.1f} s "
            f"(copia de hace {drill.rpo_seconds / 3600:.1f} h)"
        )
        if drill.status == DrillStatus.PASSED:
            self.stdout.write(self.style.SUCCESS(summary))
            return
        raise CommandError(summary)
