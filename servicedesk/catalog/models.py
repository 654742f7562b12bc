"""The staff's service catalog on the intranet: one page per service, each with its request form."""

from __future__ import annotations

import uuid
from itertools import groupby

from django.contrib import messages
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.uploads import UploadNotStored
from servicedesk.catalog.form_builder import (
    KEY_FIELD,
    SERVICE_FIELD_CHOICES,
    ServiceFormBuilder,
    suggest_equipment,
)
from servicedesk.catalog.services import open_from_service_form
from servicedesk.tickets.choices import Level, Priority, TicketType
from servicedesk.tickets.models import ServiceLevel
from servicedesk.tickets.priority import DEFAULT_TARGETS
from website.models.intranet import LoginRequiredPageMixin


class ServiceCatalogPage(LoginRequiredPageMixin, Page):
    """The list of IT services staff may request, grouped by category."""

    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["website.IntranetPage"]
    subpage_types = ["servicedesk.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = _("catálogo de servicios")
        verbose_name_plural = _("catálogos de servicios")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections(query=request.GET.get("q", ""))
        context["query"] = request.GET.get("q", "")[:100]
        return context

    def sections(self, *, query: str = "") -> list[tuple[str, list]]:
        """The live services, grouped by category (those matching ``query`` only, if given)."""
        services = ServicePage.objects.child_of(self).live().select_related("category")
        query = " ".join(query.split())[:100]
        if query:
            services = services.filter(title__icontains=query) | services.filter(summary__icontains=query)
        services = sorted(services, key=lambda s: (s.category.full_name, s.title))
        return [(name, list(items)) for name, items in groupby(services, key=lambda s: s.category.full_name)]


class ServiceFormField(AbstractFormField):
    page = ParentalKey("servicedesk.ServicePage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("tipo de campo"), max_length=16, choices=SERVICE_FIELD_CHOICES)


class ServicePage(LoginRequiredPageMixin, AbstractForm):
    """A service of the catalog; its form files a ticket for the person signed in."""

    summary = models.CharField(_("resumen"), max_length=300)
    description = RichTextField(
        _("descripción del servicio"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    category = models.ForeignKey(
        "servicedesk.TicketCategory",
        verbose_name=_("categoría"),
        on_delete=models.PROTECT,
        related_name="services",
    )
    owner_group = models.ForeignKey(
        "servicedesk.SupportGroup",
        verbose_name=_("grupo responsable"),
        on_delete=models.PROTECT,
        related_name="services",
    )
    ticket_type = models.CharField(
        _("tipo de caso que genera"), max_length=14, choices=TicketType.choices, default=TicketType.REQUEST
    )
    criticality = models.CharField(
        _("criticidad"),
        max_length=5,
        choices=Level.choices,
        default=Level.MEDIUM,
        help_text=_("Cuánto afecta al Instituto que el servicio falle: fija el impacto de sus incidentes."),
    )
    hours = models.CharField(
        _("horario de atención"), max_length=200, default="Lunes a viernes, 8:00 a 12:00 y 13:00 a 17:00"
    )
    requirements = models.TextField(_("requisitos"), blank=True)
    thank_you_text = RichTextField(_("mensaje al enviar"), blank=True, features=["bold", "italic", "link"])

    form_builder = ServiceFormBuilder
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("owner_group")]),
                FieldRowPanel([FieldPanel("ticket_type"), FieldPanel("criticality")]),
                FieldPanel("hours"),
                FieldPanel("requirements"),
            ],
            heading=_("Servicio"),
        ),
        InlinePanel("form_fields", label=_("Campos del formulario de solicitud")),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("description")]
    parent_page_types = ["servicedesk.ServiceCatalogPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("servicio del catálogo")
        verbose_name_plural = _("servicios del catálogo")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["targets"] = self.targets()
        return context

    def targets(self) -> list[dict]:
        """Time to own and to resolve per priority (business seconds) for this service."""
        levels = {
            level.priority: (level.time_to_own * 60, level.time_to_resolve * 60)
            for level in ServiceLevel.objects.filter(service__isnull=True)
        }
        levels.update(
            {
                level.priority: (level.time_to_own * 60, level.time_to_resolve * 60)
                for level in ServiceLevel.objects.filter(service=self)
            }
        )
        return [
            {
                "priority": label,
                "own_seconds": levels.get(value, DEFAULT_TARGETS[value])[0],
                "resolve_seconds": levels.get(value, DEFAULT_TARGETS[value])[1],
            }
            for value, label in Priority.choices
        ]

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        suggest_equipment(form, kwargs.get("user"))
        if not form.is_bound:
            form.fields[KEY_FIELD].initial = uuid.uuid4()
        return form

    def process_form_submission(self, form):
        return open_from_service_form(page=self, form=form)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and request.user.is_authenticated:
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                try:
                    ticket = self.process_form_submission(form)
                except UploadNotStored as error:
                    form.add_error(None, error)
                else:
                    messages.success(
                        request,
                        gettext("Su solicitud quedó registrada con el número %(number)s.")
                        % {"number": ticket.number},
                    )
                    return redirect("servicedesk_my_ticket", pk=ticket.pk)
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=400)
        return super().serve(request, *args, **kwargs)
