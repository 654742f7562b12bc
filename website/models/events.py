"""Events: a calendar of the institute's activities, each downloadable as iCalendar."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BodyBlock
from website.ical import event_calendar


class EventIndexPage(Page):
    """Upcoming and past events."""

    intro = models.CharField(_("introducción"), max_length=300, blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["website.EventPage"]

    class Meta:
        verbose_name = _("calendario de eventos")
        verbose_name_plural = _("calendarios de eventos")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().public().order_by("starts_at")
        now = timezone.now()
        context["upcoming"] = events.filter(ends_at__gte=now)
        context["past"] = events.filter(ends_at__lt=now).order_by("-starts_at")[:20]
        return context


class EventPage(RoutablePageMixin, Page):
    """An activity with a date, a place and an iCalendar file."""

    starts_at = models.DateTimeField(_("inicio"))
    ends_at = models.DateTimeField(_("fin"))
    location = models.CharField(_("lugar"), max_length=255, blank=True)
    online_url = models.URLField(_("enlace de conexión"), blank=True)
    summary = models.CharField(_("resumen"), max_length=300)
    body = StreamField(BodyBlock(), verbose_name=_("contenido"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("location"),
        FieldPanel("online_url"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("location")]
    parent_page_types = ["website.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("evento")
        verbose_name_plural = _("eventos")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("El fin del evento no puede ser anterior a su inicio.")})

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("ical/")
    def ical(self, request):
        body = event_calendar(
            uid=f"evento-{self.pk}@{request.get_host()}",
            title=self.title,
            summary=self.summary,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            location=self.location or self.online_url,
            url=self.get_full_url(request),
            last_modified=self.last_published_at or timezone.now(),
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
