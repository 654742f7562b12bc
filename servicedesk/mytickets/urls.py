from django.urls import path

from servicedesk.mytickets import views

urlpatterns = [
    path("", views.my_tickets, name="servicedesk_my_tickets"),
    path("<int:pk>/", views.my_ticket, name="servicedesk_my_ticket"),
    path("<int:pk>/comentar/", views.add_comment, name="servicedesk_my_ticket_comment"),
    path("<int:pk>/confirmar/", views.confirm, name="servicedesk_my_ticket_confirm"),
    path("<int:pk>/rechazar/", views.reject, name="servicedesk_my_ticket_reject"),
    path("<int:pk>/encuesta/", views.survey, name="servicedesk_my_ticket_survey"),
    path("<int:pk>/adjuntos/<int:attachment_pk>/", views.attachment, name="servicedesk_my_ticket_attachment"),
]
