"""The client's address: X-Forwarded-For believed only as far as the trusted proxies go."""

import pytest
from django.test import RequestFactory

from portal.client_address import address_from, client_ip

SOCKET = "10.0.0.5"


def test_without_proxies_the_header_is_ignored():
    assert address_from(remote_addr=SOCKET, forwarded_for="198.51.100.1", trusted_proxies=0) == SOCKET


def test_behind_one_proxy_the_right_most_entry_is_the_client():
    forwarded = "198.51.100.1, 198.51.100.2, 203.0.113.7"
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=1) == "203.0.113.7"


def test_behind_two_proxies_the_entry_the_outer_one_appended_is_the_client():
    # client 203.0.113.7 -> load balancer (appends it) -> nginx 10.0.0.9 (appends the balancer).
    forwarded = "198.51.100.1, 203.0.113.7, 10.0.0.9"
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=2) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["", "203.0.113.7", " , 203.0.113.7 ,"])
def test_fewer_entries_than_proxies_fall_back_to_the_socket(forwarded):
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=2) == SOCKET


@pytest.mark.parametrize("forwarded", ["no-es-una-ip", "203.0.113.7:443", "unknown", "203.0.113.300"])
def test_an_entry_that_is_not_an_address_falls_back_to_the_socket(forwarded):
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=1) == SOCKET


def test_empty_items_and_spaces_do_not_shift_the_trusted_entries():
    forwarded = ",, 198.51.100.1,,  203.0.113.7 "
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=1) == "203.0.113.7"


def test_ipv6_addresses_are_written_one_way():
    forwarded = "2001:DB8:0:0:0:0:0:1"
    assert address_from(remote_addr=SOCKET, forwarded_for=forwarded, trusted_proxies=1) == "2001:db8::1"


def test_client_ip_reads_the_request_and_the_setting(settings):
    request = RequestFactory().get("/", REMOTE_ADDR=SOCKET, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == SOCKET
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"
