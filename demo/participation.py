"""Demo content of citizen participation, from ``site/demo/participation.json``.

Topics (with English names), units, the holiday calendar 2025-2027, published answers,
two questions waiting for moderation, and two consultations (one open, one closed with its
published comments and response report). Open/closed dates are relative to the day the demo is
loaded, so the open one stays open. Every step looks before it creates.
"""

from datetime import date, timedelta

from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from participation.models import (
    AnswerPage,
    ConsultationIndexPage,
    ConsultationPage,
    DraftComment,
    PublicHoliday,
    Question,
    QuestionIndexPage,
    QuestionTopic,
    Unit,
)

from .data import load_json


def participation_data() -> dict:
    return load_json("demo/participation.json")


def load_participation(vi: Locale, en: Locale) -> int:
    data = participation_data()
    created = 0
    for day, name, kind in data["holidays"]:
        _, new = PublicHoliday.objects.get_or_create(
            date=date.fromisoformat(day), defaults={"name": name, "kind": kind}
        )
        created += new
    topics = {}
    for vi_name, en_name in data["topics"]:
        topic = QuestionTopic.objects.filter(locale=vi, name=vi_name).first()
        if topic is None:
            topic = QuestionTopic.objects.create(locale=vi, name=vi_name)
            created += 1
        if not QuestionTopic.objects.filter(locale=en, translation_key=topic.translation_key).exists():
            english = topic.copy_for_translation(en)
            english.name = en_name
            english.slug = ""
            english.save()
        topics[vi_name] = topic
    units = {}
    for name, email in data["units"]:
        units[name], new = Unit.objects.get_or_create(name=name, defaults={"email": email})
        created += new

    qa_page = QuestionIndexPage.objects.filter(locale=vi).first()
    if qa_page is not None:
        created += load_answers(qa_page, data, topics)
        created += load_pending_questions(qa_page, data, topics, units)
    consultations = ConsultationIndexPage.objects.filter(locale=vi).first()
    if consultations is not None:
        created += load_consultations(consultations, data)
    return created


def load_answers(qa_page, data, topics) -> int:
    created = 0
    existing = set(AnswerPage.objects.child_of(qa_page).values_list("slug", flat=True))
    for item in data["answers"]:
        if item["slug"] in existing:
            continue
        page = AnswerPage(
            title=item["title"],
            slug=item["slug"],
            topic=topics[item["topic"]],
            question=item["question"],
            answer=f"<p>{item['answer']}</p>",
            answering_unit=item["unit"],
            asked_on=date.fromisoformat(item["asked_on"]),
            answered_on=date.fromisoformat(item["answered_on"]),
        )
        qa_page.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    return created


def load_pending_questions(qa_page, data, topics, units) -> int:
    created = 0
    for item in data["pending_questions"]:
        if Question.objects.filter(title=item["title"]).exists():
            continue
        Question.objects.create(
            asked_through=qa_page,
            name=item["name"],
            email=item["email"],
            topic=topics[item["topic"]],
            title=item["title"],
            body=item["body"],
            unit=units.get(item["unit"]) if item["unit"] else None,
        )
        created += 1
    return created


def load_consultations(index, data) -> int:
    created = 0
    today = timezone.localdate()
    existing = {page.slug: page for page in ConsultationPage.objects.child_of(index)}
    for item in data["consultations"]:
        page = existing.get(item["slug"])
        if page is None:
            page = ConsultationPage(
                title=item["title"],
                slug=item["slug"],
                drafting_agency=item["drafting_agency"],
                summary=item["summary"],
                opens_on=today - timedelta(days=item["opens_days_ago"]),
                closes_on=today + timedelta(days=item["closes_in_days"]),
                articles=[
                    ("article", {"number": number, "heading": heading, "text": RichText(f"<p>{text}</p>")})
                    for number, heading, text in item["articles"]
                ],
                response_report=item["response_report"],
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            created += 1
        for comment in item["comments"]:
            if not DraftComment.objects.filter(consultation=page, body=comment["body"]).exists():
                DraftComment.objects.create(
                    consultation=page,
                    name="Người góp ý (dữ liệu mẫu)",
                    email="gopy.demo@example.com",
                    organisation=comment["organisation"],
                    article=comment["article"],
                    body=comment["body"],
                    status=comment["status"],
                )
                created += 1
    return created
