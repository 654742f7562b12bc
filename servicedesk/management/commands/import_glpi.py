"""``python manage.py import_glpi --csv export.csv`` or ``--api``: bring GLPI's tickets in."""

from datetime import datetime, time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from servicedesk.glpi.api import ApiSource
from servicedesk.glpi.csv_source import CsvSource
from servicedesk.glpi.importer import run_import
from servicedesk.glpi.records import GlpiError

#: Errors printed after the summary; the rest are in the run's record in the admin.
SHOWN_ERRORS = 20


def since_option(text: str) -> datetime:
    """``AAAA-MM-DD`` or ``AAAA-MM-DD HH:MM`` in the institute's time zone."""
    moment = parse_datetime(text)
    if moment is None and (day := parse_date(text)) is not None:
        moment = datetime.combine(day, time.min)
    if moment is None:
        raise CommandError(
            _("--since no es una fecha válida (use AAAA-MM-DD): «%(value)s».") % {"value": text}
        )
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


class Command(BaseCommand):
    # argparse needs a real string; commands are loaded after Django is set up, so gettext works here.
    help = _("Importa los casos de GLPI desde una exportación CSV o desde su API REST.")

    def add_arguments(self, parser):
        origin = parser.add_mutually_exclusive_group(required=True)
        origin.add_argument(
            "--csv", metavar="ARCHIVO", help=_("Exportación CSV de la lista de casos de GLPI.")
        )
        origin.add_argument(
            "--api",
            action="store_true",
            help=_("Leer de la API (GLPI_API_URL, GLPI_APP_TOKEN, GLPI_USER_TOKEN)."),
        )
        parser.add_argument(
            "--since", metavar="FECHA", help=_("Solo casos actualizados desde esta fecha (AAAA-MM-DD).")
        )

    def handle(self, *args, **options):
        since = since_option(options["since"]) if options["since"] else None
        if options["csv"]:
            path = Path(options["csv"])
            if not path.is_file():
                raise CommandError(_("No existe el archivo «%(path)s».") % {"path": path})
            source = CsvSource(path, since=since)
        else:
            try:
                source = ApiSource.from_settings(since=since)
            except GlpiError as error:
                raise CommandError(str(error)) from error
        try:
            run = run_import(source)
        except GlpiError as error:
            raise CommandError(_("La importación falló: %(error)s") % {"error": error}) from error
        self.stdout.write(
            _(
                "Importación de GLPI (%(source)s «%(name)s»): %(created)s creados, %(updated)s actualizados, "
                "%(skipped)s sin cambios, %(failed)s con error."
            )
            % {
                "source": run.get_source_display(),
                "name": run.source_name,
                "created": run.created,
                "updated": run.updated,
                "skipped": run.skipped,
                "failed": run.failed,
            }
        )
        for error in run.errors[:SHOWN_ERRORS]:
            self.stderr.write(
                _("Caso %(id)s: %(message)s") % {"id": error["glpi_id"], "message": error["message"]}
            )
        if run.failed > SHOWN_ERRORS:
            self.stderr.write(
                _("… y %(count)s errores más: véalos en Importaciones GLPI.")
                % {"count": run.failed - SHOWN_ERRORS}
            )
