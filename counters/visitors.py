"""Who is asking: an anonymous visitor key, known bots, and requests from other websites.

Visitor key. Readers are anonymous and the portal sets no cookie for counting, so a visitor is
the pair (IP address, User-Agent) passed through an HMAC keyed with SECRET_KEY. Only the hash
is ever stored (rating rows, the short-lived "online" rows, cache keys), so neither the address
nor the browser string can be read back from the database or the cache. The key is stable (not
rotated daily) because "one rating per visitor per article" must hold on later days too;
changing SECRET_KEY starts everyone afresh. Readers behind one office NAT with the same browser
count as one visitor: the conservative error for a public counter.

Bots. A User-Agent that names itself a bot, crawler, spider or command-line client is not
counted (and an empty one). Most crawlers never run the page's script, so they never reach these
endpoints; the list is for the ones that render pages (Googlebot, Bingbot ...). Headless Chrome
("HeadlessChrome") is *not* treated as a bot: it is also what the browser tests, site monitors
and accessibility audits run, and a bot that hides behind it would fake a normal browser anyway.

Cross-site requests. The endpoints are called from cached pages that carry no CSRF token, so
they are CSRF-exempt; instead a POST whose ``Sec-Fetch-Site`` or ``Origin`` shows another
website is refused, so no other site can make its visitors' browsers vote or count here.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.crypto import salted_hmac

BOT_USER_AGENT = re.compile(
    r"bot[/\-;)+]|bot$|\bbot\b|crawl|spider|slurp|archiver|facebookexternalhit|mediapartners|"
    r"lighthouse|pingdom|uptime|curl|wget|python|httpx|aiohttp|go-http-client|java/|okhttp|libwww|scrapy",
    re.IGNORECASE,
)


def client_ip(request) -> str:
    """The client's address; behind a proxy, the META key named by django-ratelimit's setting.

    Using ``RATELIMIT_IP_META_KEY`` means one setting serves both rate limiting and counting.
    """
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None)
    if isinstance(meta_key, str) and meta_key in request.META:
        return request.META[meta_key].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def user_agent(request) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:512]


def visitor_key(request) -> str:
    """An anonymous, stable key for this visitor: HMAC-SHA256 of address and browser, 32 hex digits."""
    value = f"{client_ip(request)}\n{user_agent(request)}"
    return salted_hmac("counters.visitor", value, algorithm="sha256").hexdigest()[:32]


def is_bot(request) -> bool:
    agent = user_agent(request)
    return not agent.strip() or bool(BOT_USER_AGENT.search(agent))


def is_cross_site(request) -> bool:
    """True when the browser says this request was made by a page of another website."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return True
    origin = request.headers.get("Origin")
    if not origin:
        return False
    if origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", []):
        return False
    return urlsplit(origin).netloc != request.get_host()
