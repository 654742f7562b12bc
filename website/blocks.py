"""StreamField blocks for the public site, each built to be accessible by construction."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("texto"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("nivel"),
        choices=[("h2", _("Título 2")), ("h3", _("Título 3")), ("h4", _("Título 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Título")
        template = "website/blocks/heading.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text the editor must write for this use."""

    image = ImageChooserBlock(label=_("imagen"))
    alt_text = blocks.CharBlock(
        label=_("texto alternativo"),
        max_length=250,
        help_text=_("Describa la imagen para quien no puede verla (obligatorio)."),
    )
    caption = blocks.CharBlock(label=_("pie de imagen"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Imagen")
        template = "website/blocks/image.html"


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("documento"))
    title = blocks.CharBlock(label=_("título"), required=False, max_length=250)
    published_on = blocks.DateBlock(label=_("fecha de publicación"), required=False)


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("título de la lista"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("documentos"))

    class Meta:
        icon = "doc-full"
        label = _("Lista de documentos")
        template = "website/blocks/document_list.html"


class HeaderRowTableBlock(TableBlock):
    """A data table whose first row is always its header (WCAG 1.3.1)."""

    def clean(self, value):
        if value and value.get("table_header_choice") not in ("row", "both"):
            raise ValidationError(
                "Validation error in TableBlock",
                params=ErrorList([_("La primera fila de la tabla debe ser su encabezado.")]),
            )
        return super().clean(value)

    class Meta:
        icon = "table"
        label = _("Tabla")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("título"), max_length=200)
    body = blocks.RichTextBlock(label=_("contenido"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), label=_("secciones"))

    class Meta:
        icon = "list-ul"
        label = _("Acordeón")
        template = "website/blocks/accordion.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("título"), max_length=200)
    text = blocks.TextBlock(label=_("texto"), required=False)
    link_label = blocks.CharBlock(label=_("texto del enlace"), max_length=80)
    page = blocks.PageChooserBlock(label=_("página"), required=False)
    url = blocks.URLBlock(label=_("o dirección externa"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Elija una página o escriba una dirección."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Llamado a la acción")
        template = "website/blocks/call_to_action.html"


class VideoBlock(blocks.StructBlock):
    """An embedded video with its title and the captions or transcript Res. 1519 requires."""

    video = EmbedBlock(label=_("video (URL)"))
    title = blocks.CharBlock(
        label=_("título del video"),
        max_length=200,
        help_text=_("Describe el video para lectores de pantalla."),
    )
    transcript = blocks.RichTextBlock(
        label=_("subtítulos o transcripción"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Obligatorio: transcripción del audio o enlace a los subtítulos."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "website/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(label=_("Texto"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    heading = HeadingBlock()
    image = AccessibleImageBlock()
    documents = DocumentListBlock()
    table = HeaderRowTableBlock()
    accordion = AccordionBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
