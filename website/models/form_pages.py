"""Forms editors build in the admin (contact, surveys…), protected against spam."""

from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from portal.client_address import ratelimit_key
from portal.form_builders import BoundedFormBuilder
from portal.mail import send_later
from website.models.institution import InstitutionSettings

HONEYPOT_FIELD = "sitio_web"
#: Submissions of one form a client address may send (django-ratelimit's fixed window).
SUBMISSION_RATE = "5/10m"


class FormField(AbstractFormField):
    page = ParentalKey("website.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm):
    """A form whose submissions are stored and e-mailed to the institution."""

    form_builder = BoundedFormBuilder
    intro = RichTextField(_("introducción"), blank=True, features=["bold", "italic", "link", "ul"])
    thank_you_text = RichTextField(
        _("mensaje de agradecimiento"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Campos del formulario")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Correo"),
        ),
    ]

    class Meta:
        verbose_name = _("página de formulario")
        verbose_name_plural = _("páginas de formulario")

    def get_submissions_list_view_class(self):
        # Admin views need the app registry ready, so they are imported when the list is asked
        # for, as Wagtail does itself.
        from website.form_submissions import SafeSubmissionsListView

        return SafeSubmissionsListView

    def get_form_class(self):
        form_class = super().get_form_class()
        # A field people never see; bots that fill every input give themselves away.
        form_class.base_fields[HONEYPOT_FIELD] = forms.CharField(required=False, label=_("Sitio web"))
        return form_class

    def recipients(self) -> str:
        """Where submissions go: the page's addresses, else the institution's e-mail."""
        if self.to_address:
            return self.to_address
        return InstitutionSettings.for_site(self.get_site()).email

    def send_mail(self, form):
        """Queue the submission's mail for after the commit: a mail server that is down never
        turns a stored submission into an error page (see ``portal.mail``)."""
        send_later(
            subject=self.subject,
            body=self.render_email(form),
            recipients=(self.recipients() or "").split(","),
            from_email=self.from_address or None,
        )

    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(
            form_data={k: v for k, v in form.cleaned_data.items() if k != HONEYPOT_FIELD}, page=self
        )
        self.send_mail(form)
        return submission

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if request.POST.get(HONEYPOT_FIELD):
                # Looks like success to the bot; nothing is stored or sent.
                return self.render_landing_page(request, None, *args, **kwargs)
            if is_ratelimited(
                request, group=f"form:{self.pk}", key=ratelimit_key, rate=SUBMISSION_RATE, increment=True
            ):
                context = self.get_context(request)
                context["form"] = self.get_form(request.POST, page=self, user=request.user)
                context["rate_limited"] = True
                return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)
