"""The normograma download linked from transparency item 2.1 (public)."""

from django.http import HttpResponse

from governance.legal.exports import normograma_workbook, public_norms
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def normograma_xlsx(request):
    content = normograma_workbook(public_norms(), institution=institution_name(request))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="normograma.xlsx"'
    return response
