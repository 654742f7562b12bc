"""How each kind of source is copied, how its manifest is taken, and how a copy is restored to check it.

Every engine writes to the path it is given (the caller renames it when complete) and returns the
manifest of what it wrote, taken from the same snapshot as the copy. ``restore_manifest`` restores
an artifact into scratch space and returns the manifest read back from the restored copy.
"""

import re

CREDENTIALS = re.compile(r"(://)[^/@]*@")


def masked(url: str) -> str:
    """``url`` with the user and password in it masked (``postgres://u:p@h/db`` → ``postgres://***@h/db``)."""
    return CREDENTIALS.sub(r"\1***@", url)


class BackupError(Exception):
    """A copy or a restore could not be made; the message is in Spanish, for the run's log."""
