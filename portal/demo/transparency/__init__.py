"""Demo institute, Digital Government part: the transparency menu, filled and published.

Every item gets specific content (``entity`` for category 1, ``content`` for the rest), is
published as pending with a due date when the demo institute does not have its information yet,
or, in category 10, is marked not applicable with its legal justification.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Site

from digital_gov.transparency.models import (
    TransparencyDocument,
    TransparencyItemPage,
    TransparencyLink,
    TransparencySectionPage,
    UpdateFrequency,
)
from digital_gov.transparency.seed import seed_transparency
from portal.demo.transparency import content, entity
from portal.sample_pdf import sample_pdf

NOT_APPLICABLE = (
    "El Instituto es un establecimiento público descentralizado del orden departamental y no "
    "administra tributos locales. La categoría 10 del Anexo 2 de la Resolución MinTIC 1519 de "
    "2020 aplica únicamente a las entidades territoriales (municipios y distritos) que recaudan "
    "rentas locales, conforme al numeral 2.4.2 del mismo anexo."
)

#: The placeholder sentence earlier versions of the demo published; such items are refilled.
OLD_PLACEHOLDER = "<p>En esta sección el Instituto publica la información de «"

BODIES = {**entity.BODIES, **content.BODIES}
LINKS = {**entity.LINKS, **content.LINKS}
DOCUMENTS = content.DOCUMENTS
PENDING = content.PENDING

FREQUENCIES = {
    "3": UpdateFrequency.PERMANENT,
    "4": UpdateFrequency.QUARTERLY,
    "7": UpdateFrequency.ANNUAL,
}


def _document(title: str):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        filename = title.lower().replace(" ", "-").replace("—", "")[:60] + ".pdf"
        document.file.save(filename, ContentFile(sample_pdf(title, ["Instituto de demostración."])))
        document.save()
    return document


def _set_text(item: TransparencyItemPage) -> None:
    """Body, or pending state with its due date, from the tables above."""
    if item.number in PENDING:
        item.body = ""
        item.pending = True
        item.pending_until = timezone.localdate() + timedelta(days=PENDING[item.number])
    elif item.number in BODIES:
        item.body = BODIES[item.number]
        item.pending, item.pending_until = False, None
    else:
        raise LookupError(f"The demo has neither content nor a due date for item {item.number}.")


def _fill(item: TransparencyItemPage) -> None:
    section = item.number.split(".")[0]
    if section == "10":
        item.applies = False
        item.not_applicable_justification = NOT_APPLICABLE
    else:
        _set_text(item)
        item.update_frequency = FREQUENCIES.get(section, UpdateFrequency.PERMANENT)
        if item.number == "2.1":
            item.live_register = "normograma"
        for sort_order, (title, url) in enumerate(LINKS.get(item.number, [])):
            item.links.add(TransparencyLink(title=title, url=url, sort_order=sort_order))
        if item.number in DOCUMENTS:
            title, published_on = DOCUMENTS[item.number]
            item.documents.add(
                TransparencyDocument(document=_document(title), title=title, published_on=published_on)
            )
    item.full_clean()
    item.save_revision().publish()


def _replace_placeholder(item: TransparencyItemPage) -> None:
    """A database seeded by an earlier demo: swap the placeholder sentence for the real text."""
    _set_text(item)
    item.full_clean()
    item.save_revision().publish()


def summary() -> dict[str, int]:
    """Published items by state: with content, pending with a date, not applicable."""
    items = TransparencyItemPage.objects.live()
    pending = items.filter(applies=True, pending=True, pending_until__isnull=False).count()
    not_applicable = items.filter(applies=False).count()
    return {
        "total": items.count(),
        "content": items.count() - pending - not_applicable,
        "pending": pending,
        "not_applicable": not_applicable,
    }


@transaction.atomic
def seed(report) -> None:
    site = Site.objects.get(is_default_site=True)
    counts = seed_transparency(site.root_page.specific)
    section_ten = TransparencySectionPage.objects.filter(number="10").first()
    if section_ten and section_ten.applies:
        section_ten.applies = False
        section_ten.not_applicable_justification = NOT_APPLICABLE
        section_ten.save_revision().publish()
    for item in TransparencyItemPage.objects.filter(live=False).order_by("path"):
        _fill(item)
    for item in TransparencyItemPage.objects.filter(body__startswith=OLD_PLACEHOLDER).order_by("path"):
        _replace_placeholder(item)
    report("entradas de transparencia", counts["total"])
    report("ítems en preparación", summary()["pending"])
