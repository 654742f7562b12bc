"""The XLSX of a register a transparency item publishes: the approved snapshot, never the live data."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from digital_gov.transparency.exports import register_workbook
from digital_gov.transparency.models import TransparencyItemPage
from portal.xlsx import XLSX_CONTENT_TYPE
from website.institution import institution_name


def register_xlsx(request, page_id: int):
    page = get_object_or_404(TransparencyItemPage.objects.live().public(), pk=page_id)
    if not (page.published_register and page.register_snapshot):
        raise Http404
    content = register_workbook(
        page.register_snapshot, institution=institution_name(request), title=f"{page.number} {page.title}"
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{slugify(page.title) or "registro"}.xlsx"'
    return response
