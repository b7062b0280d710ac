"""After coding: one event per act told several ways in a story.

A story tells one act in several readings and places: the verb and the statement that holds it
("urged Trump and Putin", as verb and as statement), a rejection and the accusation it answers,
a proposal told again when it is welcomed. PLOVER codes an event once (manual v0.8, section
"Event Coding"); :func:`answers` gives a rejection its addressee, :func:`merge` keeps one reading
per sentence and :func:`restatements` one event per retelling.
"""
from __future__ import annotations

import bisect

from ..records import ActorRef, Event

#: Types a rejection answers: an accusation denied, a demand, threat or proposal refused.
_ANSWERED = ("ACCUSE", "REQUEST", "THREATEN", "AGREE")
#: How many sentences back the act a rejection answers may be told.
_ANSWER_SENTENCES = 3


def answers(events: list[Event], sentences: list[int], starts: list[int]) -> list[Event]:
    """A rejection with no recipient answers the last accusation, demand, threat or proposal made
    toward its actor, told in its sentence or up to :data:`_ANSWER_SENTENCES` before ("Pakistani
    officials blamed India ..., a charge New Delhi quickly rejected": India rejects Pakistan's
    charge). ``sentences`` are the start offsets of each event's trigger sentence, ``starts`` those
    of the article's sentences. Events are changed in place and returned."""
    order = sorted(range(len(events)), key=lambda n: events[n].trigger_start)
    for pos, n in enumerate(order):
        e = events[n]
        if e.type != "REJECT" or e.recipient:
            continue
        own = {a.country for a in e.actor if a.country}
        here = bisect.bisect_right(starts, sentences[n])
        for m in reversed(order[:pos]):
            prior = events[m]
            if prior.type not in _ANSWERED:
                continue
            if here - bisect.bisect_right(starts, sentences[m]) > _ANSWER_SENTENCES:
                break
            if own & {a.country for a in prior.recipient} and not own & {a.country for a in prior.actor}:
                e.recipient = [ActorRef(a.name, a.country, a.sector, a.actor_id) for a in prior.actor]
                e.rule += "+answers"
                break
    return events


def merge(events: list[Event], sentences: list[int] | None = None) -> list[Event]:
    """One event per sentence, type, actor and recipient set, in every reading of the sentence
    (a verb and the statement it reports: "urged Trump and Putin" as verb and as statement);
    the verb or noun reading wins over the statement's, else the more confident; the record kept
    takes the highest confidence and the other's place, amount and date where it has none;
    a reading toward no one gives way to one toward someone of the same type, actor and aux.
    ``sentences`` gives the start of each event's trigger sentence (default: the event's start)."""
    kept: dict[tuple, Event] = {}
    for n, e in enumerate(events):
        at = sentences[n] if sentences is not None else e.start
        key = (at, e.type, tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)),
               tuple(sorted(e.aux)))
        old = kept.get(key)
        if old is None:
            kept[key] = e
        else:
            # the act's own words stand for it before the statement that holds them ("reject"
            # in "'We strongly reject ...,' the spokesperson told reporters"), else the surer reading
            if (_said(old), -old.confidence) > (_said(e), -e.confidence):
                kept[key], old, e = e, e, old
            old.confidence = max(old.confidence, e.confidence)
            old.location = old.location or e.location
            old.amount = old.amount or e.amount
            old.date = old.date or e.date
    # a reading toward no one beside one toward someone, of the same act: the targeted one stands
    targeted = {key[:3] + key[4:] for key in kept if key[3]}
    return [e for key, e in kept.items() if key[3] or key[:3] + key[4:] not in targeted]


def _said(event: Event) -> bool:
    """Whether ``event`` was read from a statement as a whole (its rule names the statement kind)."""
    return ":statement:" in (event.rule or "")


def restatements(events: list[Event]) -> list[Event]:
    """One event where the story restates it: events of one type between the same states (or
    named parties without one), with the same aux and date, are one event, recorded where it is
    first told ("a U.S. proposal for a ceasefire" … "welcomed the U.S. proposal" … "supports
    the U.S. ceasefire proposal in principle"), with the highest confidence of its tellings."""
    kept: dict[tuple, Event] = {}
    for e in sorted(events, key=lambda e: e.trigger_start):
        key = (e.type, frozenset(a.country or a.name for a in e.actor),
               frozenset(a.country or a.name for a in e.recipient), tuple(sorted(e.aux)), e.date)
        first = kept.get(key)
        if first is None:
            kept[key] = e
        else:
            first.confidence = max(first.confidence, e.confidence)
            first.location = first.location or e.location
            first.amount = first.amount or e.amount
    # a retelling toward no one of an act the story tells toward someone ("welcomed the U.S.
    # proposal" after "a U.S. proposal for a ceasefire to Russia and Ukraine") is that act
    for key in [k for k in kept if not k[2]]:
        told = next((t for t in kept if t[2] and t[:2] == key[:2] and t[3] == key[3]), None)
        if told is not None:
            kept[told].confidence = max(kept[told].confidence, kept.pop(key).confidence)
    return list(kept.values())
