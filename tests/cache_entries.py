"""What a cache holds, for tests that look inside it."""

from pathlib import Path

from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache


def cache_entries(alias: str = "default") -> list[str]:
    """Readable entries: the keys of the in-process cache and of Redis; for the cache directory,
    whose file names are hashes of the keys, each file's content."""
    backend = caches[alias]
    if isinstance(backend, LocMemCache):
        return list(backend._cache)
    if isinstance(backend, FileBasedCache):
        return [path.read_bytes().decode("latin-1") for path in Path(backend._dir).glob("*.djcache")]
    return [key.decode() for key in backend._cache.get_client().keys("*")]
