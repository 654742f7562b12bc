"""Outages of the monitored platform as incident tickets: opened on DOWN, resolved on recovery."""
