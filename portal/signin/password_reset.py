"""Password-reset requests, limited per e-mail address and per client address.

Each request sends a mail when the address belongs to an account, so unlimited requests let
anyone flood a person's mailbox (or the institute's mail server). Past a limit the request is
answered exactly as any other, with the "if the address exists we sent a mail" page, and no
mail is sent. The same answer rather than a 429 page: the answer must not depend on anything the
requester should not learn, and a genuine person past three requests in an hour already holds
three links; the page tells them to contact the service desk if none arrives. Limits count
every request, whether the address belongs to an account or not, so they reveal nothing either.
Refusals are logged as warnings for the administrators.
"""

from __future__ import annotations

import logging

from django_ratelimit.core import is_ratelimited
from wagtail.admin.forms.auth import PasswordResetForm

from portal.client_address import client_ip, ratelimit_key

#: Requests for one e-mail address, from anywhere (django-ratelimit's fixed window).
PER_EMAIL_RATE = "3/h"
#: Requests from one client address, for any e-mail address.
PER_CLIENT_RATE = "10/h"

logger = logging.getLogger(__name__)


def reset_is_throttled(request, email: str) -> bool:
    """Count one request for ``email`` from ``request``'s client; whether either limit is past."""
    address = email.strip().lower()
    by_client = is_ratelimited(
        request, group="password-reset:client", key=ratelimit_key, rate=PER_CLIENT_RATE, increment=True
    )
    by_email = is_ratelimited(
        request,
        group="password-reset:email",
        key=lambda group, request: address,
        rate=PER_EMAIL_RATE,
        increment=True,
    )
    return by_client or by_email


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's password-reset form (``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``), limited."""

    def save(self, *args, request=None, **kwargs):
        if request is not None and reset_is_throttled(request, self.cleaned_data["email"]):
            logger.warning("Password reset not sent: request limit reached (client %s).", client_ip(request))
            return
        super().save(*args, request=request, **kwargs)
