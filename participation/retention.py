"""Erasing personal data once it is no longer needed (Decree 13/2023/NĐ-CP).

A question keeps its asker's name, email, phone and attachment until it has been closed
(answered or declined) for the retention period; a comment keeps its author's name and email
until its consultation has been closed for that period. The question, the answer and the
comment text stay: they are the record of the agency's work and carry no personal data.
"""

from datetime import timedelta

from django.utils import timezone

from .models import DraftComment, Question, retention_days


def erase_expired_personal_data(now=None) -> dict[str, int]:
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days())
    questions = Question.objects.filter(
        personal_data_erased_at__isnull=True,
        status__in=[Question.Status.ANSWERED, Question.Status.DECLINED],
        answered_at__lt=cutoff,
    )
    comments = DraftComment.objects.filter(
        personal_data_erased_at__isnull=True, consultation__closes_on__lt=timezone.localdate(cutoff)
    )
    counts = {"questions": 0, "comments": 0}
    for question in questions.iterator():
        question.erase_personal_data()
        counts["questions"] += 1
    for comment in comments.iterator():
        comment.erase_personal_data()
        counts["comments"] += 1
    return counts
