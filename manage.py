#!/usr/bin/env python
"""Django's command-line utility for Portal TIC."""

import os
import sys


def main():
    from portal.startup import exit_on_bad_configuration, settings_module_from

    chosen = settings_module_from(sys.argv[1:])
    if chosen:
        os.environ["DJANGO_SETTINGS_MODULE"] = chosen
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

    exit_on_bad_configuration()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
