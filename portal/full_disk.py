"""A full media disk answers with a page that says so, not with a server error.

The portal's own upload paths turn a failed write into a form error (``portal.uploads``);
this middleware covers the rest, such as Wagtail's document and image uploads: an
``OSError`` for lack of space (``ENOSPC``, or a quota: ``EDQUOT``) becomes a 507 page in
Spanish. The storage has already removed the partial file (``portal.storage``).
"""

from __future__ import annotations

import errno
import logging

from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` means the disk (or the quota) has no room left."""
    return isinstance(exc, OSError) and exc.errno in NO_SPACE


class FullDiskMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_disk_full(exception):
            return None
        logger.error("Sin espacio en disco al atender %s %s: %s", request.method, request.path, exception)
        response = TemplateResponse(request, "507.html", status=507)
        return response.render()
