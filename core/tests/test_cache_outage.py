"""Redis is an accelerator, never a dependency: stopped or frozen, the portal answers from the database.

Each test starts a Redis of its own on a free port, so that stopping it touches no one else.
"""

import json
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.test import Client

from core import cache_backends

pytestmark = pytest.mark.django_db

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
SLOW = 2.0  # seconds: far above the 0.3 s socket timeout, far below Django's default wait


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(port: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("redis-server did not start")


@pytest.fixture
def own_redis(settings, monkeypatch):
    port = free_port()
    server = start_redis(port)
    cache = {
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.3},
    }
    settings.CACHES = {
        "default": {"BACKEND": "core.cache_backends.FailSoftRedisCache", **cache},
        "counters": {"BACKEND": "django.core.cache.backends.redis.RedisCache", **cache},
    }
    # Try Redis again on every call, not after a few seconds: recovery is seen at once.
    monkeypatch.setattr(cache_backends, "RETRY_AFTER", 0.0)
    servers = {"port": port, "server": server}
    yield servers
    servers["server"].kill()
    servers["server"].wait()


def timed_get(client, path):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_redis_stopped_pages_and_admin_answer_counters_say_503(own_redis, seed_path):
    reader = Client(HTTP_HOST="localhost")
    reader.get("/")
    assert reader.get("/")["X-Page-Cache"] == "hit"

    own_redis["server"].kill()
    own_redis["server"].wait()
    for path in ("/", seed_path, "/tim-kiem/?q=dang", "/en/", "/admin/login/"):
        response, seconds = timed_get(reader, path)
        assert response.status_code == 200, path
        assert seconds < SLOW, f"{path} took {seconds:.1f} s"
        assert "X-Page-Cache" not in response, "nothing is served from or stored in a stopped cache"
    counters = reader.post("/api/visits/", HTTP_ACCEPT_LANGUAGE="en")
    assert counters.status_code == 503
    assert counters["Content-Type"] == "application/json"
    assert "unavailable" in json.loads(counters.content)["error"]

    # Redis is back: no restart of the portal, the cache and the counters work again.
    own_redis["server"] = start_redis(own_redis["port"])
    assert reader.get("/")["X-Page-Cache"] == "miss"
    assert reader.get("/")["X-Page-Cache"] == "hit"
    assert reader.post("/api/visits/").status_code == 200


def test_redis_frozen_pages_wait_a_fraction_of_a_second(own_redis, seed_path, monkeypatch):
    monkeypatch.setattr(cache_backends, "RETRY_AFTER", 5.0)  # one timeout, then the cache is left alone
    reader = Client(HTTP_HOST="localhost")
    reader.get("/")
    own_redis["server"].send_signal(signal.SIGSTOP)
    try:
        for path in ("/", seed_path, "/admin/login/"):
            response, seconds = timed_get(reader, path)
            assert response.status_code == 200, path
            assert seconds < SLOW, f"{path} took {seconds:.1f} s"
        assert reader.post("/api/visits/").status_code == 503
    finally:
        own_redis["server"].send_signal(signal.SIGCONT)
        monkeypatch.setattr(cache_backends.FailSoftRedisCache, "_down_until", 0.0)
