import pytest

from servicedesk.monitoring.probes.http import format_status_ranges, parse_status_ranges, status_expected


def test_parses_ranges_and_single_codes():
    assert parse_status_ranges("200-299,301") == ((200, 299), (301, 301))


def test_tolerates_spaces_around_codes_and_dashes():
    assert parse_status_ranges(" 200 - 204 , 418 ") == ((200, 204), (418, 418))


def test_formats_back_to_the_same_text():
    assert format_status_ranges(parse_status_ranges("200-299,301")) == "200-299,301"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Indique al menos un código"),
        (" , ", "Indique al menos un código"),
        ("200-", "«200-» no es un código ni un rango"),
        ("abc", "«abc» no es un código ni un rango"),
        ("200,,301", "«» no es un código ni un rango"),
        ("2000", "«2000» no es un código ni un rango"),
        ("099", "van de 100 a 599"),
        ("200-600", "van de 100 a 599"),
        ("299-200", "empieza después de terminar"),
    ],
)
def test_rejects_bad_syntax_with_a_spanish_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_status_ranges(text)


def test_status_expected_checks_every_range():
    ranges = parse_status_ranges("200-299,301")
    assert status_expected(200, ranges)
    assert status_expected(299, ranges)
    assert status_expected(301, ranges)
    assert not status_expected(302, ranges)
    assert not status_expected(503, ranges)
