"""Registers of the portal that a transparency item can publish live (e.g. the normograma at 2.1).

A feature registers a listing with the template that renders it and a function that returns
its context; the item page then shows the register as it is now, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class LiveListing:
    key: str
    label: str
    template: str
    context: Callable[[object], dict]


_LISTINGS: dict[str, LiveListing] = {}


def register_listing(key: str, label: str, template: str, context: Callable[[object], dict]) -> None:
    _LISTINGS[key] = LiveListing(key, label, template, context)


def get_listing(key: str) -> LiveListing | None:
    return _LISTINGS.get(key)


def listing_choices() -> list[tuple[str, str]]:
    return [(listing.key, listing.label) for listing in _LISTINGS.values()]
