"""Real servers on 127.0.0.1 for the monitoring tests: HTTP(S), plain TLS, DNS over UDP.

Each is a context manager that binds port 0, serves from a thread and yields the server
(``server.server_address`` gives the port). Nothing here sleeps to wait: the socket is bound
and listening before the context manager yields.
"""

import contextlib
import socketserver
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import dns.flags
import dns.message
import dns.rcode
import dns.rrset

HOST = "127.0.0.1"
LARGE_BODY_BYTES = 3 * 1024 * 1024


@contextlib.contextmanager
def serving(server):
    """Serve ``server`` from a thread until the block ends."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietMixin:
    def handle_error(self, request, client_address):
        """Clients that hang up (a probe after the handshake, a timed-out request) are expected."""


class _HTTPServer(_QuietMixin, ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self):
        # HTTPServer.server_bind looks up the FQDN of the address: slow and useless here.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class SiteHandler(BaseHTTPRequestHandler):
    """A small site: ``/`` (200 with "Bienvenido"), ``/error`` (503), ``/redirect`` (302 to ``/``),
    ``/delay?ms=N`` (answers after N ms), ``/stall`` (answers only when the server's ``release``
    event is set — past any probe timeout), ``/large`` (3 MB, "Bienvenido" at the very end)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/":
            self._send(200, "<html><body><h1>Bienvenido al portal</h1></body></html>")
        elif url.path == "/error":
            self._send(503, "<html><body>Servicio no disponible</body></html>")
        elif url.path == "/redirect":
            self._send(302, "", headers={"Location": "/"})
        elif url.path == "/delay":
            time.sleep(int(parse_qs(url.query)["ms"][0]) / 1000)  # the slow server being simulated
            self._send(200, "Bienvenido, tarde")
        elif url.path == "/stall":
            self.server.release.wait(10)
            self._send(200, "Bienvenido, demasiado tarde")
        elif url.path == "/large":
            self._send(200, "x" * LARGE_BODY_BYTES + "Bienvenido")
        elif url.path == "/headers":
            self._send(200, f"token={self.headers.get('X-Token', '')}")
        else:
            self._send(404, "No encontrado")

    def _send(self, status, text, headers=None):
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def http_server(handler=SiteHandler, tls_context: ssl.SSLContext | None = None, port: int = 0):
    """An HTTP server (HTTPS when ``tls_context`` is given); yields ``(server, base_url)``.

    ``port`` 0 takes a free port; another (a stopped server's) starts the server again there.
    ``server.release`` is an event that stalled handlers wait for; it is set on exit so no
    handler outlives the test.
    """
    server = _HTTPServer((HOST, port), handler)
    server.release = threading.Event()
    scheme = "http"
    if tls_context is not None:
        # The handshake happens in the handler's thread, so a client that never finishes it
        # cannot block the accepting loop.
        server.socket = tls_context.wrap_socket(
            server.socket, server_side=True, do_handshake_on_connect=False
        )
        scheme = "https"
    try:
        with serving(server):
            yield server, f"{scheme}://{HOST}:{server.server_address[1]}"
    finally:
        server.release.set()


class _HandshakeHandler(socketserver.BaseRequestHandler):
    def handle(self):
        # Clients that reject the certificate abort the handshake: an OSError here is expected.
        context = self.server.tls_context
        with contextlib.suppress(OSError), context.wrap_socket(self.request, server_side=True) as tls:
            tls.recv(1)  # until the client hangs up


class _TLSServer(_QuietMixin, socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextlib.contextmanager
def tls_server(certfile: str, keyfile: str):
    """A server that only completes TLS handshakes with the given certificate; yields its port."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile, keyfile)
    server = _TLSServer((HOST, 0), _HandshakeHandler)
    server.tls_context = context
    with serving(server):
        yield server.server_address[1]


class _DNSHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        query = dns.message.from_wire(data)
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        question = query.question[0]
        name = question.name.to_text(omit_final_dot=True).lower()
        records = self.server.records
        if name not in records:
            response.set_rcode(dns.rcode.NXDOMAIN)
        else:
            addresses = records[name].get(dns.rdatatype.to_text(question.rdtype), [])
            if addresses:
                response.answer.append(
                    dns.rrset.from_text_list(question.name, 60, "IN", question.rdtype, addresses)
                )
        sock.sendto(response.to_wire(), self.client_address)


class _DNSServer(socketserver.ThreadingUDPServer):
    daemon_threads = True


@contextlib.contextmanager
def dns_server(records: dict[str, dict[str, list[str]]]):
    """An authoritative DNS server over UDP: ``{"name": {"A": ["10.0.0.5"]}}``; other names → NXDOMAIN.

    Yields ``(host, port)``, the form the DNS probe's ``nameserver`` takes.
    """
    server = _DNSServer((HOST, 0), _DNSHandler)
    server.records = {name.lower(): types for name, types in records.items()}
    with serving(server):
        yield server.server_address


@contextlib.contextmanager
def closed_port():
    """A port nothing listens on (bound to learn a free number, then closed); yields it."""
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port = sock.getsockname()[1]
    yield port
