"""Building the event model (:mod:`dateline.events.model`) from the data in ``../shared``.

Training examples are candidate features (:mod:`dateline.events.features`) with a class:

- annotated stories (``gold/voa/train``; never ``dev`` or the reference article): every
  candidate the extraction finds. A candidate is labelled with a reference event's first type
  when it lies in the sentence the event's note quotes (or, without a quotation, the sentence
  sharing most of its words) and its parties carry the event's codes; a candidate that matches
  a reference event only in another sentence is left out (a restatement, neither right nor
  wrong); every other candidate is ``NONE``. Forbidden events stay ``NONE``.
- PLV sentences (``gold/plv_train.tsv``, Zero-Shot-PLOVER's train split): the predicate relating
  the marked source and target (their lowest common ancestor in the parse) with the roles they
  fill, labelled with ``gold_root`` (``YIELD`` becomes RETREAT for verbs of withdrawal and
  release, CONCEDE otherwise).

The classifier is scikit-learn's multinomial logistic regression (L2, lbfgs, deterministic);
the weights are exported to numpy (:class:`~dateline.events.model.EventModel`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..evaluation.events import matches, party_codes
from ..events.features import features
from ..events.model import EVENT, NONE, EventModel, LinearModel
from ..events.plv import read_plv, split_markers
from ..quotes.cues import CUE_LEMMAS

_QUOTED = re.compile(r"['\"“‘]([^'\"”’]{12,}?)['\"”’]")
_RETREAT = {"withdraw", "release", "retreat", "free", "pull", "evacuate", "leave", "return", "lift", "ease"}


@dataclass
class Example:
    """One training example: feature strings, class, weight and where it came from."""

    features: list[str]
    label: str
    source: str
    weight: float = 1.0


def read_stories(corpus: Path) -> dict[str, dict]:
    """The stories of a JSONL corpus by ``id`` (as a string)."""
    with open(corpus, encoding="utf-8") as fh:
        return {str(d["id"]): d for d in map(json.loads, fh) if d.get("id") is not None}


def read_gold(gold_dir: Path) -> list[dict]:
    """The reference annotations of a folder, sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def event_sentences(note: str, text: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """Numbers of the sentences a reference event's note points at: those holding a quotation
    of the note, else the one sharing most of its words (at least a third of them)."""
    flat = re.sub(r"[‘’]", "'", re.sub(r"[“”]", '"', text))
    found: set[int] = set()
    for m in _QUOTED.finditer(note):
        piece = re.sub(r"\s*\.\.\.\s*|\s*…\s*", "|", m.group(1).strip(" .,"))
        for part in (p.strip() for p in piece.split("|") if len(p.strip()) >= 12):
            at = flat.find(part)
            if at >= 0:
                found.update(n for n, (s, e) in enumerate(sentences) if s <= at < e)
    if found:
        return found
    want = _words(note)
    best = max(range(len(sentences)), key=lambda n: len(want & _words(text[slice(*sentences[n])])), default=None)
    if best is not None and want and len(want & _words(text[slice(*sentences[best])])) >= len(want) / 3:
        return {best}
    return set()


def _codes(actors) -> set[str]:
    """The codes candidates' parties carry, as the scorer reads them (countries, and names of groups
    through the reference scorer's aliases: :func:`~dateline.evaluation.events.party_codes`)."""
    return party_codes([{"country": a.country, "name": a.name} for a in actors if a.country])


#: PLOVER's verbal types (manual, quad categories VERBAL COOPERATION and VERBAL CONFLICT).
_VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def labelled_candidates(coder, gold: dict, text: str) -> list[tuple]:
    """``(candidate, features, label, listed)`` for each candidate of one annotated story
    (``coder`` its :class:`~dateline.events.coder.EventCoder`): ``label`` the type of the
    reference event its sentence lists with its parties, ``NONE`` when no event of the story has
    its parties, ``None`` when one elsewhere in the story has them (left out of training: see
    the module docstring); ``listed`` the reference events tied to the candidate's sentence."""
    sentences = [(s.start_char, s.end_char) for s in coder.doc.sents]
    aligned = [(g, event_sentences(g.get("note", ""), text, sentences)) for g in gold.get("events", [])]
    out = []
    for cand, feats in coder.candidates():
        here = {n for n, (s, e) in enumerate(sentences) if cand.start <= s < cand.end or s <= cand.start < e}
        actor, recipient = _codes(cand.actor), _codes(cand.recipient)
        label: str | None = NONE
        for g, where in aligned:
            if matches(g, actor, recipient):
                if where & here:
                    label = g["type"][0]
                    break
                label = None
        if label not in (None, NONE) and cand.kind == "statement" and label not in _VERBAL:
            # a statement beside an act of the same parties ("conducted the drills encircling Taiwan
            # and called them “a punishment”"): it is the sentence's verbal event when one is listed
            label = next((g["type"][0] for g, where in aligned if where & here and g["type"][0] in _VERBAL
                          and matches(g, actor, recipient)), label)
        out.append((cand, feats, label, [g for g, where in aligned if where & here]))
    return out


def story_examples(coder, gold: dict, text: str) -> list[Example]:
    """Labelled candidates of one annotated story (:func:`labelled_candidates`, those with a label)."""
    source = f"{gold['source'].get('corpus', 'voa')}:{gold['source']['id']}"
    return [Example(feats, label, source) for _, feats, label, _ in labelled_candidates(coder, gold, text)
            if label is not None]


def _root(doc, span):
    if span is None:
        return None
    toks = [t for t in doc if span[0] <= t.idx < span[1]]
    for t in toks:
        if t.head.i == t.i or not (span[0] <= t.head.idx < span[1]):
            return t
    return toks[0] if toks else None


def _child_on_path(head, tok):
    """The child of ``head`` on the way down to ``tok`` (``tok`` itself when a child)."""
    while tok.head.i != head.i and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.head.i == head.i and tok.i != head.i else None


def _role(head, tok) -> str:
    child = _child_on_path(head, tok)
    if child is None:
        return ""
    if child.dep_ in ("prep", "agent"):
        return "agent" if child.dep_ == "agent" or child.lower_ == "by" else child.lower_
    return child.dep_


def plv_examples(path: Path, nlp, weight: float = 1.0) -> list[Example]:
    """One example per PLV row with a label, in file order (see the module docstring)."""
    rows = [r for r in read_plv(path) if r.label]
    parsed = [split_markers(r.marked) for r in rows]
    out: list[Example] = []
    for row, (text, src, tgt), doc in zip(rows, parsed, nlp.pipe([p[0] for p in parsed], batch_size=64)):
        rs, rt = _root(doc, src), _root(doc, tgt)
        if rs is None:  # an unmarked or unparsable source: the sentence's root stands for it
            rs = next(t for t in doc if t.head.i == t.i)
        if rt is None:
            trigger = rs.head
        else:
            above = {a.i for a in [rs, *rs.ancestors]}
            trigger = next((a for a in [rt, *rt.ancestors] if a.i in above), rs)
        if trigger.i in (rs.i, rt.i if rt is not None else -1):
            trigger = trigger if trigger.pos_ in ("NOUN", "VERB") else trigger.head
        kind, content = ("noun" if trigger.pos_ == "NOUN" else "verb"), None
        if trigger.lemma_.lower() in CUE_LEMMAS | {"say"} and rt is not None:
            comp = _child_on_path(trigger, rt)
            if comp is not None and comp.dep_ in ("ccomp", "xcomp"):
                kind, content = "statement", list(comp.subtree)
        label = row.label
        if label == "YIELD":
            label = "RETREAT" if trigger.lemma_.lower() in _RETREAT else "CONCEDE"
        a_role = "speaker" if kind == "statement" else _role(trigger, rs) if rs.i != trigger.i else "amod"
        r_role = ("content" if kind == "statement" else _role(trigger, rt)) if rt is not None else ""
        feats = features(kind, trigger, None, a_role, r_role, (), (), content,
                         "indirect" if kind == "statement" else None, None, False,
                         rt if kind == "statement" else None)
        out.append(Example(feats, label, "plv", weight))
    return out


#: PLOVER v0.5 type names of the manual's example file and their v0.8 types (manual v0.8,
#: section "Changes from earlier versions": DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are
#: ACCUSE modes, FIGHT is ASSAULT).
GSR_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_EVT = re.compile(r"\(EVT:\s*([^)]*)\)")
_NOT_TRIGGERS = {"will", "would", "is", "are", "was", "were", "be", "to", "has", "have", "had", "not", "a", "an",
                 "the", "of", "on", "in", "for", "with", "and", "can", "could", "may", "might", "should", "must"}


def read_gsr(path: Path) -> list[dict]:
    """The coded example sentences of ``PLOVER_GSR_CAMEO.txt`` (a JSON list): ``text``, the
    v0.8 ``label`` (from the record's id, whose type is the section it was filed under, mapped
    by :data:`GSR_TYPES`) and the ``triggers`` (words of its ``(EVT: ...)`` markup, in order)."""
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        parts = str(rec.get("id", "")).split("-")
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else ""
        if len(parts) < 3 or not rec.get("text") or parts[2] == "DOCUMENT":
            continue
        words = [w.lower() for phrase in _EVT.findall(markup) for w in re.findall(r"[\w'-]+", phrase)]
        out.append({"id": rec["id"], "text": rec["text"], "label": GSR_TYPES.get(parts[2], parts[2]),
                    "triggers": [w for w in words if w not in _NOT_TRIGGERS], "published": "2000-01-01"})
    return out


def gsr_examples(pipeline, records: Sequence[dict], weight: float = 1.0) -> list[Example]:
    """One typed example per example sentence of the manual (:func:`read_gsr`): the candidate
    whose trigger is the first of the record's event words that any candidate has."""
    out: list[Example] = []
    for rec, (_, coder) in zip(records, story_coders(pipeline, records)):
        cands = coder.candidates()
        for word in rec["triggers"]:
            hit = next((f for c, f in cands if c.trigger.lower_ == word), None)
            if hit is not None:
                out.append(Example(hit, rec["label"], "gsr", weight))
                break
    return out


def _linear(examples: Sequence[Example], labels: Sequence[str], c: float, min_count: int = 1) -> LinearModel:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    counts: dict[str, int] = {}
    for ex in examples:
        for f in set(ex.features):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for n, ex in enumerate(examples):
        for i in sorted({index[f] for f in ex.features if f in index}):
            rows.append(n)
            cols.append(i)
    X = csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(examples), len(vocab)))
    est = LogisticRegression(C=c, max_iter=3000)
    est.fit(X, list(labels), sample_weight=[ex.weight for ex in examples])
    return LinearModel(vocab, est.coef_.T, est.intercept_, [str(k) for k in est.classes_])


