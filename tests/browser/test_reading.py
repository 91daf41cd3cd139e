"""Reading aids and the slideshow, in a real browser: what persists, what moves, what prints.

The pages are Vietnamese, so the controls are found by their Vietnamese names.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# For every visible element with its own text: the contrast ratio of its colour
# against the first opaque background behind it (WCAG 2 relative luminance).
CONTRAST_FAILURES = """
(minimum) => {
  const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
  const parse = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const element of document.querySelectorAll("body *")) {
    const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText || !element.checkVisibility({ visibilityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || box.right < 0) continue;  // visually hidden or off-screen
    const style = getComputedStyle(element);
    const [fg, bg] = [luminance(parse(style.color)), luminance(background(element))];
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < minimum) failures.push(`${element.tagName}.${element.className}: ${ratio.toFixed(2)}`);
  }
  return failures;
}
"""


CONTRAST = "Tương phản"
HIGH_CONTRAST = re.compile(r"\bhigh-contrast\b")


def font_size(page):
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def test_contrast_toggle_persists_to_the_next_page(page, portal_url, seed_path):
    page.goto(portal_url + seed_path)
    toggle = page.get_by_role("button", name=CONTRAST)
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(page.locator("html")).to_have_class(HIGH_CONTRAST)
    expect(toggle).to_have_attribute("aria-pressed", "true")

    page.locator(".breadcrumbs").get_by_role("link").last.click()  # on to the category
    page.wait_for_url("**/chinh-tri/")
    expect(page.locator("html")).to_have_class(HIGH_CONTRAST)
    expect(page.get_by_role("button", name=CONTRAST)).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"

    page.get_by_role("button", name=CONTRAST).click()
    page.goto(portal_url + "/")
    expect(page.locator("html")).not_to_have_class(HIGH_CONTRAST)
    expect(page.get_by_role("button", name=CONTRAST)).to_have_attribute("aria-pressed", "false")


def test_text_contrast_in_both_modes(page, portal_url, seed_path):
    """Normal colours meet WCAG AA (4.5:1); high contrast meets AAA (7:1) for all text."""
    for path in (seed_path, "/"):
        page.goto(portal_url + path)
        assert page.evaluate(CONTRAST_FAILURES, 4.5) == [], path
        page.get_by_role("button", name=CONTRAST).click()
        assert page.evaluate(CONTRAST_FAILURES, 7) == [], f"{path} in high contrast"
        page.get_by_role("button", name=CONTRAST).click()


def test_larger_text_persists_to_the_next_page(page, portal_url, seed_path):
    page.goto(portal_url + seed_path)
    normal = font_size(page)
    page.get_by_role("button", name="A+").click()
    larger = font_size(page)
    assert larger > normal

    page.get_by_role("link", name="Chính trị").first.click()
    page.wait_for_url("**/chinh-tri/")
    assert font_size(page) == larger

    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    assert font_size(page) == normal
    page.goto(portal_url + "/")
    assert font_size(page) == normal


def test_featured_slideshow_moves_only_when_asked_and_pauses(page, portal_url):
    page.clock.install()
    page.goto(portal_url + "/")
    featured = page.locator("section.featured")
    slides = featured.locator("[data-slide]")
    assert slides.count() >= 2
    first, second = slides.nth(0), slides.nth(1)
    expect(first).to_be_visible()
    expect(second).to_be_hidden()

    page.clock.run_for(20_000)
    expect(first).to_be_visible()  # nothing moves by itself

    featured.get_by_role("button", name="Phát").click()
    page.mouse.move(0, 0)  # a pointer over the slides would hold them
    page.clock.run_for(5_500)
    expect(second).to_be_visible()
    expect(first).to_be_hidden()

    featured.get_by_role("button", name="Tạm dừng").click()
    page.clock.run_for(20_000)
    expect(second).to_be_visible()
    expect(featured.get_by_role("button", name="Phát")).to_be_visible()

    featured.get_by_role("button", name="Tiếp").click()
    expect(slides.nth(2 % slides.count())).to_be_visible()


def test_print_view_shows_the_article_without_the_chrome(page, portal_url, seed_path):
    page.goto(portal_url + seed_path)
    expect(page.get_by_role("button", name="In bài viết")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("h1.article__title")).to_be_visible()
    expect(page.locator(".article__body")).to_be_visible()
    for chrome in (".site-header", ".sidebar", ".site-footer", ".breadcrumbs", ".article-tools", "#related-news"):
        expect(page.locator(chrome).first).to_be_hidden()


def test_article_fits_a_phone_screen(page, portal_url, seed_path):
    page.set_viewport_size({"width": 375, "height": 800})
    for path in (seed_path, "/", "/tin-tuc-su-kien/chinh-tri/"):
        page.goto(portal_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, f"{path} scrolls sideways"
