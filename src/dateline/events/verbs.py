"""How much a verb belongs to event reporting: the keyness table built by
:mod:`dateline.training.build_verbs` from event text (PLV, the PLOVER manual's examples, the
synthetic stories) against ordinary political news (AllSides).

A verb the trigger lexicon does not list is coded only when event text uses it clearly more
than ordinary news does (:data:`EVENTFUL`): "seal", "violate", "shell" pass; "make", "need",
"know", "use" do not, however confident the model is about their parties.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

VERBS_PATH = Path(__file__).with_name("data") / "event_verbs.json"

#: The keyness (natural-log odds ratio, event text over ordinary news) a verb outside the
#: lexicon needs to be a trigger when it acts on no one; chosen on leave-one-story-out over VOA
#: ``train/`` (0.5 and 0.8 equal, 1.0 one event fewer) and by reading AllSides events (of the 62
#: between 0.5 and 0.8 on 300 articles, "began", "attempted", "allowed", nearly none an act;
#: :data:`dateline.events.evidence.ORDINARY_BELOW`).
EVENTFUL = 0.8


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    data = json.loads(VERBS_PATH.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["keyness"].items()}


def keyness(lemma: str) -> float:
    """The log-odds ratio of ``lemma`` (lower case) as a verb in event text over ordinary news;
    0.0 for a lemma too rare in both to be in the table. Raises ``FileNotFoundError`` or
    ``json.JSONDecodeError`` when the packaged table is missing or damaged."""
    return _table().get(lemma, 0.0)


def eventful(lemma: str) -> bool:
    """Whether a verb outside the lexicon is used for events often enough to be a trigger."""
    return keyness(lemma) >= EVENTFUL
