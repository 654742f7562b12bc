from django.urls import path

from servicedesk.assets import intranet

urlpatterns = [
    path("", intranet.my_equipment, name="assets_my_equipment"),
    path("<int:pk>/confirmar/", intranet.acknowledge, name="assets_my_equipment_acknowledge"),
    path("<int:pk>/reportar/", intranet.report, name="assets_my_equipment_report"),
    path("<int:pk>/acta.xlsx", intranet.acta, name="assets_my_equipment_acta"),
]
