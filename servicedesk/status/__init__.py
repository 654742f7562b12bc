"""The status pages of the platform: intranet (every monitor) and public (the monitors marked public)."""
