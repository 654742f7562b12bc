"""The roles table applied to Django groups."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from portal.roles import ROLES, role_by_key
from portal.roles.definitions import matching_permissions, permission_patterns


def test_patterns_match_app_label_and_codename():
    available = ["governance.view_process", "governance.add_process", "servicedesk.view_ticket"]
    assert matching_permissions(("governance.view_*",), available) == {"governance.view_process"}
    assert matching_permissions(("*.view_*",), available) == {
        "governance.view_process",
        "servicedesk.view_ticket",
    }
    assert matching_permissions(("*",), available) == set(available)


def test_included_roles_add_their_grants():
    profesional = permission_patterns(role_by_key("profesional_tic"))
    for pattern in permission_patterns(role_by_key("tecnico")):
        assert pattern in profesional
    assert "governance.*" in profesional


def test_funcionario_has_no_admin_access_and_the_others_do():
    assert "wagtailadmin.access_admin" not in permission_patterns(role_by_key("funcionario"))
    for role in ROLES:
        if role.key != "funcionario":
            assert "wagtailadmin.access_admin" in permission_patterns(role)


def _snapshot():
    return {
        group.name: (
            sorted(group.permissions.values_list("content_type__app_label", "codename")),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
        )
        for group in Group.objects.all()
    }


@pytest.mark.django_db
def test_migrations_create_every_role_group():
    assert set(Group.objects.values_list("name", flat=True)) >= {role.name for role in ROLES}


@pytest.mark.django_db
def test_sync_roles_twice_gives_identical_permissions():
    call_command("sync_roles", stdout=StringIO())
    first = _snapshot()
    call_command("sync_roles", stdout=StringIO())
    assert _snapshot() == first


@pytest.mark.django_db
def test_sync_roles_removes_a_permission_granted_by_hand():
    from django.contrib.auth.models import Permission

    editor = Group.objects.get(name="Editor")
    stray = Permission.objects.get(content_type__app_label="governance", codename="delete_process")
    editor.permissions.add(stray)
    call_command("sync_roles", stdout=StringIO())
    assert not editor.permissions.filter(pk=stray.pk).exists()


@pytest.mark.django_db
def test_roles_get_the_permissions_the_table_describes():
    def perms(name):
        return {
            f"{app}.{code}"
            for app, code in Group.objects.get(name=name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        }

    assert "governance.change_process" in perms("Profesional TIC")
    assert "governance.view_process" in perms("Auditor")
    assert "governance.change_process" not in perms("Auditor")
    assert "governance.view_process" in perms("Gerente")
    assert "governance.change_process" not in perms("Gerente")
    assert not {p for p in perms("Técnico") if p.startswith("governance.")}
    assert "wagtailadmin.access_admin" not in perms("Funcionario")
    assert "auth.change_user" in perms("Administrador")


@pytest.mark.django_db
def test_only_publicador_and_administrador_may_publish_pages():
    publishers = set(
        GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
            "group__name", flat=True
        )
    )
    assert publishers == {"Publicador", "Administrador"}
    editors = set(
        GroupPagePermission.objects.filter(permission__codename="change_page").values_list(
            "group__name", flat=True
        )
    )
    assert "Editor" in editors


def test_included_roles_add_their_page_and_collection_permissions():
    from portal.roles.definitions import collection_permissions, page_permissions

    publicador = role_by_key("publicador")
    assert set(page_permissions(publicador)) == {"add", "change", "lock", "publish", "unlock"}
    assert "wagtaildocs.add_document" in collection_permissions(publicador)
    assert "wagtaildocs.delete_document" in collection_permissions(publicador)


def test_a_bang_pattern_takes_away_what_it_matches():
    available = ["governance.change_actionplan", "governance.approve_actionplan"]
    assert matching_permissions(("governance.*", "!governance.approve_*"), available) == {
        "governance.change_actionplan"
    }


@pytest.mark.django_db
def test_monitoring_is_kept_by_technicians_and_read_by_managers_and_auditors():
    def perms(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="monitoring")
            .values_list("codename", flat=True)
        )

    keep = {
        "add_monitor",
        "change_monitor",
        "view_monitor",
        "add_maintenancewindow",
        "change_maintenancewindow",
        "view_maintenancewindow",
    }
    for role in ("Técnico", "Profesional TIC"):
        assert keep <= perms(role)
        assert not {p for p in perms(role) if p.startswith("delete_")}
    for role in ("Gerente", "Auditor"):
        assert {"view_monitor", "view_maintenancewindow", "view_statechange"} <= perms(role)
        assert all(p.startswith("view_") for p in perms(role))
    assert perms("Funcionario") == set()
