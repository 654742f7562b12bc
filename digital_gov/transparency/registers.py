"""Registers of the portal that a transparency item can publish live (e.g. the normograma at 2.1).

A feature offers a listing through the Wagtail hook ``register_transparency_listings`` (see
docs/architecture.md): the hook function returns an iterable of ``(key, label, template, context)``,
``context(request)`` giving the template's context; the item page then shows the register as it
is now, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

HOOK_NAME = "register_transparency_listings"


@dataclass(frozen=True)
class LiveListing:
    key: str
    label: str
    template: str
    context: Callable[[object], dict]


def _listings() -> dict[str, LiveListing]:
    """Every listing offered by the ``register_transparency_listings`` hooks, by key."""
    return {
        key: LiveListing(key, label, template, context)
        for hook in hooks.get_hooks(HOOK_NAME)
        for key, label, template, context in hook()
    }


def get_listing(key: str) -> LiveListing | None:
    return _listings().get(key)


def listing_choices() -> list[tuple[str, str]]:
    return [(listing.key, listing.label) for listing in _listings().values()]
