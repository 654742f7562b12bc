"""Documents of the processes (procedures, plans…) with their versions."""

from governance.documents.models import ControlledDocument
from portal.modeladmin import RegisterAdmin


class ControlledDocumentAdmin(RegisterAdmin):
    model = ControlledDocument
    menu_icon = "doc-full"
    menu_order = 110
    list_display = ("code", "title", "kind", "process")
    list_filter = ("kind", "process")
    list_select_related = ("process",)
    search_fields = ("code", "title")
    list_export = ("code", "title", "kind", "process")
    export_filename = "documentos-procesos"
