import pytest
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage
from participation.factories import (
    ConsultationIndexPageFactory,
    QuestionIndexPageFactory,
    QuestionTopicFactory,
)
from participation.models import DraftComment, Question

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _vietnamese():
    """A request to /en/ leaves English active in the test thread; each test starts in Vietnamese."""
    translation.activate("vi")
    yield
    translation.activate("vi")


@pytest.fixture(autouse=True)
def _no_demo_submissions(request):
    """Counts in these tests are of what the test sends: the demo's questions and comments go (rolled back)."""
    if "db" in request.fixturenames or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("db")
        Question.objects.all().delete()
        DraftComment.objects.all().delete()


@pytest.fixture
def home(db):
    return HomePage.objects.get(depth=2, locale=Locale.get_default())


@pytest.fixture
def qa_page(home):
    page = QuestionIndexPageFactory(parent=home, title="Hỏi đáp thử", slug="hoi-dap-thu")
    page.save_revision().publish()
    return page


@pytest.fixture
def topic(db):
    return QuestionTopicFactory(name="Đất đai thử")


@pytest.fixture
def consultations_page(home):
    page = ConsultationIndexPageFactory(parent=home, title="Góp ý thử", slug="gop-y-thu")
    page.save_revision().publish()
    return page


@pytest.fixture
def question_data(topic):
    return {
        "name": "Nguyễn Văn An",
        "email": "an.nguyen@example.com",
        "phone": "0903 123 456",
        "topic": str(topic.pk),
        "title": "Thủ tục cấp đổi giấy chứng nhận",
        "body": "Xin hỏi hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất gồm những gì?",
        "consent": "on",
        "website": "",
    }
