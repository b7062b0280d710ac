"""Reading the PolNeAR corpus and scoring dateline's quotes against it (issue 3, item 4).

PolNeAR (Newell, Margolin and Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018) annotates attributions in US political news from 2015-16 in brat standoff. A split
directory holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``; an
``.ann`` file has text-bound lines ::

    T3<TAB>Content 115 290<TAB>that Hillary Clinton's team ...
    T9<TAB>Content 315 448;463 553<TAB>"One of the things ..." "Yesterday, ..."

(a span is one or more ``start end`` segments joined by ``;``, offsets are Python ``str``
indices into the text, end exclusive; the stored text is the segments' texts joined by one
space) and event lines tying them into one attribution::

    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1
    E5<TAB>Attribution-no-source:T21 Content:T20 Cue:T19
    E9<TAB>Attribution:T21 Cue:T20 Source:T19 Content:T18 Content2:T22

``Content2`` (a second content span of the same attribution) is merged into the content.
``Discard`` and ``Discuss`` spans and the ``Attribution`` trigger spans (a copy of the cue) are
not used. Several annotators may have annotated one article; :func:`read_split` keeps the
first annotator in sorted order of the annotator codes (deterministic, and the same for
every run), and records the others.

Definitions used by :func:`score` (all micro-averaged over the split):

* A span is a tuple of ``(start, end)`` segments. Before comparison every segment is trimmed
  of whitespace and quotation marks at its edges (PolNeAR keeps the quotation marks of a
  direct quote inside the content, dateline does not), empty segments are dropped and the
  rest is taken as a set of character offsets.
* Exact match: the two character sets are equal.
* Overlap match: the spans share at least half of each one's characters,
  ``shared >= 0.5 * len(a)`` and ``shared >= 0.5 * len(b)``.
* Matching is one to one: candidate (gold, predicted) pairs are taken greedily by most
  shared characters, then by position, so one prediction never counts for two gold spans.
  Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean; a ratio
  with a zero denominator is 0.0.
* Predicted attributions: dateline's quotes grouped by :attr:`Quote.attribution`
  (:func:`predicted_attributions`): the pieces of one attribution become one prediction whose
  content is their segments (a partial quote inside its indirect quote adds nothing), whose
  cue and source are those of its first piece with a cue, and whose kind is the first
  piece's. Quotes without a number stay predictions of their own.
* Content: every gold attribution against every predicted attribution. Cue: the distinct gold cue
  spans against the distinct predicted cue spans. Source: the distinct gold source spans
  against the distinct predicted speaker mention spans (``Speaker.mention_start/end``).
* Quoted recall: content recall restricted to the gold attributions whose content contains
  a double quotation mark (``" “ ” „ ‟ « »``) or an opening single one (``‘``).
* Speaker accuracy: among the content pairs matched by overlap whose gold attribution has a
  source, the share where the predicted speaker mention shares at least one character with
  the gold source span, or the last word of the predicted speaker name occurs (as a whole
  word, case-insensitively) in the gold source text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

Segment = tuple[int, int]
"""``(start, end)``: Python ``str`` offsets into the article text, end exclusive."""

Span = tuple[Segment, ...]
"""One or more segments; a discontinuous brat span has several."""

QUOTE_MARKS = "\"“”„‟«»‘"
"""Characters whose presence in a gold content makes it a quoted attribution."""

_TRIM = " \t\r\n\u00a0\"'“”„‟«»‘’‚‹›"
_ROLE = re.compile(r"^(Content|Cue|Source)\d*$")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: content, cue and source spans with their texts.

    ``kind`` is ``Attribution`` or ``Attribution-no-source`` (then ``source`` is empty and
    ``source_text`` is ``""``); ``id`` is the brat event id (``E3``).
    """

    id: str
    kind: str
    content: Span
    cue: Span
    source: Span
    content_text: str
    cue_text: str
    source_text: str

    @property
    def quoted(self) -> bool:
        """Whether the content contains a quotation mark (see :data:`QUOTE_MARKS`)."""
        return any(ch in self.content_text for ch in QUOTE_MARKS)


