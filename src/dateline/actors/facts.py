"""What the story itself says of a person: their state, from the words around their name.

The knowledge base knows a few hundred people; the story usually says who the others are:
"Dutch Defense Minister Ruben Brekelmans", "Hungary's Viktor Orban", "Lars Vik, the U.N. envoy",
"Kenyan Foreign Minister Ama Otieno". A person the knowledge base gives no country takes the
state or organisation named by a modifier of any of their mentions (an adjective, compound or
possessor in the noun phrase) or of an apposition to it ("EU foreign policy chief Kaja Kallas":
EUR, as the annotation guidelines code a body's officials), the state an apposition places them in
("Eva Glawischnig-Piesczek, a politician in Austria": AUT; "in", "of", "from", never "to" or "for",
which name the other side: "the U.N. envoy for Yemen"), or a relative clause predicates of them
("Mehdiyev, who is Azerbaijani": AZE), a US party ("Republican Senator Thom Tillis", "(D-MA)")
or a region modifying a title ("Ohio Governor Mike DeWine": USA). PLOVER codes a state's officials as the state (manual
v0.8, section "Actors"); the first mention that names a state wins, and the actor records it
in ``role`` only where it had none.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..nlp.sentences import doc_text
from ..normalize.places import lookup_place
from ..records import Actor
from .countries import CountryTable, country_table
from .roles import office_of

_MODIFIERS = ("amod", "compound", "poss", "nmod")


#: "<body>-appointed", "-nominated", "-installed": the body's officer ("a Kremlin-appointed governor");
#: never "-backed" or "-trained", which name a sponsor, not an employer.
_APPOINTED = {"appoint", "appointed", "nominate", "nominated", "install", "installed"}
#: "<place>-based": where a person or their body is ("a Washington-based analyst", "…, vice chairman
#: of the Germany-based Kurdish Center for Studies": DEU, a clue issue 15 names).
_BASED = {"base", "based"}
_PLACING_PARTICIPLES = _APPOINTED | _BASED


def _state_of_phrase(head: Token, table: CountryTable) -> str | None:
    """The state a modifier of ``head`` (or of a title compounded to it) names, or None."""
    stack = [head]
    seen = 0
    while stack and seen < 12:
        tok = stack.pop()
        seen += 1
        for child in tok.lefts:
            if child.dep_ == "amod" and child.lemma_.lower() in _PLACING_PARTICIPLES:  # "United Nations-
                # appointed special rapporteur", "the Germany-based Kurdish Center for Studies"
                for by in (c for c in child.lefts if c.dep_ == "npadvmod"):
                    match = table.match(head.doc[by.left_edge.i: by.i + 1].text)
                    if match is not None:
                        return match.code
            if child.dep_ not in _MODIFIERS:
                continue
            if child.pos_ in ("PROPN", "ADJ", "NOUN"):
                for words in (head.doc[child.left_edge.i: child.i + 1], head.doc[child.i: child.i + 1]):
                    match = table.match(words.text.removeprefix("the ").removeprefix("The "))
                    if match is not None and not _subject_of_expertise(tok, match):
                        return match.code
            stack.append(child)
    return None


#: People known for what they study: a state's adjective or name before them is their subject
#: ("a North Korean expert at the Middlebury Institute", "a China hand"); before "analyst",
#: "researcher" or "observer" only the state's name is ("a Russia analyst"; "an Iranian analyst"
#: is as often Iranian).
_EXPERTS = {"expert", "specialist", "watcher", "scholar", "hand"}
_STUDENTS = {"analyst", "researcher", "observer"}


def _subject_of_expertise(head: Token, match) -> bool:
    """Whether the state ``match`` names before ``head`` is what the holder studies, not their state."""
    lemma = head.lemma_.lower()
    return lemma in _EXPERTS or lemma in _STUDENTS and match.via == "name"


#: Prepositions by which a description places its holder in a state ("a politician in Austria",
#: "the president of Ukraine", "a lawmaker from Ghana"); "envoy to", "envoy for" name the other side.
_PLACING_PREPS = ("in", "of", "from")


#: Fields of study and work: a state's adjective before them names the subject, not the holder's
#: state ("assistant professor in Modern Chinese Studies at Leiden University").
_FIELDS = {"studies", "study", "affairs", "relations", "history", "politics", "economics", "policy", "law",
           "language", "languages", "literature", "culture", "issues", "program", "programme", "desk", "service"}


def _state_of_preps(head: Token, table: CountryTable) -> str | None:
    """The state the object of a placing preposition of ``head`` names, or None."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in _PLACING_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ not in _FIELDS):
            match = table.match(pobj.doc[pobj.left_edge.i: pobj.i + 1].text) or table.match(pobj.text)
            if match is not None:
                return match.code
            # "head of Iran's Quds Force": the state of the body's own phrase; "Bernie Sanders of
            # Vermont": a first-level region's country
            code = _state_of_phrase(pobj, table) or (_region_country(pobj.text) if pobj.ent_type_ == "GPE" else None)
            if code:
                return code
    return None


