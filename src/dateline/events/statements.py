"""Attributed statements as event candidates: the verbal act of a quote's speaker.

PLOVER codes statements such as accusations, demands and rejections as events (manual v0.8,
sections ACCUSE, REQUEST, REJECT), and the VOA annotation guidelines make every attributed
statement an event when its content is an act toward someone. :class:`StatementFinder` turns
each attribution (the quotes sharing an ``attribution`` number) whose speaker is resolved into
candidates of kind ``statement``: one toward nobody, one toward its addressee ("told Kyiv") or
the party its content says must act ("European nations have to provide ..."), and one toward
each of up to three other parties its content names. The trigger is the cue (or the quote's
first word); ``start``/``end`` span the cue's sentence and the quotes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.sentences import sentence
from ..records import Actor, Quote
from .candidates import Candidate
from .features import verb_trigger
from .formulas import formula
from .parties import Parties
from .predicates import EVENT_NOUNS, aiming
from .quoted import speaker_head
from .refine import APPEALS

#: Modals of obligation: "European nations should provide ..." asks it of them.
_OBLIGATION = {"must", "should"}
#: Complements that characterise a cue's object ("called Chinese subsidies “unbearable”").
_CHARACTERISATION = {"oprd", "xcomp", "acomp"}


def _characterising(cue: Token) -> bool:
    """Whether ``cue`` has a complement that characterises its object ("called Chinese subsidies
    “unbearable”"); a verb's clause is what is asked instead ("called on China to limit …")."""
    return any(c.dep_ in _CHARACTERISATION and c.pos_ not in ("VERB", "AUX") for c in cue.children)


def characterises(cand) -> bool:
    """Whether a statement candidate's recipient is named in the object its cue characterises
    ("called Chinese subsidies “unbearable”", "called them “a punishment …”"): the cue names its act."""
    cue = cand.trigger
    return cand.kind == "statement" and cand.mention is not None and \
        (cand.mention.i == cue.i or cand.mention.dep_ == "dobj" and cand.mention.head.i == cue.i) and \
        _characterising(cue)


def other_party(a: Actor, speaker: Actor) -> bool:
    """Whether a party a statement names is someone other than its speaker's side: another
    state's actor, or at home a body of another sector ("authorities should declare a state of
    emergency", said a Nigerian activist: NGA civil society toward NGA government; the VOA train
    annotations code such events, a Guatemalan journalist toward a Guatemalan court as GTM -> GTM).
    The speaker's own state named bare is its own side."""
    if a is speaker:
        return False
    if a.country != speaker.country:
        return True
    return a.kind != "state" and a.sector is not None and speaker.sector is not None and a.sector != speaker.sector


class StatementFinder:
    """The statement candidates of one article (:meth:`find`).

    Args:
        doc: the parsed article; parties: its party resolver; quotes: its attributed quotes.
    """

    def __init__(self, doc: Doc, parties: Parties, quotes: list[Quote]) -> None:
        self.doc, self.parties, self.quotes = doc, parties, quotes

    def find(self) -> list[Candidate]:
        """One candidate per reading of each attribution with a speaker: toward nobody, toward
        its addressee or those its content obliges, and toward each party its content names."""
        groups: dict[int, list[Quote]] = {}  # the pieces of each attribution (a quote alone: its own key)
        for n, q in enumerate(self.quotes):
            groups.setdefault(q.attribution if q.attribution is not None else -1 - n, []).append(q)
        by_id = {a.id: a for a in self.parties.index.actors}
        out: list[Candidate] = []
        for pieces in groups.values():
            spoken = [q for q in pieces if q.speaker is not None and q.speaker.actor_id]
            speaker = by_id.get(spoken[-1].speaker.actor_id) if spoken else None
            if speaker is None:
                continue
            first = pieces[0]
            anchor = first.cue_start if first.cue_start is not None else first.start
            span = self.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
            if span is None or formula(span[0]):
                continue  # "declined to comment on the report": no statement of anything
            if span[0].pos_ == "NOUN" and span[0].dep_ in ("dobj", "nsubjpass") and \
                    getattr(verb_trigger(span[0].head), "type", None) == "REJECT":
                continue  # "have rejected accusations that Lai's trial is unfair": others' words, rejected
            if speaker.country is None and speaker.kind != "person":
                speaker = self._placed(spoken[-1], speaker)
            content = [t for q in pieces for t in (self.doc.char_span(q.start, q.end, alignment_mode="expand") or ())]
            named: list[Actor] = []
            named_at: dict[int, Token] = {}  # id(actor) -> the token naming it first
            for t in content:
                for a in self.parties.of(t) if t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") else ():
                    if a not in named and other_party(a, speaker):
                        named.append(a)
                        named_at[id(a)] = t
            for a in self._characterised(span[0], speaker):  # "called them “a punishment for separatist acts”"
                if a not in named:
                    named.insert(0, a)
                    named_at[id(a)] = span[0]
            sent = sentence(span[0])
            start = min(sent.start_char, min(q.start for q in pieces))
            end = max(sent.end_char, max(q.end for q in pieces))
            addressee: list[Actor] = []
            # the object of a characterisation is not spoken to: "called Chinese subsidies “unbearable”"
            # ("urged the European Commission to reconsider …" asks it of the one urged: a verb's clause)
            characterised = _characterising(span[0])
            for obj in (c for c in span[0].children if c.dep_ in ("dobj", "dative") and not characterised):
                addressee = [a for a in self.parties.of(obj) if a is not speaker]
            # "called on China to ...", "European nations have to provide ...": asked of them
            called_on = self._called_on(span[0], speaker) or self._urged(span[0], addressee)
            obliged = called_on or self._obliged(content, speaker)
            if called_on:  # a call is made on those it names: no other reading
                named = []
            if obliged and not addressee:
                addressee = obliged
            if addressee and addressee not in [[a] for a in named]:
                named = [a for a in named if a not in addressee]
            readings = ([addressee] if addressee else []) + [[a] for a in named[:3]]
            for recipient in [[]] + readings:
                out.append(Candidate("statement", span[0], [speaker], recipient, start, end,
                                     actor_role="speaker",
                                     recipient_role=("obliged" if recipient is addressee and addressee is obliged
                                                     else "addressee" if recipient is addressee and addressee else
                                                     "content" if recipient else ""),
                                     quote=first, pieces=pieces, content=content,
                                     mention=named_at.get(id(recipient[0])) if recipient else None))
        return out

    def _placed(self, quote: Quote, speaker: Actor) -> Actor:
        """A group speaker the story gives no state, placed by its own mention
        (:meth:`~dateline.events.parties.Parties.placed_speaker`): "Hong Kong authorities have
        rejected accusations …", "The military says …" in a story set in one state; else as is."""
        head = speaker_head(self.doc, quote)
        return speaker if head is None else self.parties.placed_speaker(speaker, head)

    def _characterised(self, cue: Token, speaker: Actor) -> list[Actor]:
        """The other parties named in the object a cue characterises ("called Chinese subsidies
        “unbearable”": China; "conducted the drills encircling Taiwan and called them “a punishment
        for separatist acts”": a pronoun stands for the last event noun before it in the sentence,
        and Taiwan is named in its phrase). Empty when the cue characterises nothing."""
        if not _characterising(cue):
            return []  # ("called on China to limit …": a verb's clause is what is asked, no characterisation)
        found: list[Actor] = []
        for obj in (c for c in cue.children if c.dep_ == "dobj"):
            if obj.pos_ == "PRON" and obj.lower_ in ("it", "them", "this", "that", "those", "these"):
                before = [t for t in sentence(cue) if t.i < obj.i and t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS]
                if not before:
                    continue
                obj = before[-1]
                if obj.dep_ == "nsubj" and aiming(obj.head):  # "[the drills encircling] Taiwan" parsed as a clause
                    obj = obj.head
            for t in obj.subtree:
                if t.pos_ in ("PROPN", "NOUN", "ADJ"):
                    found += [a for a in self.parties.of(t) if other_party(a, speaker) and a not in found]
        return found

    def _called_on(self, cue: Token, speaker: Actor) -> list[Actor]:
        """The parties a call or appeal is made on or to ("called on China to limit ...",
        "appealed to Moscow"), or nothing."""
        if cue.lemma_.lower() not in APPEALS:
            return []
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = [a for a in self.parties.of(pobj) if other_party(a, speaker)]
                if found:
                    return found
        return []

    @staticmethod
    def _urged(cue: Token, addressee: list[Actor]) -> list[Actor]:
        """The addressee of a request verb with a clause of what it asks ("would urge the European
        Commission to reconsider raising tariffs on China's EVs": the Commission, not China), or
        nothing."""
        asks = verb_trigger(cue)
        if addressee and asks is not None and asks.type == "REQUEST" and \
                any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in cue.children):
            return addressee
        return []

    def _obliged(self, content: list[Token], speaker: Actor) -> list[Actor]:
        """The parties a statement's ``content`` says must act: the subject of "have to", "need
        to", "must", "should" ("European nations have to provide the overwhelming share")."""
        for tok in content:
            modal = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children)
            need = tok.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" for c in tok.children)
            if modal or need:
                for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
                    found = [a for a in self.parties.of(subj) if other_party(a, speaker)]
                    if found:
                        return found
        return []
