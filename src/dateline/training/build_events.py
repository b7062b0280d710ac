"""Rebuild the packaged event model: ``python -m dateline.training.build_events [--shared DIR]``.

Reads the training inputs where they lie in ``../shared`` (``gold/voa/train`` with the texts of
``corpora/voa/voa_stories.jsonl``, the AllSides articles whose events this project annotated in
``training/annotations/allsides/`` (:func:`read_annotated`; texts from
``corpora/allsides/allsides_articles.jsonl.gz``), ``gold/plv_train.tsv``, the synthetic stories of
``corpora/ngec_synthetic``, whose first sentence's likeliest candidate of the story's label is
picked by a type model fitted on the first two), fits the model
(:func:`dateline.training.events.fit`) with the settings below and writes
``src/dateline/events/data/event_model.npz``; prints the example counts and the
leave-one-story-out figures on ``gold/voa/train`` with ``--cv``. Deterministic: the same inputs
give the same weights. Never reads ``gold/voa/dev`` or the reference article.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..evaluation.events import misses, score, use_reference_aliases
from ..events.model import MODEL_PATH, EventModel
from . import events as T

REFERENCE = Path("articles") / "000_23741e95d5d05c55.txt"
ALLSIDES = Path("corpora") / "allsides" / "allsides_articles.jsonl.gz"
#: Events of AllSides articles annotated for this project by ``gold/voa/GUIDELINES.md`` (one JSON
#: file per article, in the reference format; the texts stay in ``../shared``).
ANNOTATIONS = Path(__file__).parent / "annotations" / "allsides"
SYNTHETIC = Path("corpora") / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
GSR = Path("ontology") / "plover" / "PLOVER_GSR_CAMEO.txt"
#: Settings chosen by leave-one-story-out cross-validation on ``gold/voa/train`` (README).
SETTINGS = {"c": 3.0, "gate_c": 1.0, "plv_weight": 1.0, "none_weight": 0.3, "synthetic_weight": 1.0,
            "lexicon_weight": 1.0, "gsr_weight": 1.0, "threshold": 0.2,
            "thresholds": {"statement": 0.25, "verb": 0.3, "noun": 0.2, "statement:ACCUSE": 0.4},
            "annotated_weight": 0.0}  # session 19: the AllSides annotations are not used yet (README)


def _weigh(examples, settings) -> None:
    for ex in examples:
        if ex.source == "plv":
            ex.weight = settings["plv_weight"]
        elif ex.source == "synthetic":
            ex.weight = settings["synthetic_weight"]
        elif ex.source == "lexicon":
            ex.weight = settings["lexicon_weight"]
        elif ex.source == "gsr":
            ex.weight = settings["gsr_weight"]
        else:  # an annotated story's candidate
            ex.weight = settings["none_weight"] if ex.label == "NONE" else 1.0
            if ex.source.startswith("allsides:"):
                ex.weight *= settings["annotated_weight"]


def read_annotated(shared: Path, folder: Path = ANNOTATIONS) -> list[tuple[dict, dict]]:
    """``(annotation, story)`` pairs of the annotated AllSides articles in ``folder``, the story
    (``id``, ``text``, ``published``) read from the AllSides corpus in ``shared``, in file-name
    order; an annotation whose article is not in the corpus is left out."""
    golds = T.read_gold(folder)
    wanted = {str(g["source"]["id"]) for g in golds}
    texts: dict[str, dict] = {}
    if wanted:
        with gzip.open(shared / ALLSIDES, "rt", encoding="utf-8") as fh:
            for record in map(json.loads, fh):
                if record.get("ID") in wanted:
                    texts[record["ID"]] = {"id": record["ID"], "text": record.get("content_original") or "",
                                           "published": record.get("date") or ""}
    return [(g, texts[str(g["source"]["id"])]) for g in golds if str(g["source"]["id"]) in texts]


def _decision(settings: dict) -> dict:
    """The model's decision thresholds, as :class:`~dateline.events.model.EventModel` reads them."""
    return {"threshold": settings["threshold"], "thresholds": settings.get("thresholds", {})}


