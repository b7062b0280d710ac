"""Shared fixtures: the ../shared folder, the spaCy model and the reference article's extraction."""
from __future__ import annotations

from pathlib import Path

import pytest

from shared_paths import REFERENCE, REFERENCE_PUBLISHED, SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"../shared is missing next to the repository ({SHARED})"
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dateline.pipeline import Pipeline

    return Pipeline(nlp)


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference(pipeline, reference_text):
    """The extraction of the reference article, published 2025-02-13."""
    from dateline.records import Article

    return pipeline.extract(Article(id="ref", text=reference_text, path=str(REFERENCE), published=REFERENCE_PUBLISHED))


@pytest.fixture(scope="session")
def voa_extracted(pipeline):
    """``voa_extracted(story_id)``: the text of a VOA corpus story and its extraction (published on
    the record's date), extracted once per test session (extraction does not change its input)."""
    from dateline.records import Article
    from shared_paths import voa_story

    done: dict[str, tuple] = {}

    def of(story_id: str):
        if story_id not in done:
            story = voa_story(story_id)
            done[story_id] = (story["text"], pipeline.extract(
                Article(id=story_id, text=story["text"], published=story["published"][:10])))
        return done[story_id]

    return of


@pytest.fixture()
def extract(pipeline):
    """Extract a small text written in a test: ``extract(text, published=None)``."""
    from dateline.records import Article

    def run(text: str, published: str | None = None):
        return pipeline.extract(Article(id="t", text=text, published=published))

    return run
