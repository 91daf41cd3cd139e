from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Site

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create the demo portal (page tree, chrome, articles and English translations) from site/. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", help="Host name of the default site, used in absolute links.")
        parser.add_argument("--port", type=int, help="Port of the default site, e.g. the dev server's 8000.")

    def handle(self, *args, hostname=None, port=None, **options):
        created = DemoLoader(stdout=self.stdout).run()
        if hostname or port:
            site = Site.objects.get(is_default_site=True)
            site.hostname = hostname or site.hostname
            site.port = port or site.port
            site.save()
        # The English tree exists now: attach the translators' permissions and workflow to it.
        call_command("setup_roles", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
