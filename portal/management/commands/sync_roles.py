"""Re-apply the roles table to the Django groups."""

from django.core.management.base import BaseCommand

from portal.roles.sync import ensure_all_permissions, sync_roles


class Command(BaseCommand):
    help = "Crea los grupos de los roles y les asigna exactamente los permisos de la tabla de roles."

    def handle(self, *args, **options):
        ensure_all_permissions()
        for result in sync_roles():
            self.stdout.write(
                f"{result.role}: {result.model_permissions} permisos de modelo, "
                f"{result.page_permissions} de páginas, "
                f"{result.collection_permissions} de colecciones"
            )
