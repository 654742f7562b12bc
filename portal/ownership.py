"""Object permissions that follow a record's responsible person (django-guardian).

A register declares which field holds its responsible and which permissions that person gets
on the record; when the field changes, the old person loses them and the new one gets them.
"""

from __future__ import annotations

from django.db.models.signals import post_save, pre_save
from guardian.shortcuts import assign_perm, remove_perm

_PREVIOUS = "_ownership_previous"


def follow_responsible(model, *, field: str = "responsible", perms: tuple[str, ...] = ("change", "view")):
    """Keep guardian permissions on ``model`` objects in step with ``field``."""
    opts = model._meta
    codenames = [f"{opts.app_label}.{action}_{opts.model_name}" for action in perms]
    attname = f"{field}_id"

    def remember(sender, instance, **kwargs):
        previous = None
        if instance.pk:
            previous = sender.objects.filter(pk=instance.pk).values_list(attname, flat=True).first()
        setattr(instance, _PREVIOUS, previous)

    def apply(sender, instance, created, **kwargs):
        previous, current = getattr(instance, _PREVIOUS, None), getattr(instance, attname)
        if previous == current and not created:
            return
        user_model = opts.get_field(field).related_model
        if previous and previous != current:
            old = user_model.objects.filter(pk=previous).first()
            if old is not None:
                for codename in codenames:
                    remove_perm(codename, old, instance)
        if current:
            new = user_model.objects.get(pk=current)
            for codename in codenames:
                assign_perm(codename, new, instance)

    pre_save.connect(remember, sender=model, weak=False, dispatch_uid=f"ownership-pre-{opts.label}")
    post_save.connect(apply, sender=model, weak=False, dispatch_uid=f"ownership-post-{opts.label}")
