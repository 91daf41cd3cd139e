"""Every kind of public page passes an automated accessibility audit (axe-core) in Chromium, in both languages.

axe-core is the audit engine most accessibility tools build on; it ships inside
the axe-playwright-python package, so nothing is fetched at run time.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

AUDITED = {
    "home": ("/", "/en/"),
    "category": ("/tin-tuc-su-kien/chinh-tri/", "/en/news/politics/"),
    "article": (
        "SEED",
        "/en/news/politics/chau-thanh-district-party-committee-implements-solutions-to-improve-party-member-admission/",
    ),
    "section": ("/thong-tin-can-biet/", "/en/useful-information/"),
    "standard page": ("/gioi-thieu/", "/en/about/"),
    "site map": ("/so-do-cong/", "/en/site-map/"),
    "search": ("/tim-kiem/?q=dang+vien", "/en/tim-kiem/?q=province"),
    "feeds": ("/rss/", "/en/rss/"),
    "library": (
        "/he-thong-van-ban/van-ban-chi-dao-dieu-hanh/?loai=quyet-dinh",
        "/en/legal-documents/directive-documents/?loai=decision",
    ),
    "legal document": (
        "/he-thong-van-ban/van-ban-chi-dao-dieu-hanh/15-2024-qd-ubnd/",
        "/en/legal-documents/directive-documents/15-2024-qd-ubnd/",
    ),
    "gazette": ("/he-thong-van-ban/cong-bao-tien-giang/", "/en/legal-documents/official-gazette/"),
    "gazette issue": (
        "/he-thong-van-ban/cong-bao-tien-giang/cong-bao-so-05-2024/",
        "/en/legal-documents/official-gazette/gazette-no-05-2024/",
    ),
}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — {node['target']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


@pytest.mark.parametrize("kind", AUDITED)
def test_page_passes_the_accessibility_audit_in_both_languages(page, portal_url, seed_path, kind):
    vietnamese, english = AUDITED[kind]
    found = {}
    for url in (seed_path if vietnamese == "SEED" else vietnamese, english):
        problems = violations(page, portal_url + url)
        if problems:
            found[url] = problems
    assert found == {}


def test_high_contrast_mode_passes_the_colour_contrast_audit(page, portal_url, seed_path):
    page.goto(portal_url + seed_path)
    page.locator("[data-contrast-toggle]").click()
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
    assert results.violations_count == 0, results.generate_snapshot()
