"""Issue 17 item 1: an article that runs past its time budget fails with E014, and the batch
goes on (in the pipeline and through ``ingest`` into the store)."""
import json
import signal
import sqlite3
import time

from dateline.pipeline import Pipeline, Stage
from dateline.records import Article, Extraction, Failure
from dateline.store.ingest import ingest
from tests.shared_paths import REFERENCE

TEXT = REFERENCE.read_text(encoding="utf-8")


class Stall(Stage):
    """A stage that never ends on the article whose id is ``stalls`` (a stand-in for a
    pathological input to our own code)."""

    name = "stall"
    requires = ("article",)
    assigns = ()

    def __call__(self, state):
        while state.article.id == "stalls":
            time.sleep(0.05)
        return state


def stalling_pipeline(nlp, seconds):
    pipeline = Pipeline(nlp=nlp, time_budget=seconds)
    pipeline.stages.insert(1, Stall())
    return pipeline


def test_an_article_over_its_budget_fails_with_e014_and_the_next_is_extracted(nlp):
    pipeline = stalling_pipeline(nlp, 1.0)
    articles = [Article("first", TEXT, published="2025-02-13"), Article("stalls", TEXT, path="slow.txt"),
                Article("third", TEXT, published="2025-02-13")]
    results = list(pipeline.extract_many(articles))
    assert [type(r).__name__ for r in results] == ["Extraction", "Failure", "Extraction"]
    failure = results[1]
    assert failure.code == "E014" and failure.path == "slow.txt" and "time budget of 1 s" in failure.reason
    assert {q.speaker.name for q in results[2].quotes if q.speaker} >= {"John Healey", "Donald Trump"}
    # the timer is disarmed and the handler restored after every article
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_ingest_stores_the_e014_failure_and_every_other_article(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    records = [{"id": "before", "text": "Healey said: “We will act.”"}, {"id": "stalls", "text": "Trump said: “Wait.”"},
               {"id": "after", "text": "Putin said: “We will wait.”"}]
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "news.sqlite"
    report = ingest([str(folder)], db, pipeline=stalling_pipeline(nlp, 1.0), time_budget=1.0)
    assert (report.stored, report.failures) == (2, 1)
    con = sqlite3.connect(db)
    codes = [row[0] for row in con.execute("SELECT code FROM failures")]
    assert codes == ["E014"]
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
