"""Demo institute, platform part: the roles and one user per role.

Passwords are generated, never fixed, and written to ``var/demo-credentials.txt``.
A user whose recorded password still works keeps it, so a second run changes nothing.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from portal.roles import ROLES
from portal.roles.sync import ensure_all_permissions, sync_roles
from portal.settings.env import VAR_DIR

DEMO_EMAIL_DOMAIN = "instituto-demo.example"
DEMO_PEOPLE = {
    "funcionario": ("Fabiola", "Funcionaria Demo"),
    "editor": ("Esteban", "Editor Demo"),
    "publicador": ("Paula", "Publicadora Demo"),
    "tecnico": ("Tomás", "Técnico Demo"),
    "profesional_tic": ("Patricia", "Profesional TIC Demo"),
    "gerente": ("Germán", "Gerente Demo"),
    "auditor": ("Ana", "Auditora Demo"),
    "administrador": ("Adriana", "Administradora Demo"),
}


def credentials_path() -> Path:
    return Path(getattr(settings, "DEMO_CREDENTIALS_FILE", VAR_DIR / "demo-credentials.txt"))


def generate_password() -> str:
    """A random password that passes the project's password validators."""
    return secrets.token_urlsafe(15)


def read_credentials(path: Path) -> dict[str, str]:
    """``username -> password`` from a credentials file written by :func:`write_credentials`."""
    if not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            found[parts[1]] = parts[2]
    return found


def write_credentials(path: Path, rows: list[tuple[str, str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Portal TIC — usuarios de demostración (rol, usuario, contraseña). No usar en producción."]
    lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)


@transaction.atomic
def seed(report) -> None:
    ensure_all_permissions()
    sync_roles()
    report("roles", len(ROLES))

    User = get_user_model()
    path = credentials_path()
    known = read_credentials(path)
    rows = []
    for role in ROLES:
        first, last = DEMO_PEOPLE[role.key]
        user, _ = User.objects.get_or_create(
            username=role.key,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{role.key}@{DEMO_EMAIL_DOMAIN}",
            },
        )
        password = known.get(role.key)
        if not password or not user.check_password(password):
            password = generate_password()
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=role.name))
        rows.append((role.name, role.key, password))
    write_credentials(path, rows)
    report("usuarios de demostración", len(rows))
