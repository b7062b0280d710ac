"""A state's own bodies named by the story: "Somalia's National Intelligence and Security Agency",
"the Somali Military Command", "Ukraine's Security Service", "the Iranian Revolutionary Guard".

The knowledge base lists a few hundred bodies; news names many more, and says whose they are:
an organisation name (spaCy ORG) whose words name a state body (a ministry, agency, command,
service, guard, ...) and that follows a possessive state ("Somalia's") or begins with a state's
name or adjective is a body of that state (sector MIL for armed bodies, else GOV), as the VOA
annotation guidelines code "a state and everyone acting for it (its government, officials,
ministries, forces, police ...)". :func:`state_body_mentions` finds them for
:func:`dateline.actors.mentions.find_mentions`, and with them the organs of international
organisations ("the U.N. Security Council" is the UN: :func:`organisation_of`);
:func:`body_anaphora` takes a later bare "the ministry" for the ministry named before.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

#: Words of a state's bodies.
BODY_WORDS = {"ministry", "agency", "command", "service", "council", "police", "forces", "force", "guard", "guards",
              "office", "department", "court", "commission", "parliament", "military", "army", "navy",
              "directorate", "bureau", "committee", "administration", "authority", "cabinet", "embassy", "corps"}
#: Words that make an organisation name an organ of a state or of an international organisation
#: ("the U.N. Security Council", "the UN Human Rights Office", "Russia's U.N. Mission", "the U.N.
#: Working Group on Arbitrary Detention"): the state body words and the organs of such organisations.
ORGAN_WORDS = BODY_WORDS | {"mission", "assembly", "tribunal", "panel", "secretariat", "group"}
#: Of them, the armed ones.
ARMED_WORDS = {"command", "forces", "force", "guard", "guards", "military", "army", "navy", "corps"}


def _state(table, text: str) -> str | None:
    match = table.match(text)
    return match.code if match is not None and match.via not in ("organisation", "capital", "seat") else None


def _bare(ent: Span) -> Span:
    """A body's name without its article ("the Syrian Foreign Ministry" -> "Syrian Foreign Ministry")."""
    return ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent


def organisation_of(words: Span, table):
    """The international organisation (a gazetteer match, ``via`` ``organisation``: code ``UN``,
    sector ``IGO``) whose organ ``words`` names: the organisation's name or abbreviation (one to
    three words, after an optional "the") begins it and an organ word (:data:`ORGAN_WORDS`) is
    among the rest ("U.N. Security Council", "the UN Human Rights Office"); else ``None``.
    The VOA annotation guidelines code an organisation and its organs alike (``UN`` for the
    Security Council)."""
    first = 1 if len(words) and words[0].lower_ == "the" else 0
    for size in (3, 2, 1):
        if len(words) <= first + size or not any(t.lower_ in ORGAN_WORDS for t in words[first + size:]):
            continue
        match = table.match(words[first: first + size].text)
        if match is not None and match.via == "organisation":
            return match
    return None


def state_body_mentions(doc: Doc, ents: Iterable[Span], table, make: Callable, add: Callable) -> None:
    """Calls ``add(make(start, end, head, "organisation", text, name=..., country=..., sector=...))``
    for each organisation entity of ``doc`` that is a named state's body (module docstring);
    ``start``/``end`` are token indices, the mention taking in "Somalia's" or a leading "the"."""
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        owner = doc[ent.start - 2].text if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" else \
            doc[ent.start - 1].text if ent.start >= 1 and doc[ent.start - 1].pos_ in ("ADJ", "PROPN") else None
        organisation = organisation_of(ent, table) if owner is None or _state(table, owner) is None else None
        if organisation is not None:  # "the U.N. Security Council": the organisation's own organ
            # ("Russia's U.N. mission" is Russia's: the state before it owns it)
            start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
            add(make(start, ent.end, ent.root.i, "organisation", doc[start: ent.end].text, name=_bare(ent).text,
                     country=organisation.code, sector=organisation.sector, via="organisation"))
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
        if country is None or not any(t.lower_ in ORGAN_WORDS for t in ent):
            continue  # a state's organ, its mission or delegation included ("Russia's U.N. Mission")
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        sector = "MIL" if any(t.lower_ in ARMED_WORDS for t in ent) else "GOV"
        add(make(start, ent.end, ent.root.i, "organisation", doc[start: ent.end].text, name=_bare(ent).text,
                 country=country, sector=sector))


