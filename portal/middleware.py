"""Request and response middleware: the visitor's language, the Content-Security-Policy by area."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers


class ChosenLanguageMiddleware:
    """Activate the language the visitor picked with the language switch, else ``LANGUAGE_CODE``.

    Unlike Django's ``LocaleMiddleware`` it ignores the browser's ``Accept-Language``: the
    institute's content is written in Spanish, and an English browser must not turn a
    Spanish page into one whose ``lang`` says English.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.available else settings.LANGUAGE_CODE
        # ``override`` restores the thread's language afterwards: a worker thread that served an
        # English request must not render the next request's e-mails or tasks in English.
        with translation.override(language):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response


class AreaContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under the Wagtail admin.

    Responses under the admin (``wagtailadmin_home``, ``/admin/``) get
    ``ADMIN_CONTENT_SECURITY_POLICY`` (or its ``_REPORT_ONLY`` twin); every other response gets
    django-csp's ``CONTENT_SECURITY_POLICY``, and so does a page's preview in the admin, which
    only the admin may frame. A view decorated with ``@csp`` still chooses its own policy,
    ``@csp_update`` / ``@csp_replace`` adjust whichever applies, and a response that already has
    a policy keeps it (Wagtail serves documents with ``default-src 'none'``).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "is_dummy", False):
            # Wagtail renders a preview by running a request for the page's own URL through the
            # middleware (Page.make_preview_request): the page keeps the public policy, and the
            # admin's preview panel, on the same origin, may frame it.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif parts.config is None and in_admin(request):
            name = "ADMIN_CONTENT_SECURITY_POLICY" + ("_REPORT_ONLY" if report_only else "")
            policy = getattr(settings, name, None)
            # An empty config (not None) keeps the public policy off the admin when it has none.
            parts.config = default_config(policy["DIRECTIVES"]) if policy else {}
        return parts


def in_admin(request) -> bool:
    """Whether the request is for a page of the Wagtail admin."""
    try:
        prefix = reverse("wagtailadmin_home")
    except NoReverseMatch:
        return False
    return request.path.startswith(prefix)
