"""Sign-in protection: how failures are counted, the lockouts' admin, the password-reset limit."""
