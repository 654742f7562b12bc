"""Settings as a fresh interpreter reads them from a given environment.

The settings modules read the environment once, at import, and production's changes shared
dictionaries of the base module (``HUEY["immediate"] = False``): importing them again inside the
test process would change the running test settings. A subprocess reads them cleanly.
"""

import os
import pickle
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Environment of the test run that must not leak into the settings read.
IGNORED = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "CSP_REPORT_ONLY", "CSP_REPORT_URI"}

READ = """
import importlib, pickle, sys
module = importlib.import_module(sys.argv[1])
names = sys.argv[2:] or [name for name in dir(module) if name.isupper()]
sys.stdout.buffer.write(pickle.dumps({name: getattr(module, name) for name in names}))
"""


def settings_of(module: str, env: dict[str, str], names: tuple[str, ...] = ()) -> dict:
    """The upper-case settings (or only ``names``) of ``module`` imported under ``env``."""
    clean = {key: value for key, value in os.environ.items() if key not in IGNORED}
    result = subprocess.run(
        [sys.executable, "-c", READ, module, *names],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    return pickle.loads(result.stdout)  # our own subprocess wrote it
