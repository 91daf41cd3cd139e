# Varnish 7 (Debian bookworm: 7.1) in front of the portal, as a province would run it.
#
# The rule is simple: Varnish keeps only what the portal marks public
# (Cache-Control: public, max-age / s-maxage), and the portal tells Varnish when that is stale:
# wagtail.contrib.frontend_cache sends PURGE <page url> for a published or unpublished page, and
# the portal sends BAN (whole site) for every change that public pages show (core.frontend_cache).
# Everything else (logged-in editors, /admin/, previews, the API, search, forms) passes through
# untouched. See docs/caching.md, "Reverse proxy and CDN".
#
# This file is included by the deployment's own top file (default.vcl here), which declares the
# backend (the app server): host and port are set there, never in these rules. Varnish itself
# appends the reader's address (client.ip) to X-Forwarded-For on every request it forwards.
vcl 4.1;

import cookie;
import std;

# Who may PURGE or BAN: the app servers. Add their addresses when they run on other machines.
# client.ip is the TCP peer: if a TLS terminator on this machine forwards to Varnish, give it the
# PROXY protocol (e.g. `-a :6086,PROXY`, hitch's write-proxy) so that client.ip stays the reader's
# address and readers do not inherit the terminator's right to purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One spelling of a host, so that the page a reader fetched and the URL the portal purges
    # (its Site's root_url: lower case, no default port) are the same object.
    set req.http.host = std.tolower(regsub(req.http.host, ":(80|443)$", ""));

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Removes every variant of this URL on this host.
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The whole site of this Host: the portal sends it when a snippet, setting, image,
        # document or the page tree changed, which shows on every page. Tested against the
        # headers stored with each object (see vcl_backend_response), so Varnish's ban lurker
        # clears memory in the background instead of each later request testing the ban.
        if (std.ban("obj.http.X-Portal-Host == " + req.http.host)) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Forms, ratings and every other write go to the portal, never through the cache.
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # The admin (previews, "view draft" and the page editor live under /admin/), the readers'
    # API (counters) and search results (one reader's query is theirs only) are never cached.
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/api/" || req.url ~ "[?&]q=") {
        return (pass);
    }

    # Tracking parameters added by social networks (Facebook, Zalo) and campaigns do not change
    # the page: drop them, or every shared link becomes an object of its own. Nothing else in
    # the URL is touched.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|zarsrc)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|zarsrc)=[^&]*(&|$)", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    if (req.http.Cookie) {
        # The portal itself uses two cookies: Django's session (a logged-in editor: never cached,
        # the page may show the admin bar or private pages) and the CSRF token (kept so that a
        # form page renders with the reader's own token; such a response sets the cookie and is
        # therefore never stored). Analytics and other cookies only fragment the cache: dropped.
        cookie.parse(req.http.Cookie);
        if (cookie.isset("sessionid")) {
            return (pass);
        }
        cookie.keep("csrftoken");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    # Not the built-in rule "a Cookie header means pass": whether the response may be stored is
    # decided below from what the portal answers.
    return (hash);
}

sub vcl_backend_response {
    # Remember the host on the object, for the lurker-friendly whole-site BAN above.
    set beresp.http.X-Portal-Host = bereq.http.host;

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Store only what the portal explicitly marks public; a response without Cache-Control is
    # not public (Varnish's default would keep it for two minutes). Never anything that sets a
    # cookie, is private or no-store, or varies on everything.
    if (beresp.http.Cache-Control !~ "(?i)(^|[ ,])public([ ,]|$)"
        || beresp.http.Cache-Control ~ "(?i)(no-store|no-cache|private)"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        # "Hit-for-miss": remember for a while that this URL is not stored, so that requests
        # for it go to the portal at once instead of queueing behind each other.
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The TTL is the portal's own (s-maxage, else max-age). A small grace: when a public page's
    # TTL runs out, one reader's request refreshes it while the others are served the copy of
    # the last seconds. Changes do not wait for grace: PURGE and BAN remove objects at once.
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_deliver {
    # For operators and tests: was this answered from the cache?
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Portal-Host;
}

sub vcl_synth {
    # Answers to PURGE and BAN are plain text for the portal's log, not an HTML error page.
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
