"""Wagtail hooks of the Digital Government app: what it offers to the apps above it."""

from wagtail import hooks

from digital_gov.transparency.indicators import indicator_sources

hooks.register("register_indicator_sources", indicator_sources)
