from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceDeskConfig(AppConfig):
    name = "servicedesk"
    verbose_name = _("Mesa de servicios")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from servicedesk.monitoring.signals import monitor_state_changed
        from servicedesk.outages.receivers import on_monitor_state_changed
        from servicedesk.stats.median import register_sqlite_median

        # The statistics report's Median aggregate needs MEDIAN on every SQLite connection.
        connection_created.connect(register_sqlite_median, dispatch_uid="servicedesk_sqlite_median")
        # An outage opens an incident; a recovery resolves it (servicedesk.outages).
        monitor_state_changed.connect(on_monitor_state_changed, dispatch_uid="servicedesk_outages")
