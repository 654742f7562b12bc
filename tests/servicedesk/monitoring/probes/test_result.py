import socket

import pytest

from servicedesk.monitoring.probes import ProbeResult
from servicedesk.monitoring.probes.result import format_seconds, network_error_message


def test_results_are_immutable_and_details_default_to_a_fresh_dict():
    first, second = ProbeResult(True, 5, "HTTP 200"), ProbeResult(True, 5, "HTTP 200")
    assert first.details == {} and first.details is not second.details
    with pytest.raises(AttributeError):
        first.up = False


@pytest.mark.parametrize(("seconds", "text"), [(10, "10"), (0.3, "0,3"), (2.5, "2,5")])
def test_seconds_are_written_with_a_decimal_comma(seconds, text):
    assert format_seconds(seconds) == text


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "Conexión rechazada"),
        (TimeoutError("timed out"), "Tiempo de espera agotado (10 s)"),
        (socket.gaierror(-2, "Name or service not known"), "No se pudo resolver el nombre «portal.example»"),
        (ConnectionResetError(104, "Connection reset by peer"), "El servidor cerró la conexión"),
        (OSError(113, "No route to host"), "Error de red: No route to host"),
    ],
)
def test_network_errors_get_their_own_message(error, message):
    assert network_error_message(error, "portal.example", 10) == message
