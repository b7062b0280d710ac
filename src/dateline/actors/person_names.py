"""Which capitalised words make a person's name: the name without the honorifics and titles
the tagger took into it, the words it cut off a name, a one-word "person" that is a thing, an
organisation or place tag on a person's name, and given names the tagger left untagged.

Used by :func:`dateline.actors.mentions.find_mentions` (step 1, people).
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from .countries import country_table as default_table
from .gender import first_name_gender
from .kb import KnowledgeBase
from .roles import HONORIFICS, office_of

__all__ = ["SHIP_PREFIXES", "ships", "abbreviations", "bare_word", "begins_a_place_name", "given_names", "no_person_name",
           "person_by_first_name", "places_and_things", "strip_name", "whole_name"]


#: Prepositions that open a sentence and that the tagger takes into a person's name with the
#: capitalised word after them ("Beyond Ukraine", "Unlike Biden").
_OPENING_PREPOSITIONS = {"beyond", "despite", "unlike", "besides", "amid", "across", "following", "throughout",
                         "regarding", "within", "without", "inside", "outside", "against", "toward", "towards"}


def strip_name(span: Span) -> tuple[Span, str | None, str | None]:
    """A person's name without honorifics or titles in front; the office and gender they imply."""
    office, gender = None, None
    start = span.start
    doc = span.doc
    while start < span.end - 1:
        word = doc[start].text.lower()
        if word in HONORIFICS:
            gender = HONORIFICS[word] or gender
        elif start + 2 < span.end and (two := office_of(f"{word} {doc[start + 1].text}")):
            office = two[0]
            start += 1  # "Energy Minister" inside the entity
        elif office_of(word):
            office = office_of(word)[0]
        elif start == span.start and _state_name(doc[start]):
            pass  # "(Coordinator for) Myanmar Andrew Kirkwood": the state is no part of the name
        elif start == span.start and word in _OPENING_PREPOSITIONS:
            pass  # "Beyond Ukraine, G7 ministers …" tagged a person: no "Beyond" in any name
        else:
            break
        start += 1
    if gender is None and span.start > 0 and doc[span.start - 1].text.lower() in HONORIFICS:
        gender = HONORIFICS[doc[span.start - 1].text.lower()]  # "Mr. Ed Davey", the honorific outside the entity
    end = span.end
    while end - 1 > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1  # "Robert Mueller’s team": the name without the possessive
    return doc[start: end], office, gender


def _state_name(tok: Token) -> bool:
    """Whether ``tok`` alone names a state (its name or adjective): no first name."""
    match = default_table().match(tok.text) if tok.is_title and tok.i + 1 < len(tok.doc) else None
    return match is not None and match.via != "organisation" and tok.nbor(1).is_title


#: Particles inside surnames ("Ursula von der Leyen", "Ahmed bin Salman"): a person entity that
#: ends on one was cut short by the tagger, and the capitalised word after it belongs to the name.
_NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn",
                   "al", "el", "ben", "abu", "dos", "das", "ter", "zu"}


