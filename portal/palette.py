"""Portal TIC's colours, in one place: GOV.CO's institutional colours, the signal colours (traffic
lights, risk zones, statuses, chart series) and the public site's CSS custom properties.

Python code imports its colours from here (XLSX formats, charts, template tags, seed data). The
public stylesheet declares :data:`CSS_CUSTOM_PROPERTIES` once, in the ``:root`` block of
``static/css/portal.css``; a test keeps that block equal to this module.

Colours that carry text on a web page come with an accessible variant: :func:`contrast_ratio`
checks them against white at WCAG 2.1 AA (4.5:1 for normal text).
"""

from __future__ import annotations

from dataclasses import dataclass

# GOV.CO institutional colours.
GOVCO_DARK = "#004884"
GOVCO_BLUE = "#3366CC"
SOFT = "#E6ECF5"
WHITE = "#FFFFFF"
BLACK = "#000000"

# Signal colours shared by traffic lights, risk zones, statuses and charts.
GREEN = "#2E7D32"
AMBER = "#F9A825"
ORANGE = "#EF6C00"
RED = "#C62828"
DARK_RED = "#7F0000"
GREY = "#9E9E9E"
PALE_YELLOW = "#FFF3C4"

#: The contrast WCAG 2.1 AA asks of normal text (success criterion 1.4.3).
AA_TEXT_CONTRAST = 4.5


@dataclass(frozen=True)
class TrafficLight:
    """A traffic light's colours.

    ``fill`` is the spreadsheet cell's background (bold white text, as the reports always had);
    ``text`` is the accessible variant for a web page, as text on white or behind white text: at
    least 4.5:1 against white (amber and grey are darkened for it).
    """

    fill: str
    text: str


TRAFFIC_LIGHT = {
    "verde": TrafficLight(fill=GREEN, text=GREEN),
    "amarillo": TrafficLight(fill=AMBER, text="#8D6E00"),
    "rojo": TrafficLight(fill=RED, text=RED),
    "sin_dato": TrafficLight(fill=GREY, text="#616161"),
}

#: Default colours of the DAFP risk zones (the zones are editable data seeded with these).
RISK_ZONE = {"bajo": GREEN, "moderado": AMBER, "alto": ORANGE, "extremo": RED}

#: Series of the service desk's statistics charts (page and XLSX): the same colour for a measure.
CHART_SERIES = {"opened": GOVCO_BLUE, "solved": GOVCO_DARK, "backlog": AMBER, "sla_rate": GREEN}

#: The public site's CSS custom properties, declared once in ``static/css/portal.css``.
CSS_CUSTOM_PROPERTIES = {
    "--govco-blue": GOVCO_BLUE,
    "--govco-dark": GOVCO_DARK,
    "--govco-darker": "#00325C",
    "--text": "#1F1F1F",
    "--muted": "#4B4B4B",
    "--link": GOVCO_DARK,
    "--bg": WHITE,
    "--bg-soft": "#F2F5FA",
    "--on-dark": WHITE,
    "--focus": "#FFBF47",
    "--focus-ring": BLACK,
    "--error": "#A4161A",
    "--error-bg": "#FDECEC",
    "--success": "#00481E",
    "--success-border": "#006B2D",
    "--success-bg": "#E8F5EC",
    "--border": "#D0D7E2",
    "--border-table": "#B5BFCC",
    "--border-input": "#6B6B6B",
    "--badge": "#5C5C5C",
}


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a ``#RRGGBB`` colour, from 0 (black) to 1 (white)."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected #RRGGBB, got {colour!r}")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str = WHITE) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21); the second is white unless given."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on_white(colour: str) -> bool:
    """Whether text in ``colour`` on white (or white text on it) meets WCAG 2.1 AA for normal text."""
    return contrast_ratio(colour) >= AA_TEXT_CONTRAST
