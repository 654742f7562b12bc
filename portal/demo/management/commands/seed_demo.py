"""Load the demo institute. Idempotent: a second run changes nothing."""

from django.core.management.base import BaseCommand

from portal.demo import governance, people, servicedesk, signin, site, transparency
from portal.demo.people import credentials_path
from portal.demo.servicedesk import assets, audits, backups, information, maintenance, monitoring

#: In dependency order: users and roles, the site tree, then what hangs from it.
PARTS = (
    ("portal", people),
    ("axes", signin),
    ("website", site),
    ("digital_gov", transparency),
    ("governance", governance),
    ("servicedesk", servicedesk),
    ("monitoring", monitoring),
    ("backups", backups),
    ("assets", assets),
    ("information", information),
    ("maintenance", maintenance),
    ("audits", audits),
)


class Command(BaseCommand):
    help = "Crea o completa el instituto de demostración (sitio, datos, usuarios por rol)."

    def handle(self, *args, **options):
        def report(what, count):
            self.stdout.write(f"  {what}: {count}")

        for name, part in PARTS:
            self.stdout.write(f"{name}:")
            part.seed(report)
        self.stdout.write(self.style.SUCCESS(f"Credenciales de demostración en {credentials_path()}"))
