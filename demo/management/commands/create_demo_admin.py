from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the local demo superuser admin/changeme. Refused unless the settings allow it (dev only)."

    def handle(self, *args, **options):
        if not settings.PORTAL_CREATE_DEMO_ADMIN:
            raise CommandError("The demo superuser is for local development only; these settings do not allow it.")
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("Demo superuser 'admin' already exists.")
            return
        User.objects.create_superuser("admin", "admin@example.invalid", "changeme")
        self.stdout.write(self.style.SUCCESS("Created demo superuser admin / changeme."))
