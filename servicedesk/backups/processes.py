"""Whether the process that started a run or a restore on this host is still there."""

from __future__ import annotations

import os


def process_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
