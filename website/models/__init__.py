"""Website models, one module per page type or concern (re-exported for Django)."""

from website.models.home import HomePage
from website.models.institution import InstitutionSettings
from website.models.intranet import IntranetPage

__all__ = ["HomePage", "InstitutionSettings", "IntranetPage"]
