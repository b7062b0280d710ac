"""What every response of the server carries and which requests it refuses, whatever the route.

- Security headers (OWASP Secure Headers Project; MDN "Content-Security-Policy"): a
  Content-Security-Policy that allows scripts, styles, images and fonts only from the server
  itself and no inline script (inline ``style`` attributes stay allowed: the charts colour
  their marks with them), ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY`` (no page is
  framed by another site), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``.
- A Host allow-list: a request whose ``Host`` header names another machine is refused with
  400 (the error envelope, E010, with the headers above), so a page of another site whose name was made to
  resolve to 127.0.0.1 (DNS rebinding) cannot read the store. Loopback names are allowed by
  default (:data:`LOOPBACK`); ``dateline serve --host NAME`` and ``--allow-host NAME`` add names.
- :func:`http_url`: the only URLs the dashboard renders as links are ``http`` and ``https``
  ones (a stored ``javascript:`` URL would run in the reader's browser when clicked).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .errors import envelope

#: Host names a local server answers to by default.
LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer"}


def install(app: FastAPI, allowed_hosts: tuple[str, ...] = LOOPBACK) -> None:
    """Add the headers to every response of ``app`` and refuse other ``Host`` names with 400
    in the API's error envelope (E010), before any route runs.

    Raises:
        ValueError: for an allowed name that is a pattern ("*", "*.example"): names are exact.
    """
    patterns = [h for h in allowed_hosts if "*" in h or not h]
    if patterns:
        raise ValueError(f"allowed host names are exact names, not patterns: {patterns}")
    allowed = {h.lower() for h in allowed_hosts}

    @app.middleware("http")
    async def secure_headers(request, call_next):
        host = request.headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host  # "[::1]:8000" and "[::1]"
        if name.startswith("[") and "]" in name:
            name = name[: name.index("]") + 1]
        if name.lower() not in allowed:
            response = JSONResponse(envelope(400, "the Host header names a host this server does not serve "
                                                  "(loopback names, --host and --allow-host names)"), status_code=400)
        else:
            response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response


def http_url(url: object) -> str | None:
    """``url`` when it is an absolute ``http`` or ``https`` URL with a host, else None."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None
