"""The palette: one source of colours, accessible text variants, and the stylesheet kept equal to it."""

import re
from pathlib import Path

import pytest

from portal import palette

STYLESHEET = Path(__file__).resolve().parents[2] / "static" / "css" / "portal.css"


def test_contrast_ratio_of_black_and_white_is_21_and_of_a_colour_with_itself_is_1():
    assert palette.contrast_ratio(palette.BLACK) == pytest.approx(21)
    assert palette.contrast_ratio(palette.WHITE) == pytest.approx(1)
    assert palette.contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey


def test_contrast_ratio_is_symmetric():
    assert palette.contrast_ratio(palette.GOVCO_DARK, palette.AMBER) == pytest.approx(
        palette.contrast_ratio(palette.AMBER, palette.GOVCO_DARK)
    )


def test_relative_luminance_rejects_anything_but_six_hex_digits():
    with pytest.raises(ValueError):
        palette.relative_luminance("#fff")


def test_readable_on_white_follows_wcag_aa_for_normal_text():
    assert palette.readable_on_white("#767676")
    assert not palette.readable_on_white("#777777")
    assert not palette.readable_on_white(palette.AMBER)


@pytest.mark.parametrize("light", sorted(palette.TRAFFIC_LIGHT))
def test_every_traffic_light_has_a_text_colour_readable_on_white(light):
    assert palette.readable_on_white(palette.TRAFFIC_LIGHT[light].text)


def test_the_amber_and_grey_lights_are_darkened_for_text_and_the_others_keep_their_fill():
    darkened = {name for name, light in palette.TRAFFIC_LIGHT.items() if light.text != light.fill}
    assert darkened == {"amarillo", "sin_dato"}


def test_the_stylesheet_declares_exactly_the_palette_custom_properties_and_no_other_colour():
    css = STYLESHEET.read_text()
    root = re.search(r":root\s*\{(.*?)\}", css, re.S).group(1)
    declared = dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", root))
    expected = {name: colour.lower() for name, colour in palette.CSS_CUSTOM_PROPERTIES.items()}
    assert {name: colour.lower() for name, colour in declared.items()} == expected
    outside_root = css.replace(root, "")
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", outside_root) == []


def test_the_risk_zone_seed_takes_its_colours_from_the_palette():
    from governance.risks.dafp import ZONES

    assert {key: colour for key, _label, colour in ZONES} == palette.RISK_ZONE
