"""The form of a maintenance record: the work done, and the plan's checklist ticked task by task."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.assets.choices import MaintenanceKind
from servicedesk.tickets.models import Ticket

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TASK = "tarea_"


def technicians():
    """Active people who may record maintenance (by their role, or administrators)."""
    may_record = Q(
        groups__permissions__codename="add_maintenancerecord",
        groups__permissions__content_type__app_label="assets",
    )
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | may_record, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class MaintenanceRecordForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Tipo"), choices=MaintenanceKind.choices)
    performed_on = forms.DateField(label=gettext_lazy("Fecha"), widget=DATE)
    technician = forms.ModelChoiceField(
        label=gettext_lazy("Técnico"), queryset=get_user_model().objects.none()
    )
    minutes = forms.IntegerField(label=gettext_lazy("Tiempo (minutos)"), min_value=1, max_value=60 * 24 * 7)
    findings = forms.CharField(
        label=gettext_lazy("Hallazgos"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    parts = forms.CharField(
        label=gettext_lazy("Repuestos"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    cost = forms.DecimalField(
        label=gettext_lazy("Costo (COP)"), required=False, min_value=0, max_digits=12, decimal_places=2
    )
    ticket = forms.CharField(
        label=gettext_lazy("Caso relacionado"),
        required=False,
        max_length=30,
        help_text=gettext_lazy("El número del caso de la mesa de ayuda, si lo hay (p. ej. #123)."),
    )

    def __init__(self, *args, tasks: list[str] = (), preventive: bool = False, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.tasks = list(tasks)
        self.fields["technician"].queryset = technicians()
        self.fields["technician"].label_from_instance = lambda person: (
            person.get_full_name() or person.username
        )
        self.fields["technician"].initial = user.pk if user is not None else None
        self.fields["performed_on"].initial = timezone.localdate()
        if preventive:
            self.fields["kind"].initial = MaintenanceKind.PREVENTIVE
            self.fields["kind"].disabled = True
        for index, task in enumerate(self.tasks):
            self.fields[f"{TASK}{index}"] = forms.BooleanField(label=task, required=False)

    def clean_performed_on(self):
        day = self.cleaned_data["performed_on"]
        if day > timezone.localdate():
            raise ValidationError(_("La fecha del mantenimiento no puede ser futura."))
        return day

    def clean_ticket(self):
        number = self.cleaned_data["ticket"].strip().lstrip("#")
        if not number:
            return None
        valid = number.isascii() and number.isdecimal() and len(number) < 12
        ticket = Ticket.objects.filter(pk=int(number)).first() if valid else None
        if ticket is None:
            raise ValidationError(_("No hay un caso con el número «%(number)s».") % {"number": number})
        return ticket

    def results(self) -> list[dict]:
        return [
            {"task": task, "done": bool(self.cleaned_data.get(f"{TASK}{index}"))}
            for index, task in enumerate(self.tasks)
        ]
