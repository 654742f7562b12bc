"""Website models, one module per page type or concern (re-exported for Django)."""

from website.models.events import EventIndexPage, EventPage
from website.models.form_pages import FormField, FormPage
from website.models.home import HomePage
from website.models.institution import InstitutionSettings
from website.models.intranet import IntranetPage
from website.models.navigation import FooterLink
from website.models.news import NewsIndexPage, NewsPage, NewsPageTag
from website.models.standard import StandardPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "FooterLink",
    "FormField",
    "FormPage",
    "HomePage",
    "InstitutionSettings",
    "IntranetPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "StandardPage",
]
