from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Sitio web")
    default_auto_field = "django.db.models.BigAutoField"
