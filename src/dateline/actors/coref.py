"""Resolving every mention to one actor: a coreference chain per person within the article.

Rules, in order, for each kind of mention (a rule-based resolver in the spirit of the
multi-pass sieve of Lee et al., 2013, "Deterministic coreference resolution based on
entity-centric, precision-ranked rules"):

- names: the same full name, or a surname alone, joins the person already seen; otherwise the
  knowledge base gives the person's country, office and sector on the publication date.
- titles: an appositive name wins ("His defence secretary, Pete Hegseth"); then the holder of
  the office for the title's country on the publication date ("the US president"); then the
  most salient person already mentioned whose country and office are compatible ("the
  cabinet minister"). A possessor gives the country ("His" = Trump, so USA).
- pronouns: :mod:`dateline.actors.pronouns` (a possessive in a fronted clause points forward
  to the sentence's subject; otherwise the subject of a governing clause earlier in the same
  sentence; otherwise the main subject of the closest earlier sentence with a person).
- places, capitals and seats stand for their state; organisations for themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from ..nlp.sentences import doc_text
from spacy.tokens import Doc, Token

from ..records import Actor, Mention
from .gender import first_name_gender
from .home import DOMESTIC_SECTORS
from .kb import KnowledgeBase, Person
from ..quotes.spans import QuoteSpan, find_quote_spans
from .pronouns import PronounResolver
from .quoted import speakers_of_quoted
from .mentions import RawMention, find_mentions
from .roles import NON_STATE_SECTORS, offices_compatible, pronoun_gender

_INDEFINITE = {"a", "an", "another", "one", "some", "any"}
_QUANTIFIERS = {"most", "some", "many", "all", "part", "much", "several", "majority", "rest", "both"}


@dataclass
class _State:
    actor: Actor
    office: str | None = None
    gender: str | None = None
    guessed: bool = False  # the gender is only the first name's commonest (``gender.py``)
    last: int = -1  # token index of the last mention
    mentioned: int = 0  # how many mentions resolved to it so far


@dataclass
class ActorIndex:
    """The actors of one article and, for every mentioned token, who it refers to."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, list[Actor]] = field(default_factory=dict)
    mention_by_token: dict[int, Mention] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> "m" | "f", where known

    def gender_agrees(self, actor_id: str | None, pronoun: str) -> bool:
        """Whether the person ``actor_id`` may be referred to by ``pronoun`` ("she" is no man)."""
        gender, said = self.genders.get(actor_id or ""), pronoun_gender(pronoun)
        return gender is None or said is None or gender == said

    def at(self, tok: Token) -> list[Actor]:
        """The actors ``tok`` refers to, following coordination ("Trump and Putin") and
        quantifiers ("most of Europe")."""
        found = list(self.by_token.get(tok.i, []))
        if not found and tok.lower_ in _QUANTIFIERS:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found.extend(self.at(pobj))
        for conj in (c for c in tok.children if c.dep_ == "conj"):
            for actor in self.at(conj):
                if actor not in found:
                    found.append(actor)
        return found

    def mention(self, tok: Token) -> Mention | None:
        return self.mention_by_token.get(tok.i)


def _surname(name: str) -> str:
    return name.split()[-1]


