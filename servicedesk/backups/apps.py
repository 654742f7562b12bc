from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    name = "servicedesk.backups"
    label = "backups"
    verbose_name = _("Copias de seguridad")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from servicedesk.backups.receivers import on_backup_failed, on_drill_failed
        from servicedesk.backups.signals import backup_failed, drill_failed

        # A failed run or drill files an incident on the service desk.
        backup_failed.connect(on_backup_failed, dispatch_uid="backups_incident_of_run")
        drill_failed.connect(on_drill_failed, dispatch_uid="backups_incident_of_drill")
