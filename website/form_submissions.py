"""The admin list of a form's submissions, with a CSV export safe to open in a spreadsheet."""

from wagtail.contrib.forms.views import SubmissionsListView

from portal.spreadsheets import SafeCsvExportMixin


class SafeSubmissionsListView(SafeCsvExportMixin, SubmissionsListView):
    """Submissions of the contact form and any other form page: formula-looking answers stay text."""
