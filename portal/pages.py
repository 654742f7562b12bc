"""Helpers for code that builds page trees (seed commands, demo data)."""

from __future__ import annotations

from wagtail.models import Page


def ensure_child_page(parent: Page, model: type[Page], slug: str, *, publish: bool = True, **fields) -> Page:
    """The child of ``parent`` with ``slug`` (as ``model``), created and published if missing.

    Idempotent: an existing page is returned untouched, so editors' changes survive re-seeding.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page
