"""The backups' registers under "Plataforma": policies (Profesional TIC), runs and drills (read),
restorations (opened from a run, signed step by step)."""

from __future__ import annotations

from django.contrib.admin import display as admin_display
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList

from portal.modeladmin import RegisterAdmin, RegisterInspectView
from portal.permissions import WrittenByThePortalPermissionHelper, user_can, user_can_read_any
from servicedesk.backups.choices import RestorationStatus, RunStatus, StepAction
from servicedesk.backups.forms import StepForm, step_prefix
from servicedesk.backups.manifests import compared_text
from servicedesk.backups.models import BackupPolicy, BackupRun, Restoration, RestoreDrill
from servicedesk.backups.restores import EXECUTABLE, closable, restorable
from servicedesk.backups.retention import FORM_FIELDS, rule_from_query, select
from servicedesk.backups.schedule import next_runs


class BackupPolicyInspectView(RegisterInspectView):
    """A policy: what, when, where; its next runs, its latest runs and drills, and the run-now buttons."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        policy = self.instance
        rule, valid = rule_from_query(self.request.GET, policy.retention)
        copies = list(
            policy.runs.filter(status=RunStatus.SUCCEEDED, pruned_at__isnull=True).values_list(
                "pk", "started_at"
            )
        )
        keep, delete = select(copies, rule)
        when = dict(copies)
        context.update(
            policy=policy,
            preview={
                "rule": {name: rule[key] for key, name in FORM_FIELDS.items()},
                "valid": valid,
                "asked": any(name in self.request.GET for name in FORM_FIELDS.values()),
                "keep": [when[pk] for pk in keep],
                "delete": [when[pk] for pk in delete],
            },
            next_runs=next_runs(policy.schedule, timezone.now()) if policy.active else [],
            runs=policy.runs.order_by("-started_at")[:10],
            drills=RestoreDrill.objects.filter(run__policy=policy)
            .select_related("run")
            .order_by("-started_at")[:5],
            can_run=self.request.user.has_perm("backups.run_backuppolicy"),
        )
        return context


class BackupPolicyAdmin(RegisterAdmin):
    model = BackupPolicy
    menu_label = _("Políticas de copias")
    menu_icon = "download"
    menu_order = 300
    inspect_view_class = BackupPolicyInspectView
    edit_handler = ObjectList(BackupPolicy.panels)
    list_display = ("name", "schedule", "destination", "last_run", "active")
    list_filter = ("active",)
    search_fields = ("name", "description")
    title_column = "name"
    nowrap_columns = ("schedule", "last_run")
    # The environment variables' names only: their values (URLs, passwords) never reach the portal.
    list_export = ("name", "schedule", "drill_schedule", "destination", "restic_repository", "active")

    def get_queryset(self, request):
        # The list's last run, in the list's one query (not one query per policy).
        latest = BackupRun.objects.filter(policy=OuterRef("pk")).order_by("-started_at")
        return (
            super()
            .get_queryset(request)
            .annotate(
                last_run_at=Subquery(latest.values("started_at")[:1]),
                last_run_status=Subquery(latest.values("status")[:1]),
            )
        )

    @admin_display(description=_("última ejecución"), ordering="last_run_at")
    def last_run(self, obj):
        if obj.last_run_at is None:
            return "—"
        return (
            f"{timezone.localtime(obj.last_run_at):%Y-%m-%d %H:%M} · {RunStatus(obj.last_run_status).label}"
        )


class BackupRunInspectView(RegisterInspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.instance
        context.update(
            run=run,
            artifacts=run.artifacts.all(),
            drills=run.drills.order_by("-started_at"),
            # The Técnico reads runs, not restorations.
            restorations=run.restorations.order_by("-started_at")
            if user_can_read_any(self.request.user, Restoration)
            else [],
            can_run=self.request.user.has_perm("backups.run_backuppolicy"),
            can_restore=restorable(run) and self.request.user.has_perm("backups.add_restoration"),
        )
        return context


class BackupRunAdmin(RegisterAdmin):
    model = BackupRun
    menu_label = _("Ejecuciones de copias")
    menu_icon = "history"
    menu_order = 310
    permission_helper_class = WrittenByThePortalPermissionHelper
    inspect_view_class = BackupRunInspectView
    list_display = ("started_at", "policy", "status", "trigger", "phase", "size_mb", "duration")
    list_filter = ("status", "trigger", "policy")
    list_select_related = ("policy",)
    title_column = "started_at"
    nowrap_columns = ("started_at", "status", "size_mb", "duration")
    list_export = (
        "started_at",
        "finished_at",
        "policy",
        "status",
        "trigger",
        "bytes_written",
        "files_written",
        "error",
    )

    @admin_display(description=_("tamaño (MB)"))
    def size_mb(self, obj):
        return f"{obj.bytes_written / 2**20:.1f}"

    @admin_display(description=_("duración"))
    def duration(self, obj):
        seconds = obj.duration_seconds
        return "—" if seconds is None else f"{seconds:.0f} s"


class RestoreDrillInspectView(RegisterInspectView):
    """A drill: its data and, per artifact, what was compared (tables and rows, or files and bytes)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comparison"] = [
            {
                "artifact": entry.get("artifact", ""),
                "label": entry.get("label", ""),
                "compared": compared_text(entry),
                "problems": entry.get("problems") or [],
            }
            for entry in self.instance.results
        ]
        return context


