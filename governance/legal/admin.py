"""The normograma register (menu Gobernanza)."""

from governance.legal.models import LegalNorm
from portal.modeladmin import RegisterAdmin


class LegalNormAdmin(RegisterAdmin):
    model = LegalNorm
    menu_icon = "doc-full-inverse"
    menu_order = 105
    list_display = ("__str__", "issuer", "title", "status")
    list_filter = ("norm_type", "status", "processes")
    search_fields = ("number", "title", "issuer", "applicable_articles")
    list_export = ("norm_type", "number", "year", "issuer", "title", "applicable_articles", "status", "url")
    export_filename = "normograma"
