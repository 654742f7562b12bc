"""The admin's sign-in registers: lockouts (with "Desbloquear") and the failure log, read-only."""

from __future__ import annotations

from django.contrib.admin import BooleanFieldListFilter
from django.contrib.admin import display as admin_display
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import ButtonHelper

from portal.modeladmin import GuardedIndexView, RegisterAdmin, RegisterInspectView
from portal.models import SignInAttempt, SignInFailure
from portal.permissions import WrittenByThePortalPermissionHelper
from portal.signin import lockouts, views

#: Spanish labels of axes' fields (its own are English and cannot be changed on a proxy).
FIELD_LABELS = {
    "username": _("usuario"),
    "ip_address": _("dirección IP"),
    "user_agent": _("navegador"),
    "failures_since_start": _("intentos fallidos"),
    "attempt_time": _("fecha y hora"),
    "path_info": _("página de ingreso"),
    "locked_out": _("bloqueó el ingreso"),
}


class ReadOnlyPermissionHelper(WrittenByThePortalPermissionHelper):
    """Axes writes these rows; nobody adds, edits or deletes them here (unlocking is its own action)."""

    def user_can_list(self, user):
        # Nobody holds object permissions on axes' rows: the model permission decides, without
        # the guardian query the admin menu would otherwise make for every other role.
        return self.user_has_any_permissions(user)


class SignInAttemptButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if "unlock" not in (exclude or ()) and views.can_unlock(self.request.user):
            buttons.append(
                {
                    "url": reverse("portal_signinattempt_unlock", args=[obj.pk]),
                    "label": _("Desbloquear"),
                    "classname": self.finalise_classname(classnames_add, classnames_exclude),
                    "title": _("Borrar los intentos fallidos de este usuario y de esta dirección"),
                }
            )
        return buttons


class SpanishLabelsInspectView(RegisterInspectView):
    def get_field_label(self, field_name, field=None):
        labels = {**FIELD_LABELS, **self.model_admin.field_labels}
        return labels.get(field_name) or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        if field_name == "attempt_time":
            return _when(value)
        return value


def _when(moment) -> str:
    return date_format(localtime(moment), "SHORT_DATETIME_FORMAT")


class SignInAttemptInspectView(SpanishLabelsInspectView):
    def get_fields_dict(self):
        attempt = lockouts.with_recent_failures(SignInAttempt.objects.filter(pk=self.instance.pk)).get()
        return [
            *super().get_fields_dict(),
            {"label": _("estado"), "value": lockouts.state_of(attempt).label},
        ]


class LockedOutListFilter(BooleanFieldListFilter):
    """axes' "locked_out" filter, titled in Spanish ("Por bloqueo")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = _("bloqueo")


class LockoutsIndexView(GuardedIndexView):
    page_title = _("Bloqueos de ingreso")


class SignInColumns:
    """List columns shared by both registers, with Spanish headers; labels of the inspect view."""

    field_labels: dict = {}

    @admin_display(description=_("usuario"), ordering="username")
    def user_name(self, obj):
        return obj.username or "—"

    @admin_display(description=_("dirección IP"), ordering="ip_address")
    def address(self, obj):
        return obj.ip_address or "—"

    @admin_display(description=_("fecha y hora"), ordering="attempt_time")
    def when(self, obj):
        return _when(obj.attempt_time)


class SignInAttemptAdmin(SignInColumns, RegisterAdmin):
    model = SignInAttempt
    menu_label = _("Bloqueos de ingreso")
    menu_icon = "lock"
    menu_order = 610
    add_to_settings_menu = True
    permission_helper_class = ReadOnlyPermissionHelper
    button_helper_class = SignInAttemptButtonHelper
    index_view_class = LockoutsIndexView
    inspect_view_class = SignInAttemptInspectView
    # axes moves a row's time to its latest failure.
    field_labels = {"attempt_time": _("último intento")}
    list_display = ("user_name", "address", "failures", "last_failure", "state")
    title_column = "user_name"
    nowrap_columns = ("address", "failures", "last_failure", "state")
    search_fields = ("username", "ip_address")
    inspect_view_fields = (
        "username",
        "ip_address",
        "failures_since_start",
        "attempt_time",
        "path_info",
        "user_agent",
    )

    def get_queryset(self, request):
        return lockouts.with_recent_failures(super().get_queryset(request))

    @admin_display(description=_("intentos fallidos"), ordering="failures_since_start")
    def failures(self, obj):
        return obj.failures_since_start

    @admin_display(description=_("último intento"), ordering="attempt_time")
    def last_failure(self, obj):
        return _when(obj.attempt_time)

    @admin_display(description=_("estado"))
    def state(self, obj):
        return lockouts.state_of(obj).label

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path(
                "portal/signinattempt/<int:pk>/desbloquear/",
                views.unlock,
                name="portal_signinattempt_unlock",
            ),
        )


class SignInFailureAdmin(SignInColumns, RegisterAdmin):
    model = SignInFailure
    menu_label = _("Historial de fallos de ingreso")
    menu_icon = "history"
    menu_order = 611
    add_to_settings_menu = True
    permission_helper_class = ReadOnlyPermissionHelper
    inspect_view_class = SpanishLabelsInspectView
    list_display = ("user_name", "address", "when", "page", "locked")
    title_column = "user_name"
    nowrap_columns = ("address", "when", "locked")
    list_filter = (("locked_out", LockedOutListFilter),)
    search_fields = ("username", "ip_address")
    inspect_view_fields = (
        "username",
        "ip_address",
        "attempt_time",
        "path_info",
        "locked_out",
        "user_agent",
    )

    @admin_display(description=_("página de ingreso"), ordering="path_info")
    def page(self, obj):
        return obj.path_info

    @admin_display(description=_("bloqueó el ingreso"), ordering="locked_out")
    def locked(self, obj):
        return _("Sí") if obj.locked_out else _("No")