def whole_name(ent: Span) -> Span:
    """``ent`` with the words the tagger cut off a name that ends on a particle: "Ursula von der"
    + "Leyen" (spaCy's en_core_web_sm tags "Leyen" a place)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end - 1].lower_ in _NAME_PARTICLES and \
            (doc[end].is_title or doc[end].lower_ in _NAME_PARTICLES) and not doc[end - 1].whitespace_ == "":
        end += 1
    return doc[ent.start: end]


def bare_word(name: Span, office: str | None, gender: str | None, kb: KnowledgeBase, full_names: set[str],
               by_text: dict[str, list[Token]]) -> bool:
    """Whether a one-word person entity is no person: news names a person in full before using
    the surname alone, so a single word that is no surname of a full name in the article, unknown
    to the knowledge base, with no title or honorific, is a thing the tagger took for one unless
    it acts as a person somewhere: it must be the subject of a verb at least once and never a
    modifier of a common noun ("the Schengen system", "Brexit negotiations", "in Brexit")."""
    if len(name) != 1 or office or gender or name.text in full_names or kb.person(name.text):
        return False
    same = by_text.get(name.text, ())
    if any(t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" for t in same):
        return True
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in same)


#: Last words of names of institutions, companies and places ("Howard University", "Lion Air").
_INSTITUTION_HEADS = {
    "news", "university", "college", "school", "institute", "company", "corporation", "corp", "inc", "group",
    "air", "airlines", "airways", "bank", "entertainment", "media", "studios", "records", "motors", "foundation",
    "council", "assembly", "committee", "commission", "party", "church", "mosque", "temple", "cathedral",
    "catholic", "christianity", "corps", "guard", "army", "navy", "force", "police", "city", "county", "park",
    "port", "island", "islands", "bay", "river", "lake", "valley", "world", "center", "centre", "hospital",
    "stadium", "hotel", "traffic", "heavy", "commandant", "times", "post", "journal", "herald", "tribune",
    "club", "fc", "united", "association", "society", "agency", "service", "services", "network", "airport"}
#: Of those, and of shops and things, the heads that are no one's surname ("Jane Park", "Frank
#: Church", "Emily Post" are people): a span tagged a person that ends in one is a name of a thing.
_THING_HEADS = {
    "university", "college", "school", "institute", "company", "corporation", "corp", "inc", "airlines", "airways",
    "studios", "records", "motors", "foundation", "council", "assembly", "committee", "commission", "mosque",
    "cathedral", "hospital", "stadium", "airport", "association", "society", "agency", "services", "network",
    "club", "fc", "news", "times", "journal", "herald", "tribune", "entertainment", "media", "mall", "plaza",
    "telescope", "license", "licence"}
#: First words that begin names of places and bodies, not people ("Fort Lauderdale", "Mount ...").
_PLACE_FIRST_WORDS = {"fort", "port", "mount", "saint", "st", "lake", "general", "coast", "marine", "roman", "north",
                      "south", "east", "west", "new", "great", "royal", "national", "united", "central"}


def person_by_first_name(ent: Span, kb: KnowledgeBase, table) -> bool:
    """Whether an entity spaCy calls an organisation or place is a person's name: two or three
    capitalised words, the first a given name of the first-name table ("Carly Fiorina", tagged
    ORG), known to neither the knowledge base's bodies nor the gazetteer."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 3:
        return False
    if not all(t.is_title for t in ent) or ent[-1].pos_ != "PROPN":  # "Carly" may be tagged ADV
        return False
    if ent[-1].lower_ in _INSTITUTION_HEADS or ent[0].lower_ in _PLACE_FIRST_WORDS:
        return False  # "Howard University", "Lion Air", "Fox News", "Fort Lauderdale", "General Assembly"
    if first_name_gender(ent.text) is None or kb.body(ent.text) or table.match(ent.text):
        return False
    return not any(table.match(t.text) for t in ent)


def given_names(doc: Doc, tok: Token, taken: set[int], table) -> int:
    """Where the name ending in the surname ``tok`` starts: up to two capitalised proper nouns
    before it that the tagger left untagged and the parser made its compounds ("Rahm Emanuel
    may have thought", "Emanuel" tagged a person only later); ``tok.i`` when there are none."""
    start = tok.i
    while (start > 0 and tok.i - start < 2 and (prev := doc[start - 1]).i not in taken and prev.pos_ == "PROPN"
           and prev.is_title and prev.ent_type_ == "" and prev.dep_ == "compound" and prev.head.i == tok.i
           and not office_of(prev.text.lower()) and not table.match(prev.text)):
        start -= 1
    return start


def no_person_name(name: Span, kb: KnowledgeBase) -> bool:
    """Whether a span spaCy tags a person cannot be a person's name: no word of it capitalised
    (words of another language's sentence: "туристическим бизнесом"), a digit ("Voskhod 2"), or two or more words
    ending in the head of an institution's, shop's or thing's name ("Gaisano Mall", "Howard
    University", "Lesser General Public License"), running over a line break, one word with
    "the" ("The Grayback"), or the start of a place's name ("General Bernardo O'Higgins Riquelme
    Base"), unless the knowledge base knows the person."""
    if not any(t.text[:1].isupper() for t in name) or "\n" in name.text or any(c.isdigit() for c in name.text):
        return True  # no name runs over a line break ("Frozen / Gwenom / Hobbits") or holds a digit ("Voskhod 2")
    if kb.person(name.text):
        return False
    if len(name) > 1 and name[-1].lower_ in _THING_HEADS:
        return True
    doc = name.doc
    root = name.root
    if _names_a_thing(root):
        return True  # "US rock band Van Halen", "the supermarket chain, ALDI", "the Harry Potter series"
    if len(name) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in name[0].children):
        return True  # "The Grayback was short on torpedoes": a ship, a thing named with "the"
    return begins_a_place_name(doc, name.end)


