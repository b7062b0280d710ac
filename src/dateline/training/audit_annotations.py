"""Check annotated articles for events they leave out: ``python -m dateline.training.audit_annotations
[--shared DIR] [--partial]``.

Prints, for each AllSides article annotated in ``training/annotations/allsides`` (read where it
lies in ``../shared``), every candidate the shipped event model reports (its type's probability at
least the kind's threshold) that the build labels "no event"
(:func:`dateline.training.events.labelled_candidates`: no event of the story has its parties) and
that has an actor with a code, as every reported event has: its kind, trigger, type, probability,
party codes, sentence and the events listed for that sentence. A candidate that shares a party
with a listed event of its sentence has parties short of it ("partial") and is left out unless
``--partial``. What is left is where an annotator may have missed an event (session 20 found
none worth adding: README of the annotations).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..evaluation.events import use_reference_aliases
from ..events.model import NONE, default_model
from . import events as T
from .build_events import read_annotated


def audit(shared: Path, partial: bool = False):
    """Yields ``(article id, line)`` for each candidate the module docstring describes."""
    from ..pipeline import Pipeline
    use_reference_aliases(shared / "gold")
    model = default_model()
    pairs = read_annotated(shared)
    for (gold, story), (_, coder) in zip(pairs, T.story_coders(Pipeline(), [s for _, s in pairs])):
        labelled = T.labelled_candidates(coder, gold, story["text"])
        for (cand, _, label, listed), probs in zip(labelled, model.predict([f for _, f, _, _ in labelled])):
            if label != NONE or not any(a.country for a in cand.actor):
                continue  # labelled with a listed event, left out of training, or never reported (no coded actor)
            best = max((c for c in model.classes if c != NONE), key=lambda c: probs[model.classes.index(c)])
            p = float(probs[model.classes.index(best)])
            if p < model.threshold_for(cand.kind):
                continue
            actor, recipient = T._codes(cand.actor), T._codes(cand.recipient)
            shared_party = any((actor | recipient) & set(g.get("actor", []) + g.get("recipient", [])) for g in listed)
            if shared_party and not partial:
                continue
            yield story["id"], (f"{cand.kind} {cand.trigger.text!r} {best} {p:.2f} {sorted(actor)} -> "
                                f"{sorted(recipient)} | {' '.join(cand.trigger.sent.text.split())[:300]} | listed: "
                                f"{[(g['type'], g.get('actor'), g.get('recipient')) for g in listed]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--partial", action="store_true", help="also candidates whose parties fall short of a listed event")
    args = parser.parse_args(argv)
    for article, line in audit(args.shared, args.partial):
        print(article, line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
