"""A Redis cache that pages never wait for: the cache is an accelerator, never a dependency.

Django's ``RedisCache`` raises when Redis is down and waits as long as the socket lets it
when Redis is frozen, so a stopped cache would make every page a 500. ``FailSoftRedisCache``
answers "not cached" instead (``get`` gives the default, ``add`` and ``set`` store nothing),
logs the failure, and then leaves Redis alone for ``RETRY_AFTER`` seconds, so that a frozen
Redis costs one short socket timeout (``socket_timeout`` in ``OPTIONS``) per process every
few seconds, not one per cache call. The next call after that tries again: the portal
recovers by itself when Redis is back.

The counters need the opposite: a rate limit or a "counted once" rule that silently let
everything through would be wrong, so they use Django's plain ``RedisCache`` (the
``counters`` cache alias) and answer 503 when it fails (``counters.views``).

A small subclass rather than django-redis: four methods of Django's own backend are all it
takes, and Django's backend is the one the project already runs.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without trying Redis after a failure


class FailSoftRedisCache(RedisCache):
    _down_until = 0.0  # per process: the cache is skipped until then

    def _call(self, method, default, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default
        try:
            return getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            FailSoftRedisCache._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("Cache unavailable (%s), serving without it for %s s: %s", method, RETRY_AFTER, error)
            return default

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
