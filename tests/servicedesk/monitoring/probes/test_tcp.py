import socket

from django.utils import translation

from servicedesk.monitoring.probes import check_tcp
from tests.servicedesk.monitoring.servers import closed_port


def test_listening_port_is_up():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        result = check_tcp("127.0.0.1", port, timeout=2)
    assert result.up
    assert result.message == f"Puerto {port} abierto"
    assert isinstance(result.latency_ms, int)


def test_closed_port_is_refused():
    with closed_port() as port:
        result = check_tcp("127.0.0.1", port, timeout=2)
    assert not result.up
    assert result.message == "Conexión rechazada"


def test_unknown_name_is_reported_as_such():
    result = check_tcp("no-existe.invalid", 80, timeout=2)
    assert not result.up
    assert result.message == "No se pudo resolver el nombre «no-existe.invalid»"


def test_an_unexpected_error_is_a_down_result_not_an_exception(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("fallo interno")

    monkeypatch.setattr(socket, "create_connection", broken)
    result = check_tcp("127.0.0.1", 80, timeout=2)
    assert not result.up
    assert result.message == "Error inesperado: RuntimeError"


def test_messages_follow_the_active_language():
    with closed_port() as port, translation.override("en"):
        result = check_tcp("127.0.0.1", port, timeout=2)
    assert result.message == "Connection refused"
