"""The statistics report's filters: a period of dates (at most five years), a type and a service."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from servicedesk.catalog.models import ServicePage
from servicedesk.stats.queries import Filters
from servicedesk.tickets.choices import TicketType

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
MAX_PERIOD_DAYS = 5 * 366
MAX_PAGE_ID = 2**31 - 1  # Wagtail pages have 32-bit ids


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months: from the first day of the month eleven months ago to today."""
    month = today.year * 12 + today.month - 1 - 11
    return date(month // 12, month % 12 + 1, 1), today


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class ServiceChoiceField(forms.ModelChoiceField):
    """A service by page id; a value no page id can take is refused before it reaches the database."""

    def to_python(self, value):
        if value not in self.empty_values:
            try:
                number = int(value)
            except (TypeError, ValueError):
                number = 0
            if not 0 < number <= MAX_PAGE_ID:
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class StatisticsForm(forms.Form):
    desde = forms.DateField(label=_("Desde"), widget=DateInput())
    hasta = forms.DateField(label=_("Hasta (inclusive)"), widget=DateInput())
    tipo = forms.ChoiceField(label=_("Tipo"), choices=[("", _("Todos")), *TicketType.choices], required=False)
    servicio = ServiceChoiceField(
        label=_("Servicio"),
        queryset=ServicePage.objects.order_by("title"),
        required=False,
        empty_label=_("Todos"),
    )

    @classmethod
    def from_query(cls, query: QueryDict) -> StatisticsForm:
        """The form bound to the page's query string, with the last twelve months when no dates are given."""
        data = query.copy()
        start, end = default_period(timezone.localdate())
        for name, default in (("desde", start), ("hasta", end)):
            if not data.get(name):
                data[name] = default.isoformat()
        return cls(data)

    def _clean_day(self, name: str) -> date:
        day = self.cleaned_data[name]
        if not EARLIEST <= day <= LATEST:
            raise forms.ValidationError(_("Escriba una fecha entre el año 2000 y el 2100."))
        return day

    def clean_desde(self):
        return self._clean_day("desde")

    def clean_hasta(self):
        return self._clean_day("hasta")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("desde"), cleaned.get("hasta")
        if start and end:
            if start > end:
                raise forms.ValidationError(_("La fecha «Desde» no puede ser posterior a la fecha «Hasta»."))
            if (end - start).days >= MAX_PERIOD_DAYS:
                raise forms.ValidationError(_("El periodo no puede pasar de cinco años: acórtelo."))
        return cleaned

    def filters(self) -> Filters:
        """The period as [start, end) dates, plus the chosen type and service."""
        service = self.cleaned_data["servicio"]
        return Filters(
            start=self.cleaned_data["desde"],
            end=self.cleaned_data["hasta"] + timedelta(days=1),
            ticket_type=self.cleaned_data["tipo"],
            service_id=service.pk if service else None,
        )

    def description(self) -> str:
        """The chosen filters in words, for the page and the XLSX header."""
        data = self.cleaned_data
        return gettext("Del %(start)s al %(end)s · Tipo: %(type)s · Servicio: %(service)s") % {
            "start": date_format(data["desde"], "DATE_FORMAT"),
            "end": date_format(data["hasta"], "DATE_FORMAT"),
            "type": TicketType(data["tipo"]).label if data["tipo"] else gettext("todos"),
            "service": data["servicio"].title if data["servicio"] else gettext("todos"),
        }

    def query_string(self) -> str:
        """The valid filters as a query string (for the XLSX link)."""
        data = QueryDict(mutable=True)
        for name in ("desde", "hasta", "tipo", "servicio"):
            value = self.cleaned_data.get(name)
            if value:
                data[name] = value.pk if name == "servicio" else value
        return data.urlencode()
