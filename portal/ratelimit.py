"""A small fixed-window rate limit on the shared cache (Redis in production)."""

from django.core.cache import cache


def allow(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one hit for ``key``; ``False`` once more than ``limit`` hits fall in the window."""
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, timeout=window_seconds):
        return True
    try:
        hits = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=window_seconds)
        return True
    return hits <= limit


def client_ip(request) -> str:
    """The client's address as the proxy in front reports it, else the socket's."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")
