from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "servicedesk.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoreo")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_delete, post_save

        from servicedesk.monitoring import rollup_tasks
        from servicedesk.monitoring.aggregates import register_sqlite_p95
        from servicedesk.monitoring.models import Monitor
        from servicedesk.monitoring.watched import forget_watched_services

        # The roll-ups' P95 aggregate needs P95 on every SQLite connection.
        connection_created.connect(register_sqlite_p95, dispatch_uid="monitoring_sqlite_p95")
        # Availability sources name the watched services, cached until a monitor changes.
        for signal in (post_save, post_delete):
            uid = f"monitoring_sources_{signal}"
            signal.connect(forget_watched_services, sender=Monitor, dispatch_uid=uid)
        # Huey's consumer discovers ``tasks`` modules only; the roll-up tasks register on import.
        del rollup_tasks
