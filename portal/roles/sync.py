"""Apply the roles table to Django groups, idempotently.

The table in ``definitions.py`` is the source of truth: after a sync each role's group has
exactly the permissions the table grants, on models, on the page tree root and on the root
collection. Running it twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, transaction

from portal.roles.definitions import (
    REPLACED_GROUPS,
    ROLES,
    Role,
    collection_permissions,
    matching_permissions,
    page_permissions,
    permission_patterns,
)


@dataclass(frozen=True)
class RoleSyncResult:
    role: str
    model_permissions: int
    page_permissions: int
    collection_permissions: int


def sync_roles(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> list[RoleSyncResult]:
    """Create the role groups if missing and set their permissions to the table's."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rows = Permission.objects.using(using).select_related("content_type")
    by_name = {f"{p.content_type.app_label}.{p.codename}": p for p in rows}
    available = sorted(by_name)

    results = []
    with transaction.atomic(using=using):
        for role in ROLES:
            group, _ = Group.objects.using(using).get_or_create(name=role.name)
            wanted = matching_permissions(permission_patterns(role), available)
            group.permissions.set([by_name[name] for name in wanted])
            pages = _sync_page_permissions(apps, using, group, role, by_name)
            collections = _sync_collection_permissions(apps, using, group, role, by_name)
            results.append(RoleSyncResult(role.name, len(wanted), pages, collections))
        # Wagtail's starter groups would grant page rights outside the roles table.
        Group.objects.using(using).filter(name__in=REPLACED_GROUPS, user__isnull=True).delete()
    return results


def _sync_page_permissions(apps, using, group, role: Role, by_name) -> int:
    wanted = [by_name[f"wagtailcore.{action}_page"] for action in page_permissions(role)]
    return _sync_tree_root_permissions(apps, using, group, "Page", "GroupPagePermission", "page", wanted)


def _sync_collection_permissions(apps, using, group, role: Role, by_name) -> int:
    wanted = [by_name[name] for name in collection_permissions(role) if name in by_name]
    return _sync_tree_root_permissions(
        apps, using, group, "Collection", "GroupCollectionPermission", "collection", wanted
    )


def _sync_tree_root_permissions(apps, using, group, tree_model, link_model, field, wanted) -> int:
    """Give ``group`` exactly ``wanted`` on the root of a Wagtail tree (pages or collections)."""
    root = apps.get_model("wagtailcore", tree_model).objects.using(using).filter(depth=1).first()
    if root is None:
        return 0
    links = apps.get_model("wagtailcore", link_model).objects.using(using)
    links.filter(group=group).exclude(**{field: root, "permission__in": wanted}).delete()
    for permission in wanted:
        links.get_or_create(group=group, permission=permission, **{field: root})
    return len(wanted)


def ensure_all_permissions(using: str = DEFAULT_DB_ALIAS) -> None:
    """Create the default permissions of every installed model (Django does it per app)."""
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)


def sync_roles_after_migrate(sender, using=DEFAULT_DB_ALIAS, plan=None, **kwargs) -> None:
    """``post_migrate`` receiver: give the roles the permissions of any new model."""
    ensure_all_permissions(using=using)
    sync_roles(using=using)
