"""Registers the Gobernanza admin menu; the registers live in their sub-packages."""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from governance.documents.admin import ControlledDocumentAdmin
from governance.processes.admin import ProcessAdmin


class GovernanceGroup(ModelAdminGroup):
    menu_label = _("Gobernanza")
    menu_icon = "clipboard-list"
    menu_order = 200
    items = (ProcessAdmin, ControlledDocumentAdmin)


modeladmin_register(GovernanceGroup)
