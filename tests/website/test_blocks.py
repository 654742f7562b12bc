"""Accessible-by-construction content blocks: what an editor cannot leave out."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError
from wagtail.rich_text import RichText

from website.blocks import (
    AccessibleImageBlock,
    CallToActionBlock,
    HeaderRowTableBlock,
    VideoBlock,
)


def test_table_must_have_a_header_row():
    block = HeaderRowTableBlock()
    data = {"data": [["Año", "Valor"], ["2026", "10"]], "table_header_choice": "neither"}
    with pytest.raises(ValidationError):
        block.clean(dict(data))
    assert block.clean({**data, "table_header_choice": "row"})["first_row_is_table_header"]


def test_table_renders_header_cells_with_scope():
    block = HeaderRowTableBlock()
    value = block.clean({"data": [["Año", "Valor"], ["2026", "10"]], "table_header_choice": "row"})
    html = block.render(value)
    assert '<th scope="col"' in html and "<td" in html


def test_image_needs_alternative_text():
    block = AccessibleImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in error.value.block_errors


def test_video_needs_title_and_transcript():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean({"video": None, "title": "", "transcript": RichText("")})
    assert {"title", "transcript"} <= set(error.value.block_errors)


def test_call_to_action_needs_a_destination():
    block = CallToActionBlock()
    value = block.to_python({"title": "Radique", "text": "", "link_label": "Ir", "page": None, "url": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    value = block.to_python(
        {"title": "Radique", "text": "", "link_label": "Ir", "page": None, "url": "https://www.gov.co/"}
    )
    assert block.clean(value)["url"] == "https://www.gov.co/"
