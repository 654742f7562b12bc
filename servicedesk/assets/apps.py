from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssetsConfig(AppConfig):
    name = "servicedesk.assets"
    label = "assets"
    verbose_name = _("Inventario TIC")
    default_auto_field = "django.db.models.BigAutoField"
