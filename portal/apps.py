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
        from wagtail.admin.forms.models import DIRECT_FORM_FIELD_OVERRIDES, register_form_field_override

        from portal.limits import MAX_FREE_TEXT
        from portal.people import PersonChoiceField
        from portal.roles.sync import sync_roles_after_migrate

        # Admin forms name people, never logins: a "Responsable" is chosen by full name.
        register_form_field_override(
            models.ForeignKey, to=settings.AUTH_USER_MODEL, override={"form_class": PersonChoiceField}
        )

        # Free text in admin forms (a ticket's description, every register's text) is bounded:
        # Wagtail's own override of plain TextFields (its auto-height widget) plus a max_length.
        # Exact class, as Wagtail registers it, so rich text keeps no such limit.
        wagtail_text = DIRECT_FORM_FIELD_OVERRIDES.get(models.TextField, {})
        register_form_field_override(
            models.TextField,
            override=lambda db_field: {
                **wagtail_text,
                "max_length": min(db_field.max_length or MAX_FREE_TEXT, MAX_FREE_TEXT),
            },
            exact_class=True,
        )

        # After every migrate the roles pick up the permissions of models added since.
        post_migrate.connect(sync_roles_after_migrate, sender=self)
