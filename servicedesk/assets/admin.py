"""The inventory's registers under "Plataforma": assets (with their kind's form, their life cycle and
their dependencies) and locations."""

from __future__ import annotations

from django.contrib.admin import display as admin_display
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail_modeladmin.helpers import AdminURLHelper
from wagtail_modeladmin.views import WMABaseView

from portal.modeladmin import GuardedIndexView, RegisterAdmin, RegisterInspectView
from portal.permissions import GuardedPermissionHelper
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.assets.attributes import ATTRIBUTES
from servicedesk.assets.choices import HARDWARE, AssetStatus, OccurrenceStatus
from servicedesk.assets.classification import term_ends
from servicedesk.assets.exports import inventory_workbook
from servicedesk.assets.forms import COMMON, CheckInForm, CheckOutForm, DependencyForm, StatusForm
from servicedesk.assets.lifecycle import next_statuses
from servicedesk.assets.models import Asset, AssetDependency, InformationDetails, Location
from servicedesk.assets.related import sections
from servicedesk.assets.rules import can_manage, can_record_maintenance
from servicedesk.assets.selectors import impact_of
from servicedesk.tickets.models import Ticket
from website.institution import institution_name


class AssetURLHelper(AdminURLHelper):
    """Adding and editing an asset go to the inventory's own form (its kind's fields)."""

    def get_action_url(self, action, *args, **kwargs):
        if action == "create":
            return reverse("assets_asset_new")
        if action == "edit":
            return reverse("assets_asset_edit", args=args)
        return super().get_action_url(action, *args, **kwargs)


class ToAssetForm(WMABaseView):
    """The register's own add and edit addresses lead to the inventory's form."""

    instance_pk = None

    def __init__(self, model_admin, instance_pk=None):
        super().__init__(model_admin)
        self.instance_pk = instance_pk

    def dispatch(self, request, *args, **kwargs):
        if self.instance_pk is None:
            return redirect("assets_asset_new")
        return redirect("assets_asset_edit", int(self.instance_pk))


class AssetPermissionHelper(GuardedPermissionHelper):
    """The Técnico keeps equipment; software, services and information assets are the Profesional TIC's."""

    def user_can_edit_obj(self, user, obj):
        return can_manage(user, obj.kind)


class AssetInspectView(RegisterInspectView):
    """An asset: its data and its kind's, what it depends on and what depends on it (the impact of its
    failure), its status history and the forms to move it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        asset = self.instance
        labels = {attribute.key: attribute.label for attribute in ATTRIBUTES.get(asset.kind, ())}
        statuses = dict(AssetStatus.choices)
        can_change = can_manage(self.request.user, asset.kind)
        impact = impact_of(asset)
        context.update(
            asset=asset,
            details=[(labels.get(key, key), value) for key, value in asset.attributes.items()],
            depends_on=AssetDependency.objects.filter(dependent=asset).select_related("dependency"),
            dependents=AssetDependency.objects.filter(dependency=asset).select_related("dependent"),
            impact=impact,
            related=sections([asset.pk, *(other.pk for other, _steps in impact)], self.request.user),
            history=asset.status_changes.select_related("changed_by")[:50],
            can_change=can_change,
            status_form=StatusForm(choices=[(s, statuses[s]) for s in next_statuses(asset.status)])
            if can_change
            else None,
            dependency_form=DependencyForm() if can_change else None,
            assignments=asset.assignments.select_related("holder", "delivered_by", "returned_to")[:30],
            check_out_form=CheckOutForm() if can_change and asset.kind in HARDWARE else None,
            check_in_form=CheckInForm() if can_change else None,
            information=_information_rows(asset),
            can_record=can_record_maintenance(self.request.user, asset.kind),
            next_maintenance=asset.maintenance_occurrences.filter(status=OccurrenceStatus.SCHEDULED)
            .select_related("plan")
            .order_by("due_on")[:5],
            maintenance_records=asset.maintenance_records.select_related("technician")[:20],
            today=timezone.localdate(),
            tickets=Ticket.objects.filter(asset=asset).order_by("-opened_at")[:20],
            can_read_tickets=self.request.user.has_perm("servicedesk.view_ticket"),
        )
        return context


def _information_rows(asset) -> list[tuple[str, str]]:
    """The information asset's details and classification, as (label, text) in the form's order."""
    details = InformationDetails.objects.filter(asset_id=asset.pk).first()
    if details is None:
        return []
    rows = []
    for field in InformationDetails._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in ("asset", "updated_at"):
            continue
        if field.choices:
            value = getattr(details, f"get_{field.name}_display")()
        elif isinstance(getattr(details, field.name), bool):
            value = _("Sí") if getattr(details, field.name) else _("No")
        else:
            value = getattr(details, field.name)
        if value not in (None, ""):
            rows.append((capfirst(field.verbose_name), value))
    ends = term_ends(details.classified_on, details.term_years)
    if ends is not None:
        rows.append((_("La excepción vence el"), ends))
    return rows


class AssetIndexView(GuardedIndexView):
    def write_xlsx_response(self, queryset):
        """The institutional inventory (xlsxwriter, constant memory) instead of Wagtail's generic sheet."""
        response = HttpResponse(
            inventory_workbook(queryset, institution=institution_name(self.request)),
            content_type=XLSX_CONTENT_TYPE,
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.xlsx"'
        return response


class AssetAdmin(RegisterAdmin):
    model = Asset
    index_view_class = AssetIndexView
    export_filename = "inventario-tic"
    menu_label = _("Inventario TIC")
    menu_icon = "desktop"
    menu_order = 100
    url_helper_class = AssetURLHelper
    permission_helper_class = AssetPermissionHelper
    create_view_class = ToAssetForm
    edit_view_class = ToAssetForm
    inspect_view_class = AssetInspectView
    list_display = ("inventory_number", "name", "kind", "status", "location", "custodian_name", "criticality")
    list_filter = ("kind", "status", "criticality", "location")
    list_select_related = ("location", "custodian")
    search_fields = ("inventory_number", "name", "serial", "brand", "model_name")
    title_column = "inventory_number"
    nowrap_columns = ("inventory_number", "status")
    # The form's own fields, with the kind after the inventory number.
    list_export = (COMMON[0], "kind", *COMMON[1:])

    @admin_display(description=_("custodio"), ordering="custodian__first_name")
    def custodian_name(self, obj):
        if obj.custodian is None:
            return "—"
        return obj.custodian.get_full_name() or obj.custodian.get_username()


class LocationAdmin(RegisterAdmin):
    model = Location
    menu_label = _("Ubicaciones")
    menu_icon = "site"
    menu_order = 110
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("site"), FieldPanel("building")]),
            FieldRowPanel([FieldPanel("floor"), FieldPanel("office")]),
        ]
    )
    list_display = ("site", "building", "floor", "office")
    list_filter = ("site",)
    search_fields = ("site", "building", "office")
    list_export = ("site", "building", "floor", "office")
