"""The Dask distributed engine: the same pipeline on a cluster, writing a Parquet dataset.

    dateline ingest PATH... --engine dask --scheduler tcp://HOST:8786 --out DIR

The client (where the command runs) reads the articles and sends partitions of
``partition_size`` articles to the cluster; a :class:`PipelinePlugin` builds one
:class:`~dateline.pipeline.Pipeline` per worker process when it joins (the model is loaded
once per worker). Each partition's results are written by the worker that extracted them to
``DIR`` (a path every worker can reach: a shared file system, or any fsspec URL pyarrow can
write), as three Parquet datasets partitioned by publication month
(``month=YYYY-MM``, ``month=unknown`` without a date):

* ``DIR/articles/``: ``article_id``, ``path``, ``url``, ``title``, ``published``, ``source``,
  ``chars``, ``words``, ``extraction`` (the JSON object of ``dateline extract --format json``
  with the article's ``text``), ``part`` and ``seq``;
* ``DIR/events/``: one row per event, the columns of ``dateline export --what events``
  that do not need the store (actor and recipient flattened with ``;``);
* ``DIR/failures/``: ``path``, ``code``, ``reason``, ``article_id``, ``part`` and ``seq``.

``part`` is the partition number and ``seq`` the record's position in it, so ``(part, seq)``
is the input order (which ``dateline load DIR`` follows: see :mod:`dateline.store.load`).

Files are named ``part-<partition>-<n>.parquet``, so running a partition again replaces
its files instead of adding copies. Point it at a real cluster by starting
``dask scheduler`` on one machine and ``dask worker tcp://SCHEDULER:8786 --nthreads 1
--nworkers N`` on each machine with dateline installed (same version), then pass
``--scheduler tcp://SCHEDULER:8786``; use one thread per worker process (spaCy is run one
batch at a time per process).
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Sequence

from ..records import Article, Extraction, Failure

PARTITION = 64
_MONTH = "month"

try:  # distributed is optional: only this engine needs it
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover
    WorkerPlugin = object  # type: ignore[misc,assignment]


class PipelinePlugin(WorkerPlugin):
    """Builds the worker's pipeline once, when the worker starts (or joins later)."""

    name = "dateline-pipeline"

    def setup(self, worker) -> None:
        from ..pipeline import Pipeline

        worker.dateline_pipeline = Pipeline()


def _month(published: str | None) -> str:
    return published[:7] if published and len(published) >= 7 else "unknown"


def event_rows(ex: Extraction) -> list[dict]:
    """The flat event rows of one extraction (``;``-joined actor and recipient columns)."""
    from ..store.schema import SEP

    a = ex.article
    out = []
    for n, e in enumerate(ex.events):
        join = lambda refs, key: SEP.join(getattr(r, key) or "" for r in refs) if refs else None  # noqa: E731
        out.append({
            "article_id": a.id, "n": n, "publication_date": a.published, "source": a.source, "url": a.url,
            "event_date": e.date, "date_relation": e.date_relation, "event_type": e.type, "event_mode": e.mode,
            "contexts": SEP.join(e.context) or None, "aux": SEP.join(e.aux) or None,
            "actor_names": join(e.actor, "name"), "actor_countries": join(e.actor, "country"),
            "actor_sectors": join(e.actor, "sector"), "recipient_names": join(e.recipient, "name"),
            "recipient_countries": join(e.recipient, "country"), "recipient_sectors": join(e.recipient, "sector"),
            "placename": e.location.name if e.location else None,
            "country": e.location.country if e.location else None,
            "latitude": e.location.lat if e.location else None, "longitude": e.location.lon if e.location else None,
            "cameo": e.cameo, "trigger": e.trigger, "sentence": a.text[e.start:e.end],
            "confidence": e.confidence, "rule": e.rule, _MONTH: _month(a.published),
        })
    return out


