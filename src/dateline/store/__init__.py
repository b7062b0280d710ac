"""The embedded store (one SQLite file): :func:`~dateline.store.ingest.ingest` writes it,
:mod:`dateline.store.queries` reads it; :mod:`dateline.store.schema` describes the tables."""
