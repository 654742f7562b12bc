"""The register of GLPI imports: read-only, each run with its counts and its errors."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.modeladmin import RegisterAdmin, RegisterInspectView
from portal.permissions import WrittenByThePortalPermissionHelper
from servicedesk.glpi.models import GlpiImportRun


def errors_html(errors) -> str:
    """A run's errors as a list ("Caso 123: Fecha no válida…"), escaped."""
    if not errors:
        return _("Ninguno")
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            "<li>{}</li>",
            (
                (
                    _("Caso %(id)s: %(message)s")
                    % {"id": error.get("glpi_id"), "message": error.get("message")}
                    if error.get("glpi_id")
                    else error.get("message", ""),
                )
                for error in errors
            ),
        ),
    )


class ImportRunPermissionHelper(WrittenByThePortalPermissionHelper):
    """Runs are written by the import only: nobody adds, edits or deletes them here."""


class ImportRunInspectView(RegisterInspectView):
    def get_field_display_value(self, field_name, field=None):
        if field_name == "errors":
            return errors_html(self.instance.errors)
        return super().get_field_display_value(field_name, field)


class GlpiImportRunAdmin(RegisterAdmin):
    model = GlpiImportRun
    menu_label = gettext_lazy("Importaciones GLPI")
    menu_icon = "download"
    permission_helper_class = ImportRunPermissionHelper
    inspect_view_class = ImportRunInspectView
    list_display = (
        "source",
        "source_name",
        "started_at",
        "status",
        "created",
        "updated",
        "skipped",
        "failed",
    )
    list_filter = ("source", "status")
    search_fields = ("source_name",)
    inspect_view_fields = (
        "source",
        "source_name",
        "started_at",
        "finished_at",
        "status",
        "triggered_by",
        "created",
        "updated",
        "skipped",
        "failed",
        "errors",
    )