def _predicated(head: Token, table: CountryTable) -> str | None:
    """The state a relative clause predicates of ``head`` ("Mehdiyev, who is Azerbaijani")."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        for comp in (c for c in clause.children if c.dep_ in ("acomp", "attr")):
            match = table.match(comp.text)
            if match is not None and match.via in ("adjective", "demonym"):
                return match.code
    return None


#: Party words that place a person in the United States, in English-language news ("Republican
#: Senator Thom Tillis", "Tillis, a Republican", "Democratic presidential candidate Bernie Sanders").
_US_PARTIES = {"republican", "republicans", "democratic", "democrat", "democrats", "gop"}
#: A US party and state code after a name: "Sen. Elizabeth Warren (D-MA)", "(R-Ky.)".
_PARTY_CODE = re.compile(r"\s*\(\s*[DRI]\s*[-–]\s*[A-Z][A-Za-z.]{1,5}\s*\)")


def _party_or_region(head: Token) -> str | None:
    """USA for a person the noun phrase calls a Republican or a Democrat or follows with a party
    and state code ("(D-MA)"); else the country of a first-level region that modifies a title
    of the phrase ("Ohio Governor Mike DeWine", "Minnesota Senator Amy Klobuchar": USA)."""
    doc = head.doc
    words = doc[head.left_edge.i: head.i + 1]
    if any(t.lower_ in _US_PARTIES for t in words) or head.lower_ in _US_PARTIES:
        return "USA"
    if _PARTY_CODE.match(doc_text(doc), head.idx + len(head.text)):
        return "USA"
    for tok in words:
        if tok.dep_ == "compound" and tok.is_title and office_of(tok.head.text.lower()) and \
                (country := _region_country(tok.text)):
            return country
    return None


def _region_country(name: str) -> str | None:
    """The country of the gazetteer's first-level region ``name`` ("Ohio", "Vermont": USA), or None."""
    place = lookup_place(name)
    return place.country if place is not None and place.kind == "region" and place.country else None


def _appositions(head: Token):
    for child in head.children:
        if child.dep_ == "appos":
            yield child
    if head.dep_ == "appos":
        yield head.head


def learn_countries(doc: Doc, actors: list[Actor], table: CountryTable | None = None) -> int:
    """Give each person without a country the state their mentions name (module docstring).

    Mention offsets are Python ``str`` indices into the article. Returns how many people learned
    a country; the actors are changed in place.
    """
    table = table or country_table()
    learned = 0
    for actor in actors:
        if actor.kind != "person" or actor.country:
            continue
        for mention in actor.mentions:
            if mention.kind not in ("name", "title"):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            code = _state_of_phrase(head, table) or _predicated(head, table) or _party_or_region(head)
            if code is None and head.pos_ == "PROPN":  # "Eliud Kipchoge from Kenya"
                code = _state_of_preps(head, table)
            for other in _appositions(head):
                # a name or work in apposition places no one by its prepositions ("Charles Hecker, …
                # author of the book Zero Sum: The Arc of International Business in Russia"); a title does
                placing = other.pos_ != "PROPN" or office_of(other.lower_)
                code = code or _state_of_phrase(other, table) or (_state_of_preps(other, table) if placing else None) \
                    or _party_or_region(other)
                match = table.match(other.text) if code is None and other.pos_ == "PROPN" else None
                code = code or (match.code if match else None)
            if code:
                actor.country = code
                learned += 1
                break
    return learned


#: Words of a non-state body's name that still make it part of a state (its legislature, courts,
#: forces, parties): an office there is a domestic one.
_STATE_INSTITUTIONS = {"senate", "parliament", "assembly", "congress", "court", "council", "army", "navy", "police",
                       "ministry", "government", "party", "commission", "cabinet", "department", "agency", "house"}


def employed_elsewhere(doc: Doc, actors: list[Actor], table: CountryTable | None = None) -> set[str]:
    """Ids of the people without a country whose title the story ties to a body that is no state's
    ("Douglas Paal, vice president at the Carnegie Endowment for International Peace"): their
    office ("vice president") is that body's, so the story's home state does not place them
    (:func:`dateline.actors.home.place_office_holders`)."""
    table = table or country_table()
    found = set()
    for actor in actors:
        if actor.kind != "person" or actor.country:
            continue
        for mention in (m for m in actor.mentions if m.kind == "name"):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            titles = [t for t in _appositions(span.root) if t.pos_ == "NOUN"] if span is not None else []
            for prep in (p for t in titles for p in t.rights if p.dep_ == "prep" and p.lower_ in ("at", "of", "with")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"):
                    words = doc[pobj.left_edge.i: pobj.i + 1]
                    if table.match(words.text.removeprefix("the ")) is None and table.match(pobj.text) is None \
                            and not any(w.lower_ in _STATE_INSTITUTIONS for w in words):
                        found.add(actor.id)
    return found
