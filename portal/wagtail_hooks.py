"""Platform-wide admin registrations: dashboard panels."""

from wagtail import hooks

from portal.dashboard import SchedulerStatusPanel


@hooks.register("construct_homepage_panels")
def add_scheduler_status_panel(request, panels):
    if request.user.has_perm("portal.view_schedulerheartbeat"):
        panels.append(SchedulerStatusPanel())
