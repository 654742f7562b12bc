"""How django-axes counts sign-in failures here: its database handler, with a narrower reset."""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt


class SignInAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler (``AXES_HANDLER``); a successful sign-in clears its own user name's failures.

    Axes would clear every failure that matches any lockout parameter, the client address
    included: one successful sign-in would wipe the failures against *other* accounts from the
    same address, so someone holding one valid account could guess other people's passwords
    without end by signing in between guesses. Here a success clears the failures recorded
    for the user name that signed in, from any address, and nothing else. Colleagues behind
    one NAT address still do not lock each other out: each one's typos are cleared by their
    own successful sign-in; only failures nobody follows with a success (an attack) add up.
    """

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count
