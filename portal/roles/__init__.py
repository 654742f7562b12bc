"""The institute's roles: who may do what, declared once and applied to Django groups."""

from portal.roles.definitions import ROLES, Role, role_by_key

__all__ = ["ROLES", "Role", "role_by_key"]
