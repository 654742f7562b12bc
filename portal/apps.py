from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal TIC")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.roles.sync import sync_roles_after_migrate

        # After every migrate the roles pick up the permissions of models added since.
        post_migrate.connect(sync_roles_after_migrate, sender=self)
