"""``manage.py restore_backup <run>``: restore a copy for real, compare it, record the restoration.

Without ``--database-url`` the portal's own database is restored (stop the portal and its consumer
first); without ``--media-to`` the media go back to MEDIA_ROOT. ``--sin-base`` / ``--sin-archivos``
leave one of them alone. The restoration is recorded with its procedure's checklist, the portal's
steps signed: the people's steps and the acta are completed in the admin ("Restauraciones").
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from servicedesk.backups.choices import Procedure, RestorationStatus, Trigger
from servicedesk.backups.engines import BackupError
from servicedesk.backups.models import BackupRun
from servicedesk.backups.restore_targets import database_target, portal_database
from servicedesk.backups.restores import (
    RestoreRefused,
    open_restoration,
    record_result,
    reinstate,
    restorable,
    restore_run,
)

CONFIRMATION = "RESTAURAR"


class Command(BaseCommand):
    help = (
        "Restaura una copia en la base del portal (o en --database-url) y sus archivos en MEDIA_ROOT "
        "(o en --media-to), compara todo con su manifiesto y registra la restauración con su lista "
        "de chequeo."
    )

    def add_arguments(self, parser):
        parser.add_argument("run", type=int, help="id de la ejecución de copia")
        parser.add_argument("--database-url", help="postgres://… o sqlite:////ruta: base de destino")
        parser.add_argument("--media-to", help="carpeta de destino de los archivos")
        parser.add_argument("--sin-base", action="store_true", help="no restaurar la base de datos")
        parser.add_argument("--sin-archivos", action="store_true", help="no restaurar los archivos")
        parser.add_argument(
            "--procedimiento",
            choices=[choice.value for choice in Procedure],
            default=Procedure.CONTINGENCY,
            help="lista de chequeo: contingencia (por defecto) o retorno",
        )
        parser.add_argument("--motivo", default="", help="por qué se restaura (queda en el acta)")
        parser.add_argument("--noinput", "--no-input", action="store_true", help="no pedir confirmación")

    def handle(self, *args, run, **options):
        self.lines = []
        source = BackupRun.objects.select_related("policy").filter(pk=run).first()
        if source is None:
            raise CommandError(f"No existe la ejecución de copia {run}.")
        if not restorable(source):
            raise CommandError("Solo se restaura una copia exitosa que la retención no haya eliminado.")
        try:
            database = None
            if not options["sin_base"]:
                url = options["database_url"]
                database = database_target(url) if url else portal_database()
        except BackupError as error:
            raise CommandError(str(error)) from error
        media = None if options["sin_archivos"] else Path(options["media_to"] or settings.MEDIA_ROOT)
        if database is None and media is None:
            raise CommandError("Nada que restaurar: se pidió --sin-base y --sin-archivos.")
        own_database = database is not None and not options["database_url"]
        self._confirm(source, database, media, own_database, options["noinput"])

        artifacts = list(source.artifacts.all())
        if own_database:  # no connection of the portal holds the database while it is replaced
            connections.close_all()
        try:
            results = restore_run(source, database=database, media=media, say=self._say)
            error = ""
        except (BackupError, OSError) as failure:
            results, error = None, str(failure)
        if own_database:
            connections.close_all()
            if results is not None:
                reinstate(source, artifacts)
        try:
            restoration = open_restoration(
                run=source,
                procedure=options["procedimiento"],
                reason=options["motivo"] or "Restauración desde la línea de comandos.",
                trigger=Trigger.COMMAND,
                media_target=str(media or ""),
            )
        except RestoreRefused as refused:
            raise CommandError(str(refused)) from refused
        restoration.log = "\n".join(self.lines) + "\n"
        if database is not None:
            restoration.database_target = database.shown
        record_result(restoration, results, error=error)
        summary = (
            f"Restauración {restoration.pk}: {restoration.get_status_display()}. "
            "Complete la lista de chequeo y el acta en «Restauraciones»."
        )
        if restoration.status == RestorationStatus.RESTORED:
            self.stdout.write(self.style.SUCCESS(summary))
            return
        raise CommandError(f"{summary} {restoration.error}")

    def _say(self, message: str) -> None:
        self.lines.append(message)
        self.stdout.write(f"  {message}")

    def _confirm(self, source, database, media, own_database, noinput) -> None:
        self.stdout.write(f"Copia {source.pk} de «{source.policy.name}», {source.started_at:%Y-%m-%d %H:%M}.")
        if database is not None:
            self.stdout.write(f"  Base de datos → {database.shown}")
        if media is not None:
            self.stdout.write(f"  Archivos → {media}")
        if noinput:
            return
        warning = (
            "Esto reemplaza el contenido de la base del portal: detenga antes el portal y su consumidor."
            if own_database
            else "Esto reemplaza el contenido de los destinos."
        )
        self.stdout.write(self.style.WARNING(warning))
        answer = input(f"Escriba {CONFIRMATION} para continuar: ")
        if answer.strip() != CONFIRMATION:
            raise CommandError("Restauración cancelada: no se cambió nada.")
