"""Who speaks each quoted word of an article, for the candidates told inside quotes.

A speaker's own act told in its quote belongs to it: "we reject …" said by an Indian
spokesperson is India's rejection (:meth:`QuotedWords.speaks_for`), and an act of coercion,
mobilisation or aid an authority reports in the passive with no agent is its own ("Both forces
say huge quantities of ammunition were seized", "officials said several hundred troops … were
deployed": :meth:`QuotedWords.reporter`; the VOA train annotation codes both so).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, Quote
from .features import refused, verb_trigger
from .parties import Parties
from .predicates import REPORTED_OWN, owned

#: Subjects that stand for a quote's speaker or the body the speaker speaks for.
FIRST_PERSON = {"we", "i"}
#: Types whose verbs a speaker performs by saying them ("we reject", "I urge", "we condemn").
SPEECH_ACTS = {"REJECT", "ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "AGREE"}
#: Sectors of the groups and bodies that report acts of their own (government, military,
#: courts, and intergovernmental bodies such as the UN mission).
_AUTHORITIES = {"GOV", "MIL", "JUD", "IGO"}


def speaker_head(doc: Doc, quote: Quote) -> Token | None:
    """The head token of the mention that names ``quote``'s speaker, or None when it has none."""
    who = quote.speaker
    if who is None or who.mention_start is None or who.mention_end is None:
        return None
    span = doc.char_span(who.mention_start, who.mention_end, alignment_mode="expand")
    return span.root if span is not None else None


class QuotedWords:
    """The speaker of each quoted word and the words of every cue.

    Args:
        doc: the parsed article; parties: its party resolver; quotes: its attributed quotes.
    """

    def __init__(self, doc: Doc, parties: Parties, quotes: list[Quote]) -> None:
        self.parties = parties
        #: token indices of the quotes' cues ("said", "according to")
        self.cue_tokens: set[int] = set()
        self._by: dict[int, Actor] = {}  # each quoted word: its speaker
        self._said_at: dict[int, Token] = {}  # each quoted word: the head of its speaker's mention
        by_id = {a.id: a for a in parties.index.actors}
        for q in quotes:
            speaker = by_id.get(q.speaker.actor_id) if q.speaker is not None and q.speaker.actor_id else None
            span = doc.char_span(q.start, q.end, alignment_mode="expand") if speaker is not None else None
            said = speaker_head(doc, q) if span is not None else None
            for t in span or ():
                self._by[t.i] = speaker
                if said is not None:
                    self._said_at[t.i] = said
            if q.cue_start is not None:
                span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
                if span is not None:
                    self.cue_tokens.update(t.i for t in span)

    def speaker(self, tok: Token) -> Actor | None:
        """The speaker of the quote ``tok`` is in, or None."""
        return self._by.get(tok.i)

    def speaks_for(self, subj: Token, verb: Token) -> bool:
        """Whether ``subj`` of ``verb`` is, inside a quote, the speaker or the speaker's state ("we",
        "I", "Ukraine will never accept" said by Zelenskyy) and the verb an act done by saying it
        (:data:`SPEECH_ACTS`: "reject", "urge", "condemn") or refusing it ("will never accept")."""
        speaker = self._by.get(subj.i)
        if speaker is None:
            return False
        trigger = verb_trigger(verb)  # "urge", and a verb with its preposition: "called for"
        if not (trigger is not None and trigger.type in SPEECH_ACTS or refused(verb)):
            return False
        return subj.lower_ in FIRST_PERSON or bool(speaker.country) and any(
            a.country == speaker.country for a in self.parties.of(subj))

    def reporter(self, tok: Token) -> list[Actor]:
        """The authority that reports its own act, told by passive verb ``tok`` with no agent: the
        quote's speaker when a state, or a body or group of government, the military, the courts or
        an intergovernmental organisation
        (placed by :meth:`~dateline.events.parties.Parties.placed_speaker`), for a verb of
        :data:`~dateline.events.predicates.REPORTED_OWN` ("officials said several hundred troops …
        were deployed"; not "were killed", often the other side's act). Forces with an owner of
        their own ("forces of the UN mission have been deployed") act themselves: empty then."""
        speaker, at, trigger = self._by.get(tok.i), self._said_at.get(tok.i), verb_trigger(tok)
        if speaker is None or at is None or trigger is None or trigger.type not in REPORTED_OWN or \
                speaker.kind == "person" or speaker.kind != "state" and speaker.sector not in _AUTHORITIES:
            return []  # a person speaks for no one here; an NGO or a medium detains no one
        if any(c.dep_ == "nsubjpass" and owned(c) for c in tok.children):
            return []
        placed = self.parties.placed_speaker(speaker, at)
        return [placed] if placed.country else []
