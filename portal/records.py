"""The fields every register record carries (DESIGN.md, conventions)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegisterRecord(models.Model):
    """Abstract base: when a record was created and changed, and by whom it was created."""

    created_at = models.DateTimeField(_("creado el"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado el"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("creado por"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True
