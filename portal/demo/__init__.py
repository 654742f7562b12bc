"""The demo institute: users per role, the public site, transparency, governance and the service desk.

Installed only by the development and test settings (``portal.settings.dev``, ``portal.settings.test``);
production does not ship it. ``python manage.py seed_demo`` loads it, idempotently.
"""