def body_anaphora(tokens: list[Token], found: list, make: Callable, add: Callable) -> None:
    """Calls ``add(make(start, end, head, "organisation", text, name=..., country=...,
    sector=...))`` for each bare definite description of a body ("the ministry", "the council",
    "the agency": "the" and a noun of :data:`ORGAN_WORDS`, no other modifier, no "of"/"for"
    phrase) that follows a mention in ``found`` (organisation mentions with ``head``, ``start``,
    ``name``, ``country``, ``sector``) whose head noun is the same word ("The Russian Foreign
    Ministry said … The ministry also accused Kyiv …"): the latest such mention is its antecedent,
    as a reader takes it (definite descriptions resolved by head match, Vieira and Poesio 2000).
    """
    bodies = sorted((m for m in found if m.kind == "organisation"), key=lambda m: m.start)
    for tok in tokens:
        word = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or word not in ORGAN_WORDS or tok.tag_ != "NN" or tok.is_title:
            continue
        lefts = list(tok.lefts)
        if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].i != tok.i - 1:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.rights):
            continue  # "the council of elders" is a body of its own
        before = [m for m in bodies if m.start < tok.i - 1 and tokens[m.head].lemma_.lower() == word]
        if before:
            m = before[-1]
            add(make(tok.i - 1, tok.i + 1, tok.i, "organisation", f"{lefts[0].text} {tok.text}", name=m.name,
                     country=m.country, sector=m.sector, via=m.via, qid=m.qid))


#: Nouns by which news refers back to an international organisation named before it ("the
#: European Union … the bloc", "the U.N. … the world body"). Not "alliance": "the alliance" after
#: NATO is as often a bilateral one ("the U.S.-Japan alliance").
COLLECTIVE_WORDS = {"bloc", "body", "organization", "organisation"}


def _named(text: str) -> bool:
    """Whether a mention names an organisation by its full name or abbreviation ("the European
    Union", "U.N.", "EU"), not by one ordinary word a gazetteer alias shares ("Africa")."""
    words = text.removeprefix("the ").removeprefix("The ").split()
    return len(words) > 1 or (len(words) == 1 and words[0].upper() == words[0])


def _described(tok: Token, tokens: list[Token]) -> list[Token] | None:
    """The words of a definite description headed by ``tok``, from its "the" up to the noun
    ("the regional bloc", "the militant group"), when they are "the" and adjectives or common
    nouns only, all hung on the noun; else None ("its alliance", "the Quad alliance")."""
    lefts = list(tok.lefts)
    words = tokens[lefts[0].i: tok.i] if lefts else []
    if not lefts or lefts[0].lower_ != "the" or [t.i for t in words] != [t.i for t in lefts] \
            or any(t.pos_ not in ("DET", "ADJ", "NOUN") for t in words):
        return None
    return words


