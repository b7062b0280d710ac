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


def test_a_resume_clears_the_failures_of_copies_it_finds_stored(nlp, tmp_path):
    # three copies of the reference article: all over a budget of 1 ms, then a normal run stores one
    # and skips the two copies; no failure of the first run stays behind
    folder = tmp_path / "three"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"copy{n}.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "news.sqlite"
    first = ingest([str(folder)], db, pipeline=Pipeline(nlp=nlp, time_budget=0.001))
    assert (first.stored, first.failures) == (0, 3)
    second = ingest([str(folder)], db, pipeline=Pipeline(nlp=nlp))
    assert second.stored == 1 and second.skipped + second.duplicates == 2
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    # a copy skipped unread (its hash and key are stored) also clears a failure left for its path
    con.execute("INSERT INTO failures(path, code, reason, time) VALUES (?, 'E014', 'stale', 'now')",
                (str(folder / "copy2.txt"),))
    con.commit()
    third = ingest([str(folder)], db, pipeline=Pipeline(nlp=nlp))
    assert (third.stored, third.skipped) == (0, 3)
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0


def test_the_warm_up_runs_before_the_first_budget_and_is_not_a_result(nlp):
    # the stages run once on a built-in article before any budget is armed (the loading of tables
    # and modules is not timed); that run yields nothing
    pipeline = Pipeline(nlp=nlp, time_budget=5.0)
    assert not pipeline._warm
    results = list(pipeline.extract_many([Article("a", TEXT, published="2025-02-13")]))
    assert [r.article.id for r in results] == ["a"] and pipeline._warm
