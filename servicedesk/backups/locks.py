"""One run of a policy at a time, on one host or several: a Huey lock per policy (in Huey's storage,
which is Redis when several consumers share a queue)."""

from huey.contrib.djhuey import HUEY


def policy_lock(policy_id: int):
    """A context manager; raises ``huey.exceptions.TaskLockedException`` when the policy is running."""
    return HUEY.lock_task(f"backup-policy-{policy_id}")
