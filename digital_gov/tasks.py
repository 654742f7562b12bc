"""Digital Government jobs run by the Huey consumer: the published registers kept current.

A register's owner announces a change (``portal.published_registers.register_changed``) and the
items publishing it get a new revision for the Publicador to approve; every night all of them are
checked again, which also catches what a date changes (a reserve whose term ended is public again).
"""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, lock_task

from digital_gov.transparency.refresh import refresh_published_registers


@db_task()
def refresh_register(key: str) -> int:
    # No lock: each page is refreshed under its row lock, and a refresh finding nothing new does nothing.
    return len(refresh_published_registers(key))


@db_periodic_task(crontab(hour="8", minute="15"))  # 03:15 in Bogotá (Huey reads crontabs in UTC)
@lock_task("digital-gov-registers-nightly")
def refresh_registers_nightly() -> int:
    return len(refresh_published_registers())


def on_register_changed(sender, key: str, **kwargs) -> None:
    """``register_changed`` receiver: queue the refresh of the items publishing ``key``."""
    refresh_register(key)
