"""The base every register's wagtail-modeladmin class starts from."""

from __future__ import annotations

from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView, HistoryView

from portal.admin_views import answer_403
from portal.permissions import GuardedPermissionHelper, objects_visible_to


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


class RegisterAdmin(ModelAdmin):
    """A register: guardian-aware permissions, list scoped per user, inspect view, history.

    Subclasses set ``model``, ``list_display``, ``list_filter``, ``search_fields`` and
    ``list_export``. Create, edit and delete are written to Wagtail's audit log by
    wagtail-modeladmin itself, and the history view lists them.
    """

    permission_helper_class = GuardedPermissionHelper
    create_view_class = RegisterCreateView
    history_view_class = GuardedHistoryView
    inspect_view_enabled = True
    add_to_admin_menu = False

    def get_queryset(self, request):
        return objects_visible_to(request.user, super().get_queryset(request))

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
