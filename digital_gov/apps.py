from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigitalGovConfig(AppConfig):
    name = "digital_gov"
    verbose_name = _("Gobierno Digital")
    default_auto_field = "django.db.models.BigAutoField"

