"""The "Plataforma" registers: monitors (with each one's page) and planned maintenance windows."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.admin import display as admin_display
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList

from portal.modeladmin import RegisterAdmin, RegisterInspectView
from servicedesk.monitoring.choices import MonitorKind
from servicedesk.monitoring.models import MaintenanceWindow, Monitor
from servicedesk.monitoring.selectors import latency_chart, uptime_by_period


def target_of(monitor: Monitor) -> str:
    """What a monitor checks, never its secrets (headers, push token)."""
    if monitor.kind == MonitorKind.HTTP:
        return monitor.url
    if monitor.kind == MonitorKind.PUSH:
        return gettext("URL push (secreta)")
    if monitor.port:
        return f"{monitor.host}:{monitor.port}"
    return monitor.host


MONITOR_PANELS = [
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
            FieldRowPanel([FieldPanel("service"), FieldPanel("asset")]),
            FieldRowPanel([FieldPanel("public"), FieldPanel("active")]),
        ],
        heading=_("Monitor"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("url"),
            FieldRowPanel([FieldPanel("http_method"), FieldPanel("expected_status_codes")]),
            FieldRowPanel([FieldPanel("keyword"), FieldPanel("keyword_mode")]),
            FieldRowPanel([FieldPanel("max_response_ms"), FieldPanel("follow_redirects")]),
            FieldPanel("request_headers"),
        ],
        heading=_("HTTP(S)"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("host"), FieldPanel("port")]),
            FieldRowPanel([FieldPanel("dns_expected_address"), FieldPanel("dns_server")]),
            FieldRowPanel([FieldPanel("tls_warning_days"), FieldPanel("tls_critical_days")]),
        ],
        heading=_("Puerto TCP, certificado TLS y DNS"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel(
                [FieldPanel("interval_seconds"), FieldPanel("timeout_seconds"), FieldPanel("retries")]
            ),
            FieldRowPanel([FieldPanel("push_grace_seconds"), FieldPanel("pushed_by_scheduler")]),
        ],
        heading=_("Frecuencia"),
    ),
]


class MonitorInspectView(RegisterInspectView):
    """A monitor's page: its state, uptime per period, latency chart and table, history."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        monitor = self.instance
        now = timezone.now()
        helper = self.permission_helper
        context.update(
            monitor=monitor,
            target=target_of(monitor),
            uptime=uptime_by_period(monitor, now=now),
            chart=latency_chart(monitor, now=now),
            state_changes=monitor.state_changes.all()[:20],
            outages=monitor.outages.select_related("ticket")[:10],
            windows=monitor.maintenance_windows.filter(ends_at__gte=now - timedelta(days=30))[:10],
            can_change=helper.user_can_edit_obj(self.request.user, monitor),
        )
        if monitor.kind == MonitorKind.PUSH and context["can_change"] and monitor.push_token:
            path = reverse("monitoring_push", args=[monitor.push_token])
            context["push_url"] = self.request.build_absolute_uri(path)
        return context


class MonitorAdmin(RegisterAdmin):
    model = Monitor
    menu_label = _("Monitores")
    menu_icon = "pick"
    menu_order = 100
    inspect_view_class = MonitorInspectView
    edit_handler = ObjectList(MONITOR_PANELS)
    list_display = ("name", "kind", "target", "service", "state_badge", "last_checked_at", "active")
    list_filter = ("kind", "state", "active", "public")
    list_select_related = ("service",)
    search_fields = ("name", "url", "host")
    title_column = "name"
    nowrap_columns = ("state_badge", "last_checked_at")
    index_view_extra_css = [*RegisterAdmin.index_view_extra_css, "monitoring/monitoring.css"]
    # Never the headers nor the push token: secrets stay out of exports.
    list_export = (
        "name",
        "kind",
        "target",
        "service",
        "state",
        "last_checked_at",
        "interval_seconds",
        "retries",
        "public",
        "active",
    )

    @admin_display(description=_("objetivo"))
    def target(self, obj):
        return target_of(obj)

    @admin_display(description=_("estado"), ordering="state")
    def state_badge(self, obj):
        return format_html(
            '<span class="monitor-state monitor-state--{}">{}</span>', obj.state, obj.get_state_display()
        )


class MaintenanceWindowAdmin(RegisterAdmin):
    model = MaintenanceWindow
    menu_label = _("Mantenimientos programados")
    menu_icon = "calendar"
    menu_order = 110
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("monitors"),
            FieldPanel("reason"),
        ]
    )
    list_display = ("title", "starts_at", "ends_at", "affected")
    list_filter = ("starts_at",)
    search_fields = ("title", "reason")
    title_column = "title"
    nowrap_columns = ("starts_at", "ends_at")
    inspect_view_fields = ("title", "starts_at", "ends_at", "monitors", "reason")
    list_export = ("title", "starts_at", "ends_at", "affected", "reason")

    @admin_display(description=_("monitores afectados"))
    def affected(self, obj):
        return ", ".join(monitor.name for monitor in obj.monitors.all())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("monitors")
