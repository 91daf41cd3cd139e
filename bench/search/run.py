"""Search benchmark (a measurement, not a test): latency and queries per search request.

Generates realistic Vietnamese news articles on PostgreSQL in bulk (treebeard paths
computed here, one INSERT per thousand pages, then Wagtail's own indexer in batches),
and measures the search page for 20 representative queries at each size:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_search_bench \\
        .venv/bin/python bench/search/run.py --sizes 5000 50000

The database name must contain "bench". Requests go through Django's test client in
this process (the whole view and template, no HTTP server): median and 95th percentile
over ``--repeat`` runs of every query, after one warm-up run. Results: stdout and
bench/search/results.md. See docs/search.md.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from news.models import NewsIndexPage, NewsPage  # noqa: E402

QUERIES = [
    "đảng viên",
    "dang vien",
    "phát triển kinh tế",
    "phat trien kinh te",
    "Châu Thành",
    "chau thanh",
    "15/2024/QĐ-UBND",
    "27/2021/qd-ubnd",
    "nông thôn mới",
    "nong thon moi",
    "chuyển đổi số",
    "sầu riêng",
    "Vàm Láng",
    "lễ hội nghinh ông",
    "tỉnh",
    "ủy ban nhân dân tỉnh",
    "cao tốc Trung Lương Mỹ Thuận",
    "xyzzy",
    '"Nghị quyết 05"',
    "hop tac xa kieu moi",
]

SUBJECTS = [
    "Ủy ban nhân dân tỉnh",
    "Huyện Châu Thành",
    "Thành phố Mỹ Tho",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Đảng bộ huyện Cai Lậy",
    "Thị xã Gò Công",
    "Hội Nông dân tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Huyện Chợ Gạo",
    "Ban Tuyên giáo Tỉnh ủy",
    "Công an tỉnh",
    "Sở Y tế",
]
ACTIONS = [
    "triển khai",
    "tổng kết",
    "đẩy mạnh",
    "kiểm tra",
    "hướng dẫn",
    "phát động",
    "tổ chức hội nghị về",
    "nâng cao chất lượng",
    "đánh giá kết quả",
    "ban hành kế hoạch",
]
TOPICS = [
    "phát triển kinh tế xã hội",
    "xây dựng nông thôn mới",
    "công tác phát triển đảng viên",
    "chuyển đổi số",
    "cải cách hành chính",
    "phòng chống dịch bệnh",
    "hợp tác xã kiểu mới",
    "xuất khẩu trái cây",
    "an toàn giao thông",
    "bảo vệ môi trường",
    "thu hút đầu tư",
    "giảm nghèo bền vững",
]
RARE = ["sầu riêng", "lễ hội Nghinh Ông Vàm Láng", "cao tốc Trung Lương - Mỹ Thuận", "Nghị quyết 05"]
FILLER = [
    "Theo báo cáo, trong năm qua địa phương đã tập trung chỉ đạo thực hiện nhiều giải pháp đồng bộ",
    "Các cấp ủy, chính quyền phối hợp chặt chẽ với Mặt trận Tổ quốc và các đoàn thể",
    "Người dân đồng tình hưởng ứng, nhiều mô hình hay, cách làm sáng tạo được nhân rộng",
    "Bên cạnh kết quả đạt được vẫn còn một số khó khăn, hạn chế cần khắc phục trong thời gian tới",
    "Đồng chí đề nghị các ngành tiếp tục rà soát, đánh giá và đề xuất giải pháp phù hợp",
    "Hội nghị cũng đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc",
    "Kế hoạch được triển khai đến tất cả các xã, phường, thị trấn trên địa bàn",
    "Đang được cập nhật thêm thông tin từ các đơn vị liên quan",
]


def article_text(rng, number):
    subject, action, topic = rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(TOPICS)
    if number % 97 == 0:  # a document number: 15/2024 is number 1358, 27/2021 is number 2522
        document = number // 97
        title = f"Quyết định số {document % 30 + 1}/{2020 + document % 5}/QĐ-UBND về {topic}"
    else:
        title = f"{subject} {action} {topic}"
    if number % 211 == 0:
        title += f" gắn với {rng.choice(RARE)}"
    lead = f"{subject} vừa {action} {topic} năm {2020 + number % 6}, với sự tham gia của nhiều đơn vị."
    sentences = [rng.choice(FILLER) for _ in range(rng.randint(8, 16))]
    sentences.insert(rng.randint(0, len(sentences)), f"Mục tiêu là {rng.choice(TOPICS)} và {rng.choice(TOPICS)}")
    return title, lead, ". ".join(sentences) + "."


def bench_category():
    home = Site.objects.get(is_default_site=True).root_page.specific
    category = NewsIndexPage.objects.filter(slug="tin-tong-hop-benchmark").first()
    if category is None:
        category = NewsIndexPage(title="Tin tổng hợp (benchmark)", slug="tin-tong-hop-benchmark")
        home.add_child(instance=category)
    return category


def generate(category, target, rng):
    """Add articles under the category until it holds ``target``, in bulk."""
    existing = NewsPage.objects.child_of(category).count()
    if existing >= target:
        return
    content_type = ContentType.objects.get_for_model(NewsPage)
    news_fields = [field for field in NewsPage._meta.local_concrete_fields if field.column != "page_ptr_id"]
    columns = ", ".join(["page_ptr_id", *(connection.ops.quote_name(field.column) for field in news_fields)])
    placeholders = ", ".join(["%s"] * (len(news_fields) + 1))
    backend = get_search_backend()
    index = backend.get_index_for_model(NewsPage)
    start = time.monotonic()
    for batch_start in range(existing, target, 1000):
        numbers = range(batch_start, min(batch_start + 1000, target))
        with transaction.atomic():
            pages, articles = [], []
            for number in numbers:
                title, lead, body = article_text(rng, number)
                slug = f"bai-{number}"
                published = timezone.now() - timedelta(hours=number)
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(category.path, category.depth + 1, number + 1),
                        depth=category.depth + 1,
                        numchild=0,
                        url_path=f"{category.url_path}{slug}/",
                        locale_id=category.locale_id,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                    )
                )
                articles.append(
                    NewsPage(
                        date=published,
                        lead=lead,
                        body=[("paragraph", f"<p>{body}</p>")],
                        author="Phóng viên",
                    )
                )
            Page.objects.bulk_create(pages)
            rows = []
            for page, article in zip(pages, articles, strict=True):
                values = [field.get_db_prep_save(field.pre_save(article, True), connection) for field in news_fields]
                rows.append([page.pk, *values])
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {NewsPage._meta.db_table} ({columns}) VALUES ({placeholders})",  # noqa: S608
                    rows,
                )
            Page.objects.filter(pk=category.pk).update(numchild=numbers.stop)
            index.add_items(NewsPage, list(NewsPage.objects.filter(pk__in=[page.pk for page in pages])))
        print(f"  {numbers.stop} articles ({time.monotonic() - start:.0f} s)", flush=True)


def measure(repeat):
    setup_test_environment()  # lets the client see the number of results in the context
    client = Client()
    rows = []
    for query in QUERIES:
        client.get("/tim-kiem/", {"q": query})  # warm-up
        timings, counts, found = [], [], None
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/tim-kiem/", {"q": query})
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
            counts.append(len(captured))
            found = response.context["search_results"].paginator.count if "search_results" in response.context else 0
        rows.append((query, statistics.median(timings), max(counts), found, timings))
    return rows


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, round(fraction * (len(values) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--out", default=str(ROOT / "bench" / "search" / "results.md"))
    parser.add_argument("--generate-only", action="store_true", help="Generate the articles, measure nothing.")
    parser.add_argument("--any-database", action="store_true", help="Allow a database without 'bench' in its name.")
    args = parser.parse_args()
    if connection.vendor != "postgresql" or ("bench" not in connection.settings_dict["NAME"] and not args.any_database):
        sys.exit("Run on a PostgreSQL database whose name contains 'bench' (DATABASE_URL).")
    call_command("migrate", verbosity=0)
    if not Site.objects.filter(is_default_site=True).exists() or not NewsIndexPage.objects.exists():
        call_command("load_demo", verbosity=0)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    rng = random.Random(9)
    category = bench_category()
    report = [
        f"Commit {commit.strip()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, PostgreSQL, "
        f"{args.repeat} runs per query after a warm-up.",
        "",
    ]
    for size in args.sizes:
        print(f"Generating up to {size} articles", flush=True)
        generate(category, size, rng)
        category.refresh_from_db()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if args.generate_only:
            continue
        rows = measure(args.repeat)
        everything = [timing for row in rows for timing in row[4]]
        report += [
            f"### {size:,} generated articles (plus the demo portal)",
            "",
            f"All queries: p50 {percentile(everything, 0.5):.1f} ms, p95 {percentile(everything, 0.95):.1f} ms, "
            f"database queries per request {min(row[2] for row in rows)} to {max(row[2] for row in rows)}.",
            "",
            "| query | results | p50 ms | p95 ms | queries |",
            "|---|---:|---:|---:|---:|",
            *(
                f"| `{query}` | {found:,} | {median:.1f} | {percentile(timings, 0.95):.1f} | {count} |"
                for query, median, count, found, timings in rows
            ),
            "",
        ]
        print("\n".join(report), flush=True)
        Path(args.out).write_text("\n".join(report) + "\n")  # after each size: 50,000 takes long


if __name__ == "__main__":
    main()
