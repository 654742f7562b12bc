"""Links from one register record to another (generic, so later features can be cited)."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


def record_admin_url(obj) -> str:
    """The admin page of ``obj`` (its inspect view when it has one); ``""`` if there is none."""
    if obj is None:
        return ""
    opts = obj._meta
    for view in ("inspect", "edit"):
        try:
            return reverse(f"{opts.app_label}_{opts.model_name}_modeladmin_{view}", args=[obj.pk])
        except NoReverseMatch:
            continue
    return ""


class LinkedRecord(models.Model):
    """Abstract: a record of the portal this one cites (a backup run, a ticket, a monitor…)."""

    linked_type = models.ForeignKey(
        ContentType,
        verbose_name=_("tipo de registro vinculado"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linked_id = models.PositiveBigIntegerField(_("registro vinculado"), null=True, blank=True, editable=False)
    linked_record = GenericForeignKey("linked_type", "linked_id")

    class Meta:
        abstract = True

    @property
    def linked_record_url(self) -> str:
        return record_admin_url(self.linked_record)