def fit(examples: Sequence[Example], c: float = 1.0, gate_c: float = 1.0, meta: dict | None = None) -> EventModel:
    """The event model: a gate (``NONE`` or an event) on the examples of annotated stories and
    PLV sentences, and a type model on every example with a type, synthetic ones included (their
    sentences were picked for their label, so they teach types, not whether a sentence reports
    an event)."""
    gated = [ex for ex in examples if ex.source not in ("synthetic", "lexicon", "gsr")]
    gate = _linear(gated, [NONE if ex.label == NONE else EVENT for ex in gated], gate_c)
    typed = [ex for ex in examples if ex.label != NONE]
    types = _linear(typed, [ex.label for ex in typed], c)
    return EventModel(gate, types, meta)


def label_counts(examples: Iterable[Example]) -> dict[str, int]:
    """How many examples of each class."""
    out: dict[str, int] = {}
    for ex in examples:
        out[ex.label] = out.get(ex.label, 0) + 1
    return dict(sorted(out.items()))


def story_coders(pipeline, stories: Sequence[dict]):
    """``(story, EventCoder)`` for each story (``id``, ``text``, ``published``): the pipeline's
    stages up to the quotes, then the event coder without its model."""
    from datetime import date

    from ..events.coder import EventCoder
    from ..nlp.pieces import parse
    from ..pipeline import ArticleState
    from ..records import Article
    articles = [Article(id=str(s["id"]), text=s["text"], published=str(s["published"])[:10]) for s in stories]
    docs = parse(pipeline.nlp, (a.text for a in articles), pipeline.piece_tokens)
    for story, article, doc in zip(stories, articles, docs):
        state = ArticleState(article=article, published=date.fromisoformat(article.published), doc=doc)
        for stage in pipeline.stages[:-1]:
            state = stage(state)
        yield story, EventCoder(state.doc, state.actors, state.dates, state.places, state.amounts, state.published,
                                state.quotes)


