"""Wagtail hooks of the GLPI import (loaded by servicedesk.wagtail_hooks)."""
