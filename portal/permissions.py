"""One permission rule for every register: model permission **or** object permission.

Model (group) permissions come from the roles table; object permissions are granted with
django-guardian to the person responsible for a record (the responsible of a risk, the
auditors of an audit…). Every wagtail-modeladmin register uses :class:`GuardedPermissionHelper`
and scopes its list with :func:`objects_visible_to`.
"""

from __future__ import annotations

from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
from guardian.models import GroupObjectPermission, UserObjectPermission
from guardian.shortcuts import get_objects_for_user
from wagtail_modeladmin.helpers import PermissionHelper

READ_ACTIONS = ("view", "change")


def perm_name(model: type[Model], action: str) -> str:
    """``"app_label.action_modelname"`` for ``model``."""
    opts = model._meta
    return f"{opts.app_label}.{get_permission_codename(action, opts)}"


def user_can(user, action: str, obj: Model) -> bool:
    """Whether ``user`` may ``action`` ``obj``: by model permission or guardian object permission."""
    if not user.is_active:
        return False
    perm = perm_name(type(obj), action)
    return user.has_perm(perm) or obj.pk in _objects_with_perm(user, type(obj), action)


def _objects_with_perm(user, model: type[Model], action: str) -> set:
    """Primary keys of ``model`` objects on which ``user`` holds the object permission ``action``.

    Read once per user object (a request's user), so a list of N records costs one query,
    not one per record.
    """
    if not user.is_authenticated:
        return set()
    cache = user.__dict__.setdefault("_object_perm_cache", {})
    key = (model._meta.label, action)
    if key not in cache:
        codename = get_permission_codename(action, model._meta)
        cache[key] = set(
            get_objects_for_user(
                user, codename, klass=model._default_manager.all(), accept_global_perms=False
            ).values_list("pk", flat=True)
        )
    return cache[key]


def has_model_permission(user, model: type[Model], actions=READ_ACTIONS) -> bool:
    """Whether ``user`` holds any of ``actions`` on the whole model."""
    return any(user.has_perm(perm_name(model, action)) for action in actions)


def objects_visible_to(user, queryset: QuerySet, actions=READ_ACTIONS) -> QuerySet:
    """``queryset`` narrowed to what ``user`` may read.

    A model-wide view/change permission shows everything; otherwise only the objects
    the user holds a guardian permission on.
    """
    if has_model_permission(user, queryset.model, actions):
        return queryset
    codenames = [get_permission_codename(a, queryset.model._meta) for a in actions]
    return get_objects_for_user(user, codenames, klass=queryset, any_perm=True, accept_global_perms=False)


def _content_types_with_object_perms(user) -> set[int]:
    """Content types on which ``user`` holds any guardian permission (one query per user object).

    The admin menu asks every register whether the user may read any of its records; this
    answers "no" for most of them without a query each.
    """
    if not user.is_authenticated:
        return set()
    cache = user.__dict__
    if "_object_perm_content_types" not in cache:
        own = UserObjectPermission.objects.filter(user=user).values_list("content_type_id", flat=True)
        groups = GroupObjectPermission.objects.filter(group__user=user).values_list(
            "content_type_id", flat=True
        )
        cache["_object_perm_content_types"] = set(own.union(groups))
    return cache["_object_perm_content_types"]


def user_can_read_any(user, model: type[Model]) -> bool:
    """Whether ``user`` may read ``model`` records at all (model permission or some object's)."""
    if has_model_permission(user, model):
        return True
    if ContentType.objects.get_for_model(model).pk not in _content_types_with_object_perms(user):
        return False
    return objects_visible_to(user, model._default_manager.all()).exists()


class GuardedPermissionHelper(PermissionHelper):
    """wagtail-modeladmin permission helper that also honours guardian object permissions."""

    def user_can_list(self, user):
        return self.user_has_any_permissions(user) or user_can_read_any(user, self.model)

    def user_can_inspect_obj(self, user, obj):
        if not self.inspect_view_enabled:
            return False
        return any(user_can(user, action, obj) for action in READ_ACTIONS)

    def user_can_edit_obj(self, user, obj):
        return user_can(user, "change", obj)

    def user_can_delete_obj(self, user, obj):
        return user_can(user, "delete", obj)

    def user_can_view_history(self, user, obj):
        """History follows read access: whoever may inspect or edit a record sees its history."""
        return any(user_can(user, action, obj) for action in READ_ACTIONS)


class WrittenByThePortalPermissionHelper(GuardedPermissionHelper):
    """A register the portal writes by itself (import runs, sign-in attempts): nobody adds,
    edits or deletes its rows in the admin; reading follows the register's permissions."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False
