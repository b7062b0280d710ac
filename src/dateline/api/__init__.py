"""dateline's HTTP API and dashboard: :func:`create_app` with :class:`Settings`.

Imported lazily, so :mod:`dateline.api.service` (used by ``dateline query``) does not need
FastAPI.
"""
from __future__ import annotations

__all__ = ["Settings", "create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "Settings":
        from .db import Settings

        return Settings
    raise AttributeError(name)
