"""The Dask engine on a real LocalCluster (two worker processes) gives the records of the
local pipeline, written as Parquet partitioned by publication month."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
N = 50


def test_local_cluster_matches_local_engine(tmp_path, pipeline):
    from distributed import Client, LocalCluster

    from dateline.engines.dask_engine import run_dask
    from dateline.ingest.readers import iter_articles

    with open(WIKINEWS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:N]
    src = tmp_path / "wn50.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "parquet"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        totals = run_dask([str(src)], out, client, partition_size=13)
    assert totals["partitions"] == 4 and totals["articles"] == N and totals["failures"] == 0

    local = {r.article.id: r for r in pipeline.extract_many(iter_articles([str(src)])) if not hasattr(r, "code")}
    articles = pq.read_table(out / "articles").to_pylist()
    assert sorted(a["article_id"] for a in articles) == sorted(local)
    months = {str(a["month"]) for a in articles}
    assert months == {r["date"][:7] for r in rows}  # partitioned by publication month
    assert sorted(p.name for p in (out / "articles").iterdir()) == sorted(f"month={m}" for m in months)
    for a in articles:
        got, want = json.loads(a["extraction"]), local[a["article_id"]].to_dict()
        assert got["quotes"] == want["quotes"] and got["events"] == want["events"]
    events = pq.read_table(out / "events").to_pylist()
    key = lambda e: (e["article_id"], e["n"])  # noqa: E731
    want_events = [(x.article.id, n, e.type, ";".join(r.name for r in e.actor) or None)
                   for x in local.values() for n, e in enumerate(x.events)]
    assert sorted((e["article_id"], e["n"], e["event_type"], e["actor_names"]) for e in sorted(events, key=key)) \
        == sorted(want_events)
    assert len(events) > 20
