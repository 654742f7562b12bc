from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    name = "servicedesk.backups"
    label = "backups"
    verbose_name = _("Copias de seguridad")
    default_auto_field = "django.db.models.BigAutoField"
