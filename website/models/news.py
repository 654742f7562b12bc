"""News: an index with pagination, filters by year and tag, and an RSS feed."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BodyBlock
from website.feeds import NewsFeed

NEWS_PER_PAGE = 10


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("website.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsIndexPage(RoutablePageMixin, Page):
    """The list of news, newest first."""
    intro = models.CharField(_("introducción"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["website.NewsPage"]

    class Meta:
        verbose_name = _("índice de noticias")
        verbose_name_plural = _("índices de noticias")

    def news(self):
        """Live news under this index, newest first, with what the list shows."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related(
                models.Prefetch("tagged_items", queryset=NewsPageTag.objects.select_related("tag"))
            )
            .order_by("-date", "-pk")
        )

    def filtered_news(self, news, request):
        year, tag = request.GET.get("anio", ""), request.GET.get("etiqueta", "")
        if year.isdigit():
            news = news.filter(date__year=int(year))
        else:
            year = ""
        if tag:
            news = news.filter(tags__slug=tag)
        return news, year, tag

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_news = self.news()
        news, year, tag = self.filtered_news(all_news, request)
        paginator = Paginator(news, NEWS_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        context.update(
            {
                "page_obj": page_obj,
                "news_items": page_obj.object_list,
                "years": all_news.dates("date", "year", order="DESC"),
                "selected_year": year,
                "selected_tag": tag,
                "filtered": bool(year or tag),
            }
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsPage(Page):
    """A news item."""
    date = models.DateField(_("fecha"), default=timezone.localdate)
    summary = models.CharField(_("resumen"), max_length=300)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("imagen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("texto alternativo de la imagen"),
        max_length=250,
        blank=True,
        help_text=_("Obligatorio si hay imagen: descríbala para quien no puede verla."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("contenido"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("etiquetas"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["website.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("noticia")
        verbose_name_plural = _("noticias")

    def clean(self):
        super().clean()

        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Escriba el texto alternativo de la imagen.")})
