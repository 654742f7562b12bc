"""The signal a register published on the site sends when its content changes.

The app that keeps the register (the inventory's information assets) sends
``register_changed`` with ``key=`` the register's key, after the commit; the app that publishes it
(Digital Government) refreshes the pages that show it. Neither app knows the other: both know this
core module only.
"""

from django.db import transaction
from django.dispatch import Signal

#: Sent with ``key`` (the register's key in the ``register_published_registers`` hook).
register_changed = Signal()


def announce_change(*keys: str) -> None:
    """Send ``register_changed`` for each of ``keys`` once the current transaction commits.

    Robust: should a receiver fail (the task queue unreachable), the error is logged and the saved
    change stands; the nightly refresh catches up.
    """
    for key in keys:
        transaction.on_commit(lambda key=key: register_changed.send(sender=None, key=key), robust=True)
