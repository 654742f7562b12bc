"""Small presentation helpers for governance reports."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy

register = template.Library()

LIGHTS = {
    "verde": ("#2E7D32", gettext_lazy("Verde")),
    "amarillo": ("#8D6E00", gettext_lazy("Amarillo")),
    "rojo": ("#C62828", gettext_lazy("Rojo")),
    "sin_dato": ("#616161", gettext_lazy("Sin dato")),
}


@register.simple_tag
def traffic_light(light):
    colour, label = LIGHTS[light]
    return format_html(
        '<span class="traffic-light" style="background:{};color:#fff;padding:0 .5em;'
        'border-radius:1em">{}</span>',
        colour,
        label,
    )


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
        '<svg width="{}" height="{}" role="img" aria-label="{}" fill="#004884"><polyline points="{}" '
        'fill="none" stroke="#004884" stroke-width="2"></polyline>{}</svg>',
        width,
        height,
        label,
        path,
        dots,
    )
