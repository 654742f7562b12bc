"""The institution's identity as reports print it (the caller passes it to ``portal.xlsx``)."""

from wagtail.models import Site

from website.models import InstitutionSettings


def institution_name(request=None) -> str:
    """The institution's name and NIT for report headers."""
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    if site is None:
        return "Portal TIC"
    settings = InstitutionSettings.for_site(site)
    if settings.nit:
        return f"{settings.name} — NIT {settings.nit}"
    return settings.name or "Portal TIC"