@dataclass(frozen=True)
class GoldArticle:
    """One article of a split: its ``text`` and the attributions of one ``annotator``.

    ``id`` is the file stem (``breitbart_2016-09-12_stealth-over-health-hillary-clin``);
    ``annotators`` lists every annotator code that has a file for this article, sorted.
    """

    id: str
    text: str
    path: str
    annotator: str
    annotators: tuple[str, ...]
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class PredictedQuote:
    """A predicted attribution in the shape :func:`score` compares.

    ``content`` and ``cue`` are spans (``cue`` empty when there is none), ``source`` the span
    of the speaker mention (empty when unknown), ``speaker_name`` the canonical name or
    ``None``; ``kind`` is dateline's ``direct``, ``partial`` or ``indirect``.
    """

    content: Span
    kind: str = "indirect"
    cue: Span = ()
    source: Span = ()
    speaker_name: str | None = None

    @classmethod
    def from_quote(cls, quote: Any) -> "PredictedQuote":
        """From a :class:`dateline.records.Quote`."""
        cue: Span = ()
        if quote.cue_start is not None and quote.cue_end is not None:
            cue = ((quote.cue_start, quote.cue_end),)
        source: Span = ()
        name = None
        sp = quote.speaker
        if sp is not None:
            name = sp.name
            if sp.mention_start is not None and sp.mention_end is not None:
                source = ((sp.mention_start, sp.mention_end),)
        elif quote.unresolved_start is not None:  # "they said": the source's words, no one named
            source = ((quote.unresolved_start, quote.unresolved_end),)
        return cls(content=((quote.start, quote.end),), kind=quote.kind, cue=cue, source=source, speaker_name=name)


def predicted_attributions(quotes: Sequence[Any]) -> list[PredictedQuote]:
    """One :class:`PredictedQuote` per attribution of ``quotes`` (:class:`dateline.records.Quote`
    records of one article), in order of their first piece; see the module docstring."""
    groups: dict[Any, list[Any]] = {}
    for k, q in enumerate(quotes):
        key = ("n", q.attribution) if getattr(q, "attribution", None) is not None else ("q", k)
        groups.setdefault(key, []).append(q)
    out = []
    for pieces in groups.values():
        head = next((q for q in pieces if q.cue_start is not None), pieces[0])
        one = PredictedQuote.from_quote(head)
        segments = tuple(sorted({(q.start, q.end) for q in pieces}))
        out.append(PredictedQuote(content=segments, kind=pieces[0].kind, cue=one.cue, source=one.source,
                                  speaker_name=one.speaker_name))
    return out


# ----------------------------------------------------------------------------- reading

def _parse_span(field_: str) -> Span:
    return tuple((int(a), int(b)) for a, b in (seg.split() for seg in field_.split(";")))


def _span_text(text: str, span: Span) -> str:
    return " ".join(text[a:b] for a, b in span)


def parse_ann(ann: str, text: str) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file's content ``ann`` over the article ``text``.

    Attributions without a content span are dropped. Raises ``ValueError`` when a span's
    stored text differs from the text at its offsets (a file paired with the wrong text).
    """
    spans: dict[str, tuple[str, Span]] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            span = _parse_span(offsets)
            # a span over a line break is stored up to the break (the rest is the next line)
            if len(parts) > 2 and _span_text(text, span).split("\n")[0] != parts[2]:
                raise ValueError(f"{parts[0]}: stored text {parts[2]!r} differs from the text at {offsets}")
            spans[parts[0]] = (label, span)
        elif parts[0].startswith("E"):
            args = parts[1].split()
            if not args:
                continue
            kind = args[0].split(":", 1)[0]
            roles = [tuple(a.split(":", 1)) for a in args[1:] if ":" in a]
            events.append((parts[0], kind, roles))  # type: ignore[arg-type]
    out: list[GoldAttribution] = []
    for eid, kind, roles in events:
        got: dict[str, list[Segment]] = {"Content": [], "Cue": [], "Source": []}
        for role, tid in roles:
            m = _ROLE.match(role)
            if m and tid in spans:
                got[m.group(1)].extend(spans[tid][1])
        if not got["Content"]:
            continue
        content, cue, source = (tuple(sorted(set(got[r]))) for r in ("Content", "Cue", "Source"))
        out.append(GoldAttribution(
            id=eid, kind=kind, content=content, cue=cue, source=source,
            content_text=_span_text(text, content), cue_text=_span_text(text, cue),
            source_text=_span_text(text, source),
        ))
    return out


def read_split(directory: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """Every annotated article of a PolNeAR split directory, in sorted order of article ids.

    ``directory`` holds ``text/`` and ``attributions/``; an article is read with the first
    of its annotators in sorted order. Texts without any ``.ann`` file are left out.
    ``limit`` keeps the first ``limit`` articles.
    """
    root = Path(directory)
    by_article: dict[str, list[str]] = {}
    for ann in (root / "attributions").glob("*.ann"):
        article, _, annotator = ann.stem.rpartition("_")
        by_article.setdefault(article, []).append(annotator)
    out: list[GoldArticle] = []
    for article in sorted(by_article):
        if limit is not None and len(out) >= limit:
            break
        text_path = root / "text" / f"{article}.txt"
        if not text_path.is_file():
            continue
        annotators = tuple(sorted(by_article[article]))
        text = text_path.read_text(encoding="utf-8")
        ann = (root / "attributions" / f"{article}_{annotators[0]}.ann").read_text(encoding="utf-8")
        out.append(GoldArticle(id=article, text=text, path=str(text_path), annotator=annotators[0],
                               annotators=annotators, attributions=tuple(parse_ann(ann, text))))
    return out


def gold_as_predictions(article: GoldArticle) -> list[PredictedQuote]:
    """The article's gold attributions as predictions (a perfect system; for tests)."""
    out = []
    for a in article.attributions:
        words = a.source_text.split()
        out.append(PredictedQuote(content=a.content, kind="direct" if a.quoted else "indirect", cue=a.cue,
                                  source=a.source, speaker_name=words[-1] if words else None))
    return out


