"""Monitoring of the IT platform: monitors, their results, states, roll-ups and maintenance windows."""
