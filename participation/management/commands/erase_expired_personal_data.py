from django.core.management.base import BaseCommand

from participation.retention import erase_expired_personal_data


class Command(BaseCommand):
    help = "Erase the personal data of questions and comments older than the retention period (run daily)."

    def handle(self, *args, **options):
        counts = erase_expired_personal_data()
        self.stdout.write(
            f"Erased the personal data of {counts['questions']} questions and {counts['comments']} comments."
        )