class RestoreDrillAdmin(RegisterAdmin):
    model = RestoreDrill
    inspect_view_class = RestoreDrillInspectView
    menu_label = _("Simulacros de restauración")
    menu_icon = "tick-inverse"
    menu_order = 320
    permission_helper_class = WrittenByThePortalPermissionHelper
    list_display = ("started_at", "run", "status", "trigger", "rto", "rpo")
    list_filter = ("status", "trigger")
    list_select_related = ("run", "run__policy")
    title_column = "started_at"
    nowrap_columns = ("started_at", "status", "rto", "rpo")
    list_export = (
        "started_at",
        "finished_at",
        "run",
        "status",
        "trigger",
        "rto_seconds",
        "rpo_seconds",
        "error",
    )
    inspect_view_fields = (
        "run",
        "status",
        "trigger",
        "started_at",
        "finished_at",
        "rto_seconds",
        "rpo_seconds",
        "log",
        "error",
    )

    @admin_display(description=_("RTO medido"))
    def rto(self, obj):
        return "—" if obj.rto_seconds is None else f"{obj.rto_seconds:.1f} s"

    @admin_display(description=_("RPO medido"))
    def rpo(self, obj):
        return "—" if obj.rpo_seconds is None else f"{obj.rpo_seconds / 3600:.1f} h"


class RestorationInspectView(RegisterInspectView):
    """A restoration: its data, the result of its restore, its checklist (signed step by step), and
    the buttons to run the restore, close it and download its acta."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        restoration = self.instance
        can_change = (
            user_can(self.request.user, "change", restoration)
            and restoration.status != RestorationStatus.CLOSED
        )
        steps = list(restoration.steps.select_related("done_by"))
        context.update(
            restoration=restoration,
            run=restoration.run,
            steps=[
                (
                    step,
                    StepForm(
                        initial={"status": step.status, "notes": step.notes},
                        prefix=step_prefix(step.position),
                    ),
                )
                for step in steps
            ],
            manual=StepAction.MANUAL,
            can_change=can_change,
            can_execute=can_change and restoration.status in EXECUTABLE,
            can_close=can_change and closable(restoration, steps),
        )
        return context


class RestorationAdmin(RegisterAdmin):
    model = Restoration
    menu_label = _("Restauraciones")
    menu_icon = "redirect"
    menu_order = 330
    permission_helper_class = WrittenByThePortalPermissionHelper
    inspect_view_class = RestorationInspectView
    list_display = ("started_at", "run", "procedure", "status", "requested_by")
    list_filter = ("procedure", "status")
    list_select_related = ("run", "run__policy", "requested_by")
    title_column = "started_at"
    nowrap_columns = ("started_at", "status")
    list_export = (
        "started_at",
        "restored_at",
        "finished_at",
        "run",
        "procedure",
        "status",
        "reason",
        "database_target",
        "media_target",
        "error",
    )
