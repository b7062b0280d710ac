"""The parties of an event: the actors a noun phrase stands for, with the story's own clues.

:class:`~dateline.actors.coref.ActorIndex` knows the mentions the actors stage resolved (names,
titles, pronouns, states, capitals, demonyms, groups). An event needs more: the state behind a
noun phrase that names no actor by itself. PLOVER codes "everyone acting for" a state as that
state (manual v0.8, section "Actors"; the VOA annotation guidelines likewise), so:

- a nationality or state modifier gives its state: "a Moldovan fishing boat" -> MDA,
  "Belarusian border guards" -> BLR, "Canadian sanctions" -> CAN, "U.S. troops" -> USA;
- a possessor gives its actors: "its troops" (its = France) -> FRA, "Israel's strike" -> ISR;
- a group located or belonging somewhere takes that state: "authorities in Kabul" -> AFG,
  "officials from Iran" -> IRN, "the army of Mali" -> MLI;
- a group "including" named members stands for them ("critics, including Hungary's Viktor
  Orban": HUN);
- "I", "we", "our" inside a quote are its speaker ("we will not allow violent disturbances,"
  said Netanyahu: ISR).

A group the story gives no state ("rebels", "officials") takes the state of a place named in
the same sentence, else the story's own state: the state
named most often by its places and state mentions, when it has at least a third of them (the
"default country" of a story, as event coders such as PETRARCH use the location of a dateline).

States found this way become actors of the article (appended to the index, with the mention that
named them), so every event party has an ``actor_id`` in the article's actor list.
"""
from __future__ import annotations

from functools import cached_property
from typing import Sequence

import numpy
from spacy.strings import hash_string
from spacy.tokens import Token

from ..actors.coref import ActorIndex
from ..actors.countries import CountryTable, country_table
from ..actors.home import story_country
from ..actors.mentions import STATE_BODIES
from ..actors.roles import NON_STATE_SECTORS
from ..nlp.sentences import doc_text, sentence
from ..records import Actor, Mention, Place, Quote
from .lexicon import NOUNS

_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")
#: Prepositions that place a group in a state ("authorities in Kabul", "officials from Iran").
_GROUP_PREPS = {"in", "from", "of"}
#: Words after a group that say where it is ("militants present on Afghan soil", "based in Syria").
_WHERE_ONE_IS = {"present", "base", "based", "station", "stationed", "locate", "located", "operate", "hide", "active"}
#: Heads a leader's name before them makes the leader's state ("the Biden administration").
_GOVERNED_BY = {"administration", "government", "regime", "cabinet"}
_QUANTIFIERS = {"most", "some", "many", "all", "part", "much", "several", "majority", "rest", "both", "each",
                "hundreds", "thousands", "dozens", "millions", "scores", "tens"}
#: First-person words: inside a quote they are its speaker ("we will not allow violent disturbances").
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
#: News media: a modifier's state is not theirs unless they are state media (:meth:`Parties._private_media`).
_MEDIA = {"channel", "station", "television", "tv", "newspaper", "paper", "outlet", "media", "broadcaster",
          "network", "magazine", "daily", "tabloid", "radio", "website", "journalist", "reporter", "correspondent"}
#: Heads for which a located state is their state; other nouns ("a meeting in Paris") keep none.
_GROUP_HEADS = {"authority", "official", "force", "troop", "soldier", "police", "government", "army", "military",
                "leader", "diplomat", "minister", "ministry", "court", "prosecutor", "judge", "guard", "navy",
                "spokesman", "spokeswoman", "spokesperson", "officer", "agent", "regime", "administration",
                "lawmaker", "parliament", "embassy", "delegation", "negotiator", "envoy", "ambassador", "militia",
                "rebel", "fighter", "people", "citizen", "resident", "civilian", "protester", "demonstrator",
                "militant", "insurgent", "gunman", "extremist"}


