"""The event model: two logistic regressions over candidate features.

A binary gate decides whether a candidate reports an event at all (``NONE`` is an explicit
outcome, learnt from the candidates of annotated stories that report none); a multinomial model
gives the PLOVER type (learnt from many more typed examples than the stories hold). Weights are
stored in ``data/event_model.npz`` beside this module (feature names, weight matrices,
intercepts, classes, and a JSON ``meta`` record of how it was built); ``scripts/train-events``
rebuilds it from ``../shared`` with :mod:`dateline.training.events`. Scoring is a sparse dot
product and a softmax (numpy only), so the model loads once per process in milliseconds and
needs neither scikit-learn nor a GPU at run time.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import Code, DatelineError

NONE = "NONE"
EVENT = "EVENT"
MODEL_PATH = Path(__file__).parent / "data" / "event_model.npz"


class LinearModel:
    """A softmax-linear classifier over feature strings.

    Args:
        features: feature names, one per row of ``coef``.
        coef: weights, shape ``(len(features), len(classes))``; one column for a binary model.
        intercept: shape ``(len(classes),)`` (``(1,)`` for a binary model).
        classes: class names (two for a binary model, in scikit-learn's order: the one column of
            weights gives the log-odds of the second).
    """

    def __init__(self, features: Sequence[str], coef: np.ndarray, intercept: np.ndarray,
                 classes: Sequence[str]) -> None:
        self.classes = list(classes)
        self.features = list(features)
        self.index = {f: i for i, f in enumerate(self.features)}
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)

    def predict(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Class probabilities, shape ``(len(rows), len(classes))``; each row sums to 1."""
        out = np.tile(self.intercept, (len(rows), 1))
        for n, feats in enumerate(rows):
            idx = [self.index[f] for f in set(feats) if f in self.index]
            if idx:
                out[n] += self.coef[idx].sum(axis=0)
        if out.shape[1] == 1:  # binary logistic regression: one column of log-odds
            out = np.hstack([np.zeros_like(out), out])
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out


class EventModel:
    """The two parts of the event model: ``gate`` (is the candidate an event: classes
    ``[NONE, "EVENT"]``) and ``types`` (which PLOVER type, given that it is one).

    The probability of type *t* is ``P(event) * P(t | event)``; ``P(NONE) = 1 - P(event)``.
    ``meta`` records how the model was built (inputs, figures, the decision ``threshold``).
    """

    def __init__(self, gate: LinearModel, types: LinearModel, meta: dict | None = None) -> None:
        self.gate, self.types = gate, types
        self.classes = list(types.classes) + [NONE]
        self.meta = meta or {}

    @property
    def threshold(self) -> float:
        """The least probability of a type for a candidate to be reported as an event."""
        return float(self.meta.get("threshold", 0.5))

    def threshold_for(self, kind: str, event_type: str | None = None) -> float:
        """The least probability of a type for a candidate of ``kind`` (``verb``, ``noun`` or
        ``statement``) to be reported: ``meta["thresholds"]["<kind>:<event_type>"]`` or
        ``meta["thresholds"][kind]`` where the build chose one by leave-one-story-out on VOA
        ``train/`` (README), else :attr:`threshold`."""
        chosen = self.meta.get("thresholds", {})
        return float(chosen.get(f"{kind}:{event_type}", chosen.get(kind, self.threshold)))

    def predict(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Probabilities of :attr:`classes`, shape ``(len(rows), len(classes))``; rows sum to 1."""
        if not rows:
            return np.zeros((0, len(self.classes)), np.float32)
        at = self.gate.classes.index(EVENT)
        event = self.gate.predict(rows)[:, at:at + 1]
        return np.hstack([self.types.predict(rows) * event, 1.0 - event])

    def save(self, path: Path = MODEL_PATH) -> None:
        """Write the weights to ``path`` (numpy ``.npz``, compressed, float16 weights)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {"meta": np.array(json.dumps(self.meta, sort_keys=True))}
        for name, part in (("gate", self.gate), ("types", self.types)):
            arrays.update({f"{name}_features": np.array(part.features), f"{name}_coef": part.coef.astype(np.float16),
                           f"{name}_intercept": part.intercept, f"{name}_classes": np.array(part.classes)})
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "EventModel":
        """Read weights written by :meth:`save`.

        Raises:
            DatelineError: E012 when the file is missing or unreadable.
        """
        try:
            with np.load(path, allow_pickle=False) as z:
                parts = [LinearModel([str(f) for f in z[f"{n}_features"]], z[f"{n}_coef"].astype(np.float32),
                                     z[f"{n}_intercept"], [str(c) for c in z[f"{n}_classes"]])
                         for n in ("gate", "types")]
                return cls(parts[0], parts[1], json.loads(str(z["meta"])))
        except (OSError, KeyError, ValueError) as exc:
            raise DatelineError(Code.KNOWLEDGE_BASE, path=str(path), reason=f"event model unreadable: {exc}") from exc


@lru_cache(maxsize=1)
def default_model() -> EventModel:
    """The packaged event model, loaded once per process."""
    return EventModel.load()
