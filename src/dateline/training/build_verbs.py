"""Rebuild the event-verb table: ``python -m dateline.training.build_verbs [--shared DIR]``.

Which verbs name political events? A verb that the trigger lexicon does not list may still be
one ("sealed the border", "violated the ceasefire"), and most are not ("make", "need", "know").
This script counts the lemmas of the verbs (spaCy's tagger) in text written to describe events
and in ordinary political news, and writes each lemma's log-odds ratio between the two with
add-one smoothing (the "keyness" of corpus linguistics: Rayson and Garside 2000, "Comparing
corpora using frequency profiling") to ``src/dateline/events/data/event_verbs.json``.

Event text: the sentences of ``gold/plv_train.tsv``, the coded examples of
``ontology/plover/PLOVER_GSR_CAMEO.txt`` and the labelled synthetic stories of
``corpora/ngec_synthetic``. Ordinary news: the first :data:`BACKGROUND` articles of
``corpora/allsides/allsides_articles.jsonl.gz``. No VOA story (train or dev) is read, so the
table is independent of the stories the coder is scored on. Deterministic: the same inputs give
the same table. Lemmas seen fewer than :data:`MIN_COUNT` times in both corpora are left out
(:func:`dateline.events.verbs.keyness` gives them 0.0).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from itertools import islice
from pathlib import Path

from ..events.plv import read_plv, split_markers
from ..events.verbs import VERBS_PATH
from .build_events import GSR, SYNTHETIC
from .events import read_gsr, read_synthetic

ALLSIDES = Path("corpora") / "allsides" / "allsides_articles.jsonl.gz"
#: How many AllSides articles stand for ordinary news (about as many words as the event text).
BACKGROUND = 2500
#: The fewest occurrences (in either corpus) for a lemma to be kept.
MIN_COUNT = 3


def _verb_counts(nlp, texts) -> tuple[Counter, int]:
    counts: Counter = Counter()
    total = 0
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
                                  if p in nlp.pipe_names]):
        for doc in nlp.pipe(texts, batch_size=64):
            for t in doc:
                if t.pos_ == "VERB":
                    counts[t.lemma_.lower()] += 1
                    total += 1
    return counts, total


def event_texts(shared: Path) -> list[str]:
    """The event-describing texts: PLV sentences, GSR examples and synthetic stories."""
    texts = [split_markers(r.marked)[0] for r in read_plv(shared / "gold" / "plv_train.tsv")]
    texts += [g["text"] for g in read_gsr(shared / GSR)]
    texts += [s["text"] for s in read_synthetic(shared / SYNTHETIC)]
    return texts


def background_texts(shared: Path, n: int = BACKGROUND) -> list[str]:
    """The first ``n`` non-empty AllSides articles' texts."""
    out = []
    with gzip.open(shared / ALLSIDES, "rt", encoding="utf-8") as fh:
        for line in islice(fh, n * 2):
            text = (json.loads(line).get("content_original") or "").strip()
            if text:
                out.append(text[:20_000])
            if len(out) == n:
                break
    return out


def build(shared: Path, nlp) -> dict:
    """``{"meta": {...}, "keyness": {lemma: log-odds}}``, lemmas in sorted order."""
    ev, ev_total = _verb_counts(nlp, event_texts(shared))
    bg, bg_total = _verb_counts(nlp, background_texts(shared))
    vocab = sorted(lemma for lemma in set(ev) | set(bg) if max(ev[lemma], bg[lemma]) >= MIN_COUNT and lemma.isalpha())
    v = len(vocab)
    keyness = {lemma: round(math.log((ev[lemma] + 1) / (ev_total + v)) - math.log((bg[lemma] + 1) / (bg_total + v)), 2)
               for lemma in vocab}
    meta = {"event_verbs": ev_total, "background_verbs": bg_total, "lemmas": v, "background_articles": BACKGROUND,
            "min_count": MIN_COUNT}
    return {"meta": meta, "keyness": keyness}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared")
    args = ap.parse_args(argv)
    from ..nlp.pipeline import load_nlp

    table = build(args.shared, load_nlp())
    VERBS_PATH.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    json.dump(table["meta"], sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