def _where_one_is(tok: Token) -> list[Token]:
    """The words after a group that say where it is (:data:`_WHERE_ONE_IS`: "present", "based")."""
    return [c for c in tok.rights if c.dep_ in ("amod", "acl") and c.lemma_.lower() in _WHERE_ONE_IS]


def side(actor: Actor) -> str | None:
    """The side ``actor`` acts for: its state, or for a named rebel or criminal organisation its
    own name ("al-Shabaab attacked a base in Somalia": Somalia is the other side)."""
    return actor.name if actor.sector in NON_STATE_SECTORS and actor.kind == "organisation" else actor.country


#: hashes of :data:`_WHERE_ONE_IS` in spaCy's string store (the same in every vocabulary)
_WHERE_HASHES = [hash_string(w) for w in sorted(_WHERE_ONE_IS)]


def _placed_heads(doc) -> set[int]:
    """Token indices of the heads :func:`_where_one_is` finds words for, in one pass over ``doc``
    (lemmas compared as hashes, tokens built only for the few that match)."""
    lemmas = doc.to_array("LEMMA").astype("uint64")
    return {doc[int(i)].head.i for i in numpy.flatnonzero(numpy.isin(lemmas, _WHERE_HASHES))
            if doc[int(i)] in _where_one_is(doc[int(i)].head)}


