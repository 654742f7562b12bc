"""Create the complete transparency menu of Res. 1519/2020, Anexo 2 (idempotent)."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from digital_gov.transparency.seed import seed_transparency


class Command(BaseCommand):
    help = "Crea el árbol completo del menú de Transparencia (Anexo 2) bajo la página de inicio."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No hay un sitio por defecto: ejecute primero seed_demo o cree el sitio.")
        counts = seed_transparency(site.root_page.specific)
        self.stdout.write(f"Transparencia: {counts['created']} entradas creadas, {counts['total']} en total.")