def build(shared: Path, out: Path = MODEL_PATH, cv: bool = False, settings: dict = SETTINGS,
          diagnose: Path | None = None) -> dict:
    """Fit and write the model; returns a summary (counts, settings, and ``cv`` figures when asked).
    With ``cv`` and ``diagnose``, also writes there, per train story, the reference events the
    leave-one-story-out model misses and the events it reports that match none
    (:func:`dateline.evaluation.events.misses`)."""
    from ..pipeline import Pipeline
    pipeline = Pipeline()
    use_reference_aliases(shared / "gold")  # label group events as the scorer reads them
    golds = T.read_gold(shared / "gold" / "voa" / "train")
    stories = T.read_stories(shared / "corpora" / "voa" / "voa_stories.jsonl")
    coders = list(T.story_coders(pipeline, [stories[str(g["source"]["id"])] for g in golds]))
    per_story = [T.story_examples(coder, gold, story["text"]) for (story, coder), gold in zip(coders, golds)]
    annotated = read_annotated(shared) if settings["annotated_weight"] > 0 else []
    more = [ex for (gold, _), (story, coder) in zip(annotated, T.story_coders(pipeline, [s for _, s in annotated]))
            for ex in T.story_examples(coder, gold, story["text"])]
    plv = T.plv_examples(shared / "gold" / "plv_train.tsv", pipeline.nlp)
    typed = [ex for exs in per_story for ex in exs if ex.label != T.NONE] + plv + [ex for ex in more if ex.label != T.NONE]
    picker = T._linear(typed, [ex.label for ex in typed], settings["c"])
    synthetic = T.synthetic_examples(T.synthetic_candidates(pipeline, T.read_synthetic(shared / SYNTHETIC)), picker)
    gsr = T.gsr_examples(pipeline, T.read_gsr(shared / GSR))
    extra = more + plv + synthetic + gsr + T.lexicon_examples()  # beside the VOA stories' own examples
    examples = [ex for exs in per_story for ex in exs] + extra
    _weigh(examples, settings)
    summary = {"settings": settings, "stories": len(golds), "examples": len(examples),
               "labels_voa": T.label_counts(ex for exs in per_story for ex in exs), "annotated_articles": len(annotated),
               "labels_annotated": T.label_counts(more), "plv_rows": len(plv), "gsr": T.label_counts(gsr),
               "synthetic": T.label_counts(synthetic)}
    if cv:
        pairs = []
        for k, (gold, (_, coder)) in enumerate(zip(golds, coders)):
            rest = [ex for j, exs in enumerate(per_story) if j != k for ex in exs] + extra
            coder._model = T.fit(rest, c=settings["c"], gate_c=settings["gate_c"], meta=_decision(settings))
            pairs.append((gold, {"events": [asdict(e) for e in coder.code()]}))
        if diagnose is not None:
            with open(diagnose, "w", encoding="utf-8") as fh:
                for (gold, pred), (story, _) in zip(pairs, coders):
                    fh.write(f"== {story['id']}\n" + "".join(f"  {line}\n" for line in misses(gold, pred, story["text"])))
        figures = score(pairs)
        summary["cv"] = {k: figures[k] for k in ("event_recall", "event_precision", "forbidden_events_reported",
                                                 "predicted_events", "date_agreement")}
    model = T.fit(examples, c=settings["c"], gate_c=settings["gate_c"], meta={**_decision(settings), **summary})
    model.save(out)
    model = EventModel.load(out)  # the weights as shipped (float16): what extract will code with
    model.meta["reference_events"] = recorded_events(pipeline, model, shared)
    model.save(out)
    return summary


def event_signatures(events) -> list[list]:
    """What the regression record keeps of events: type, actor and recipient codes, aux, sorted."""
    return sorted([e.type, sorted(a.country or a.name for a in e.actor),
                   sorted(a.country or a.name for a in e.recipient), sorted(e.aux)] for e in events)


def recorded_events(pipeline, model, shared: Path) -> list[list]:
    """The events the model codes on the reference article (never trained on): the record the
    test suite compares the shipped model with (:func:`event_signatures`)."""
    text = (shared / REFERENCE).read_text(encoding="utf-8")
    story = {"id": "reference", "text": text, "published": "2025-02-13"}
    (_, coder), = T.story_coders(pipeline, [story])
    coder._model = model
    return event_signatures(coder.code())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--cv", action="store_true", help="also print leave-one-story-out figures on VOA train")
    parser.add_argument("--diagnose", type=Path, default=None,
                        help="with --cv: write each train story's missed and unmatched events to this file")
    args = parser.parse_args(argv)
    if not (args.shared / "gold" / "voa" / "train").is_dir():
        print(f"{args.shared}: no gold/voa/train folder", file=sys.stderr)
        return 2
    print(json.dumps(build(args.shared, args.out, args.cv, diagnose=args.diagnose), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
