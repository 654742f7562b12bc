"""How a person is shown to other people: by name, never by login."""

from __future__ import annotations

from django import forms
from django.contrib.admin import display as admin_display
from django.contrib.auth import get_user_model
from django.db.models import Manager


def display_name(user) -> str:
    """``user``'s full name; their username when the name is empty; ``""`` without a user."""
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()


class PersonChoiceField(forms.ModelChoiceField):
    """A choice of users labelled by name, in the order of their names.

    Every admin form's foreign key to a user gets it (``portal.apps`` registers it with Wagtail).
    """

    def __init__(self, queryset, **kwargs):
        if queryset is not None and not queryset.ordered:
            queryset = queryset.order_by("first_name", "last_name", "username")
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return display_name(obj)


def person_column(field_name: str, description):
    """A ModelAdmin list column showing the user in ``field_name`` by name, sortable by name.

    ``responsible_name = person_column("responsible", _("responsable"))`` in the class body,
    then ``"responsible_name"`` in ``list_display``. The list should ``select_related`` the field.
    """

    @admin_display(description=description, ordering=f"{field_name}__first_name")
    def column(model_admin, obj):
        return display_name(getattr(obj, field_name))

    column.__name__ = f"{field_name}_name"
    return column


class NamedPeopleInspectMixin:
    """An inspect view that shows the users a record points to by name."""

    def get_field_display_value(self, field_name, field=None):
        user_model = get_user_model()
        value = getattr(self.instance, field_name, None)
        if isinstance(value, user_model):
            return display_name(value)
        if isinstance(value, Manager) and value.model is user_model:
            names = [display_name(user) for user in value.all()]
            return ", ".join(names) or self.model_admin.get_empty_value_display(field_name)
        return super().get_field_display_value(field_name, field)