#: Prepositions of place: a name after them (or joined to a place after them) is where something is.
_LOCATIVE = {"in", "near", "at", "inside", "outside", "across", "around"}
#: Nouns of sites and buildings an apposition gives a name ("Hagia Sophia, formerly a church").
_SITES = {"church", "mosque", "museum", "temple", "cathedral", "monument", "palace", "castle", "shrine", "synagogue",
          "fortress", "site", "province", "town", "village", "city", "district", "region", "municipality"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Nouns of polities and their rulers: the name after their "of" is a realm, not a person
#: ("the West African kingdom of Kaabu", "the last emperor of Kaabu").
_REALMS = {"kingdom", "empire", "emirate", "sultanate", "caliphate", "republic", "principality", "duchy",
           "king", "queen", "emperor", "empress", "sultan", "emir", "khan", "shah", "tsar", "czar", "pharaoh"}


def places_and_things(ents, lookup) -> set[str]:
    """Names spaCy tagged a person that the story itself uses as a place or a thing, anywhere in
    it: a place of the gazetteer (``lookup``: :func:`dateline.normalize.places.lookup_place`)
    after a preposition of place or after a place and a comma ("recorded in Sultan Kudarat",
    "Esperanza, Sultan Kudarat"); a name joined by "and" to a place after such a preposition
    ("in Saqqara and Tuna el-Gebel"), when of two words or more and not begun by a given name
    ("met Netanyahu in Jerusalem and Mahmoud Abbas in Ramallah"); a name with an apposition naming
    a site or building ("Hagia Sophia, formerly a Greek Orthodox church"); a name joined to a
    shop's or thing's name ("store chains Woolworths and Coles"); a name after "of" and a realm or
    its ruler ("the kingdom of Kaabu", "the last emperor of Kaabu"). Every mention of such a name
    is then no person."""
    out: set[str] = set()
    for ent in ents:
        realm = ent.root.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" else None
        if realm is not None and realm.head.lemma_.lower() in _REALMS and first_name_gender(ent.text) is None:
            out.add(ent.text)  # "the kingdom of Kaabu", whatever spaCy tagged it there (not "the wife of ...")
            continue
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        group = [root] + list(root.conjuncts)
        first = min(group, key=lambda t: t.i)
        prep = first.head if first.dep_ == "pobj" else None
        locative = prep is not None and prep.lower_ in _LOCATIVE
        before = ent.doc[ent.start - 2: ent.start] if ent.start >= 2 else None
        after_place = before is not None and before[1].text == "," and before[0].ent_type_ in _PLACE_LABELS
        if len(ent) > 1 and (locative or after_place) and lookup(ent.text) is not None:
            out.add(ent.text)
        elif locative and len(ent) > 1 and first_name_gender(ent.text) is None and \
                _joined_to_a_place(ent, group, before, lookup):
            out.add(ent.text)
        elif any(c.dep_ == "appos" and c.lemma_.lower() in _SITES for c in root.children):
            out.add(ent.text)
        elif root.dep_ == "conj" and _names_a_thing(root.head):
            out.add(ent.text)
    return out


def _joined_to_a_place(ent: Span, group: list[Token], before: Span | None, lookup) -> bool:
    """Whether ``ent`` is joined by "and"/"or" to a place ("in Saqqara and Tuna el-Gebel",
    however parsed), not set off by a comma after one ("In Abidjan, Willy Neth, coordinator …");
    ``before`` is the two tokens before ``ent``."""
    if any(c.dep_ == "cc" for t in group for c in t.children) and any(
            t.ent_type_ in _PLACE_LABELS or lookup(t.text) is not None for t in group if t is not ent.root):
        return True
    return before is not None and before[1].lower_ in ("and", "or") and before[0].ent_type_ in _PLACE_LABELS


def _names_a_thing(tok: Token) -> bool:
    """Whether ``tok`` heads a name the parse sets after a thing's noun ("store chains Woolworths")."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _THING_NOUNS for c in tok.lefts) or (
        tok.dep_ in ("appos", "compound", "nmod") and tok.head.lemma_.lower() in _THING_NOUNS)


def begins_a_place_name(doc: Doc, end: int) -> bool:
    """Whether the capitalised words from token ``end`` on (up to four) end a place's or an
    institution's name, so that a person's name before them begins it: "General Bernardo
    O'Higgins Riquelme Base", "John F. Kennedy International Airport", "Trump Tower"."""
    for t in doc[end: min(len(doc), end + 4)]:
        if not t.is_title:
            break
        if t.lower_ in _THING_HEADS or t.lower_ in _PLACE_HEADS:
            return True
    return False


#: Common nouns of things with names, which a name set after them names ("rock band Van Halen").
_THING_NOUNS = {"band", "company", "firm", "brand", "store", "chain", "supermarket", "retailer", "ship", "vessel",
                "submarine", "album", "film", "movie", "song", "series", "show", "magazine", "newspaper", "website",
                "app", "game", "novel", "book", "restaurant", "hotel", "horse", "dog", "storm", "hurricane", "typhoon"}
#: Last words of names of places and buildings that often begin with a person's name.
_PLACE_HEADS = {"base", "airport", "street", "avenue", "boulevard", "bridge", "center", "centre", "building",
                "library", "museum", "station", "prize", "award", "memorial", "square", "hall", "highway",
                "tower", "dam", "school", "hospital", "stadium", "arena", "institute", "university"}


def abbreviations(doc: Doc) -> set[str]:
    """One-word abbreviations a story gives in parentheses after a name of several capitalised
    words: "The Philippine Institute of Volcanology and Seismology (Phivolcs)", which the tagger
    may take for a person there and wherever else the word stands."""
    found = set()
    for t in doc:
        if (t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and t.i >= 2
                and doc[t.i + 1].text[:1].isupper() and doc[t.i - 1].is_title
                and sum(x.is_title for x in doc[max(0, t.i - 4): t.i]) >= 2):
            found.add(doc[t.i + 1].text)
    return found


#: Prefixes of ships' and storms' names ("U.S.S. Grayback", "HMS Victory", "Cyclone Jude",
#: "Hurricane Helene"), which the tagger takes for people.
SHIP_PREFIXES = {"u.s.s.", "uss", "hms", "h.m.s.", "ins", "rfs", "usns", "mv", "m/v",
                 "cyclone", "hurricane", "typhoon", "storm", "tropical"}


def ships(ents) -> set[str]:
    """The last words of the ships' and storms' names among ``ents`` ("Grayback" of "U.S.S.
    Grayback", "Jude" of "Cyclone Jude"): the story's later "the Grayback" is the ship, "Jude"
    the storm, no person's surname."""
    return {e[-1].text for e in ents if len(e) > 1 and e[0].text.lower() in SHIP_PREFIXES}


def joined_surnames(doc: Doc, surnames: set[str], taken: set[int], make: Callable, add: Callable) -> None:
    """Calls ``add(make(start, end, head, "name", text, name=text))`` (token indices, ``end``
    exclusive) for each later occurrence of a surname of several tokens that a full
    name in the article ends with ("Linda Dakin-Grimm", then "Dakin-Grimm said", which the
    tagger leaves untagged and the tokenizer splits at the hyphen); ``taken`` tokens are already mentions."""
    for surname in (s for s in surnames if "-" in s.strip("-")):
        first = surname.split("-")[0]
        for tok in doc:
            if tok.text != first or tok.i in taken:
                continue
            end = tok.i
            while end < len(doc) and doc[tok.i: end + 1].text != surname and len(doc[tok.i: end + 1].text) < len(surname):
                end += 1
            if end < len(doc) and doc[tok.i: end + 1].text == surname and not any(i in taken for i in range(tok.i, end + 1)):
                add(make(tok.i, end + 1, end, "name", surname, name=surname))
