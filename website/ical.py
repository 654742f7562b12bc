"""iCalendar (RFC 5545) files for events."""

from datetime import datetime

from icalendar import Calendar, Event


def event_calendar(
    *,
    uid: str,
    title: str,
    summary: str,
    starts_at: datetime,
    ends_at: datetime,
    location: str,
    url: str,
    last_modified: datetime,
) -> bytes:
    """A one-event calendar, times in UTC."""
    calendar = Calendar()
    calendar.add("prodid", "-//Portal TIC//Eventos//ES")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("summary", title)
    event.add("description", summary)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("dtstamp", last_modified)
    if location:
        event.add("location", location)
    event.add("url", url)
    calendar.add_component(event)
    return calendar.to_ical()
