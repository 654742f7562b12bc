"""The roles table of DESIGN.md as data.

Each role grants model permissions by pattern (``fnmatch`` over ``"app_label.codename"``),
so a model added by a later feature is picked up by ``sync_roles`` without editing every
role. Page permissions are granted on the tree root and collection permissions on the
root collection, so they cover the whole site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from django.utils.translation import gettext_lazy as _

#: The apps whose registers the portal itself defines.
#: ``monitoring`` is ``servicedesk.monitoring``, an app of its own for its migrations.
#: ``backups`` and ``assets`` are ``servicedesk.backups`` and ``servicedesk.assets``, likewise.
PROJECT_APPS = (
    "portal",
    "website",
    "digital_gov",
    "governance",
    "servicedesk",
    "monitoring",
    "backups",
    "assets",
)

ADMIN_ACCESS = "wagtailadmin.access_admin"

#: Groups Wagtail creates on install; the roles below replace them (removed while empty).
REPLACED_GROUPS = ("Editors", "Moderators")


#: Failed sign-ins name the accounts under attack and whatever was typed as a user name (now
#: and then a password): the Administrador's alone, not part of "view everything".
SIGN_IN_RECORDS = ("portal.*_signinattempt", "portal.*_signinfailure")


def _view_all() -> tuple[str, ...]:
    return (
        tuple(f"{app}.view_*" for app in PROJECT_APPS)
        + ("wagtailcore.view_*", "wagtaildocs.view_*", "wagtailimages.view_*")
        + tuple(f"!{pattern}" for pattern in SIGN_IN_RECORDS)
    )


@dataclass(frozen=True)
class Role:
    """A role of the institute, applied to the Django group called ``name``."""

    key: str
    name: str
    description: str
    admin_access: bool = False
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()
    # Roles whose grants this role includes (evaluated before its own).
    includes: tuple[str, ...] = field(default=())


_MEDIA_EDITING = (
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
)
_MEDIA_DELETION = ("wagtaildocs.delete_document", "wagtailimages.delete_image")

_EDITOR_CONTENT = _MEDIA_EDITING + (
    "website.view_*",
    "website.add_*",
    "website.change_*",
    "digital_gov.view_*",
    "digital_gov.add_dataset*",
    "digital_gov.change_dataset*",
)

_SERVICE_DESK_OPERATION = (
    "servicedesk.view_*",
    "servicedesk.add_ticket",
    "servicedesk.change_ticket",
    "servicedesk.add_ticketcomment",
    "servicedesk.add_ticketattachment",
    "servicedesk.add_ticketstatuschange",
    # Inventory: the technicians keep the equipment (software, services and information assets
    # are the Profesional TIC's: assets.manage_any_kind), its locations and dependencies.
    "assets.view_*",
    "assets.add_asset",
    "assets.change_asset",
    "assets.add_assetdependency",
    "assets.delete_assetdependency",
    "assets.add_location",
    "assets.change_location",
    # Maintenance: plans, what is scheduled from them, and the records of the work done.
    "assets.add_maintenanceplan",
    "assets.change_maintenanceplan",
    "assets.change_maintenanceoccurrence",
    "assets.add_maintenancerecord",
    # Physical inventory: they walk the offices and tick the checklist of the open campaigns.
    "assets.change_auditcheck",
    "servicedesk.add_maintenance*",
    "servicedesk.change_maintenance*",
    # Monitoring: the technicians keep the monitors and plan maintenance, and read the results.
    "monitoring.view_*",
    "monitoring.add_monitor",
    "monitoring.change_monitor",
    "monitoring.add_maintenancewindow",
    "monitoring.change_maintenancewindow",
    # Backups: the technicians read the runs; the Profesional TIC keeps the policies.
    "backups.view_backuprun",
    "backups.view_backupartifact",
    "portal.view_schedulerheartbeat",
)

ROLES: tuple[Role, ...] = (
    Role(
        key="funcionario",
        name="Funcionario",
        description=_("Servidor público: catálogo de servicios, sus solicitudes y equipos."),
        permissions=(
            "servicedesk.add_ticket",
            "servicedesk.add_accessrequest",
        ),
    ),
    Role(
        key="editor",
        name="Editor",
        description=_("Redacta páginas, noticias, documentos y conjuntos de datos y los envía a revisión."),
        admin_access=True,
        permissions=_EDITOR_CONTENT,
        page_permissions=("add", "change", "lock"),
        collection_permissions=_MEDIA_EDITING,
    ),
    Role(
        key="publicador",
        name="Publicador",
        description=_("Aprueba el flujo de revisión y publica contenido."),
        admin_access=True,
        includes=("editor",),
        permissions=("website.delete_*", "digital_gov.delete_dataset*", *_MEDIA_DELETION),
        page_permissions=("publish", "unlock"),
        collection_permissions=_MEDIA_DELETION,
    ),
    Role(
        key="tecnico",
        name="Técnico",
        description=_("Mesa de servicios: tickets, activos, mantenimiento y monitoreo."),
        admin_access=True,
        permissions=_SERVICE_DESK_OPERATION,
    ),
    Role(
        key="profesional_tic",
        name="Profesional TIC",
        description=_("Líder del proceso: registros de gobernanza, cambios, accesos y copias de seguridad."),
        admin_access=True,
        includes=("tecnico",),
        permissions=(
            "governance.*",
            "!governance.approve_*",  # plans are approved by the Gerente
            # Internal control's independence: audits, findings and effectiveness are the
            # auditors'; progress is reported by each action's responsible (object permission).
            "!governance.add_audit*",
            "!governance.change_audit*",
            "!governance.delete_audit*",
            "!governance.add_checklistitem",
            "!governance.change_checklistitem",
            "!governance.delete_checklistitem",
            "!governance.add_finding",
            "!governance.change_finding",
            "!governance.delete_finding",
            "!governance.add_effectiveness*",
            "!governance.change_effectiveness*",
            "!governance.delete_effectiveness*",
            "!governance.report_progress_*",
            "servicedesk.*_change*",
            "servicedesk.*_access*",
            # The service desk's configuration: groups, categories, priority matrix, service levels.
            "servicedesk.*_supportgroup",
            "servicedesk.*_ticketcategory",
            "servicedesk.change_prioritymatrixcell",
            "servicedesk.*_servicelevel",
            "servicedesk.change_servicedesksettings",
            # Backups: policies, running them now, restore drills.
            "backups.*",
            # The whole inventory, every kind of asset.
            "assets.*",
        ),
    ),
    Role(
        key="gerente",
        name="Gerente",
        description=_("Consulta todo y aprueba cambios, accesos y planes."),
        admin_access=True,
        # Backups are read by the IT office and Internal Control only.
        permissions=_view_all() + ("*.approve_*", "!backups.*"),
    ),
    Role(
        key="auditor",
        name="Auditor",
        description=_("Control interno: lee todos los registros y su historia; audita y evalúa la eficacia."),
        admin_access=True,
        permissions=_view_all()
        + (
            "governance.add_audit*",
            "governance.add_finding*",
            "governance.add_effectiveness*",
        ),
    ),
    Role(
        key="administrador",
        name="Administrador",
        description=_("Administra la plataforma: todos los permisos."),
        admin_access=True,
        permissions=("*",),
        page_permissions=("add", "bulk_delete", "change", "lock", "publish", "unlock"),
        collection_permissions=_MEDIA_EDITING + _MEDIA_DELETION,
    ),
)


def role_by_key(key: str) -> Role:
    """The role with the given key; ``KeyError`` if there is none."""
    for role in ROLES:
        if role.key == key:
            return role
    raise KeyError(key)


def permission_patterns(role: Role) -> tuple[str, ...]:
    """Every permission pattern of ``role``, including those of the roles it includes."""
    patterns: list[str] = []
    for included in role.includes:
        patterns.extend(permission_patterns(role_by_key(included)))
    if role.admin_access:
        patterns.append(ADMIN_ACCESS)
    patterns.extend(role.permissions)
    return tuple(dict.fromkeys(patterns))


def page_permissions(role: Role) -> tuple[str, ...]:
    """Page permission actions of ``role``, including those of the roles it includes."""
    actions = [a for included in role.includes for a in page_permissions(role_by_key(included))]
    return tuple(dict.fromkeys([*actions, *role.page_permissions]))


def collection_permissions(role: Role) -> tuple[str, ...]:
    """Collection permissions of ``role``, including those of the roles it includes."""
    perms = [p for included in role.includes for p in collection_permissions(role_by_key(included))]
    return tuple(dict.fromkeys([*perms, *role.collection_permissions]))


def matching_permissions(patterns: tuple[str, ...], available: list[str]) -> set[str]:
    """The ``"app_label.codename"`` strings in ``available`` that the patterns grant.

    A pattern starting with ``!`` takes away what it matches (``"!governance.approve_*"``).
    """

    grants = [p for p in patterns if not p.startswith("!")]
    denials = [p[1:] for p in patterns if p.startswith("!")]
    return {
        perm
        for perm in available
        if any(fnmatchcase(perm, p) for p in grants) and not any(fnmatchcase(perm, p) for p in denials)
    }
