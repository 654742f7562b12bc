"""Wagtail hooks of the statistics report (loaded by servicedesk.wagtail_hooks)."""
