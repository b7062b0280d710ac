"""What every response carries and which requests the server refuses (:mod:`dateline.api.security`):
security headers on API and dashboard responses, the Host allow-list (DNS rebinding), and a
stored ``javascript:`` URL that is never rendered as a link."""
from __future__ import annotations

import sqlite3

import pytest

from fastapi.testclient import TestClient

from dateline.api import Settings, create_app
from dateline.api.security import CSP, http_url


def test_api_and_pages_carry_the_security_headers(client):
    for path in ("/api/stats", "/", "/quotes", "/docs", "/api/articles/999999"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert "script-src 'self';" in CSP and "frame-ancestors 'none'" in CSP
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    # the pages themselves hold no inline script, which the policy would block
    for path in ("/", "/quotes", "/network", "/map", "/articles", "/docs"):
        html = client.get(path).text
        assert "<script>" not in html and "javascript:" not in html and " onclick=" not in html, path


def test_a_foreign_host_name_is_refused_and_added_names_are_served(store_path):
    app = create_app(Settings(db=store_path, build_index=False))
    assert TestClient(app, base_url="http://127.0.0.1").get("/api/stats").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/api/stats").status_code == 200
    evil = TestClient(app, base_url="http://rebind.attacker.example").get("/api/stats")
    assert evil.status_code == 400 and "articles" not in evil.text and "attacker" not in evil.text
    assert evil.json()["error"]["code"] == "E010" and evil.headers["content-security-policy"] == CSP
    assert TestClient(app, base_url="http://[::1]:8000").get("/api/stats").status_code == 200
    with pytest.raises(ValueError, match="exact names"):
        create_app(Settings(db=store_path, allowed_hosts=("127.0.0.1", "*")))
    lan = Settings(db=store_path, build_index=False, allowed_hosts=("127.0.0.1", "news.lan"))
    assert TestClient(create_app(lan), base_url="http://news.lan").get("/api/stats").status_code == 200


def test_a_stored_javascript_url_is_shown_as_text_never_as_a_link(store_path):
    with sqlite3.connect(store_path) as db:
        article = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("UPDATE articles SET url = ? WHERE id = ?", ("javascript:alert(4)", article))
    c = TestClient(create_app(Settings(db=store_path, build_index=False)), base_url="http://127.0.0.1")
    html = c.get(f"/articles/{article}").text
    assert 'href="javascript:' not in html and "source javascript:alert(4)" in html
    assert ">original</a>" not in html


def test_only_http_and_https_urls_are_links():
    assert http_url("https://www.voanews.com/a/8008126.html") == "https://www.voanews.com/a/8008126.html"
    assert http_url(" http://example.org/x ") == "http://example.org/x"
    for bad in ("javascript:alert(4)", "JaVaScRiPt:alert(4)", "data:text/html,<script>", "//evil.example/x",
                "http://", "vbscript:x", None, 42, "http://[bad"):
        assert http_url(bad) is None, bad
