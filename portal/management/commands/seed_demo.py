"""Load the demo institute. Idempotent: a second run changes nothing."""

from importlib import import_module

from django.core.management.base import BaseCommand

from portal.roles.definitions import PROJECT_APPS


class Command(BaseCommand):
    help = "Crea o completa el instituto de demostración (sitio, datos, usuarios por rol)."

    def handle(self, *args, **options):
        def report(what, count):
            self.stdout.write(f"  {what}: {count}")

        for app in PROJECT_APPS:
            try:
                module = import_module(f"{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.demo":
                    raise
                continue
            self.stdout.write(f"{app}:")
            module.seed(report)
        from portal.demo import credentials_path

        self.stdout.write(self.style.SUCCESS(f"Credenciales de demostración en {credentials_path()}"))
