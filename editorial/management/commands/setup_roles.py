from django.core.management.base import BaseCommand

from editorial.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Attach the editorial groups' page permissions and the approval workflows to each language's "
        "home page. Idempotent; run after creating the English home page (load_demo does)."
    )

    def handle(self, *args, **options):
        ensure_roles()
        self.stdout.write(self.style.SUCCESS("Editorial roles and workflows are in place."))
