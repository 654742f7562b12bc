"""``manage.py run_backup <policy>``: run a backup policy now (by id or name) and print the result."""

from django.core.management.base import BaseCommand, CommandError
from huey.exceptions import TaskLockedException

from servicedesk.backups.choices import RunStatus, Trigger
from servicedesk.backups.locks import policy_lock
from servicedesk.backups.models import BackupPolicy
from servicedesk.backups.services import RunRefused, run_policy


class Command(BaseCommand):
    help = "Ejecuta ya una política de copias de seguridad e imprime el id y el resultado de la ejecución."

    def add_arguments(self, parser):
        parser.add_argument("policy", help="id o nombre de la política")

    def handle(self, *args, policy, **options):
        found = (
            BackupPolicy.objects.filter(pk=int(policy))
            if policy.isdigit()
            else BackupPolicy.objects.filter(name=policy)
        )
        target = found.first()
        if target is None:
            raise CommandError(f"No existe la política de copias «{policy}».")
        try:
            with policy_lock(target.pk):
                run = run_policy(target, trigger=Trigger.COMMAND)
        except TaskLockedException as error:
            raise CommandError(f"Ya hay una copia en curso de la política «{target.name}».") from error
        except RunRefused as error:
            raise CommandError(str(error)) from error
        line = f"Ejecución {run.pk}: {run.get_status_display()}"
        if run.status == RunStatus.SUCCEEDED:
            self.stdout.write(
                self.style.SUCCESS(f"{line}, {run.artifacts.count()} artefacto(s) en {run.folder}")
            )
            return
        raise CommandError(f"{line}: {run.error}")