class _Resolver(PronounResolver):
    def __init__(self, doc: Doc, kb: KnowledgeBase, published: date | None, quote_spans: Sequence[QuoteSpan]) -> None:
        self.doc, self.kb, self.published = doc, kb, published
        self.people: list[_State] = []
        self.others: dict[str, Actor] = {}
        self._last_group: dict[str, tuple[int, Actor]] = {}  # label -> (start, group) of a state's last
        self.actors: list[Actor] = []
        self.mentions = find_mentions(doc, kb)
        self.quoted = speakers_of_quoted(doc, quote_spans)  # token -> its quotation's speakers (token indices)
        self.by_head = {m.head: m for m in self.mentions}
        self.by_token = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.result: dict[int, list[Actor]] = {}  # id(mention) -> actors
        self.sents = list(doc.sents)
        self.sent_of = {}  # token index -> sentence number
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        self.in_sent: dict[int, list[RawMention]] = {}
        for m in self.mentions:
            self.in_sent.setdefault(self.sent_of[m.start], []).append(m)
        #: armed groups the knowledge base knows, in text order (what "the insurgents" stand for)
        self.armed = [m for m in self.mentions if m.kind == "organisation" and m.sector in NON_STATE_SECTORS]

    # -- actors -------------------------------------------------------------------------
    def _new_actor(self, name: str, kind: str, **kw) -> Actor:
        actor = Actor(id=f"A{len(self.actors) + 1}", name=name, kind=kind, **kw)
        self.actors.append(actor)
        return actor

    def _person_from_kb(self, person: Person) -> _State:
        for st in self.people:
            if st.actor.name == person.name:
                return st
        term = person.term_on(self.published)
        actor = self._new_actor(person.name, "person", country=term.country if term else None,
                                sector=term.sector if term else None, role=person.role_on(self.published),
                                kb_id=person.qid)
        current = term is not None and (self.published is None or term.valid_on(self.published))
        st = _State(actor, office=term.office if current else None,  # "the president" is who holds it then
                    gender=person.gender or first_name_gender(person.name), guessed=not person.gender)
        self.people.append(st)
        return st

    def _other(self, m: RawMention) -> Actor:
        # a group, or an armed group or gang of the knowledge base, is itself; a body of a state is
        # the state ("the Rapid Support Forces" and "the Sudanese Armed Forces" are two actors)
        if m.kind == "group" and m.sector == "REB" and not m.country:
            named = [o for o in self.armed if o.start < m.start]
            if named:  # "the insurgent group", "militants": the armed group the story named last
                return self._other(named[-1])
        label = (m.name or m.text).split()[-1] if m.kind == "group" else ""
        if label and not m.country and m.text.lower().startswith(("the ", "these ", "those ")) \
                and label in self._last_group and self._last_group[label][0] < m.start:
            return self._last_group[label][1]  # "Top diplomats from the G7 … the diplomats said": the same
        own = m.kind == "group" or m.kind == "organisation" and m.sector in NON_STATE_SECTORS
        key = (m.name or m.text) if own else (m.country or m.name or m.text)
        if key not in self.others:
            state = m.kind in ("place", "demonym") and m.country and len(m.country) == 3 and m.sector != "IGO"
            kind = "state" if state else (
                "group" if m.kind == "group" else "organisation")
            self.others[key] = self._new_actor(m.name or m.text, kind, country=m.country, sector=m.sector,
                                               kb_id=m.qid)
        if label and m.country:
            self._last_group[label] = (m.start, self.others[key])
        return self.others[key]

    # -- resolution per kind --------------------------------------------------------------
    def resolve(self, m: RawMention) -> list[Actor]:
        if id(m) in self.result:
            return self.result[id(m)]
        self.result[id(m)] = []  # guards against cycles
        if m.kind == "name":
            states = [self._name(m)]
        elif m.kind == "title":
            states = [self._title(m)]
        elif m.kind == "pronoun":
            states = self._pronoun(m)
        else:
            actors = [self._other(m)]
            self.result[id(m)] = actors
            return actors
        states = [s for s in states if s is not None]
        for st in states:
            if isinstance(st, _State):  # collective pronouns resolve to actors directly
                st.last = max(st.last, m.head)
                st.mentioned += 1
        actors = [s.actor if isinstance(s, _State) else s for s in states]
        self.result[id(m)] = actors
        return actors

    def _name(self, m: RawMention) -> _State:
        name = m.name or m.text
        full = len(name.split()) > 1
        # a surname alone is the person of that surname mentioned most so far, the story's subject
        # ("Pranab Mukherjee … his son Abhijit Mukherjee … Mukherjee was cremated"), the latest of
        # equals; a full name, the latest
        matches = [st for st in reversed(self.people) if st.actor.name == name or (
            not full and _surname(st.actor.name) == name) or (full and _surname(st.actor.name) == _surname(name)
                                                             and st.actor.name.split()[0] == name.split()[0])]
        if matches:
            return matches[0] if full else max(matches, key=lambda s: s.mentioned)  # max keeps the first of equals
        if not full:  # a surname alone may complete a name seen later ("Trump ... Donald Trump")
            later = [o for o in self.mentions if o.kind == "name" and o.start > m.start and o.name
                     and len(o.name.split()) > 1 and _surname(o.name) == name]
            if later:
                name = later[0].name
        person = self.kb.person(name, self.published)
        if person is not None:
            st = self._person_from_kb(person)
        else:
            st = _State(self._new_actor(name, "person", role=None if m.former else m.office), office=m.office,
                        gender=m.gender or first_name_gender(name), guessed=not m.gender)
            self.people.append(st)
        if m.office and m.former:  # "former Vice President Joe Biden": his role then, no office
            if not (st.actor.role or "").startswith("former"):
                st.actor.role = f"former {m.office}"
        elif m.office and st.office is None:
            st.office = st.actor.role = m.office
        return st

    def _title(self, m: RawMention) -> _State | None:
        country, sector = m.country, m.sector
        if m.possessor is not None and country is None:
            owner = self._at_token(m.possessor)
            if owner and owner[0].country:  # "Guterres’ spokesman": the owner's body, and its
                # sector where it is no state's (IGO, NGO, REB ...)
                country = owner[0].country
                sector = owner[0].sector if owner[0].sector not in (None, *DOMESTIC_SECTORS) else sector
        st = None
        head = self.doc[m.head]
        # "His defence secretary, Pete Hegseth" and "Donald Tusk, the President of ...": the name
        # in apposition is the person
        # and "Former top European Union official Michel Barnier": a title compounded to a name
        named = m.appos if m.appos is not None else (head.head.i if head.dep_ in ("appos", "compound") else None)
        if named is not None and named in self.by_token and self.by_token[named].kind == "name":
            found = self.resolve(self.by_token[named])
            st = next((s for s in self.people if found and s.actor is found[0]), None)
        # an indefinite description ("a Kataeb Hezbollah official", "an airport officer") brings
        # in someone new: it joins no earlier person and no office holder
        indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)
        if st is None and country and m.office and not indefinite and not m.former:
            holder = self.kb.office_holder(country, m.office, self.published)
            if holder is not None:
                st = self._person_from_kb(holder)
        if st is None and not indefinite:
            # a title naming a country ("the Saudi ambassador") joins someone of that country, or
            # someone whose office is known to match; never a person of whom nothing is known
            # "the former French foreign minister": an office held before, which the knowledge
            # base's office of today neither confirms nor contradicts; the country must agree
            st = self._salient_person(m.head, lambda s: m.office is not None and s.office is not None and (
                offices_compatible(m.office, s.office) and (country is None or s.actor.country in (country, None))
                or m.former and country is not None and s.actor.country == country))
        if st is None:
            st = _State(self._new_actor(m.text.removeprefix("the ").removeprefix("The "), "person",
                                        country=country, sector=sector, role=m.office), office=m.office)
            self.people.append(st)
            return st
        if st.actor.country is None and country:
            st.actor.country = country
        if st.office is None and m.office:
            st.office = st.actor.role = m.office
        if st.actor.sector is None and sector:
            st.actor.sector = sector
        return st

    def _salient_person(self, before: int, accept) -> _State | None:
        candidates = [s for s in self.people if 0 <= s.last < before and accept(s)]
        return max(candidates, key=lambda s: s.last) if candidates else None

    def _at_token(self, i: int) -> list[Actor]:
        m = self.by_token.get(i)
        return self.resolve(m) if m is not None else []

    def _person_states(self, actors: list[Actor]) -> list[_State]:
        return [s for s in self.people if s.actor in actors]

    def run(self) -> ActorIndex:
        index = ActorIndex()
        text = doc_text(self.doc)
        for m in self.mentions:
            actors = self.resolve(m)
            if not actors:
                continue
            start, end = self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1])
            mention = Mention(text=text[start:end], start=start, end=end, kind=m.kind,
                              actor_id=actors[0].id if len(actors) == 1 else None)
            for actor in actors:
                actor.mentions.append(mention)
            for i in range(m.start, m.end):
                index.by_token[i] = actors
                index.mention_by_token[i] = mention
        index.actors = [a for a in self.actors if a.mentions]
        index.genders = {st.actor.id: st.gender for st in self.people if st.gender}
        return index


def resolve_actors(doc: Doc, kb: KnowledgeBase, published: date | None,
                   quote_spans: Sequence[QuoteSpan] | None = None) -> ActorIndex:
    """Find every actor mention in ``doc`` and resolve it to an :class:`Actor`.

    ``published`` selects the office holders valid on that date; ``quote_spans`` are the
    article's quotations (:func:`~dateline.quotes.spans.find_quote_spans` of its text, found
    here when ``None``), inside which a pronoun is never the speaker. Returns an
    :class:`ActorIndex`; each actor's ``mentions`` carry character offsets into ``doc.text``.
    """
    if quote_spans is None:
        quote_spans = find_quote_spans(doc_text(doc))[0]
    return _Resolver(doc, kb, published, quote_spans).run()
