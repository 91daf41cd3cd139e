"""Who is asking: the reader, the client's address behind our proxies, bots, and other websites.

Reader. A view, a rating or a visit belongs to a reader, not to an address. The page script
(``site/static/js/counters.js``) creates a random reader id once, 128 bits from the browser's
``crypto.getRandomValues`` as 32 lowercase hex digits, keeps it in the portal's own
``localStorage`` and sends it in the ``X-Reader-Id`` header of every counting call. It is
first-party data the server never hands out: no cookie (cached pages stay cacheable, nothing to
consent to), no personal data, nothing for a third party. Only an id of exactly that format is
accepted; anything else, or no header, falls back to the pair (client address, User-Agent).
Either way only an HMAC keyed with SECRET_KEY is stored (rating rows, the short-lived "online"
rows, cache keys), so neither the id nor the address nor the browser string can be read back.
The two kinds of key are hashed with different salts and cannot collide. The key is stable (not
rotated daily) because "one rating per reader per article" must hold on later days too;
changing SECRET_KEY starts everyone afresh.

Client address. With ``PORTAL_TRUSTED_PROXY_COUNT = 0`` the address is REMOTE_ADDR. With N
trusted proxies in front, each appends the address it received the request from to
``X-Forwarded-For``, so the reader's address is the N-th entry from the right: the one the
outermost trusted proxy wrote. Entries further left came from the client and can be forged, so
they are never read. A header that is missing, too short or not an address falls back to
REMOTE_ADDR (the nearest proxy): a reader is then counted less precisely, never refused.
The same function is django-ratelimit's address (``RATELIMIT_IP_META_KEY``), so rate limits and
counting always agree on who the client is.

Bots. A User-Agent that names itself a bot, crawler, spider or command-line client is not
counted (and an empty one). Most crawlers never run the page's script, so they never reach these
endpoints; the list is for the ones that render pages (Googlebot, Bingbot ...). Headless Chrome
("HeadlessChrome") is *not* treated as a bot: it is also what the browser tests, site monitors
and accessibility audits run, and a bot that hides behind it would fake a normal browser anyway.

Cross-site requests. The endpoints are called from cached pages that carry no CSRF token, so
they are CSRF-exempt; instead a POST whose ``Sec-Fetch-Site`` or ``Origin`` shows another
website is refused, so no other site can make its visitors' browsers vote or count here.
(The ``X-Reader-Id`` header also makes any cross-site call a CORS preflight, which the portal
does not answer.)
"""

import ipaddress
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.crypto import salted_hmac

BOT_USER_AGENT = re.compile(
    r"bot[/\-;)+]|bot$|\bbot\b|crawl|spider|slurp|archiver|facebookexternalhit|mediapartners|"
    r"lighthouse|pingdom|uptime|curl|wget|python|httpx|aiohttp|go-http-client|java/|okhttp|libwww|scrapy",
    re.IGNORECASE,
)
READER_ID_HEADER = "X-Reader-Id"
READER_ID = re.compile(r"[0-9a-f]{32}")  # 128 random bits, as counters.js writes them
IPV6_RATE_LIMIT_PREFIX = 64  # one household or office gets one IPv6 /64
# "203.0.113.7:51234" and "[2001:db8::1]:443": some proxies write the client's port too.
ADDRESS_WITH_PORT = re.compile(r"\[(?P<v6>[0-9A-Fa-f:.]+)\](?::[0-9]+)?|(?P<v4>[0-9.]+):[0-9]+")


def trusted_proxy_count() -> int:
    count = getattr(settings, "PORTAL_TRUSTED_PROXY_COUNT", 0)
    return count if isinstance(count, int) and count > 0 else 0


def parse_address(text: str) -> str | None:
    """The address in ``text`` in its canonical spelling, or None when it is not one."""
    text = text.strip()
    with_port = ADDRESS_WITH_PORT.fullmatch(text)
    if with_port:
        text = with_port.group("v6") or with_port.group("v4")
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def client_ip(request) -> str:
    """The reader's address: REMOTE_ADDR, or the entry our outermost trusted proxy wrote.

    Never raises: a missing or garbled ``X-Forwarded-For`` gives the nearest peer's address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = trusted_proxy_count()
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= proxies:
            address = parse_address(forwarded[-proxies])
            if address:
                return address
    return parse_address(remote) or remote


def rate_limit_key(group, request) -> str:
    """django-ratelimit's key for the counters: the client's address, an IPv6 client's /64."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_RATE_LIMIT_PREFIX}", strict=False).network_address)
    return str(parsed)


def user_agent(request) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:512]


def reader_id(request) -> str | None:
    """The reader id the page script sent, when it has exactly the format the script writes."""
    sent = request.headers.get(READER_ID_HEADER, "")
    return sent if READER_ID.fullmatch(sent) else None


def visitor_key(request) -> str:
    """An anonymous, stable key for this reader, 32 hex digits: HMAC-SHA256 of the reader id,
    or of address and browser when the request has no valid reader id."""
    sent_id = reader_id(request)
    if sent_id:
        return salted_hmac("counters.reader", sent_id, algorithm="sha256").hexdigest()[:32]
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
