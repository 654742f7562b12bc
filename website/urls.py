from django.urls import path

from website import views

app_name = "website"

urlpatterns = [
    path("mapa-del-sitio/", views.site_map, name="site_map"),
    path("buscar/", views.search, name="search"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
