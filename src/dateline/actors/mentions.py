"""Finding mentions of actors in a parsed article, beyond spaCy's entities.

A mention is a token span that refers to an actor: a proper name (full, surname alone, or
with a title such as "President Trump"), an office or description ("the US president", "the
UK's defence secretary", "the cabinet minister"), a pronoun, a state by its name, capital or
seat of government ("Kyiv", "Washington", "the Kremlin"), a demonym or group ("the
Ukrainians", "European nations", "police", "Russian troops") or an organisation ("Nato", "the State Department").

The country gazetteer and the knowledge base correct spaCy's entity types where they know
better: the small English model labels "Kyiv" a person and "Crimea" an organisation.
Resolution of each mention to an actor is :mod:`dateline.actors.coref`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..nlp.sentences import doc_text
from .referring import referring_it
from ..normalize.places import WATERS, lookup_place
from .bodies import abbreviated_bodies, body_anaphora, collective_anaphora, group_anaphora, state_body_mentions
from .epithets import state_epithets
from .namesakes import us_namesakes
from .groups import group_from, group_in
from .countries import CountryMatch, country_table as default_table
from .gender import first_name_gender
from .person_names import (SHIP_PREFIXES, abbreviations, bare_word, begins_a_place_name, given_names, joined_surnames,
                           no_person_name, person_by_first_name, places_and_things, ships, strip_name, whole_name)
from .kb import KnowledgeBase
from .roles import (crowd, MALE_PRONOUNS, FEMALE_PRONOUNS, NON_STATE_SECTORS, PLURAL_PRONOUNS, TITLES, advocates,
                    office_of, prenominal_office)
from .titles import (MODIFIER_DEPS, appositive_name, body_modifier, country_of_modifiers, employer_of,
                     name_after_title, plural_title, predicated_name, title_phrase)

#: Nouns of one state: with a region's adjective ("the African nation") an epithet, not a group.
STATE_NOUNS = {"nation", "country"}
#: Nouns that make a group actor of a state adjective: "European nations", "Russian forces".
GROUP_NOUNS: dict[str, str | None] = {
    "nation": None, "country": None, "state": None, "government": "GOV", "official": "GOV",
    "authority": "GOV", "leader": "GOV", "diplomat": "GOV", "force": "MIL", "troop": "MIL",
    "army": "MIL", "military": "MIL", "soldier": "MIL", "navy": "MIL", "people": "CVL",
    "citizen": "CVL", "civilian": "CVL", "ally": None, "administration": "GOV", "ministry": "GOV",
    "police": "GOV", "parliament": "LEG", "lawmaker": "LEG", "regime": "GOV",
    # units and assets that stand for a state's military or government as a target
    "convoy": "MIL", "base": "MIL", "position": "MIL", "warship": "MIL", "ship": "MIL", "vessel": "MIL",
    "aircraft": "MIL", "jet": "MIL", "drone": "MIL", "unit": "MIL", "embassy": "GOV", "consulate": "GOV",
    # weapons stand for the state that fires them ("Russian missiles struck Kharkiv")
    "missile": "MIL", "rocket": "MIL", "warplane": "MIL", "bomber": "MIL", "helicopter": "MIL", "tank": "MIL",
    "artillery": "MIL",
}
#: Groups that act in the news without a name: lemma -> (canonical label, PLOVER sector).
GENERIC_GROUPS: dict[str, tuple[str, str]] = {
    "police": ("police", "GOV"), "policeman": ("police", "GOV"), "protester": ("protesters", "CVL"),
    "demonstrator": ("protesters", "CVL"), "rebel": ("rebels", "REB"), "militant": ("militants", "REB"),
    "insurgent": ("insurgents", "REB"), "gunman": ("gunmen", "REB"), "soldier": ("soldiers", "MIL"),
    "troop": ("troops", "MIL"), "prosecutor": ("prosecutors", "JUD"), "authority": ("authorities", "GOV"),
    "official": ("officials", "GOV"), "civilian": ("civilians", "CVL"), "resident": ("residents", "CVL"),
    "villager": ("villagers", "CVL"), "refugee": ("refugees", "CVL"), "force": ("forces", "MIL"),
    "attacker": ("attackers", "REB"), "militia": ("militia", "REB"), "fighter": ("fighters", "REB"),
    "diplomat": ("diplomats", "GOV"),
}
#: A state's bodies named bare ("the military removed Bashir", "the government banned the party"):
#: a group of the state their context gives (:meth:`dateline.events.parties.Parties.of`), only
#: with "the" and no possessor ("its army" is its owner's).
STATE_BODIES: dict[str, tuple[str, str]] = {
    "government": ("government", "GOV"), "military": ("military", "MIL"), "army": ("army", "MIL"),
    "navy": ("navy", "MIL"), "junta": ("junta", "MIL"), "regime": ("regime", "GOV"),
}
#: Group nouns that name a group only in the plural ("security forces"; not "by force").
_PLURAL_ONLY = {"force"}
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS
#: Marks that end a noun phrase's premodifiers however the parser attached them.
_PHRASE_BREAKS = {",", "“", "”", '"', "’", "'", "(", ")"}


@dataclass
class RawMention:
    """A mention before resolution. ``start``/``end`` are token indices (end exclusive);
    ``head`` the token that stands for it in the dependency tree."""

    start: int
    end: int
    head: int
    kind: str  # name | title | pronoun | place | demonym | organisation | group
    text: str
    name: str | None = None  # canonical name (names, places, organisations)
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    gender: str | None = None
    appos: int | None = None  # head token of an appositive name ("His defence secretary, Pete Hegseth")
    possessor: int | None = None  # token of a possessive ("His" in "His defence secretary")
    via: str | None = None
    qid: str | None = None
    former: bool = False  # "former Vice President": not the holder on the publication date


def find_mentions(doc: Doc, kb: KnowledgeBase) -> list[RawMention]:
    """Every actor mention in ``doc``, sorted by position, without overlaps."""
    table = default_table()
    tokens = list(doc)  # each pass over a Doc makes new Token objects: make them once
    # an entity that took its possessive ending ("Boko Haram’s 2014 abduction") is the name alone
    ents = tuple(Span(doc, e.start, e.end - 1, label=e.label) if len(e) > 1 and e[-1].tag_ == "POS" else e
                 for e in doc.ents)
    taken: set[int] = set()
    found: list[RawMention] = []

    def add(m: RawMention) -> None:
        if any(i in taken for i in range(m.start, m.end)):
            return
        taken.update(range(m.start, m.end))
        found.append(m)

    # 1. people spaCy found, unless the gazetteer knows the words as a place
    full_names = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    short = abbreviations(doc) | ships(ents)  # "(Phivolcs)", "U.S.S. Grayback": no one's names
    full_names -= short
    # and of full names the tagger left untagged: a given name compounded to a capitalised word
    # ("Rahm Emanuel may have thought", then "Emanuel ally", "Emanuel said")
    full_names |= {t.head.text for t in tokens if t.dep_ == "compound" and t.head.i == t.i + 1 and t.is_title
                   and t.head.is_title and t.pos_ == t.head.pos_ == "PROPN" and t.ent_type_ == t.head.ent_type_ == ""
                   and first_name_gender(f"{t.text} {t.head.text}") is not None}
    by_text: dict[str, list[Token]] = {}  # capitalised words where they occur ("Schengen" as a modifier)
    for t in tokens:
        if t.text[:1].isupper():
            by_text.setdefault(t.text, []).append(t)
    not_people = {n for n in places_and_things(ents, lookup_place) if not kb.person(n)}  # "in Sultan Kudarat"
    for ent in ents:
        if ent.label_ != "PERSON" and not person_by_first_name(ent, kb, table) or kb.body(ent.text):
            continue  # a body the knowledge base knows is no person ("Al-Shabab" tagged PERSON): step 3
        if ent.text in not_people:
            continue  # the story uses the name as a place's or a thing's, somewhere
        ent = whole_name(ent)
        name, office, gender = strip_name(ent)
        if table.match(name.text) and not kb.person(name.text) or no_person_name(name, kb) or \
                name.text in short or ent[0].text.lower() in SHIP_PREFIXES:
            continue  # a place, a thing, an organisation's abbreviation ("Phivolcs")
        if len(name) > 1 and (m := table.match(name[-1].text)) is not None and m.via == "capital" \
                and any(t.ent_type_ == "GPE" for t in by_text.get(name[-1].text, ())) and not kb.person(name.text):
            continue  # "Trump, Erdogan Ankara will …" (a heading run into the text), Ankara a place elsewhere
        if len(ent) == 1 and ent.end < len(doc) and office_of(f"{ent.text} {doc[ent.end].text}"):
            continue  # "Transport" of "Transport Minister Nina Holm", taken for a person
        if bare_word(name, office, gender, kb, full_names, by_text):
            continue  # "the Schengen system", "Brexit negotiations": one word that never acts as a person
        span = name  # the mention also holds titles before the name: "President Trump"
        while span.start > 0 and doc[span.start - 1].is_title and prenominal_office(doc[span.start - 1].text) \
                and not (span.start > 1 and doc[span.start - 2].lower_ == "of"  # "Minister of Justice X"
                         and office_of(doc[span.start - 1].text) is None):
            office = office or prenominal_office(doc[span.start - 1].text)[0]
            span = doc[span.start - 1: span.end]
            # "Energy Minister Paul Grant": a two-word title names the ministry
            if span.start > 0 and doc[span.start - 1].is_title and \
                    (two := office_of(f"{doc[span.start - 1].text} {span[0].text}")):
                office = two[0]
                span = doc[span.start - 1: span.end]
        of = None if office is not None else \
            next((k for k in range(span.start - 2, max(span.start - 5, 0), -1) if doc[k].lower_ == "of"), None)
        if of is not None and all(t.is_title for t in doc[of + 1: span.start]) \
                and doc[of - 1].is_title and office_of(doc[of - 1].text.lower()):
            office = office_of(doc[of - 1].text.lower())[0]  # "Minister of Justice Naser Abdel Bari"
            span = doc[of - 1: span.end]
        if span[-1].pos_ in ("PROPN", "NOUN") or len(span) > 1:
            former = office is not None and span.start > 0 and doc[span.start - 1].lower_ in ("former", "ex")
            add(RawMention(span.start, span.end, span.end - 1, "name", span.text, name=name.text,
                           office=office, gender=gender, former=former))  # "former Vice President Joe Biden"
    # a name compounded to a title, which the tagger did not take for a person ("spokesperson Randhir Jaiswal")
    for tok in tokens:
        titled = name_after_title(tok, table, kb)
        if titled is not None:
            name, office = titled
            add(RawMention(name.start, name.end, name.end - 1, "name", name.text, name=name.text, office=office))
    # surnames and names spaCy missed or mislabelled: known surnames in the article, KB names
    surnames = {m.text.split()[-1] for m in found if m.kind == "name"}
    for tok in tokens:
        # "Trump has continued …": a name at a sentence start the tagger took for a common noun
        noun_subject = tok.pos_ == "NOUN" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass", "poss")
        # the surname of a person this article names, in title case, whatever the tagger made of it
        # ("Trump at first imposed …" parsed with "Trump" as the root noun)
        named = tok.text in surnames and tok.is_title and tok.pos_ in ("NOUN", "ADJ", "VERB", "INTJ")
        if tok.i in taken or not (tok.pos_ == "PROPN" or noun_subject or named):
            continue
        # a knowledge-base name alone counts only where spaCy saw no date, place or other
        # entity: "May 26" is no prime minister, "Austin, Texas" no defence secretary
        # ("Putin spoke with Erdogan": spaCy's small model tags "Erdogan" a GPE; the gazetteer
        # knowing no place of the name settles it)
        known = (tok.ent_type_ in ("PERSON", "ORG", "") or tok.ent_type_ in ("GPE", "NORP", "LOC")
                 and lookup_place(tok.text) is None) and kb.person(tok.text) and not table.match(tok.text)
        if tok.text in surnames or known:
            start = given_names(doc, tok, taken, table)  # "Rahm Emanuel", untagged, before "Emanuel"
            office = None
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.i not in taken and office_of(prev.text.lower()) and prev.is_title:
                office = office_of(prev.text.lower())[0]
                start = prev.i
            add(RawMention(start, tok.i + 1, tok.i, "name", doc[start: tok.i + 1].text,
                           name=doc[start if office is None else start + 1: tok.i + 1].text, office=office))
    joined_surnames(doc, surnames, taken, RawMention, add)  # "Linda Dakin-Grimm" … "Dakin-Grimm said"
    # 2. titles and offices: "the US president", "His defence secretary, Pete Hegseth"
    for tok in tokens:
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
            continue
        phrase = title_phrase(tok)
        if phrase is None or _inside_a_name(tok):
            continue
        office, sector = TITLES[phrase[0]]
        country, country_tok = country_of_modifiers(tok, table)
        possessor = next((c.i for c in tok.lefts if _possessive(c) and c.i != getattr(country_tok, "i", -1)), None)
        appos = appositive_name(tok)
        appos = appos if appos is not None else predicated_name(tok)  # "serving as its first prime minister"
        # never across a comma or quotation mark the parser put inside the phrase ("… unacceptable,”
        # Guterres’ spokesman": not "unacceptable" nor "Guterres’")
        stop = max((t.i for t in doc[tok.left_edge.i: tok.i] if t.text in _PHRASE_BREAKS), default=-1)
        start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "poss", "amod", "compound") and c.i > stop])
        if doc[start].dep_ == "poss":  # "His defence secretary"; a possessor named already stays its own
            poss = doc[start]
            # "Trump's special envoy, Steve Witkoff": the envoy is Witkoff; a body the knowledge
            # base knows is named as well ("the State Department's special representative")
            owner = doc[poss.left_edge.i: poss.i + 1]
            start = poss.right_edge.i + 1 if any(i in taken for i in range(poss.left_edge.i, poss.i + 1)) \
                or kb.body(owner.text.removeprefix("the ").removeprefix("The ")) else poss.left_edge.i
        end = tok.i + 1
        employer = employer_of(tok, table, kb) or body_modifier(tok, kb)  # "a spokesperson for the State Department"
        if employer is not None:
            end, country, sector = employer[0], country or employer[1], employer[2] or sector
        former = any(c.lower_ in ("former", "ex", "late", "then") for c in tok.lefts)
        add(RawMention(start, end, tok.i, "title", doc[start:end].text, country=country,
                       sector=sector, office=office, appos=appos, possessor=possessor, former=former))
    # 3. bodies the knowledge base knows, and organisations spaCy found
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "LOC", "FAC", "PERSON"):
            continue
        body = kb.body(ent.text)
        if body is not None:
            start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
            add(RawMention(start, ent.end, ent.root.i, "organisation", doc[start: ent.end].text, name=body.name,
                           country=body.country, sector=body.sector, qid=body.qid))
    state_body_mentions(doc, ents, table, RawMention, add)  # "Somalia's National ... Agency"
    abbreviated_bodies(tokens, found, RawMention, add)  # "…, or NISA,": later "NISA said"
    # 4. states, capitals, seats of government, organisations and demonyms from the gazetteer
    for start_char, end_char, match in table.find_all(doc_text(doc)):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].text in WATERS:
            continue  # "the South China Sea", "the Taiwan Strait": a body of water, not the state
        _add_gazetteer_mention(doc, span, match, add)
    # 4b. regions stand for their state ("seized Crimea"); spaCy may call them ORG
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "ORG") or any(i in taken for i in range(ent.start, ent.end)):
            continue
        info = lookup_place(ent.text)
        if info is not None and info.kind == "region" and info.country and table.name_of(info.country):
            add(RawMention(ent.start, ent.end, ent.root.i, "place", ent.text, name=table.name_of(info.country),
                           country=info.country, via="region"))
    us_namesakes(doc, found, table)  # "Georgia" in American news is the US state
    state_epithets(tokens, found, table, RawMention, add)  # "Saudi Arabia … the Gulf kingdom said"
    # 5. groups named by what they are: "police", "protesters", "Russian troops" (the state
    # adjective or name among the modifiers gives the country)
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
            continue
        group = GENERIC_GROUPS.get(lemma) or plural_title(tok) or advocates(tok) or _state_body(tok)
        head = crowd(tok) if group is None else tok  # "Hundreds of people massed": the count heads
        group = group or (("people", "CVL") if head is not None else None)
        if group is None and GROUP_NOUNS.get(lemma) == "MIL":  # "Houthi drones": the body's weapons
            _body_group(doc, tok, kb, add)
            continue
        if group is None or lemma in _PLURAL_ONLY and (tok.tag_ != "NNS" or any(c.dep_ == "poss" for c in tok.lefts)):
            continue  # "by force" is no group, and "its ground forces" are its possessor's
        country = None
        for child in tok.lefts:
            if child.dep_ in MODIFIER_DEPS:
                # "Iraqi officials", "NATO troops", "European Union officials"
                match = table.match(child.text) or table.match(doc[child.left_edge.i: child.i + 1].text)
                if match is not None:
                    country = match.code
        country = country or group_from(tok, table) or group_in(tok, found, table)
        _body_group(doc, tok, kb, add)
        # a possessive stays a mention of its own: "his" in "his counterparts" is Healey
        start = min([head.i] + [c.i for c in head.lefts if c.dep_ in ("det", "amod", "compound", "quantmod")])
        add(RawMention(start, tok.i + 1, head.i, "group", doc[start: tok.i + 1].text,
                       name=f"{match_name(country, table)} {group[0]}".strip(), country=country, sector=group[1]))
    body_anaphora(tokens, found, RawMention, add)  # "The ministry also accused Kyiv …"
    collective_anaphora(tokens, found, table.is_organisation, RawMention, add)  # "the EU … the bloc"
    group_anaphora(tokens, found, NON_STATE_SECTORS, RawMention, add)  # "al-Shabab … the militant group said"
    # 6. pronouns (third person)
    for tok in tokens:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" or referring_it(tok):
            add(RawMention(tok.i, tok.i + 1, tok.i, "pronoun", tok.text))
    found.sort(key=lambda m: m.start)
    return found


def _possessive(tok: Token) -> bool:
    """Whether ``tok`` possesses its head: a possessive, or a name the parser took for a modifier
    though an apostrophe follows it ("Guterres’ spokesman")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "poss" or tok.dep_ in ("nmod", "compound") and tok.is_title and nxt is not None \
        and nxt.text in ("’", "'") and nxt.i < tok.head.i


