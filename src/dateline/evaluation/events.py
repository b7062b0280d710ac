"""Scoring extracted events against reference annotations (the contract of ``../shared/gold/README.md``).

A predicted event matches a reference event when its type is one of the reference types and its
parties carry the reference codes: at least two of the reference actor and recipient codes (one
when the reference names one), and for a directed event (one with a recipient) a right actor.
Events whose ``aux`` holds ``hypothetical`` or ``negated`` are neither credited nor counted;
one that matches a forbidden event is an error. Figures are micro-averaged over articles, as
``../shared/tools/score_folder.py`` computes them (that script stays the reference; the test
suite checks the two agree), plus recall and precision by type and date agreement.
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

UNREAL = {"hypothetical", "negated"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(re.sub(r"[^\w ]+", " ", text).split())


#: Names that stand for the codes of organisations and armed groups in the reference annotations
#: ("houthi movement" for HOUTHIS), as the reference scorer's ``ALIASES`` gives them; empty until
#: :func:`use_reference_aliases` finds that scorer.
_ALIASES: dict[str, set[str]] = {}


def use_reference_aliases(near: Path) -> bool:
    """Score names as the reference scorer does: load ``ALIASES`` of ``tools/score_article.py`` from
    ``near`` or the nearest folder above it that has one (``../shared/gold/voa/dev`` finds
    ``../shared/tools``). Returns whether it was found; without it names count by themselves."""
    for folder in [near.resolve(), *near.resolve().parents]:
        path = folder / "tools" / "score_article.py"
        if path.is_file():
            spec = importlib.util.spec_from_file_location("_reference_scorer", path)
            module = importlib.util.module_from_spec(spec)
            try:
                spec.loader.exec_module(module)
                aliases = {code: {_norm(n) for n in names} for code, names in module.ALIASES.items()}
            except Exception:  # noqa: BLE001 - a scorer we cannot read leaves names as they are
                return False
            _ALIASES.clear()
            _ALIASES.update(aliases)
            return True
    return False


def party_codes(parties: Iterable[dict]) -> set[str]:
    """The codes a list of output actors stands for: each ``country``, each name (upper case)
    and the reference code of a name the reference scorer knows (:func:`use_reference_aliases`)."""
    codes: set[str] = set()
    for p in parties or ():
        if isinstance(p, dict):
            if p.get("country"):
                codes.add(str(p["country"]).upper())
            if p.get("name"):
                name = _norm(p["name"])
                codes.add(name.upper())
                codes.update(code for code, names in _ALIASES.items() if name in names)
    return codes


def matches(gold: dict, actor: set[str], recipient: set[str], event_type: str | None = None) -> bool:
    """Whether parties ``actor``/``recipient`` (codes) and ``event_type`` (None: any) match reference ``gold``."""
    if event_type is not None and event_type.upper() not in [t.upper() for t in gold["type"]]:
        return False
    g_act, g_rec = set(gold.get("actor", [])), set(gold.get("recipient", []))
    if len((g_act | g_rec) & (actor | recipient)) < min(2, len(g_act | g_rec)):
        return False
    return bool(actor & g_act) if g_rec else True


def attribute_agreement(gold: dict, e: dict) -> dict[str, bool]:
    """Whether predicted event ``e`` agrees with reference event ``gold`` on each attribute the
    reference gives: ``date`` (the predicted ISO 8601 date starts with the reference's),
    ``location`` (same ISO 3166 alpha-3 country) and ``amount`` (within 1% of the value, same
    currency), as ``../shared/tools/score_folder.py --attributes`` checks them."""
    out: dict[str, bool] = {}
    if gold.get("date"):
        out["date"] = str(e.get("date") or "").startswith(str(gold["date"]))
    want = (gold.get("location") or {}).get("country")
    if want:
        out["location"] = str((e.get("location") or {}).get("country") or "").upper() == str(want).upper()
    value = (gold.get("amount") or {}).get("value")
    if value:
        got = e.get("amount") or {}
        out["amount"] = (abs((got.get("value") or 0) - value) <= 0.01 * value
                         and str(got.get("currency") or "").upper() == str(gold["amount"].get("currency") or "").upper())
    return out


def real_events(pred: dict) -> list[dict]:
    """The predicted events reported as real (no hypothetical or negated aux)."""
    return [e for e in pred.get("events", []) if isinstance(e, dict) and not UNREAL & set(e.get("aux") or [])]


def misses(gold: dict, pred: dict, text: str) -> list[str]:
    """Lines naming what a prediction got wrong on one article: ``MISS`` for each required
    reference event no real prediction matches (types, parties, its note), ``FALSE`` for each
    real prediction matching no reference event (type, party codes, rule, confidence and the
    first 160 characters of its sentence from ``text``), and ``FORBIDDEN`` (with the forbidden event's note) before any real
    prediction that matches a forbidden event, followed by that prediction (``RIGHT`` when it also
    matches a reference event)."""
    events = real_events(pred)
    required, hits, ok = _matched(gold, events)
    out = [f"MISS {g['type']} {g.get('actor', [])} -> {g.get('recipient', [])} | {g.get('note', '')[:140]}"
           for g in required if g not in hits]
    for e in events:
        bad = [f for f in gold.get("forbidden_events", []) if _hit(f, e)]
        if e in ok and not bad:
            continue
        sides = [[p.get("country") or p.get("name") for p in e.get(k) or []] for k in ("actor", "recipient")]
        where = " ".join(text[e.get("start", 0): e.get("end", 0)].split())[:160]
        out.extend(f"FORBIDDEN {f.get('type')} {f.get('actor', [])} -> {f.get('recipient', [])} | {f.get('note', '')[:100]}"
                   for f in bad)
        out.append(f"{'RIGHT' if e in ok else 'FALSE'} {e.get('type')} {sides[0]} -> {sides[1]} {e.get('rule')} "
                   f"{e.get('confidence')} | {where}")
    return out


def _matched(gold: dict, events: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """The reference's required events, those of them some event matches, and the events that
    match some reference event."""
    required = [g for g in gold.get("events", []) if g.get("required", True)]
    hits = [g for g in required if any(_hit(g, e) for e in events)]
    ok = [e for e in events if any(_hit(g, e) for g in gold.get("events", []))]
    return required, hits, ok


def _hit(gold: dict, e: dict) -> bool:
    return matches(gold, party_codes(e.get("actor")), party_codes(e.get("recipient")), str(e.get("type")))


def score(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Any]:
    """Micro-averaged event figures over ``(reference, prediction)`` pairs of articles.

    Returns ``event_recall``, ``event_precision``, ``forbidden_events_reported``, counts,
    ``date_agreement``, ``location_agreement`` and ``amount_agreement`` with their
    ``*_checked`` counts (share of found required events giving the attribute where some match
    agrees: :func:`attribute_agreement`), ``by_type`` (recall and precision per PLOVER type: a
    reference event counts under its first type, a prediction under its own) and ``articles``
    (per article: found, required, predicted, right, forbidden).
    """
    req = found = pred_n = right = forbidden = 0
    checked: dict[str, list[int]] = {"date": [0, 0], "location": [0, 0], "amount": [0, 0]}  # agreeing, checked
    by_type: dict[str, Counter] = {}
    articles = []
    for gold, pred in pairs:
        events = real_events(pred)
        required, hits, ok = _matched(gold, events)
        bad = [f for f in gold.get("forbidden_events", []) if any(_hit(f, e) for e in events)]
        for g in required:
            c = by_type.setdefault(g["type"][0], Counter())
            c["required"] += 1
            c["found"] += g in hits
            if g in hits:
                best: dict[str, bool] = {}
                for e in (e for e in events if _hit(g, e)):
                    for key, agrees in attribute_agreement(g, e).items():
                        best[key] = best.get(key, False) or agrees
                for key, agrees in best.items():
                    checked[key][0] += agrees
                    checked[key][1] += 1
        for e in events:
            c = by_type.setdefault(str(e.get("type")), Counter())
            c["predicted"] += 1
            c["right"] += e in ok
        req, found, pred_n, right, forbidden = (req + len(required), found + len(hits), pred_n + len(events),
                                                right + len(ok), forbidden + len(bad))
        articles.append({"id": str((gold.get("source") or {}).get("id")), "found": len(hits),
                         "required": len(required), "predicted": len(events), "right": len(ok),
                         "forbidden": len(bad)})
    return {
        "event_recall": found / max(req, 1), "event_precision": right / max(pred_n, 1),
        "forbidden_events_reported": forbidden, "required_events": req, "found_events": found,
        "predicted_events": pred_n, "right_events": right,
        **{f"{key}_agreement": ok / n if n else None for key, (ok, n) in checked.items()},
        **{f"{key}_checked": n for key, (_, n) in checked.items()},
        "by_type": {t: {"recall": c["found"] / c["required"] if c["required"] else None,
                        "precision": c["right"] / c["predicted"] if c["predicted"] else None, **c}
                    for t, c in sorted(by_type.items())},
        "articles": articles,
    }
