import socket

import pytest

from servicedesk.monitoring.probes import check_dns
from tests.servicedesk.monitoring.servers import dns_server


@pytest.fixture(scope="module")
def nameserver():
    records = {
        "portal.instituto.test": {"A": ["10.0.0.5", "10.0.0.6"], "AAAA": ["fd00::5"]},
        "correo.instituto.test": {"AAAA": ["fd00::25"]},
    }
    with dns_server(records) as address:
        yield address


def test_name_resolves(nameserver):
    result = check_dns("portal.instituto.test", nameserver=nameserver, timeout=2)
    assert result.up
    assert result.message == "portal.instituto.test resuelve a 10.0.0.5, 10.0.0.6"
    assert result.details["addresses"] == ["10.0.0.5", "10.0.0.6"]
    assert isinstance(result.latency_ms, int)


def test_expected_address_among_the_answers_is_up(nameserver):
    assert check_dns(
        "portal.instituto.test", expected_address="10.0.0.6", nameserver=nameserver, timeout=2
    ).up


def test_expected_address_missing_is_down(nameserver):
    result = check_dns("portal.instituto.test", expected_address="10.0.0.9", nameserver=nameserver, timeout=2)
    assert not result.up
    assert result.message == "portal.instituto.test resuelve a 10.0.0.5, 10.0.0.6, no a 10.0.0.9"


def test_aaaa_records_and_expected_ipv6_address_in_another_spelling(nameserver):
    result = check_dns(
        "portal.instituto.test",
        record_type="AAAA",
        expected_address="fd00:0::5",
        nameserver=nameserver,
        timeout=2,
    )
    assert result.up
    assert result.details["addresses"] == ["fd00::5"]


def test_nxdomain_is_down(nameserver):
    result = check_dns("intranet.instituto.test", nameserver=nameserver, timeout=2)
    assert not result.up
    assert result.message == "El nombre «intranet.instituto.test» no existe"


def test_no_record_of_the_type_is_down(nameserver):
    result = check_dns("correo.instituto.test", nameserver=nameserver, timeout=2)
    assert not result.up
    assert result.message == "«correo.instituto.test» no tiene registros A"


def test_unsupported_record_type_is_down_not_an_exception(nameserver):
    result = check_dns("portal.instituto.test", record_type="MX", nameserver=nameserver, timeout=2)
    assert not result.up
    assert result.message == "Tipo de registro DNS no soportado: MX"


def test_a_server_that_never_answers_times_out():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        result = check_dns("portal.instituto.test", nameserver=silent.getsockname(), timeout=0.3)
    assert not result.up
    assert result.message == "Tiempo de espera agotado (0,3 s)"
    # dnspython may add its 0.1 s back-off after the last try before giving up.
    assert 300 <= result.latency_ms < 2000
