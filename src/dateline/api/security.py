"""What every response of the server carries and which requests it refuses, whatever the route.

- Security headers (OWASP Secure Headers Project; MDN "Content-Security-Policy"): a
  Content-Security-Policy that allows scripts, styles, images and fonts only from the server
  itself and no inline script (inline ``style`` attributes stay allowed: the charts colour
  their marks with them), ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY`` (no page is
  framed by another site), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``.
- A Host allow-list (Starlette's ``TrustedHostMiddleware``): a request whose ``Host`` header
  names another machine is refused with 400, so a page of another site whose name was made to
  resolve to 127.0.0.1 (DNS rebinding) cannot read the store. Loopback names are allowed by
  default (:data:`LOOPBACK`); ``dateline serve --host NAME`` and ``--allow-host NAME`` add names.
- :func:`http_url`: the only URLs the dashboard renders as links are ``http`` and ``https``
  ones (a stored ``javascript:`` URL would run in the reader's browser when clicked).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

#: Host names a local server answers to by default.
LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer"}


def install(app: FastAPI, allowed_hosts: tuple[str, ...] = LOOPBACK) -> None:
    """Add the headers to every response of ``app`` and refuse other ``Host`` names (400)."""

    @app.middleware("http")
    async def secure_headers(request, call_next):
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    # added last, so it runs first: a refused host never reaches a route (its 400 gets the headers too)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))


def http_url(url: object) -> str | None:
    """``url`` when it is an absolute ``http`` or ``https`` URL with a host, else None."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None
