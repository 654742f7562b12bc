"""Serve the portal and run the Huey consumer together; Ctrl-C stops both."""

import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand

from portal.demo.people import credentials_path


class Command(BaseCommand):
    help = "Inicia el servidor web de desarrollo y el consumidor de Huey; Ctrl-C detiene ambos."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")

    def handle(self, *args, host, port, **options):
        manage = [sys.executable, "manage.py"]
        processes = [
            subprocess.Popen([*manage, "run_huey"]),
            subprocess.Popen([*manage, "runserver", "--noreload", f"{host}:{port}"]),
        ]
        self.stdout.write(
            self.style.SUCCESS(
                f"\nPortal TIC en http://{host}:{port}/  (administración: http://{host}:{port}/admin/)\n"
                f"Usuarios de demostración y contraseñas: {credentials_path()}\n"
                "Consumidor de Huey en ejecución. Ctrl-C detiene ambos.\n"
            )
        )
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
        try:
            while all(p.poll() is None for p in processes):
                time.sleep(0.5)
            failed = [p.args[2] for p in processes if p.poll() not in (None, 0)]
            if failed:
                self.stderr.write(f"Se detuvo: {', '.join(failed)}")
        except KeyboardInterrupt:
            self.stdout.write("\nDeteniendo…")
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
