"""Scheduled publishing: Wagtail's ``publish_scheduled`` run as a service."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import DraftStateMixin, Revision


@dataclass(frozen=True)
class PublishingRun:
    went_live: int
    expired: int

    def __str__(self):
        return f"publicados: {self.went_live}; vencidos: {self.expired}"


def _expired_count(now) -> int:
    return sum(
        model._default_manager.filter(live=True, expire_at__lt=now).count()
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin)
        and not model._meta.abstract
        and model._meta.concrete_model is model
    )


def publish_scheduled_content() -> PublishingRun:
    """Publish revisions whose go-live time has passed and unpublish expired content."""
    now = timezone.now()
    due = Revision.objects.filter(approved_go_live_at__lt=now).count()
    expired = _expired_count(now)
    call_command("publish_scheduled", verbosity=0)
    return PublishingRun(went_live=due, expired=expired)
