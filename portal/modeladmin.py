"""The base every register's wagtail-modeladmin class starts from."""

from __future__ import annotations

from django.contrib.admin import display as admin_display
from django.contrib.admin.utils import quote
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView, HistoryView, IndexView, InspectView

from portal.admin_views import answer_403
from portal.people import NamedPeopleInspectMixin
from portal.permissions import GuardedPermissionHelper, objects_visible_to
from portal.spreadsheets import SafeCsvExportMixin


class RegisterCreateView(CreateView):
    """Create view that stamps ``created_by`` with the person creating the record."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        instance = kwargs.get("instance")
        if instance is not None and hasattr(instance, "created_by_id"):
            instance.created_by = self.request.user
        return kwargs


class GuardedHistoryView(HistoryView):
    """A record's history, shown only to those who may read the record."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_view_history(user, self.instance)


SAFE_LOOKUPS = {
    "",
    "exact",
    "iexact",
    "in",
    "isnull",
    "gte",
    "lte",
    "gt",
    "lt",
    "year",
    "month",
    "day",
    "id__exact",
    "pk__exact",
}


def lookup_is_allowed(key: str, fields) -> bool:
    """``key`` filters one of ``fields`` with a harmless lookup (never ``owner__password__…``)."""
    for field in fields:
        if key == field or (key.startswith(f"{field}__") and key[len(field) + 2 :] in SAFE_LOOKUPS):
            return True
    return False


class GuardedIndexView(SafeCsvExportMixin, IndexView):
    """wagtail-modeladmin applies any query-string lookup to the list; keep only declared ones.

    Its CSV export writes text that could start a formula as text (``portal.spreadsheets``).
    """

    def get_filters_params(self, params=None):
        fields = self.model_admin.filterable_fields()
        return {
            key: value
            for key, value in super().get_filters_params(params).items()
            if lookup_is_allowed(key, fields)
        }


def inspect_link_column(field_name: str, description):
    """A list column showing ``field_name`` (a record's code) as the link to its inspect view.

    ``code_link = inspect_link_column("code", _("código"))`` in a RegisterAdmin's class body.
    """

    @admin_display(description=description, ordering=field_name)
    def column(model_admin, obj):
        url = model_admin.url_helper.get_action_url("inspect", quote(obj.pk))
        return format_html('<a href="{}">{}</a>', url, getattr(obj, field_name))

    column.__name__ = f"{field_name}_link"
    return column


class RegisterInspectView(NamedPeopleInspectMixin, InspectView):
    """The inspect view: people by name, yes/no answers in words rather than Python's ``True``/``False``."""

    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return gettext("Sí") if value else gettext("No")
        return value


class RegisterAdmin(ModelAdmin):
    """A register: guardian-aware permissions, list scoped per user, inspect view, history.

    Subclasses set ``model``, ``list_display``, ``list_filter``, ``search_fields`` and
    ``list_export``. Create, edit and delete are written to Wagtail's audit log by
    wagtail-modeladmin itself, and the history view lists them.
    """

    permission_helper_class = GuardedPermissionHelper
    create_view_class = RegisterCreateView
    index_view_class = GuardedIndexView
    #: Extra fields the list may be filtered on from a link (beyond ``list_filter``).
    extra_filter_fields: tuple[str, ...] = ()
    history_view_class = GuardedHistoryView
    inspect_view_class = RegisterInspectView
    inspect_view_enabled = True
    add_to_admin_menu = False
    #: The list column that names the record: kept readable (a minimum width) and carrying the
    #: row's actions. Empty: the first column, as wagtail-modeladmin does.
    title_column: str = ""
    #: List columns that never wrap (codes, dates, status badges).
    nowrap_columns: tuple[str, ...] = ()
    #: The registers' list layout (static/css/admin-registers.css): the table scrolls sideways in
    #: its own container instead of running under the filter panel.
    index_view_extra_css = ["css/admin-registers.css"]

    def get_list_display_add_buttons(self, request):
        return self.title_column or super().get_list_display_add_buttons(request)

    def get_extra_class_names_for_field_col(self, obj, field_name):
        if field_name == self.title_column:
            return ["register-title"]
        if field_name in self.nowrap_columns:
            return ["register-nowrap"]
        return []

    def get_queryset(self, request):
        return objects_visible_to(request.user, super().get_queryset(request))

    def filterable_fields(self) -> tuple[str, ...]:
        names = tuple(f if isinstance(f, str) else f[0] for f in self.list_filter if not callable(f))
        return names + tuple(self.extra_filter_fields)

    # Refusals are a 403 page rather than Wagtail's redirect to the dashboard, so clients and
    # tests can tell "not allowed" from "done".
    def index_view(self, request):
        return answer_403(super().index_view)(request)

    def create_view(self, request):
        return answer_403(super().create_view)(request)

    def edit_view(self, request, instance_pk):
        return answer_403(super().edit_view)(request, instance_pk)

    def delete_view(self, request, instance_pk):
        return answer_403(super().delete_view)(request, instance_pk)

    def inspect_view(self, request, instance_pk):
        return answer_403(super().inspect_view)(request, instance_pk)

    def history_view(self, request, instance_pk):
        return answer_403(super().history_view)(request, instance_pk)
