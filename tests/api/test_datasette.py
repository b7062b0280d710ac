"""Datasette over a store with the metadata dateline ships (issue 16, item 5): ``datasette serve``
in a subprocess on the five-article Wikinews store; its canned queries answer real rows, its
tables carry their descriptions and facets. Skipped when datasette (the ``datasette`` extra,
installed by ``scripts/setup``) is missing."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from urllib.parse import urlencode

import pytest
import yaml
from typer.testing import CliRunner

from .stored import stored_events

pytest.importorskip("datasette", reason="datasette is not installed (pip install -e '.[datasette]')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        body = r.read().decode("utf-8")
    return json.loads(body) if ".json" in url else body


@pytest.fixture()
def datasette(store_path, tmp_path):
    """``http://127.0.0.1:PORT/news``: the store copied as news.sqlite, served by datasette with
    the path ``dateline datasette-metadata`` prints."""
    from dateline.cli.main import app

    meta = CliRunner().invoke(app, ["datasette-metadata"])
    assert meta.exit_code == 0, meta.output
    db = tmp_path / "news.sqlite"
    shutil.copy(store_path, db)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--metadata", meta.stdout.strip(),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                get(base + "/-/versions.json")
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline, "datasette did not start"
                time.sleep(0.2)
        yield base + "/news"
    finally:
        proc.terminate()
        proc.wait(10)


def query(base: str, name: str, **params) -> list[dict]:
    return get(f"{base}/{name}.json?" + urlencode({**params, "_shape": "array"}))


def test_canned_queries_answer_from_the_store(datasette, store_path):
    stored = stored_events(store_path)
    # Germany bans Mahan Air of Iran (January 2019): the store's events from Germany to Iran
    rows = query(datasette, "events_between_countries_by_month", country_a="deu", country_b="IRN")
    deu_irn = [e for e in stored if "DEU" in {c for _, c in e["actor"]} and "IRN" in {c for _, c in e["recipient"]}]
    irn_deu = [e for e in stored if "IRN" in {c for _, c in e["actor"]} and "DEU" in {c for _, c in e["recipient"]}]
    assert deu_irn and not irn_deu
    expected = Counter((e["day"][:7], e["type"]) for e in deu_irn)  # a month of its own (or its article's)
    assert {(r["month"], r["type"]): r["events"] for r in rows} == dict(expected)
    assert {r["direction"] for r in rows} == {"DEU -> IRN"}
    assert sorted(r["month"] for r in rows) == [r["month"] for r in rows]
    usa_irn = query(datasette, "events_between_countries_by_month", country_a="IRN", country_b="USA")
    assert usa_irn and all(r["direction"] in ("IRN -> USA", "USA -> IRN") for r in usa_irn)
    both = [e for e in stored if {"IRN", "USA"} <= {c for _, c in e["actor"]} | {c for _, c in e["recipient"]}
            and ({"IRN", "USA"} & {c for _, c in e["actor"]}) and ({"IRN", "USA"} & {c for _, c in e["recipient"]})]
    assert {r["month"] for r in usa_irn} <= {e["day"][:7] for e in both}  # months of the store's own events
    said = query(datasette, "what_x_said_about_y", speaker="Trump", about="wall")
    assert said and {r["speaker"] for r in said} == {"Donald Trump"} and all("wall" in r["quote"] for r in said)
    top = query(datasette, "most_active_actors")
    refs = Counter(r for e in stored for r in e["actor"] + e["recipient"] if r[0] is not None)
    assert (top[0]["name"], top[0]["country"]) in {k for k, n in refs.items() if n == max(refs.values())}
    assert [r["events"] for r in top] == sorted(refs.values(), reverse=True)[:len(top)] and top[0]["events"] > 1
    warren = query(datasette, "quotes_of_speaker", speaker="Warren")
    assert warren and {r["speaker"] for r in warren} == {"Elizabeth Warren"}
    # a parameter is a value, never SQL
    assert query(datasette, "events_between_countries_by_month", country_a="DEU' OR 1=1 --", country_b="IRN") == []


def test_tables_have_their_descriptions_and_facets(datasette, store_path):
    events = get(datasette + "/events.json?_size=1")
    assert set(events["facet_results"]) == {"type", "mode", "actor_countries", "recipient_countries"}
    types = {f["value"]: f["count"] for f in events["facet_results"]["type"]["results"]}
    assert types == dict(Counter(e["type"] for e in stored_events(store_path))) and len(types) > 1
    page = get(datasette + "/events")
    assert "One row per PLOVER event" in page and "one of the 16 PLOVER event types" in page
    assert "what_x_said_about_y" in get(datasette) and "What X said about Y" in get(datasette)


def test_the_metadata_for_a_store_of_another_name(tmp_path):
    from dateline.cli.main import app

    out = CliRunner().invoke(app, ["datasette-metadata", "--db", str(tmp_path / "corpus.sqlite")])
    assert out.exit_code == 0, out.output
    meta = yaml.safe_load(out.stdout)
    assert list(meta["databases"]) == ["corpus"]
    assert set(meta["databases"]["corpus"]["queries"]) == {"events_between_countries_by_month", "what_x_said_about_y",
                                                           "most_active_actors", "quotes_of_speaker"}
