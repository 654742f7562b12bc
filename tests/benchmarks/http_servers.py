"""Local HTTP servers in a child process of a benchmark (imports nothing of Django)."""

import contextlib

from tests.servicedesk.monitoring.servers import http_server


def serve(count, ports, ready, stop):
    """Start ``count`` HTTP servers, put their ports in ``ports``, set ``ready``, serve until ``stop``."""
    with contextlib.ExitStack() as stack:
        for _ in range(count):
            server, _url = stack.enter_context(http_server())
            ports.append(server.server_address[1])
        ready.set()
        stop.wait()
