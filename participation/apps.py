from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    """Citizen participation: questions and answers (Hỏi đáp) and comments on draft documents."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "participation"
    verbose_name = _("Citizen participation")
