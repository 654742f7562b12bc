"""The transparency menu as Wagtail pages: index → numbered sections → numbered items."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from digital_gov.transparency.anexo2 import number_key
from digital_gov.transparency.published import register_choices, register_context, take_snapshot
from digital_gov.transparency.registers import get_listing, listing_choices
from digital_gov.transparency.tree import transparency_tree as _transparency_tree

RICH_TEXT = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
number_validator = RegexValidator(r"^\d{1,2}(\.\d{1,3}){0,3}$", _("Use un número como 4, 4.7 o 2.1.3."))


class UpdateFrequency(models.TextChoices):
    PERMANENT = "permanente", _("Permanente (cuando cambie)")
    MONTHLY = "mensual", _("Mensual")
    QUARTERLY = "trimestral", _("Trimestral")
    BIANNUAL = "semestral", _("Semestral")
    ANNUAL = "anual", _("Anual")


class Applicability(models.Model):
    """Whether a menu entry applies to the institute, and why not (A2 §2.4.2: never empty)."""

    applies = models.BooleanField(_("aplica a la entidad"), default=True)
    not_applicable_justification = models.TextField(
        _("justificación legal de no aplicación"),
        blank=True,
        help_text=_("Obligatoria si no aplica: cite la norma que excluye a la entidad."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.applies and not self.not_applicable_justification.strip():
            raise ValidationError(
                {"not_applicable_justification": _("Si el ítem no aplica, escriba la justificación legal.")}
            )


class TransparencyIndexPage(Page):
    """``/transparencia/``: the whole menu with its numbers."""

    intro = RichTextField(_("introducción"), blank=True, features=RICH_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["digital_gov.TransparencySectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("índice de transparencia")
        verbose_name_plural = _("índices de transparencia")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = transparency_tree(self, request)
        return context


class TransparencySectionPage(Applicability, Page):
    """One of the ten numbered categories."""

    number = models.CharField(_("número"), max_length=12, validators=[number_validator])
    intro = RichTextField(_("introducción"), blank=True, features=RICH_TEXT)

    content_panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")], heading=_("Categoría")),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("applies"), FieldPanel("not_applicable_justification")],
            heading=_("Aplicabilidad"),
        ),
    ]
    parent_page_types = ["digital_gov.TransparencyIndexPage"]
    subpage_types = ["digital_gov.TransparencyItemPage"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("categoría de transparencia")
        verbose_name_plural = _("categorías de transparencia")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = transparency_tree(self, request)
        return context


class TransparencyItemForm(WagtailAdminPageForm):
    """An item that applies must publish something: text, a document or a link."""

    def clean(self):
        cleaned = super().clean()
        self._take_register_snapshot(cleaned.get("published_register") or "")
        if not cleaned.get("applies", True):
            return cleaned
        if cleaned.get("pending") and cleaned.get("pending_until"):
            return cleaned  # published honestly as "en preparación" with its due date
        if self.instance.pk and self.instance.get_children().exists():
            return cleaned  # a grouping item: its sub-items are its content

        def kept(name):
            # Runs before the formsets are validated: read what was submitted.
            formset = self.formsets.get(name)
            if formset is None:
                return 0
            return sum(
                1
                for form in formset.forms
                if (form.has_changed() or form.instance.pk) and not form.data.get(form.add_prefix("DELETE"))
            )

        body = cleaned.get("body") or ""
        has_register = bool(cleaned.get("live_register") or cleaned.get("published_register"))
        if not body.strip() and not has_register and not kept("documents") and not kept("links"):
            self.add_error(
                "body",
                _(
                    "Un ítem que aplica no puede quedar vacío: escriba el contenido, adjunte un "
                    "documento o agregue un enlace."
                ),
            )
        return cleaned

    def _take_register_snapshot(self, key: str) -> None:
        """A register chosen now is published as it is today; afterwards the portal refreshes it."""
        if not key:
            self.instance.register_snapshot = None
        elif not self.instance.register_snapshot or "published_register" in self.changed_data:
            self.instance.register_snapshot = take_snapshot(key)


class TransparencyItemPage(Applicability, Page):
    """A numbered item such as 4.7, with its documents, links and who keeps it updated."""

    number = models.CharField(_("número"), max_length=12, validators=[number_validator])
    body = RichTextField(_("contenido"), blank=True, features=RICH_TEXT)
    legal_basis = models.TextField(_("fundamento legal"), blank=True)
    responsible_area = models.CharField(_("dependencia responsable"), max_length=200)
    update_frequency = models.CharField(
        _("frecuencia de actualización"),
        max_length=20,
        choices=UpdateFrequency.choices,
        default=UpdateFrequency.PERMANENT,
    )
    last_updated = models.DateField(_("fecha de última actualización"), default=timezone.localdate)
    pending = models.BooleanField(
        _("información en preparación"),
        default=False,
        help_text=_(
            "Marque si el ítem aplica pero su información aún no está disponible: la página se publica "
            "con un aviso y la fecha prevista, y el contenido puede quedar vacío."
        ),
    )
    pending_until = models.DateField(
        _("fecha prevista de publicación"),
        null=True,
        blank=True,
        help_text=_(
            "Obligatoria si la información está en preparación. Si la fecha pasa sin publicar, "
            "la página muestra el aviso como vencido."
        ),
    )
    live_register = models.CharField(
        _("registro publicado en vivo"),
        max_length=40,
        blank=True,
        choices=listing_choices,
        help_text=_("Muestra en esta página un registro del portal tal como está hoy (el normograma…)."),
    )
    published_register = models.CharField(
        _("registro publicado con aprobación"),
        max_length=40,
        blank=True,
        choices=register_choices,
        help_text=_(
            "Publica en esta página un registro del portal (el Registro de Activos de Información…). "
            "Cuando el registro cambia, el portal crea una nueva versión de la página y la envía al flujo "
            "de aprobación: el público ve el cambio cuando un Publicador lo aprueba."
        ),
    )
    register_snapshot = models.JSONField(
        _("registro tal como se publica"), null=True, blank=True, editable=False
    )

    base_form_class = TransparencyItemForm
    content_panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")], heading=_("Ítem")),
        MultiFieldPanel(
            [
                FieldPanel("applies"),
                FieldPanel("not_applicable_justification"),
                FieldRowPanel([FieldPanel("pending"), FieldPanel("pending_until")]),
            ],
            heading=_("Aplicabilidad"),
        ),
        FieldPanel("body"),
        FieldPanel("live_register"),
        FieldPanel("published_register"),
        InlinePanel("documents", label=_("Documentos")),
        InlinePanel("links", label=_("Enlaces externos")),
        MultiFieldPanel(
            [
                FieldPanel("legal_basis"),
                FieldRowPanel([FieldPanel("responsible_area"), FieldPanel("update_frequency")]),
                FieldPanel("last_updated"),
            ],
            heading=_("Gestión de la información"),
        ),
    ]
    parent_page_types = ["digital_gov.TransparencySectionPage", "digital_gov.TransparencyItemPage"]
    subpage_types = ["digital_gov.TransparencyItemPage"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("number"),
        index.SearchField("body"),
        index.SearchField("legal_basis"),
        index.FilterField("applies"),
    ]

    class Meta:
        verbose_name = _("ítem de transparencia")
        verbose_name_plural = _("ítems de transparencia")

    @property
    def sort_key(self):
        return number_key(self.number)

    @property
    def is_pending(self) -> bool:
        """Applies, but published as "en preparación" until its due date."""
        return self.applies and self.pending and self.pending_until is not None

    @property
    def is_overdue(self) -> bool:
        return self.is_pending and self.pending_until < timezone.localdate()

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.pending and not self.applies:
            errors.setdefault("pending", []).append(
                _("Un ítem que no aplica no puede quedar en preparación: desmarque una de las dos opciones.")
            )
        elif self.pending and self.pending_until is None:
            errors.setdefault("pending_until", []).append(
                _("Si la información está en preparación, indique la fecha prevista de publicación.")
            )
        elif not self.pending and self.pending_until is not None:
            errors.setdefault("pending_until", []).append(
                _("Borre la fecha prevista o marque que la información está en preparación.")
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document").all()
        context["subitems"] = transparency_tree(self, request)
        listing = get_listing(self.live_register) if self.live_register else None
        if listing is not None:
            context["live_listing"] = listing.template
            context.update(listing.context(request))
        if self.published_register and self.register_snapshot:
            context.update(register_context(self.register_snapshot))
            context["register_xlsx_url"] = reverse("transparency_register_xlsx", args=[self.pk])
        return context


class TransparencyDocument(Orderable):
    """A document published under an item, with its own publication date."""

    page = ParentalKey(TransparencyItemPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("documento"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("título"), max_length=255, blank=True)
    published_on = models.DateField(_("fecha de publicación"), default=timezone.localdate)

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("published_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("documento publicado")
        verbose_name_plural = _("documentos publicados")

    @property
    def display_title(self):
        return self.title or self.document.title


class TransparencyLink(Orderable):
    """A link to an external system (SECOP, SUIT, datos.gov.co, SUIN-Juriscol…)."""

    page = ParentalKey(TransparencyItemPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("título"), max_length=255)
    url = models.URLField(_("dirección"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("enlace externo")
        verbose_name_plural = _("enlaces externos")


def transparency_tree(page, request):
    """The live sections and items below ``page``, as the tree the pages show."""
    return _transparency_tree(
        page, request, section_model=TransparencySectionPage, item_model=TransparencyItemPage
    )
