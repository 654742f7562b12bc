from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal TIC")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from portal.people import PersonChoiceField
        from portal.roles.sync import sync_roles_after_migrate

        # Admin forms name people, never logins: a "Responsable" is chosen by full name.
        register_form_field_override(
            models.ForeignKey, to=settings.AUTH_USER_MODEL, override={"form_class": PersonChoiceField}
        )

        # After every migrate the roles pick up the permissions of models added since.
        post_migrate.connect(sync_roles_after_migrate, sender=self)