class Parties:
    """Resolves noun-phrase heads to actors for one article (see the module docstring).

    Args:
        index: the article's resolved actors (extended in place with states found here).
        places: the article's places (offsets into its text).
        table: the country gazetteer (default: the packaged one).
        quotes: the article's attributed quotes (first-person words inside them are the speaker).
    """

    def __init__(self, index: ActorIndex, places: Sequence[Place] = (), table: CountryTable | None = None,
                 quotes: Sequence[Quote] = ()) -> None:
        self.index = index
        by_id = {a.id: a for a in index.actors}
        #: (start, end, speaker) of each quote whose speaker is a known actor
        self._spoken = [(q.start, q.end, by_id[q.speaker.actor_id]) for q in quotes
                        if q.speaker is not None and q.speaker.actor_id in by_id]
        self.table = table or country_table()
        self._cache: dict[int, list[Actor]] = {}
        #: token indices of heads with a word after them saying where they are (:func:`_where_one_is`),
        #: found in one pass over the document on first use
        self._placed_heads: set[int] | None = None
        self.places = sorted((p for p in places if p.country), key=lambda p: p.start)
        self.story_country = story_country(index.actors, self.places)

    def _context_country(self, tok: Token) -> str | None:
        """For a group the story gives no state: the state of the place named in the same
        sentence (the closest), else the story's own state (:func:`~dateline.actors.home.story_country`).
        A state's body named bare ("the government", "the military":
        :data:`~dateline.actors.mentions.STATE_BODIES`) takes the story's state only: a place
        in its sentence is often what it acts on ("the government is reviewing … Beijing")."""
        if tok.lemma_.lower() in STATE_BODIES:
            return self.story_country
        sent = sentence(tok)
        here = [p for p in self.places if sent.start_char <= p.start < sent.end_char and not _source(sent, p)]
        if here:
            return min(here, key=lambda p: abs(p.start - tok.idx)).country
        return self.story_country

    @cached_property
    def half_home(self) -> str | None:
        """The state at least half the story's state mentions and places name, or None
        (:func:`~dateline.actors.home.story_country`; found on first use)."""
        return story_country(self.index.actors, self.places, share=0.5)

    def placed_speaker(self, actor: Actor, tok: Token) -> Actor:
        """A group that speaks (``actor``, its mention headed by ``tok``) placed by its own words
        only: the one state its modifiers, places or "in"/"of" phrase name ("Hong Kong
        authorities"), else, for a group of government, the military or the courts ("officials",
        "the military", "prosecutors"), the state at least half the story's state mentions and
        places name (:func:`~dateline.actors.home.story_country`). The places its sentence names are what it speaks
        about ("Prosecutors say Amirov … hired Mehdiyev to kill a critic of Tehran's abuses")."""
        if actor.kind != "group" or actor.country:
            return actor  # a person or a body is placed by the actors stage, a news agency by no one
        codes = {a.country for a in self.modifier_state(tok) or self._located_state(tok) if a.country}
        codes |= {p.country for p in self.places if tok.left_edge.idx <= p.start < tok.idx}  # "Hong Kong authorities"
        code = codes.pop() if len(codes) == 1 else None
        if code is None and actor.sector in ("GOV", "MIL", "JUD"):
            code = self.half_home
        return self._placed(actor, tok, code) if code else actor

    def _placed(self, actor: Actor, tok: Token, code: str | None = None) -> Actor:
        """``actor`` (a group without a country) with the country of its context: a new actor of
        the same name and sector for each country it acts in ("police", "rebels").

        A person is returned as is: a place in their sentence says where they act, not whose
        they are ("Three days after President Lai took office, China conducted drills"); their
        own title phrase or apposition does (:mod:`dateline.actors.facts`)."""
        if actor.kind == "person":
            return actor
        code = code or self._context_country(tok)
        if code is None:
            return actor
        for other in self.index.actors:
            if other.name == actor.name and other.kind == actor.kind and other.country == code:
                return other
        placed = Actor(id=self._new_id(), name=actor.name, kind=actor.kind, country=code,
                       sector=actor.sector, role=actor.role)
        self.index.actors.append(placed)
        return placed

    def _new_id(self) -> str:
        """An actor id no actor of the article has ("A<n>": coreference may have removed some)."""
        taken = [int(a.id[1:]) for a in self.index.actors if a.id[:1] == "A" and a.id[1:].isdigit()]
        return f"A{max(taken, default=0) + 1}"

    def state(self, code: str, mention: Mention | None = None) -> Actor:
        """The article's actor for state or organisation ``code``, created when absent."""
        for actor in self.index.actors:
            if actor.country == code and actor.kind in ("state", "organisation"):
                break
        else:
            kind = "organisation" if self.table.is_organisation(code) else "state"
            actor = Actor(id=self._new_id(), name=self.table.name_of(code) or code, kind=kind,
                          country=code)
            self.index.actors.append(actor)
        if mention is not None and all(m.start != mention.start for m in actor.mentions):
            mention.actor_id = actor.id
            actor.mentions.append(mention)
        return actor

    @staticmethod
    def _private_media(tok: Token) -> bool:
        """A news medium that does not act for its country: "another French channel", "a French
        television station" (the VOA guidelines code state media as their state: "Iranian state
        media", "the official news agency" keep it)."""
        if tok.lemma_.lower() not in _MEDIA:
            return False
        return not any(c.lower_ in ("state", "official", "government", "state-run", "state-owned")
                       for c in tok.subtree if c.i < tok.i)

    def modifier_state(self, tok: Token) -> list[Actor]:
        """Every state or body the modifiers of ``tok`` name: "Canadian and Mexican exports",
        "U.S.-Ukraine talks", "the U.S.-Japan Security Consultative Committee meeting"."""
        found: list[Actor] = self._hyphen_pair(tok)
        stack = list(tok.lefts)
        while stack:
            child = stack.pop(0)
            got = self._modifier(child)
            for conj in child.conjuncts if got else ():
                got += [a for a in self._modifier(conj, any_dep=True) if a not in got]
            found += [a for a in got if a not in found]
            if child.dep_ == "compound" and child.pos_ == "PROPN" and not got:
                stack.extend(child.lefts)  # "U.S.-Japan Security Committee meeting"
        return found

    def _hyphen_pair(self, tok: Token) -> list[Actor]:
        """States joined by a hyphen before ``tok`` when the tokenizer split them ("US-Russia talks",
        "the U.S.-North Korea summit") or the parser hung the joined word elsewhere ("follow U.S.-Ukraine
        talks"): both, when both sides name states."""
        doc = tok.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and "-" in prev.text.strip("-") and prev.head.i != tok.i:
            # "follow U.S.-Ukraine talks" parsed with the pair hung on the verb: the word before still names them
            pair = self._modifier(prev, any_dep=True)
            if len(pair) > 1:
                return pair
        lo = tok.left_edge.i
        if tok.i - lo > 8 or lo >= tok.i or "-" not in doc_text(doc)[doc[lo].idx: tok.idx]:
            return []
        left = doc[lo: tok.i]
        for n, t in enumerate(left):
            if t.text != "-" or n == 0 or n == len(left) - 1:
                continue
            sides = []
            for words in ([left[max(0, n - 2): n], left[n - 1: n]], [left[n + 1: n + 3], left[n + 1: n + 2]]):
                match = next((self.table.match(w.text) for w in words if self.table.match(w.text)), None)
                sides.append(match)
            if all(sides):
                mention = Mention(text=left[max(0, n - 1): n + 2].text, start=left[max(0, n - 1)].idx,
                                  end=left[n + 1].idx + len(left[n + 1]), kind="demonym")
                return [self.state(m.code, mention) for m in sides]
        return []

    def _modifier(self, child: Token, any_dep: bool = False) -> list[Actor]:
        """The actors one modifier names: a possessor's actors, a state adjective or name, a body."""
        if child.dep_ == "poss":
            owners = self.index.at(child)
            if not any(a.country for a in owners):  # "the country's security forces"
                owners = self.the_country(child) or owners
            if owners:
                return owners
        if (child.dep_ not in _MODIFIER_DEPS + ("prt",) and not any_dep) or child.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return []
        doc = child.doc
        if "-" in child.text and child.text.count("-") <= 3:  # "U.S.-Ukraine talks", "Russia-Ukraine war"
            parts = [self.table.match(part) for part in child.text.split("-")]
            if all(parts) and len(parts) > 1:
                return [self.state(m.code, Mention(text=child.text, start=child.idx, end=child.idx + len(child.text),
                                                   kind="demonym")) for m in parts]
        for words in (doc[child.left_edge.i: child.i + 1], doc[child.i: child.i + 1]):
            match = self.table.match(words.text.removeprefix("the ").removeprefix("The "))
            if match is not None:
                mention = Mention(text=words.text, start=words.start_char, end=words.end_char, kind="demonym")
                return [self.state(match.code, mention)]
        owners = self.index.at(child)  # "Kremlin officials", "Hamas fighters"
        if owners and all(a.kind == "person" for a in owners):
            # "the Biden administration", "the Assad regime": the leader's state; "Trump supporters": no one
            rulers = {a.country for a in owners if a.country}
            if child.head.lemma_.lower() not in _GOVERNED_BY or len(rulers) != 1:
                return []
            mention = Mention(text=child.text, start=child.idx, end=child.idx + len(child.text), kind="demonym")
            return [self.state(rulers.pop(), mention)]
        return owners if all(a.kind != "person" for a in owners) else []

    def the_country(self, tok: Token) -> list[Actor]:
        """"the country", "the nation" (bare and singular): the state named last before it (a state, or the state of
        the body or person named), within about three sentences (:data:`_ANAPHOR_CHARS`), as a
        one-element list; else []."""
        if tok.lemma_.lower() not in ("country", "nation") or tok.tag_ != "NN" or [
                c.lower_ for c in tok.lefts] != ["the"]:
            return []  # "the G7 countries", "the Asian nation" (an epithet: :mod:`~dateline.actors.epithets`)
        best, at = None, -1
        for actor in list(self.index.actors):  # a state, or the state of a body or person named
            if not actor.country or len(actor.country) != 3 or not self.table.name_of(actor.country):
                continue
            for m in actor.mentions:
                if at < m.start < tok.idx and tok.idx - m.start <= _ANAPHOR_CHARS:
                    best, at = actor.country, m.start
        if best is None:
            return []
        return [self.state(best, Mention(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind="demonym"))]

    def _located_state(self, tok: Token) -> list[Actor]:
        if tok.lemma_.lower() not in _GROUP_HEADS:
            return []
        # "forces in Kabul", and through where they are: "militants present on Afghan soil", "based in"
        holders = [tok] + _where_one_is(tok)
        for prep in (c for h in holders for c in h.rights if c.dep_ == "prep" and c.lower_ in _GROUP_PREPS
                     or h is not tok and c.dep_ == "prep" and c.lower_ == "on"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = [a for a in self.of(pobj) if a.kind in ("state", "organisation") and a.country]
                if found:
                    return found
                if prep.lower_ == "of" and tok.lemma_.lower() in _GOVERNED_BY:  # "the government of
                    # Malaysian Prime Minister Mahathir Mohamad": the leader's state
                    rulers = {a.country for a in self.of(pobj) if a.kind == "person" and a.country}
                    if len(rulers) == 1:
                        return [self.state(rulers.pop())]
        return []

    def of(self, tok: Token) -> list[Actor]:
        """The actors the phrase headed by ``tok`` stands for (may be empty).

        A resolved actor with a country wins; a group without one ("troops", "authorities") or a
        phrase that names no actor takes the state of its modifier, possessor or location.
        """
        if tok.i in self._cache:
            return self._cache[tok.i]
        self._cache[tok.i] = []  # guards against cycles
        found = list(self.index.by_token.get(tok.i, []))
        if self._placed_heads is None:
            self._placed_heads = _placed_heads(tok.doc)
        where = self._located_state(tok) if tok.i in self._placed_heads else []
        found = where or found  # "militants present on Afghan soil" are there, whatever the story's context
        if not found and tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
            found = self.of(tok.head.head)  # "Porras, who was sanctioned by the EU": Porras
        if not found and tok.lower_ in _FIRST_PERSON:  # the speaker of the quote it is in
            found = [a for start, end, a in self._spoken if start <= tok.idx < end][:1]
        if not found:
            found = self.the_country(tok)  # "the country will ...": the state named just before
        if (not found or all(a.country is None for a in found)) and not self._private_media(tok):
            found = self.modifier_state(tok) or self._located_state(tok) or found
        if not found or all(a.country is None for a in found):  # "critics, including Hungary's Viktor Orban"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"):
                members = [a for pobj in prep.children if pobj.dep_ == "pobj" for a in self.of(pobj) if a.country]
                if members:
                    found = members
        if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUNS:  # "airstrikes by the Somali army"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
                found = [a for pobj in prep.children if pobj.dep_ == "pobj" for a in self.of(pobj) if a.country]
        if found and all(a.country is None for a in found):  # "rebels", "officials", an unknown person
            found = [self._placed(a, tok) for a in found]
        if not found and tok.lower_ in _QUANTIFIERS:  # "most of Europe", "both of them"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                found = [a for pobj in prep.children if pobj.dep_ == "pobj" for a in self.of(pobj)]
        for child in tok.lefts:  # "U.S. and Chinese officials": the group names one state, its modifier two
            for conj in child.conjuncts if child.dep_ in _MODIFIER_DEPS else ():
                found += [a for a in self._modifier(conj, any_dep=True) if a not in found]
        for conj in (c for c in tok.children if c.dep_ == "conj"):  # "Cameroon and C.A.R. officials"
            found += [a for a in self.of(conj) if a not in found]
        self._cache[tok.i] = found
        return found


#: How far back "the country" looks for the state it names (characters; about three sentences).
_ANAPHOR_CHARS = 600


def _source(sent, place: Place) -> bool:
    """Whether ``place`` is named in ``sent`` as where something comes from ("received lethal aid
    from Iran") or as an owner ("massed in front of Israel's consulate in Istanbul"): no place
    the sentence's groups are in."""
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ == "pobj" and span.root.head.lower_ == "from"
                                 or span.root.dep_ == "poss")
