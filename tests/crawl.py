"""A small crawler over the Django test client, for "every reachable page answers"."""

import html
import re
from urllib.parse import urlparse

HREF = re.compile(r'href="([^"]+)"')
SKIPPED_PREFIXES = ("/admin", "/static", "/media", "/documents", "/api")


def internal_links(content: str) -> list[str]:
    links = []
    for raw in HREF.findall(content):
        parsed = urlparse(html.unescape(raw))
        if parsed.scheme not in ("", "http", "https") or parsed.netloc not in ("", "testserver"):
            continue
        if not parsed.path.startswith("/") or parsed.path.startswith(SKIPPED_PREFIXES):
            continue
        links.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    return links


def crawl(client, start: str, limit: int = 500) -> dict[str, object]:
    """Follow every internal link from ``start``; return the response of each URL reached."""
    responses: dict[str, object] = {}
    queue = [start]
    while queue and len(responses) < limit:
        url = queue.pop(0)
        if url in responses:
            continue
        response = client.get(url)
        responses[url] = response
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            queue.extend(link for link in internal_links(response.content.decode()) if link not in responses)
    return responses
