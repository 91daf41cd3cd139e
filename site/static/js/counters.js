// View counts, ratings and visitor statistics: filled in by JSON endpoints so that pages stay cacheable.
