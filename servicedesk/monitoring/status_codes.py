"""The HTTP status codes a monitor accepts, written as ranges ("200-299,301")."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LOWEST, HIGHEST = 100, 599

CodeRanges = tuple[tuple[int, int], ...]

DEFAULT_STATUS_CODES: CodeRanges = ((200, 299),)


def _code(text: str, item: str) -> int:
    if not text.isdigit() or not LOWEST <= int(text) <= HIGHEST:
        raise _invalid(item)
    return int(text)


def _invalid(item: str) -> ValidationError:
    return ValidationError(
        _(
            "Códigos de estado no válidos: «%(item)s». Use códigos de 100 a 599 separados por comas "
            "o rangos, por ejemplo «200-299,301»."
        ),
        code="invalid_status_codes",
        params={"item": item},
    )


def parse_status_codes(text: str) -> CodeRanges:
    """``"200-299, 301"`` → ``((200, 299), (301, 301))``; a Spanish ``ValidationError`` if malformed."""
    items = [item.strip() for item in (text or "").split(",")]
    if not any(items):
        raise _invalid(text or "")
    ranges = []
    for item in items:
        low_text, dash, high_text = item.partition("-")
        low = _code(low_text.strip(), item)
        high = _code(high_text.strip(), item) if dash else low
        if high < low:
            raise _invalid(item)
        ranges.append((low, high))
    return tuple(ranges)


def status_matches(code: int, ranges: CodeRanges) -> bool:
    """Whether ``code`` falls in one of ``ranges``."""
    return any(low <= code <= high for low, high in ranges)


def format_status_codes(ranges: CodeRanges) -> str:
    """The inverse of ``parse_status_codes``: ``((200, 299), (301, 301))`` → ``"200-299,301"``."""
    return ",".join(str(low) if low == high else f"{low}-{high}" for low, high in ranges)
