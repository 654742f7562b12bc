"""The client's network address, as far as the deployment can vouch for it.

``X-Forwarded-For`` is a list the client starts and every proxy extends: a proxy appends the
address it received the connection from. Only the entries appended by proxies the institute runs
can be believed, so the address is read from the right, by the number of trusted proxies
(``TRUSTED_PROXY_COUNT``, see docs/deployment.md):

* ``0`` (no proxy): the socket's address, ``REMOTE_ADDR``; the header is ignored.
* ``N``: the N-th entry from the right, the one the outermost trusted proxy appended.

When the header has fewer than N entries, or that entry is not an address, the request did not
come through the whole chain of proxies (or a proxy is misconfigured): the entries present may
have been written by the client, so ``REMOTE_ADDR`` is used instead. That errs on the strict
side: such requests share the address of the proxy that forwarded them, and a client can never
choose the address its limits are counted against.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def address_from(*, remote_addr: str, forwarded_for: str, trusted_proxies: int) -> str:
    """The client's address given the socket's address, ``X-Forwarded-For`` and the proxy count."""
    if trusted_proxies > 0:
        # Empty items can only come from the client's part of the list (proxies append
        # addresses), which is on the left: dropping them never shifts the trusted entries.
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        if len(hops) >= trusted_proxies:
            try:
                return str(ipaddress.ip_address(hops[-trusted_proxies]))
            except ValueError:
                pass
    return remote_addr


def client_ip(request) -> str:
    """The address of the client that sent ``request`` (``AXES_CLIENT_IP_CALLABLE``)."""
    return address_from(
        remote_addr=request.META.get("REMOTE_ADDR", ""),
        forwarded_for=request.META.get("HTTP_X_FORWARDED_FOR", ""),
        trusted_proxies=settings.TRUSTED_PROXY_COUNT,
    )


def ratelimit_key(group: str, request) -> str:
    """django-ratelimit's ``key``: limits are counted per client address."""
    return client_ip(request)
