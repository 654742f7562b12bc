"""The download of a file a governance register cites, checked against that register."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.documents import get_document_model

from governance.files.access import records_citing, user_may_download
from portal.admin_views import answer_403
from portal.uploads import serve_file


@answer_403
def download(request, pk):
    document = get_object_or_404(get_document_model(), pk=pk)
    records = records_citing(document)
    if not records:
        raise Http404("Ningún registro de gobernanza cita este documento")
    if not user_may_download(request.user, records):
        raise PermissionDenied
    return serve_file(document.file)
