from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigitalGovConfig(AppConfig):
    name = "digital_gov"
    verbose_name = _("Gobierno Digital")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from digital_gov.tasks import on_register_changed
        from portal.published_registers import register_changed

        register_changed.connect(on_register_changed, dispatch_uid="digital_gov_register_changed")
