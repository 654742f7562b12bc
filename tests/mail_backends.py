"""Mail backends for tests (set with ``settings.EMAIL_BACKEND``)."""

from django.core.mail.backends.base import BaseEmailBackend


class SmtpDownBackend(BaseEmailBackend):
    """What Django's SMTP backend raises when nothing listens on the mail server's port."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError(111, "Connection refused")
