"""Sign-in and sign-out for staff on the public site (the intranet's front door)."""

from django.contrib.auth import views as auth_views
from django.urls import path

app_name = "portal"

urlpatterns = [
    path(
        "ingresar/",
        auth_views.LoginView.as_view(template_name="registration/login.html"),
        name="login",
    ),
    path("salir/", auth_views.LogoutView.as_view(), name="logout"),
]
