from django.urls import path

from servicedesk.monitoring import views

urlpatterns = [
    path("push/<str:token>/", views.push, name="monitoring_push"),
]
