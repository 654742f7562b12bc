"""The processes register in the admin (menu Gobernanza)."""

from governance.processes.models import Process
from portal.modeladmin import RegisterAdmin


class ProcessAdmin(RegisterAdmin):
    model = Process
    menu_icon = "sitemap"
    menu_order = 100
    list_display = ("code", "name", "process_type", "leader", "updated_at")
    list_filter = ("process_type",)
    search_fields = ("code", "name", "objective", "leader")
    list_export = ("code", "name", "process_type", "objective", "leader", "updated_at")
    export_filename = "procesos"
