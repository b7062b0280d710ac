"""A state's own bodies named by the story: "Somalia's National Intelligence and Security Agency",
"the Somali Military Command", "Ukraine's Security Service", "the Iranian Revolutionary Guard".

The knowledge base lists a few hundred bodies; news names many more, and says whose they are:
an organisation name (spaCy ORG) whose words name a state body (a ministry, agency, command,
service, guard, ...) and that follows a possessive state ("Somalia's") or begins with a state's
name or adjective is a body of that state (sector MIL for armed bodies, else GOV), as the VOA
annotation guidelines code "a state and everyone acting for it (its government, officials,
ministries, forces, police ...)". :func:`state_body_mentions` finds them for
:func:`dateline.actors.mentions.find_mentions`.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span

#: Words that make an organisation name a state body.
BODY_WORDS = {"ministry", "agency", "command", "service", "council", "police", "forces", "force", "guard", "guards",
              "office", "department", "court", "commission", "parliament", "military", "army", "navy",
              "directorate", "bureau", "committee", "administration", "authority", "cabinet", "embassy", "corps"}
#: Of them, the armed ones.
ARMED_WORDS = {"command", "forces", "force", "guard", "guards", "military", "army", "navy", "corps"}


def _state(table, text: str) -> str | None:
    match = table.match(text)
    return match.code if match is not None and match.via not in ("organisation", "capital", "seat") else None


def state_body_mentions(doc: Doc, ents: Iterable[Span], table, make: Callable, add: Callable) -> None:
    """Calls ``add(make(start, end, head, "organisation", text, name=..., country=..., sector=...))``
    for each organisation entity of ``doc`` that is a named state's body (module docstring);
    ``start``/``end`` are token indices, the mention taking in "Somalia's" or a leading "the"."""
    for ent in ents:
        if ent.label_ != "ORG" or not any(t.lower_ in BODY_WORDS for t in ent):
            continue
        start, country = ent.start, None
        if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":  # "Somalia's National ... Agency"
            country = _state(table, doc[ent.start - 2].text)
            start = ent.start - 2 if country else start
        first = 1 if ent[0].lower_ == "the" else 0
        if country is None and len(ent) > first + 1:  # "Somali Military Command", "Ukrainian Security Service"
            country = _state(table, ent[first].text)
        if country is None and ent.start >= 1 and doc[ent.start - 1].pos_ in ("ADJ", "PROPN"):
            country = _state(table, doc[ent.start - 1].text)  # "the Somali" outside the entity
            start = ent.start - 1 if country else start
        if country is None:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        sector = "MIL" if any(t.lower_ in ARMED_WORDS for t in ent) else "GOV"
        add(make(start, ent.end, ent.root.i, "organisation", doc[start: ent.end].text, name=ent.text,
                 country=country, sector=sector))