def _inside_a_name(tok: Token) -> bool:
    """Whether a capitalised title word is a word of a name that goes on with capitalised words
    naming no person ("GNU Lesser General Public License", "General Motors", "Secretary Island")."""
    doc = tok.doc
    if not tok.is_title or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if begins_a_place_name(doc, tok.i + 1):
        return True  # "General Bernardo O'Higgins Riquelme Base"
    return (nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and nxt.ent_type_ != "PERSON"
            and not office_of(nxt.text.lower()) and not office_of(f"{tok.text} {nxt.text}".lower()))


def _state_body(tok: Token) -> tuple[str, str] | None:
    """The label and sector of a bare state body (:data:`STATE_BODIES`): "the military", not
    "its army", "a government", "Sudan's junta"."""
    body = STATE_BODIES.get(tok.lemma_.lower())
    if body is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) \
            or any(c.dep_ == "poss" for c in tok.lefts):
        return None
    return body


def _body_group(doc: Doc, tok: Token, kb: KnowledgeBase, add) -> None:
    """A group or weapon named by the body it belongs to ("Houthi rebels", "Hezbollah rockets"):
    a mention of that body."""
    for child in tok.lefts:
        body = kb.body(child.text) if child.dep_ in MODIFIER_DEPS else None
        if body is not None:
            start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound")])
            add(RawMention(start, tok.i + 1, tok.i, "organisation", doc[start: tok.i + 1].text,
                           name=body.name, country=body.country, sector=body.sector, qid=body.qid))


