"""Create the complete Anexo 2 tree, idempotently (``manage.py seed_transparency``).

Sections are published; items are created as drafts, because an item may never be public
while empty: the responsible area fills each one and publishes it through the workflow.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page

from digital_gov.transparency.anexo2 import ANEXO_2, walk
from digital_gov.transparency.models import (
    TransparencyIndexPage,
    TransparencyItemPage,
    TransparencySectionPage,
)
from portal.pages import ensure_child_page

R1519 = "Resolución MinTIC 1519 de 2020, Anexo 2"

#: Who usually keeps each category, and the norm that asks for it.
SECTION_DEFAULTS = {
    "1": ("Secretaría General", f"Ley 1712 de 2014, art. 9; {R1519}, num. 1."),
    "2": ("Oficina Asesora Jurídica", "Ley 1712 de 2014, art. 9 lit. d; Decreto 1081 de 2015."),
    "3": ("Oficina de Contratación", "Ley 1712 de 2014, arts. 9 lit. e y 10; Ley 1150 de 2007."),
    "4": ("Oficina Asesora de Planeación", "Ley 1712 de 2014, arts. 9 lit. d y 11; Decreto 612 de 2018."),
    "5": ("Atención al Ciudadano", "Ley 1712 de 2014, art. 11 lit. a; Decreto 2106 de 2019."),
    "6": ("Oficina Asesora de Planeación", f"Ley 1757 de 2015; {R1519}, num. 6."),
    "7": (
        "Gestión Documental y Oficina de TIC",
        "Ley 1712 de 2014, arts. 13, 15, 16 y 20; Decreto 1081 de 2015.",
    ),
    "8": ("Oficina de Comunicaciones", f"Ley 1712 de 2014, art. 8; {R1519}, num. 8."),
    "9": ("Secretaría General", f"{R1519}, num. 9."),
    "10": ("Subdirección Financiera", f"{R1519}, num. 10."),
}


def _slug(number: str, title: str) -> str:
    return slugify(f"{number.replace('.', '-')} {title}")[:80].rstrip("-")


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_index(home: Page) -> TransparencyIndexPage:
    return ensure_child_page(
        home,
        TransparencyIndexPage,
        "transparencia",
        title="Transparencia y acceso a la información pública",
        show_in_menus=True,
        intro=(
            "<p>Información que el Instituto publica en cumplimiento de la Ley 1712 de 2014 "
            "y de la Resolución MinTIC 1519 de 2020, Anexo 2.</p>"
        ),
    )


@transaction.atomic
def seed_transparency(home: Page) -> dict[str, int]:
    """Create whatever part of the tree is missing under ``home``; return counts."""
    index = ensure_index(home)
    by_number: dict[str, Page] = {
        page.number: page
        for model in (TransparencySectionPage, TransparencyItemPage)
        for page in model.objects.descendant_of(index)
    }
    created = 0
    for number, title, parent_number in walk(ANEXO_2):
        if number in by_number:
            continue
        area, legal_basis = SECTION_DEFAULTS[number.split(".")[0]]
        if parent_number is None:
            page = TransparencySectionPage(number=number, title=title, slug=_slug(number, title))
            index.add_child(instance=page)
            _publish(page)
        else:
            page = TransparencyItemPage(
                number=number,
                title=title,
                slug=_slug(number, title),
                responsible_area=area,
                legal_basis=legal_basis,
                live=False,
            )
            by_number[parent_number].add_child(instance=page)
            page.save_revision()
        by_number[number] = page
        created += 1
    return {"created": created, "total": len(by_number)}
