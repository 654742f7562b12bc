import datetime as dt
import socket

import pytest

from servicedesk.monitoring.probes import check_http, check_tls_certificate
from servicedesk.monitoring.probes.tls import certificate_matches_name
from tests.servicedesk.monitoring.certificates import make_ca, make_leaf
from tests.servicedesk.monitoring.servers import closed_port, http_server, tls_server

FIVE_DAYS = dt.timedelta(days=5, hours=1)  # days left round down: 5 days and an hour is "5 días"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    directory = tmp_path_factory.mktemp("pki")
    ca = make_ca(directory)
    return {
        "ca": ca,
        "expiring": make_leaf(
            directory, ["localhost", "127.0.0.1"], expires_in=FIVE_DAYS, issuer=ca, stem="expiring"
        ),
        "healthy": make_leaf(
            directory, ["localhost", "127.0.0.1"], expires_in=dt.timedelta(days=90), issuer=ca, stem="ok"
        ),
        "expired": make_leaf(
            directory, ["localhost", "127.0.0.1"], expires_in=-dt.timedelta(days=2), issuer=ca, stem="old"
        ),
        "self_signed": make_leaf(
            directory, ["localhost", "127.0.0.1"], expires_in=dt.timedelta(days=90), stem="self"
        ),
        "other_host": make_leaf(
            directory, ["portal.example"], expires_in=dt.timedelta(days=90), issuer=ca, stem="other"
        ),
    }


def probe(pki, leaf, **options):
    options.setdefault("cafile", pki["ca"].certfile)
    options.setdefault("timeout", 2)
    with tls_server(pki[leaf].certfile, pki[leaf].keyfile) as port:
        return check_tls_certificate("127.0.0.1", port=port, **options)


def test_expiring_in_five_days_is_down_when_critical_covers_it(pki):
    result = probe(pki, "expiring", warning_days=21, critical_days=5)
    assert not result.up
    assert result.message == "Certificado vence en 5 días"
    assert result.details["days_left"] == 5
    assert result.details["trusted"] and result.details["hostname_matches"]


def test_expiring_in_five_days_is_up_with_a_warning_between_the_thresholds(pki):
    result = probe(pki, "expiring", warning_days=7, critical_days=3)
    assert result.up
    assert result.message == "Certificado vence en 5 días"
    assert result.details["warning"] is True
    assert result.details["not_after"] == pki["expiring"].certificate.not_valid_after_utc.isoformat()


def test_far_expiry_is_up_without_warning(pki):
    result = probe(pki, "healthy", warning_days=21, critical_days=7)
    assert result.up
    assert "warning" not in result.details
    assert result.details["days_left"] in (89, 90)


def test_without_the_internal_ca_the_certificate_is_untrusted(pki):
    result = probe(pki, "healthy", cafile=None)
    assert not result.up
    assert result.message == "El certificado no es de una autoridad de confianza"
    assert result.details["days_left"] in (89, 90)


def test_expired_certificate_is_down_with_its_date(pki):
    result = probe(pki, "expired")
    assert not result.up
    expected = pki["expired"].certificate.not_valid_after_utc.date().isoformat()
    assert result.message == f"El certificado venció el {expected}"
    assert result.details["days_left"] < 0


def test_self_signed_is_reported_as_such(pki):
    result = probe(pki, "self_signed")
    assert not result.up
    assert result.message == "El certificado es autofirmado"
    assert result.details["self_signed"] is True
    assert result.details["trusted"] is False


def test_self_signed_is_up_with_a_warning_when_tls_errors_are_ignored(pki):
    result = probe(pki, "self_signed", ignore_tls_errors=True)
    assert result.up
    assert result.message.startswith("El certificado es autofirmado. Certificado vence en ")
    assert result.details["warning"] is True


def test_hostname_mismatch_is_reported_with_the_name(pki):
    result = probe(pki, "other_host", server_name="localhost")
    assert not result.up
    assert result.message == "El nombre del certificado no corresponde a localhost"
    assert result.details["hostname_matches"] is False


def test_server_name_is_sent_and_checked(pki):
    assert probe(pki, "other_host", server_name="portal.example").up


def test_hostname_mismatch_is_down_even_when_tls_errors_are_ignored(pki):
    result = probe(pki, "other_host", server_name="localhost", ignore_tls_errors=True)
    assert not result.up
    assert result.message == "El nombre del certificado no corresponde a localhost"


def test_refused_connection_is_down():
    with closed_port() as port:
        result = check_tls_certificate("127.0.0.1", port=port, timeout=2)
    assert not result.up
    assert result.message == "Conexión rechazada"


def test_wildcards_cover_one_leftmost_label(tmp_path):
    certificate = make_leaf(tmp_path, ["*.instituto.test"], expires_in=dt.timedelta(days=30)).certificate
    assert certificate_matches_name(certificate, "portal.instituto.test")
    assert certificate_matches_name(certificate, "PORTAL.instituto.test.")
    assert not certificate_matches_name(certificate, "instituto.test")
    assert not certificate_matches_name(certificate, "a.portal.instituto.test")


@pytest.fixture(scope="module")
def https_site(pki):
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["healthy"].certfile, pki["healthy"].keyfile)
    with http_server(tls_context=context) as (server, base_url):
        yield base_url


def test_https_with_the_internal_ca_is_up(pki, https_site):
    assert check_http(https_site + "/", keyword="Bienvenido", cafile=pki["ca"].certfile, timeout=2).up


def test_https_with_an_untrusted_certificate_reports_the_tls_error(https_site):
    result = check_http(https_site + "/", timeout=2)
    assert not result.up
    assert result.message == "El certificado no es de una autoridad de confianza"


# pytest resets the warning filters per test, the probe's own filter included.
@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_https_without_verification_accepts_the_certificate(https_site):
    assert check_http(https_site + "/", verify_tls=False, timeout=2).up


def test_a_server_that_never_completes_the_handshake_times_out():
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) but never speaks TLS
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        result = check_tls_certificate("127.0.0.1", port=silent.getsockname()[1], timeout=0.3)
    assert not result.up
    assert result.message == "Tiempo de espera agotado (0,3 s)"
    assert 300 <= result.latency_ms < 2000