def _schemas():
    import pyarrow as pa

    s, i, f = pa.string(), pa.int64(), pa.float64()
    articles = pa.schema([("article_id", s), ("path", s), ("url", s), ("title", s), ("published", s),
                          ("source", s), ("chars", i), ("words", i), ("extraction", s), ("part", i), ("seq", i),
                          (_MONTH, s)])
    events = pa.schema([("article_id", s), ("n", i), ("publication_date", s), ("source", s), ("url", s),
                        ("event_date", s), ("date_relation", s), ("event_type", s), ("event_mode", s),
                        ("contexts", s), ("aux", s), ("actor_names", s), ("actor_countries", s),
                        ("actor_sectors", s), ("recipient_names", s), ("recipient_countries", s),
                        ("recipient_sectors", s), ("placename", s), ("country", s), ("latitude", f),
                        ("longitude", f), ("cameo", s), ("trigger", s), ("sentence", s), ("confidence", f),
                        ("rule", s), (_MONTH, s)])
    failures = pa.schema([("path", s), ("code", s), ("reason", s), ("article_id", s), ("part", i), ("seq", i),
                          (_MONTH, s)])
    return {"articles": articles, "events": events, "failures": failures}


def _partition_rows(results: Iterable[Extraction | Failure], part: int) -> dict[str, list[dict]]:
    """The rows of partition ``part`` of the three datasets for ``results`` (in input order):
    ``{"articles": [...], "events": [...], "failures": [...]}``, each row a dict of its dataset's
    columns (``month`` included)."""
    rows: dict[str, list[dict]] = {"articles": [], "events": [], "failures": []}
    for seq, r in enumerate(results):
        if isinstance(r, Failure):
            rows["failures"].append({**asdict(r), "part": part, "seq": seq, _MONTH: "unknown"})
            continue
        a = r.article
        rows["articles"].append({
            "article_id": a.id, "path": a.path, "url": a.url, "title": a.title, "published": a.published,
            "source": a.source, "chars": len(a.text), "words": len(a.text.split()),
            "extraction": json.dumps({**r.to_dict(), "text": a.text}, ensure_ascii=False),
            "part": part, "seq": seq, _MONTH: _month(a.published)})
        rows["events"].extend(event_rows(r))
    return rows


def write_partition(results: Iterable[Extraction | Failure], out: str | Path, part: int) -> dict[str, int]:
    """Write ``results`` (in input order) as partition ``part`` of the three Parquet datasets
    under ``out`` (files ``part-<part>-<n>.parquet``, replacing those of an earlier run of
    the same partition); returns the row counts written per dataset."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _partition_rows(results, part)
    for name, schema in _schemas().items():
        if rows[name]:
            table = pa.Table.from_pylist(rows[name], schema=schema)
            pq.write_to_dataset(table, root_path=str(Path(out) / name), partition_cols=[_MONTH],
                                basename_template=f"part-{part:06d}-{{i}}.parquet",
                                existing_data_behavior="overwrite_or_ignore")
    return {k: len(v) for k, v in rows.items()}


def extract_partition(batch: list[Article | Failure], out: str, part: int) -> dict[str, int]:
    """Dask task: extract ``batch`` with this worker's pipeline and write partition ``part``
    of the three datasets under ``out`` (:func:`write_partition`); returns the row counts
    written per dataset."""
    from distributed import get_worker

    return write_partition(get_worker().dateline_pipeline.extract_many(batch), out, part)


def run_dask(paths: Sequence[str], out: str | Path, scheduler, *, published: str | None = None,
             max_chars: int = 1_000_000, partition_size: int = PARTITION) -> dict[str, int]:
    """Extract ``paths`` on the Dask cluster at ``scheduler`` (an address such as
    ``tcp://10.0.0.1:8786``, or a ``LocalCluster``/``Client``) into the Parquet datasets
    under ``out``; returns the total rows written per dataset and ``partitions``.

    At most two partitions per worker thread are in flight, so the client never holds the
    corpus in memory.

    Raises:
        OSError / TimeoutError: when the scheduler cannot be reached.
    """
    from distributed import Client, as_completed

    from ..ingest.readers import iter_articles
    from ..store.ingest import batched

    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    try:
        client.register_plugin(PipelinePlugin())
        limit = max(2, 2 * sum(client.nthreads().values()))
        totals = {"articles": 0, "events": 0, "failures": 0, "partitions": 0}
        parts = batched(iter_articles(paths, published=published, max_chars=max_chars), partition_size)
        pending = as_completed()
        in_flight = 0
        for n, batch in enumerate(parts):
            pending.add(client.submit(extract_partition, batch, str(out), n, pure=False))
            in_flight += 1
            while in_flight >= limit:
                _add(totals, next(pending).result())
                in_flight -= 1
        for fut in pending:
            _add(totals, fut.result())
        return totals
    finally:
        if own:
            client.close()


def _add(totals: dict[str, int], counts: dict[str, int]) -> None:
    for k, v in counts.items():
        totals[k] += v
    totals["partitions"] += 1
