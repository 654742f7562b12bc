"""Validation of a backup policy's fields, with Spanish messages."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from servicedesk.backups.schedule import is_valid

ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]{0,63}$")


def validate_crontab(value: str) -> None:
    if not is_valid(value or ""):
        raise ValidationError(
            _(
                "«%(value)s» no es una programación válida: escriba cinco campos (minuto hora día mes "
                "día-de-la-semana), p. ej. «0 2 * * *» para todos los días a las 2:00."
            ),
            code="invalid_crontab",
            params={"value": value},
        )


def validate_absolute_path(value: str) -> None:
    path = PurePosixPath(value.strip())
    if not path.is_absolute() or ".." in path.parts:
        raise ValidationError(
            _("«%(value)s» no es una ruta absoluta (debe empezar por «/» y no contener «..»)."),
            code="relative_path",
            params={"value": value},
        )


def validate_folder_lines(value: str) -> None:
    for line in lines(value):
        validate_absolute_path(line)


def validate_env_name(value: str) -> None:
    if value and not ENV_NAME.match(value):
        raise ValidationError(
            _(
                "«%(value)s» no es un nombre de variable de entorno: use mayúsculas, números y «_» "
                "(p. ej. RESTIC_PASSWORD_PORTAL)."
            ),
            code="env_name",
            params={"value": value},
        )


def validate_env_name_lines(value: str) -> None:
    for line in lines(value):
        validate_env_name(line)


def lines(value: str) -> list[str]:
    """The non-empty lines of a text field, stripped."""
    return [line.strip() for line in (value or "").splitlines() if line.strip()]
