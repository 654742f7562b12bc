from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceDeskConfig(AppConfig):
    name = "servicedesk"
    verbose_name = _("Mesa de servicios")
    default_auto_field = "django.db.models.BigAutoField"
