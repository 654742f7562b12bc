"""``manage.py check_monitor``: one check now, recorded and printed in Spanish."""

import io

import pytest
from django.core.management import CommandError, call_command

from servicedesk.monitoring.models import Beat
from tests.servicedesk.monitoring.servers import closed_port, http_server

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("check_monitor", *args, stdout=out)
    return out.getvalue()


def test_it_prints_and_records_an_up_check(make_monitor):
    with http_server() as (_, base_url):
        monitor = make_monitor(name="Portal", url=f"{base_url}/")
        output = run(str(monitor.pk))
    beat = Beat.objects.get(monitor=monitor)
    assert output.startswith("Portal: En línea (estado del monitor: En línea), latencia ")
    assert f"{beat.latency_ms} ms. HTTP 200" in output


def test_it_prints_a_down_check(make_monitor):
    with closed_port() as port:
        monitor = make_monitor(
            name="Base de datos", kind="tcp", url="", host="127.0.0.1", port=port, retries=2
        )
        output = run(str(monitor.pk))
    assert "Base de datos: Caído (estado del monitor: Pendiente)" in output
    assert "Conexión rechazada" in output


def test_an_unknown_push_or_paused_monitor_is_refused_in_spanish(make_monitor):
    with pytest.raises(CommandError, match="No existe un monitor con el número 999"):
        run("999")
    push = make_monitor(kind="push", url="", name="Copias")
    with pytest.raises(CommandError, match="monitor push"):
        run(str(push.pk))
    paused = make_monitor(name="Correo", active=False)
    with pytest.raises(CommandError, match="«Correo» está pausado"):
        run(str(paused.pk))
    assert not Beat.objects.exists()
