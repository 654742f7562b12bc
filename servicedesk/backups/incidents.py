"""A failed backup or a failed restore drill files an incident on the service desk.

The texts written on tickets are in the portal's language (``LANGUAGE_CODE``), whoever's task
caused them. The incident is linked from the run (or the drill), and the run from the incident.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from servicedesk.backups.models import BackupRun, RestoreDrill
from servicedesk.tickets import services as desk
from servicedesk.tickets.choices import Channel, Level, TicketType

SYSTEM_NAME = "Copias de seguridad"


def _open(title: str, description: str, at):
    return desk.open_ticket(
        title=title,
        description=description,
        ticket_type=TicketType.INCIDENT,
        requester_name=SYSTEM_NAME,
        channel=Channel.MONITORING,
        impact=Level.MEDIUM,
        urgency=Level.HIGH,
        at=at,
    )


def file_for_run(run: BackupRun):
    """The incident of a failed run (once)."""
    if run.incident_id:
        return run.incident
    with translation.override(settings.LANGUAGE_CODE):
        ticket = _open(
            _("Copia fallida: %(policy)s") % {"policy": run.policy.name},
            _(
                "La copia de seguridad de la política «%(policy)s» iniciada el %(at)s falló.\n"
                "Error: %(error)s\n"
                "Revise la ejecución %(pk)s en Plataforma › Ejecuciones de copias y repítala."
            )
            % {
                "policy": run.policy.name,
                "at": f"{timezone.localtime(run.started_at):%Y-%m-%d %H:%M}",
                "error": run.error or "—",
                "pk": run.pk,
            },
            run.finished_at,
        )
    BackupRun.objects.filter(pk=run.pk).update(incident=ticket)
    run.incident = ticket
    return ticket


def file_for_drill(drill: RestoreDrill):
    """The incident of a failed drill (once)."""
    if drill.incident_id:
        return drill.incident
    problems = "\n".join(
        f"- {entry['artifact']}: {problem}"
        for entry in drill.results
        for problem in entry.get("problems", [])
    )
    with translation.override(settings.LANGUAGE_CODE):
        ticket = _open(
            _("Simulacro de restauración fallido: %(policy)s") % {"policy": drill.run.policy.name},
            _(
                "La copia %(run)s de la política «%(policy)s» no se restauró idéntica a lo copiado.\n"
                "%(problems)s\nUna copia que no restaura no protege la información: revísela."
            )
            % {"run": drill.run_id, "policy": drill.run.policy.name, "problems": problems or drill.error},
            drill.finished_at,
        )
    RestoreDrill.objects.filter(pk=drill.pk).update(incident=ticket)
    drill.incident = ticket
    return ticket
