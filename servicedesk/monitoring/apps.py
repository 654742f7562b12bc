from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "servicedesk.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoreo")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from servicedesk.monitoring import rollup_tasks
        from servicedesk.monitoring.aggregates import register_sqlite_p95

        # The roll-ups' P95 aggregate needs P95 on every SQLite connection.
        connection_created.connect(register_sqlite_p95, dispatch_uid="monitoring_sqlite_p95")
        # Huey's consumer discovers ``tasks`` modules only; the roll-up tasks register on import.
        del rollup_tasks
