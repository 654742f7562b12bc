"""The institution's identity and contact data, shown in the header and footer of every page."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

nit_validator = RegexValidator(
    r"^\d{6,10}-\d$", _("Escriba el NIT con su dígito de verificación, por ejemplo 899999063-3.")
)


def _optional_page(verbose_name):
    """A link to a page that may be left empty and is cleared if the page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="home")
class InstitutionSettings(BaseSiteSetting):
    """Name, logo, NIT and the contact data Res. 1519/2020 asks every site to show."""

    name = models.CharField(_("nombre de la entidad"), max_length=200)
    acronym = models.CharField(_("sigla"), max_length=30, blank=True)
    nit = models.CharField(_("NIT"), max_length=20, blank=True, validators=[nit_validator])
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("dirección de la sede principal"), max_length=255, blank=True)
    city = models.CharField(_("ciudad y departamento"), max_length=120, blank=True)
    postal_code = models.CharField(_("código postal"), max_length=10, blank=True)
    opening_hours = models.CharField(_("horario de atención"), max_length=255, blank=True)
    phone = models.CharField(_("conmutador"), max_length=60, blank=True)
    toll_free_phone = models.CharField(_("línea gratuita"), max_length=60, blank=True)
    anticorruption_phone = models.CharField(_("línea anticorrupción"), max_length=60, blank=True)
    email = models.EmailField(_("correo institucional"), blank=True)
    judicial_notices_email = models.EmailField(_("correo de notificaciones judiciales"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    terms_page = _optional_page(_("términos y condiciones"))
    privacy_page = _optional_page(_("política de tratamiento de datos personales"))
    copyright_page = _optional_page(_("política de derechos de autor"))

    select_related = ["logo", "terms_page", "privacy_page", "copyright_page"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("nit"), FieldPanel("logo")],
            heading=_("Identidad"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("city"),
                FieldPanel("postal_code"),
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("toll_free_phone"),
                FieldPanel("anticorruption_phone"),
                FieldPanel("email"),
                FieldPanel("judicial_notices_email"),
            ],
            heading=_("Contacto"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Redes sociales"),
        ),
        MultiFieldPanel(
            [FieldPanel("terms_page"), FieldPanel("privacy_page"), FieldPanel("copyright_page")],
            heading=_("Políticas"),
        ),
    ]

    class Meta:
        verbose_name = _("datos de la entidad")
        verbose_name_plural = _("datos de la entidad")

    def __str__(self):
        return self.name or str(_("Datos de la entidad"))

    @property
    def social_links(self) -> list[tuple[str, str]]:
        """The configured social networks as (label, url), in display order."""
        links = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in links if url]

    @property
    def policy_pages(self) -> list:
        """The policy pages that are set and live, in display order."""
        pages = [self.terms_page, self.privacy_page, self.copyright_page]
        return [page for page in pages if page is not None and page.live]
