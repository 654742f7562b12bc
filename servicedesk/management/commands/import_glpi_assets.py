"""``python manage.py import_glpi_assets --csv computadores.csv --tipo Computer`` or ``--api``: bring
GLPI's inventory in (computers, network equipment, printers, software); importing again changes
nothing."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from servicedesk.assets.glpi_import import ITEMTYPES, AssetImporter, items_from_api, items_from_csv
from servicedesk.glpi.api import GlpiClient
from servicedesk.glpi.records import GlpiError

SHOWN_PROBLEMS = 30


class Command(BaseCommand):
    help = _("Importa el inventario de GLPI (computadores, equipos de red, impresoras y software).")

    def add_arguments(self, parser):
        origin = parser.add_mutually_exclusive_group(required=True)
        origin.add_argument("--csv", metavar="ARCHIVO", help=_("Exportación CSV de una lista de GLPI."))
        origin.add_argument(
            "--api",
            action="store_true",
            help=_("Leer de la API (GLPI_API_URL, GLPI_APP_TOKEN, GLPI_USER_TOKEN)."),
        )
        parser.add_argument(
            "--tipo",
            choices=list(ITEMTYPES),
            action="append",
            help=_("Tipo de GLPI: obligatorio con --csv; con --api, todos si no se indica."),
        )

    def handle(self, *args, **options):
        itemtypes = options["tipo"] or []
        importer = AssetImporter()
        try:
            if options["csv"]:
                if len(itemtypes) != 1:
                    raise CommandError(
                        _("Con --csv indique un --tipo: Computer, NetworkEquipment, Printer o Software.")
                    )
                path = Path(options["csv"])
                if not path.is_file():
                    raise CommandError(_("No existe el archivo «%(path)s».") % {"path": path})
                report = importer.run(items_from_csv(path.read_bytes(), itemtypes[0]))
            else:
                if not settings.GLPI_API_URL:
                    raise CommandError(
                        _("Configure GLPI_API_URL (y los tokens) para importar desde la API de GLPI.")
                    )
                client = GlpiClient(
                    settings.GLPI_API_URL,
                    app_token=settings.GLPI_APP_TOKEN,
                    user_token=settings.GLPI_USER_TOKEN,
                )
                with client:
                    report = importer.run(items_from_api(client, itemtypes or tuple(ITEMTYPES)))
        except (GlpiError, ValidationError) as error:
            raise CommandError(" ".join(getattr(error, "messages", [str(error)]))) from error
        self.stdout.write(str(report))
        for problem in report.problems[:SHOWN_PROBLEMS]:
            self.stdout.write(f"  {problem}")
