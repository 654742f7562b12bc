from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Sitio web")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website.shell_cache import connect_signals
        from website.workflows import ensure_editorial_workflow_after_migrate

        connect_signals()
        post_migrate.connect(ensure_editorial_workflow_after_migrate, sender=self)