def read_synthetic(zip_path: Path, limit: int | None = None) -> list[dict]:
    """The labelled synthetic stories of NGEC-2025 (``label``, ``text``) read from their zip file
    in place, in file order; ``limit`` keeps the first N of each label."""
    import csv
    import io
    import zipfile
    out: list[dict] = []
    seen: dict[str, int] = {}
    with zipfile.ZipFile(zip_path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        with zf.open(name) as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")):
                label = (row.get("label") or "").strip().upper()
                text = (row.get("text") or "").strip()
                if not label or not text or (limit and seen.get(label, 0) >= limit):
                    continue
                seen[label] = seen.get(label, 0) + 1
                out.append({"id": f"syn{len(out)}", "label": label, "text": text.split("\n")[0][:600],
                            "published": "2023-10-19"})
    return out


def synthetic_candidates(pipeline, stories: Sequence[dict]) -> list[tuple[str, list[tuple[list[str], str | None]]]]:
    """For each synthetic story: its label and, for each candidate of its first sentence with an
    actor, the candidate's features and the type the trigger lexicon gives its trigger."""
    from ..events.features import lexicon_type
    out = []
    for story, coder in story_coders(pipeline, stories):
        first = next(iter(coder.doc.sents), None)
        if first is None:
            continue
        cands = [(f, lexicon_type(c.trigger.lemma_.lower(), noun=c.trigger.pos_ == "NOUN"))
                 for c, f in coder.candidates() if c.start < first.end_char and c.actor]
        if cands:
            out.append((story["label"], cands))
    return out


def synthetic_examples(candidates, types: LinearModel, weight: float = 1.0) -> list[Example]:
    """One typed example per synthetic story (:func:`synthetic_candidates`): of the candidates of
    its first sentence, the one the type model finds likeliest to be of the story's label (kept
    when that likelihood is at least 0.2 or the trigger lexicon gives the label). Document labels
    say what the story reports, not which words report it; this picks the words."""
    out: list[Example] = []
    for label, cands in candidates:
        if label not in types.classes:
            continue
        probs = types.predict([f for f, _ in cands])[:, types.classes.index(label)]
        best = int(np.argmax(probs))
        if probs[best] >= 0.2 or cands[best][1] == label:
            out.append(Example(cands[best][0], label, "synthetic", weight))
    return out


def lexicon_examples(weight: float = 1.0) -> list[Example]:
    """The trigger lexicon (:mod:`dateline.events.lexicon`, built from the PLOVER manual's type
    sections and the CAMEO crosswalk) as typed examples: each verb as a predicate with a
    recipient, each event noun after a light verb and on its own, so that the type model learns
    to trust the lexicon's evidence where the stories and sentences say little."""
    from ..events.lexicon import NOUNS, PHRASAL, VERBS
    out = []
    for lemma, trig in VERBS.items():
        for rec in ("yes", "no"):
            out.append(Example(["k=verb", f"lem={lemma}", f"k_lem=verb_{lemma}", f"lex={trig.type}", f"rec={rec}",
                                f"lex_rec={trig.type}_{rec}", "pos=VERB"], trig.type, "lexicon", weight))
    for (verb, particle), trig in PHRASAL.items():  # "turned down", "cracked down"
        for rec in ("yes", "no"):
            out.append(Example(["k=verb", f"lem={verb}", f"k_lem=verb_{verb}", f"prt={verb}_{particle}",
                                f"lex={trig.type}", f"rec={rec}", f"lex_rec={trig.type}_{rec}", "pos=VERB"],
                               trig.type, "lexicon", weight))
    for noun, trig in NOUNS.items():
        out.append(Example(["k=verb", f"noun={noun}", f"nlex={trig.type}", "pos=VERB", "rec=yes"], trig.type,
                           "lexicon", weight))
        out.append(Example(["k=noun", f"lem={noun}", f"k_lem=noun_{noun}", f"lex={trig.type}", "pos=NOUN"],
                           trig.type, "lexicon", weight))
    return out + denial_examples(weight)


def denial_examples(weight: float = 1.0) -> list[Example]:
    """Statements calling what was said false (:func:`dateline.events.features.denies`) as
    REJECT examples, for the gate as well as the type model (source ``denial``): the VOA
    annotations code a denial as REJECT, and the training stories hold too few to learn it."""
    out = []
    for qk in ("direct", "indirect", "partial"):
        for rr in ("none", "content", "addressee"):
            out.append(Example(["k=statement", "k_lem=statement_say", "lem=say", "c_denial", f"qk={qk}",
                                f"rr={rr}", f"rec={'no' if rr == 'none' else 'yes'}", "ar=speaker"],
                               "REJECT", "denial", weight))
    return out


def _root_class(label: str) -> str:
    """A PLOVER type as a PLV root class (``YIELD`` stands for CONCEDE and RETREAT)."""
    return "YIELD" if label in ("CONCEDE", "RETREAT") else label


def plv_predict(model: EventModel, path: Path, nlp) -> list[str]:
    """The root class the event model's type part gives each PLV row (file order)."""
    examples = plv_examples(path, nlp)
    probs = model.types.predict([ex.features for ex in examples])
    return [_root_class(model.types.classes[i]) for i in probs.argmax(axis=1)]


def plv_cross_validate(path: Path, pipeline, shared: Path | None = None, folds: int = 5, seed: int = 0,
                       c: float = 3.0) -> list[str]:
    """Out-of-fold root classes of the PLV rows by the event model's type part: stratified
    ``folds``-fold (shuffled, ``random_state=seed``), each fold's model fitted as the shipped one
    is (:func:`fit`) on the other folds plus the lexicon and, when ``shared`` is given, the
    manual's example sentences and the synthetic stories picked by a model of the other folds."""
    from sklearn.model_selection import StratifiedKFold
    examples = plv_examples(path, pipeline.nlp)
    y = np.array([ex.label for ex in examples], dtype=object)
    roots = np.array([_root_class(lab) for lab in y], dtype=object)
    synthetic = synthetic_candidates(pipeline, read_synthetic(
        shared / "corpora" / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip")) if shared else []
    gsr = gsr_examples(pipeline, read_gsr(shared / "ontology" / "plover" / "PLOVER_GSR_CAMEO.txt")) if shared else []
    pred = np.empty(len(examples), dtype=object)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), roots):
        rest = [examples[i] for i in train_idx] + lexicon_examples() + gsr
        if synthetic:
            picker = _linear(rest, [ex.label for ex in rest], c)
            rest += synthetic_examples(synthetic, picker)
        types = _linear(rest, [ex.label for ex in rest], c)
        probs = types.predict([examples[i].features for i in test_idx])
        pred[test_idx] = [_root_class(types.classes[i]) for i in probs.argmax(axis=1)]
    return [str(p) for p in pred]
