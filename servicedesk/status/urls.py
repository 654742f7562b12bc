from django.urls import path

from servicedesk.status import views

public_urlpatterns = [path("", views.public_status, name="status_public")]
intranet_urlpatterns = [path("", views.intranet_status, name="status_intranet")]
