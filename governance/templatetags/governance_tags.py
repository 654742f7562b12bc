"""Small presentation helpers for governance reports."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy

from portal import palette

register = template.Library()

LIGHT_LABELS = {
    "verde": gettext_lazy("Verde"),
    "amarillo": gettext_lazy("Amarillo"),
    "rojo": gettext_lazy("Rojo"),
    "sin_dato": gettext_lazy("Sin dato"),
}


@register.simple_tag
def traffic_light(light):
    """A badge in the light's accessible colour (at least 4.5:1 behind white text)."""
    return format_html(
        '<span class="traffic-light" style="background:{};color:{};padding:0 .5em;'
        'border-radius:1em">{}</span>',
        palette.TRAFFIC_LIGHT[light].text,
        palette.WHITE,
        LIGHT_LABELS[light],
    )


@register.simple_tag
def palette_colour(name: str) -> str:
    """A named colour of :mod:`portal.palette` for a template's CSS: ``{% palette_colour "govco_dark" %}``."""
    colour = getattr(palette, name.upper(), None)
    if not isinstance(colour, str) or not colour.startswith("#"):
        raise template.TemplateSyntaxError(f"portal.palette has no colour named {name!r}")
    return colour


@register.simple_tag
def sparkline(points, width=160, height=40):
    """An inline SVG trend line; the numbers are in the table next to it."""
    values = [value for _, value in points]
    if len(values) < 2:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1
    step = width / (len(values) - 1)
    coords = [(i * step, height - 4 - (v - low) / span * (height - 8)) for i, v in enumerate(values)]
    coords = [(f"{x:.1f}", f"{y:.1f}") for x, y in coords]
    path = " ".join(f"{x},{y}" for x, y in coords)
    # format_html_join escapes its arguments into SafeStrings first, which take no numeric
    # format spec: the numbers are formatted before.
    dots = format_html_join("", '<circle cx="{}" cy="{}" r="2.5"></circle>', coords)
    label = ", ".join(f"{label}: {value:g}" for label, value in points)
    return format_html(
        '<svg width="{}" height="{}" role="img" aria-label="{}" fill="{}"><polyline points="{}" '
        'fill="none" stroke="{}" stroke-width="2"></polyline>{}</svg>',
        width,
        height,
        label,
        palette.GOVCO_DARK,
        path,
        palette.GOVCO_DARK,
        dots,
    )
