"""Forms of the technician's work page and of the queue's bulk assignment."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Value
from django.db.models.functions import Coalesce, Concat, Lower, NullIf, Trim
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.limits import MAX_FREE_TEXT
from portal.people import PersonChoiceField
from portal.roles import ROLES
from portal.uploads import CheckedFileField
from servicedesk.tickets.choices import Status
from servicedesk.tickets.models import SupportGroup

#: The role that works tickets (portal/roles/definitions.py).
TECHNICIAN_ROLE = "tecnico"


def ticket_worker_groups() -> list[str]:
    """Names of the role groups whose people work tickets: the Técnico role and roles built on it."""
    return [role.name for role in ROLES if role.key == TECHNICIAN_ROLE or TECHNICIAN_ROLE in role.includes]


def technicians(group: SupportGroup | None = None):
    """Active people who can work tickets, by name; only ``group``'s members when a group is given."""
    user_model = get_user_model()
    in_roles = user_model.groups.through.objects.filter(group__name__in=ticket_worker_groups())
    people = user_model.objects.filter(is_active=True, pk__in=in_roles.values("user_id"))
    if group is not None:
        people = people.filter(support_groups=group)
    # By the name people are shown with (portal.people.display_name): the username when nameless.
    full_name = Trim(Concat("first_name", Value(" "), "last_name"))
    return people.annotate(sort_name=Lower(Coalesce(NullIf(full_name, Value("")), "username"))).order_by(
        "sort_name", "username"
    )


NOT_A_TECHNICIAN = _("Elija un técnico de la mesa de servicios: esa persona no atiende casos.")
NOT_IN_GROUP = _("El técnico no pertenece al grupo asignado.")


class TechnicianChoiceField(PersonChoiceField):
    """The technicians, by name; anyone else posted is refused with a Spanish message."""

    default_error_messages = {"invalid_choice": NOT_A_TECHNICIAN}

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", get_user_model().objects.none())
        super().__init__(**kwargs)


def check_technician_in_group(form, group, technician) -> None:
    """Adds the form error when ``technician`` is not one of ``group``'s technicians."""
    if group is None or technician is None:
        return
    if not technicians(group).filter(pk=technician.pk).exists():
        form.add_error("technician", NOT_IN_GROUP)


class TicketAdminForm(WagtailAdminModelForm):
    """The admin's ticket form: the assigned technician is chosen among the technicians, by name."""

    technician = TechnicianChoiceField(label=_("técnico asignado"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        group = self.instance.group if self.instance.group_id else None
        # Shown: the ticket's group's technicians. Accepted: any technician, then checked against
        # the group posted with it (the group may change in the same save).
        self.fields["technician"].queryset = technicians(None if self.is_bound else group)

    def clean(self):
        data = super().clean()
        check_technician_in_group(self, data.get("group"), data.get("technician"))
        return data


class MoveForm(forms.Form):
    target = forms.ChoiceField(label=_("Nuevo estado"), choices=Status.choices)
    note = forms.CharField(label=_("Nota"), required=False, max_length=500)
    solution = forms.CharField(
        label=_("Solución (la lee el solicitante)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_FREE_TEXT,
    )
    time_spent = forms.IntegerField(
        label=_("Minutos invertidos"), required=False, min_value=0, max_value=100000
    )


class WorkCommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comentario"), widget=forms.Textarea(attrs={"rows": 4}), max_length=MAX_FREE_TEXT
    )
    internal = forms.BooleanField(
        label=_("Interno (solo lo ven los técnicos)"), required=False, initial=False
    )
    file = CheckedFileField(label=_("Adjuntar un archivo (opcional)"), required=False)


def comment_draft_key(ticket) -> str:
    """Session key of the comment a technician typed on ``ticket`` and that was refused.

    The comment view redirects to the ticket; the ticket shows the draft again (files cannot be).
    """
    return f"servicedesk-comment-draft-{ticket.pk}"


#: The largest primary key the databases store (a 64-bit BigAutoField).
MAX_TICKET_ID = 2**63 - 1


def selected_ticket_ids(values) -> list[int]:
    """The ticket ids ticked in a list: ASCII digits within the key range; anything else is dropped
    (an id of 400 nines overflowed SQLite, a Unicode digit like "²" broke ``int``)."""
    ids = (int(value) for value in values if value.isascii() and value.isdigit())
    return [pk for pk in ids if 0 < pk <= MAX_TICKET_ID]


class BulkAssignForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Grupo"), queryset=SupportGroup.objects.all(), required=False, empty_label=_("— sin cambio —")
    )
    technician = TechnicianChoiceField(label=_("Técnico"), required=False, empty_label=_("— sin cambio —"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["technician"].queryset = technicians()

    def clean(self):
        data = super().clean()
        if not data.get("group") and not data.get("technician") and not self.errors:
            raise forms.ValidationError(_("Elija el grupo, el técnico o ambos."))
        check_technician_in_group(self, data.get("group"), data.get("technician"))
        return data