def match_name(code: str | None, table) -> str:
    """The canonical name of a state code, or "" for none."""
    return (table.name_of(code) or code) if code else ""


#: Brussels is the seat of NATO and of the EU's institutions as well as Belgium's capital: the
#: body named in the same sentence decides.
_BRUSSELS_BODIES = (("NATO", "NATO", ("nato", "the alliance", "north atlantic")),
                    ("EUR", "European Union", ("eu ", "eu's", "european union", "european commission", "commission",
                                               "european council")))


def _brussels(span: Span, match: CountryMatch) -> CountryMatch:
    sentence = f" {span.sent.text.lower()} "
    for code, name, cues in _BRUSSELS_BODIES:
        if any(cue in sentence for cue in cues) or (code == "EUR" and " eu" in sentence.replace(",", " ")):
            return CountryMatch(code, name, "seat", "IGO")
    return match


def _add_gazetteer_mention(doc: Doc, span: Span, match: CountryMatch, add) -> None:
    root = span.root
    if match.via == "demonym" and span[-1].dep_ == "amod" and span[-1].head.lemma_.lower() in GROUP_NOUNS:
        # "The Chinese military": the people's name read as the adjective it is here
        root, match = span[-1], replace(match, via="adjective")
        span = span[1:] if span[0].lower_ == "the" else span
    if match.via == "adjective":
        # "European nations", "Russian forces": the adjective makes a group of the noun
        head = root.head
        if head.tag_ == "NN" and head.lemma_.lower() in STATE_NOUNS and default_table().is_organisation(match.code):
            return  # "the African nation", "the south Asian nation": one state (actors.epithets), not the AU
        if root.dep_ in ("amod", "compound") and head.lemma_.lower() in GROUP_NOUNS and head.i > root.i:
            start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
            add(RawMention(start, head.i + 1, head.i, "demonym", doc[start: head.i + 1].text, name=match.name,
                           country=match.code, sector=GROUP_NOUNS[head.lemma_.lower()], via=match.via))
        return
    if root.dep_ in ("compound", "amod") and title_phrase(root.head) is not None:
        return  # "the US president": the country belongs to the title
    head = root.head
    # nothing but "'s" and the noun's own modifiers between: "Russia's defense ministry"
    adjoining = head.i >= span.end and all(t.tag_ == "POS" or (t.head == head and t.dep_ in ("compound", "amod"))
                                           for t in doc[span.end: head.i])
    if (match.via not in ("capital", "seat", "organisation") and root.dep_ in ("compound", "poss")
            and head.pos_ in ("NOUN", "PROPN") and adjoining and GROUP_NOUNS.get(head.lemma_.lower()) in ("MIL", "GOV")):
        # "the Pakistan military", "Israel's military": the state's body, as with an adjective
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
        add(RawMention(start, head.i + 1, head.i, "demonym", doc[start: head.i + 1].text, name=match.name,
                       country=match.code, sector=GROUP_NOUNS[head.lemma_.lower()], via=match.via))
        return
    start = span.start
    if start > 0 and doc[start - 1].lower_ == "the" and root.dep_ not in ("compound", "amod"):
        start -= 1
    kind = {"demonym": "demonym", "organisation": "organisation"}.get(match.via, "place")
    if match.code == "BEL" and span.text == "Brussels":
        match = _brussels(span, match)
    add(RawMention(start, span.end, root.i, kind, doc[start: span.end].text, name=match.name,
                   country=match.code, via=match.via,
                   sector=match.sector or ("GOV" if match.via in ("capital", "seat") else None)))