def collective_anaphora(tokens: list[Token], found: list, is_organisation: Callable[[str], bool],
                        make: Callable, add: Callable) -> None:
    """Calls ``add(make(...))`` as :func:`body_anaphora` for each "the <modifiers> bloc|body|
    organization" (modifiers common nouns or adjectives: "the regional bloc", "the world body";
    no possessor, no name; a bare "the organization" without "of") after a mention in ``found``
    of an international organisation by its name (``via`` ``organisation``, a code
    ``is_organisation`` accepts): the latest one before it is its antecedent. "body" needs a modifier
    ("the world body"; a bare "the body" is as often a dead person's)."""
    before_all = sorted((m for m in found if m.kind == "organisation" and m.via == "organisation"
                         and is_organisation(m.country) and _named(m.text)), key=lambda m: m.start)
    if not before_all:
        return
    for tok in tokens:
        if tok.lower_ not in COLLECTIVE_WORDS or not tok.is_lower or tok.tag_ not in ("NN", "NNP"):
            continue  # the small model tags a lower-case "bloc" NNP as often as NN
        words = _described(tok, tokens)
        if words is None:
            continue  # "its alliance", "the Quad alliance"
        if tok.lower_ == "body" and len(words) < 2:
            continue  # a bare "the body" is as often a dead person's
        if tok.lower_ != "bloc" and len(words) < 2 and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                   for c in tok.rights):
            continue  # "the organization of the summit" ("accused the world body of bias" is the UN)
        before = [m for m in before_all if m.start < words[0].i]
        if before:
            m = before[-1]
            add(make(words[0].i, tok.i + 1, tok.i, "organisation", tok.doc[words[0].i: tok.i + 1].text,
                     name=m.name, country=m.country, sector=m.sector, via=m.via, qid=m.qid))


#: Nouns by which news refers back to an armed or criminal group named before it ("al-Shabab …
#: the militant group said", "the Taliban … the group"); with "the" and adjectives or nouns only.
GROUP_WORDS = {"group", "militia", "movement", "faction", "organization", "organisation"}


def group_anaphora(tokens: list[Token], found: list, non_state: set[str], make: Callable, add: Callable) -> None:
    """Calls ``add(make(...))`` as :func:`body_anaphora` for each "the <modifiers> group|militia|
    movement|faction" ("the group", "the militant group", "the Islamist movement"; no possessor,
    no name, no "of" phrase) after a mention in ``found`` of a body whose sector is in
    ``non_state`` (rebels, criminal groups: :data:`~dateline.actors.roles.NON_STATE_SECTORS`),
    within about three sentences (600 characters): the latest such body is its antecedent.
    "organization" counts only with a modifier ("the terrorist organization")."""
    armed = sorted((m for m in found if m.kind == "organisation" and m.sector in non_state), key=lambda m: m.start)
    if not armed:
        return
    for tok in tokens:
        word = tok.lower_
        if word not in GROUP_WORDS or not tok.is_lower or tok.tag_ not in ("NN", "NNP"):
            continue
        words = _described(tok, tokens)
        if words is None:
            continue  # "its armed group", "the Wagner group", "a rebel group"
        if word.startswith("organi") and len(words) < 2 or any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in tok.rights):
            continue  # "the group of seven", "the organization of the summit"
        start_char = words[0].idx
        before = [m for m in armed if m.start < words[0].i and start_char - tokens[m.start].idx <= 600]
        if before:
            m = before[-1]
            add(make(words[0].i, tok.i + 1, tok.i, "organisation", tok.doc[words[0].i: tok.i + 1].text,
                     name=m.name, country=m.country, sector=m.sector, via=m.via, qid=m.qid))


def abbreviated_bodies(tokens: list[Token], found: list, make: Callable, add: Callable) -> None:
    """Calls ``add(make(...))`` for every occurrence of the abbreviation a story gives a body it
    has coded ("Somalia's National Intelligence and Security Agency, or NISA," "the Kurdish
    Workers' Party (PKK)": later "NISA said", "the NISA statement"): an all-capital word of 2 to
    8 letters in parentheses, or after ", or", right after the body's name."""
    for m in [m for m in found if m.kind == "organisation" and m.country]:
        j = m.end
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            short = tokens[j + 1].text
        elif j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower_ == "or":
            short = tokens[j + 2].text
        else:
            continue
        if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 8):
            continue
        for tok in tokens:
            if tok.text == short:
                add(make(tok.i, tok.i + 1, tok.i, "organisation", tok.text, name=m.name, country=m.country,
                         sector=m.sector, via=m.via, qid=m.qid))
