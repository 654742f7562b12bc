"""``manage.py check_monitor <id>``: run one check of a monitor now, record it and print it."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from servicedesk.monitoring.choices import MonitorKind
from servicedesk.monitoring.models import Monitor
from servicedesk.monitoring.runner import run_check


class Command(BaseCommand):
    help = _("Ejecuta ahora un chequeo de un monitor, lo registra y muestra el resultado.")

    def add_arguments(self, parser):
        parser.add_argument("monitor_id", type=int, help=_("Número (id) del monitor."))

    def handle(self, *args, monitor_id, **options):
        monitor = Monitor.objects.filter(pk=monitor_id).first()
        if monitor is None:
            raise CommandError(_("No existe un monitor con el número %(id)d.") % {"id": monitor_id})
        if monitor.kind == MonitorKind.PUSH:
            raise CommandError(
                _("«%(name)s» es un monitor push: no se consulta, espera los latidos en su URL.")
                % {"name": monitor.name}
            )
        if not monitor.active:
            message = _("«%(name)s» está pausado: actívelo para chequearlo.") % {"name": monitor.name}
            raise CommandError(message)
        beat = run_check(monitor.pk)
        if beat is None:  # deleted meanwhile
            raise CommandError(_("No existe un monitor con el número %(id)d.") % {"id": monitor_id})
        monitor.refresh_from_db()
        latency = _("sin medida") if beat.latency_ms is None else _("%(ms)d ms") % {"ms": beat.latency_ms}
        self.stdout.write(
            _("%(name)s: %(result)s (estado del monitor: %(state)s), latencia %(latency)s. %(message)s")
            % {
                "name": monitor.name,
                "result": beat.get_status_display(),
                "state": monitor.get_state_display(),
                "latency": latency,
                "message": beat.message,
            }
        )
