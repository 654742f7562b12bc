import pytest
import requests

from servicedesk.monitoring.probes import check_http
from servicedesk.monitoring.probes.http import MAX_BODY_BYTES
from servicedesk.monitoring.status_codes import parse_status_codes
from tests.servicedesk.monitoring.servers import LARGE_BODY_BYTES, closed_port, http_server


@pytest.fixture(scope="module")
def site():
    with http_server() as (server, base_url):
        yield base_url


def test_expected_status_and_keyword_is_up(site):
    result = check_http(site + "/", keyword="Bienvenido", timeout=2)
    assert result.up
    assert result.message == "HTTP 200"
    assert result.details["status"] == 200
    assert isinstance(result.latency_ms, int) and result.latency_ms >= 0


def test_unexpected_status_is_down_with_the_expected_ranges(site):
    result = check_http(site + "/error", timeout=2)
    assert not result.up
    assert result.message == "HTTP 503 (se esperaba 200-299)"
    assert result.details["status"] == 503


def test_custom_expected_status_accepts_the_error_page(site):
    assert check_http(site + "/error", expected_status=parse_status_codes("200-299,503"), timeout=2).up


def test_missing_keyword_is_down(site):
    result = check_http(site + "/", keyword="Mantenimiento", timeout=2)
    assert not result.up
    assert result.message == "La palabra «Mantenimiento» no aparece"


def test_keyword_is_case_sensitive(site):
    assert not check_http(site + "/", keyword="bienvenido", timeout=2).up


def test_forbidden_keyword_present_is_down_and_absent_is_up(site):
    present = check_http(site + "/", keyword="Bienvenido", keyword_must_appear=False, timeout=2)
    absent = check_http(site + "/", keyword="Error", keyword_must_appear=False, timeout=2)
    assert not present.up
    assert present.message == "La palabra «Bienvenido» aparece"
    assert absent.up


def test_keyword_search_reads_only_the_first_megabyte(site):
    assert LARGE_BODY_BYTES > MAX_BODY_BYTES
    result = check_http(site + "/large", keyword="Bienvenido", timeout=2)
    assert not result.up
    assert result.message == "La palabra «Bienvenido» no aparece"


def test_slower_than_the_maximum_response_time_is_down(site):
    result = check_http(site + "/delay?ms=120", max_response_ms=50, timeout=2)
    assert not result.up
    assert result.message.startswith("Respuesta lenta: ")
    assert result.message.endswith(" ms (máximo 50 ms)")
    assert result.latency_ms >= 120


def test_within_the_maximum_response_time_is_up(site):
    assert check_http(site + "/", max_response_ms=2000, timeout=2).up


def test_redirect_is_followed_by_default(site):
    result = check_http(site + "/redirect", keyword="Bienvenido", timeout=2)
    assert result.up
    assert result.details["url"] == site + "/"


def test_redirect_not_followed_reports_its_status_and_location(site):
    result = check_http(site + "/redirect", follow_redirects=False, timeout=2)
    assert not result.up
    assert result.message == "HTTP 302 (se esperaba 200-299)"
    assert result.details["location"] == "/"
    assert check_http(site + "/redirect", follow_redirects=False, expected_status=((300, 399),), timeout=2).up


def test_no_answer_within_the_timeout_is_down(site):
    result = check_http(site + "/stall", timeout=0.3)
    assert not result.up
    assert result.message == "Tiempo de espera agotado (0,3 s)"
    assert 300 <= result.latency_ms < 2000


def test_method_and_headers_are_sent_and_header_values_stay_out_of_the_result(site):
    result = check_http(
        site + "/headers", method="get", headers={"X-Token": "secreto-123"}, keyword="secreto-123"
    )
    assert result.up
    assert "secreto-123" not in repr(result)
    assert check_http(site + "/", method="HEAD", timeout=2).up


def test_a_passed_session_is_used_and_left_open(site):
    with requests.Session() as session:
        assert check_http(site + "/", session=session, timeout=2).up
        assert check_http(site + "/", session=session, timeout=2).up


def test_refused_connection_is_down():
    with closed_port() as port:
        result = check_http(f"http://127.0.0.1:{port}/", timeout=2)
    assert not result.up
    assert result.message == "Conexión rechazada"


def test_invalid_url_is_down_not_an_exception():
    result = check_http("portal sin esquema", timeout=2)
    assert not result.up
    assert result.message == "La dirección «portal sin esquema» no es válida"
