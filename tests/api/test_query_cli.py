"""``dateline serve``/``index``/``query`` registered on a Typer app (as cli/main.py will)."""
from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner


@pytest.fixture(scope="module")
def app():
    from dateline.cli.serve_cmd import register

    a = typer.Typer()

    @a.callback()
    def main() -> None:
        """dateline"""

    register(a)
    return a


def run(app, *args):
    return CliRunner().invoke(app, list(args))


def test_query_quotes_json(app, store_path):
    r = run(app, "query", "quotes", "--db", str(store_path), "--q", "wall", "--speaker", "trump", "--format", "json")
    assert r.exit_code == 0, r.output
    page = json.loads(r.output)
    assert page["total"] >= 1 and page["items"][0]["speaker"]["name"] == "Donald Trump"


def test_query_events_and_actors_tables(app, store_path):
    r = run(app, "query", "events", "--db", str(store_path), "--type", "SUPPORT", "-n", "3")
    assert r.exit_code == 0 and "SUPPORT" in r.output and "match" in r.output
    r = run(app, "query", "actors", "--db", str(store_path), "--country", "usa", "--format", "json")
    assert r.exit_code == 0 and any(a["name"] == "Donald Trump" for a in json.loads(r.output)["items"])


def test_index_command(app, store_path):
    r = run(app, "index", "--db", str(store_path))
    assert r.exit_code == 0 and "quotes indexed" in r.output
    assert "already indexed" in run(app, "index", "--db", str(store_path)).output


@pytest.mark.parametrize("args", [
    ["query", "events", "--date-from", "2019-02-30"],
    ["query", "quotes", "--country", "U"],
    ["query", "quotes", "--limit", "0"],
    ["query", "events", "--aux", "maybe"],
    ["query", "quotes", "--date-from", "2020-01-01", "--date-to", "2019-01-01"],
])
def test_bad_arguments_exit_2(app, store_path, args):
    r = run(app, *args, "--db", str(store_path))
    assert r.exit_code == 2 and "E010" in r.output


def test_missing_store_exits_1(app, tmp_path):
    assert run(app, "query", "quotes", "--db", str(tmp_path / "none.sqlite")).exit_code == 1
    assert run(app, "serve", "--db", str(tmp_path / "none.sqlite")).exit_code == 1


def test_serve_on_a_port_in_use_is_a_bad_argument_not_a_crash(app, store_path):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run(app, "serve", "--db", str(store_path), "--port", str(port))
    assert r.exit_code == 2
    assert f"E010: cannot listen on 127.0.0.1:{port}: Address already in use" in r.output


def test_serve_on_port_0_takes_a_free_port_and_says_which(store_path):
    import re
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    exe = Path(sys.executable).parent / "dateline"
    proc = subprocess.Popen([str(exe), "serve", "--db", str(store_path), "--port", "0", "--log-level", "warning"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        found = re.search(r"serving .* on http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        port = int(found[1])
        assert port != 0
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as resp:
                    stats = json.loads(resp.read())
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.2)
        assert stats["articles"] >= 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_on_a_negative_port_is_a_bad_argument(app, store_path):
    r = run(app, "serve", "--db", str(store_path), "--port", "-1")
    assert r.exit_code == 2 and "--port must be between 0 (a free port) and 65535, not -1" in r.output