# ----------------------------------------------------------------------------- matching

def chars(span: Span, text: str | None = None) -> frozenset[int]:
    """The character offsets of ``span``; with ``text``, each segment is first trimmed of
    whitespace and quotation marks at its edges."""
    out: set[int] = set()
    for a, b in span:
        if text is not None:
            while a < b and text[a] in _TRIM:
                a += 1
            while b > a and text[b - 1] in _TRIM:
                b -= 1
        out.update(range(a, b))
    return frozenset(out)


def overlap_ok(a: frozenset[int] | Span, b: frozenset[int] | Span) -> bool:
    """The overlap rule: ``a`` and ``b`` share at least half of each one's characters.

    Takes character sets (see :func:`chars`) or raw spans. Empty spans never match.
    """
    ca = a if isinstance(a, frozenset) else chars(a)
    cb = b if isinstance(b, frozenset) else chars(b)
    if not ca or not cb:
        return False
    shared = len(ca & cb)
    return 2 * shared >= len(ca) and 2 * shared >= len(cb)


def match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], rule: str) -> dict[int, int]:
    """One-to-one matching of gold to predicted character sets: ``{gold index: pred index}``.

    ``rule`` is ``exact`` (equal non-empty sets) or ``overlap`` (:func:`overlap_ok`); pairs
    are taken greedily by most shared characters, ties by gold then predicted index.
    """
    if rule not in ("exact", "overlap"):
        raise ValueError(f"rule must be 'exact' or 'overlap', not {rule!r}")
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ok = (g == p and bool(g)) if rule == "exact" else overlap_ok(g, p)
            if ok:
                pairs.append((-len(g & p), i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def prf(matched: int, gold: int, predicted: int) -> dict[str, float | int]:
    """``{"precision", "recall", "f1", "matched", "gold", "predicted"}`` from counts."""
    p, r = _ratio(matched, predicted), _ratio(matched, gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "matched": matched, "gold": gold, "predicted": predicted}


def _last_word(name: str | None) -> str | None:
    words = re.findall(r"[^\W\d_][\w'’.-]*", name or "")
    return words[-1].strip(".'’-").casefold() if words else None


def speaker_ok(gold: GoldAttribution, pred: PredictedQuote) -> bool:
    """Whether ``pred`` names the source of ``gold``: its mention shares a character with the
    gold source span, or the last word of its speaker name is a word of the gold source text."""
    if not gold.source:
        return False
    if chars(pred.source) & chars(gold.source):
        return True
    word = _last_word(pred.speaker_name)
    if not word:
        return False
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", gold.source_text.casefold()) is not None


# ----------------------------------------------------------------------------- scoring

def score_article(gold: GoldArticle, predicted: Sequence[PredictedQuote]) -> dict[str, Any]:
    """Counts for one article (the same keys as :func:`score` before the ratios), plus
    ``pairs``: the overlap-matched ``(gold attribution index, prediction index)`` pairs."""
    text = gold.text
    g_content = [chars(a.content, text) for a in gold.attributions]
    p_content = [chars(q.content, text) for q in predicted]
    res: dict[str, Any] = {"gold": len(g_content), "predicted": len(p_content)}
    quoted = [i for i, a in enumerate(gold.attributions) if a.quoted]
    res["quoted_gold"] = len(quoted)
    for rule in ("exact", "overlap"):
        m = match(g_content, p_content, rule)
        res[f"content_{rule}"] = len(m)
        res[f"quoted_{rule}"] = sum(1 for i in quoted if i in m)
        if rule == "overlap":
            res["pairs"] = sorted(m.items())
    for role in ("cue", "source"):
        g_spans = sorted({s for s in (chars(getattr(a, role), text) for a in gold.attributions) if s}, key=min)
        p_spans = sorted({s for s in (chars(getattr(q, role), text) for q in predicted) if s}, key=min)
        res[f"{role}_gold"], res[f"{role}_predicted"] = len(g_spans), len(p_spans)
        for rule in ("exact", "overlap"):
            res[f"{role}_{rule}"] = len(match(g_spans, p_spans, rule))
    sp_total = sp_ok = no_source = 0
    for i, j in res["pairs"]:
        a = gold.attributions[i]
        if not a.source:
            no_source += 1
            continue
        sp_total += 1
        sp_ok += speaker_ok(a, predicted[j])
    res["speaker_total"], res["speaker_correct"], res["speaker_no_source"] = sp_total, sp_ok, no_source
    kinds: dict[str, list[int]] = {}
    matched_preds = {j for _, j in res["pairs"]}
    for j, q in enumerate(predicted):
        k = kinds.setdefault(q.kind, [0, 0])
        k[0] += 1
        k[1] += j in matched_preds
    res["kinds"] = kinds
    return res


def score(gold: Iterable[GoldArticle], predicted: Mapping[str, Sequence[PredictedQuote]]) -> dict[str, Any]:
    """Micro-averaged scores of ``predicted`` (by article id; a missing id means no
    predictions) against the ``gold`` articles.

    Returns ``{"articles": n, "gold_attributions": n, "predicted_quotes": n,
    "content": {"exact": PRF, "overlap": PRF}, "cue": {...}, "source": {...},
    "quoted_recall": {"gold": n, "exact": r, "overlap": r, "matched_exact": n, "matched_overlap": n},
    "speaker_accuracy": {"accuracy": a, "correct": n, "total": n, "no_source": n},
    "by_kind": {kind: {"predicted": n, "matched": n, "precision": p}}}`` where PRF is
    :func:`prf`'s dict; ratios are in [0, 1]. See the module docstring for the definitions.
    """
    total: Counter = Counter()
    kinds: dict[str, list[int]] = {}
    n = 0
    for art in gold:
        n += 1
        r = score_article(art, predicted.get(art.id, ()))
        for k, v in r.items():
            if isinstance(v, int):
                total[k] += v
        for kind, (c, m) in r["kinds"].items():
            acc = kinds.setdefault(kind, [0, 0])
            acc[0] += c
            acc[1] += m
    out: dict[str, Any] = {"articles": n, "gold_attributions": total["gold"], "predicted_quotes": total["predicted"]}
    out["content"] = {rule: prf(total[f"content_{rule}"], total["gold"], total["predicted"]) for rule in ("exact", "overlap")}
    for role in ("cue", "source"):
        out[role] = {rule: prf(total[f"{role}_{rule}"], total[f"{role}_gold"], total[f"{role}_predicted"])
                     for rule in ("exact", "overlap")}
    out["quoted_recall"] = {
        "gold": total["quoted_gold"],
        "exact": _ratio(total["quoted_exact"], total["quoted_gold"]),
        "overlap": _ratio(total["quoted_overlap"], total["quoted_gold"]),
        "matched_exact": total["quoted_exact"],
        "matched_overlap": total["quoted_overlap"],
    }
    out["speaker_accuracy"] = {
        "accuracy": _ratio(total["speaker_correct"], total["speaker_total"]),
        "correct": total["speaker_correct"],
        "total": total["speaker_total"],
        "no_source": total["speaker_no_source"],
    }
    out["by_kind"] = {k: {"predicted": c, "matched": m, "precision": _ratio(m, c)} for k, (c, m) in sorted(kinds.items())}
    return out
