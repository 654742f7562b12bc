"""Registers of the planning topic: action plans, indicators, measurements, performance report."""

from contextvars import ContextVar

from django.contrib.admin import display as admin_display
from django.middleware.csrf import get_token
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList

from governance.planning import views
from governance.planning.forms import MeasurementForm
from governance.planning.models import ActionPlan, Indicator, Measurement, PlanStatus
from governance.planning.selectors import indicators_measurable_by, measurements_visible_to
from portal.modeladmin import RegisterAdmin
from portal.people import person_column
from portal.permissions import GuardedPermissionHelper, user_can, user_can_read_any

# The list's approval column needs the current user; ModelAdmin instances are shared by every
# request (and thread), so the request travels in a context variable, not on ``self``.
_current_request: ContextVar = ContextVar("actionplan_list_request")


class ActionPlanAdmin(RegisterAdmin):
    model = ActionPlan
    menu_icon = "list-ol"
    menu_order = 120
    list_display = ("__str__", "year", "status", "progress_display", "approval")
    list_filter = ("year", "status", "process")
    list_select_related = ("process",)
    search_fields = ("process__name",)
    list_export = ("process", "year", "status", "approved_by_name", "approved_at")
    export_filename = "planes-de-accion"
    approved_by_name = person_column("approved_by", _("aprobado por"))

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("activities")

    @admin_display(description=_("avance"))
    def progress_display(self, obj):
        return f"{obj.progress} %"

    @admin_display(description=_("aprobación"))
    def approval(self, obj):
        request = _current_request.get()
        if obj.status == PlanStatus.DRAFT and user_can(request.user, "change", obj):
            return self._button(request, "governance_actionplan_submit", obj, _("Enviar para aprobación"))
        if obj.status == PlanStatus.SUBMITTED and request.user.has_perm("governance.approve_actionplan"):
            return self._button(request, "governance_actionplan_approve", obj, _("Aprobar"))
        return obj.approved_by.get_full_name() if obj.approved_by else "—"

    def _button(self, request, name, obj, label):
        return format_html(
            '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" class="button button-small">{}</button></form>',
            reverse(name, args=[obj.pk]),
            get_token(request),
            label,
        )

    def index_view(self, request):
        token = _current_request.set(request)
        try:
            response = super().index_view(request)
            if hasattr(response, "render"):
                response.render()  # render while the request is set
            return response
        finally:
            _current_request.reset(token)

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path("governance/actionplan/submit/<int:pk>/", views.submit, name="governance_actionplan_submit"),
            path(
                "governance/actionplan/approve/<int:pk>/", views.approve, name="governance_actionplan_approve"
            ),
            path("governance/desempeno/", views.performance, name="governance_performance_report"),
        )


class IndicatorAdmin(RegisterAdmin):
    model = Indicator
    menu_icon = "gauge"
    menu_order = 130
    list_display = ("code", "name", "indicator_type", "frequency", "responsible_name", "live_source")
    list_filter = ("process", "indicator_type", "frequency")
    list_select_related = ("process", "responsible")
    search_fields = ("code", "name", "objective")
    list_export = (
        "code",
        "name",
        "process",
        "indicator_type",
        "formula",
        "unit",
        "baseline",
        "frequency",
        "green_from",
        "yellow_from",
        "data_source",
        "responsible_name",
    )
    export_filename = "indicadores"
    responsible_name = person_column("responsible", _("responsable"))


class MeasurementPermissionHelper(GuardedPermissionHelper):
    """The responsible of an indicator records and corrects its measurements, and only its."""

    def user_can_list(self, user):
        return super().user_can_list(user) or self._measures_some_indicator(user)

    def user_can_create(self, user):
        return super().user_can_create(user) or self._measures_some_indicator(user)

    @staticmethod
    def _measures_some_indicator(user) -> bool:
        return user_can_read_any(user, Indicator) and indicators_measurable_by(user).exists()

    def user_can_inspect_obj(self, user, obj):
        return super().user_can_inspect_obj(user, obj) or user_can(user, "change", obj.indicator)

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) or user_can(user, "change", obj.indicator)

    def user_can_view_history(self, user, obj):
        return super().user_can_view_history(user, obj) or user_can(user, "change", obj.indicator)


class MeasurementAdmin(RegisterAdmin):
    model = Measurement
    edit_handler = ObjectList(Measurement.panels, base_form_class=MeasurementForm)
    permission_helper_class = MeasurementPermissionHelper
    menu_icon = "calendar-check"
    menu_order = 140
    list_display = ("indicator", "period_display", "numerator", "denominator", "result", "source")
    list_filter = ("year", "source", "indicator__process")
    list_select_related = ("indicator",)
    search_fields = ("indicator__code", "indicator__name", "analysis")
    list_export = ("indicator", "year", "period", "numerator", "denominator", "result", "analysis", "source")
    export_filename = "mediciones"

    @admin_display(description=_("periodo"))
    def period_display(self, obj):
        return obj.period_label

    def get_queryset(self, request):
        queryset = super(RegisterAdmin, self).get_queryset(request)
        return measurements_visible_to(request.user, queryset)
