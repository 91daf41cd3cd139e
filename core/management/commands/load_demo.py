from django.core.management.base import BaseCommand

from core.demo import DemoLoader


class Command(BaseCommand):
    help = "Create the demo portal (page tree, chrome, articles and English translations) from site/. Idempotent."

    def handle(self, *args, **options):
        created = DemoLoader(stdout=self.stdout).run()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
