"""Titles and offices in a parse: which words name an office, and for which state or body.

A title mention ("the US president", "Indian foreign ministry spokesperson", "a spokesperson for
the Chinese Foreign Ministry") carries the office it names and the state it serves; a name
compounded to a title ("spokesperson Randhir Jaiswal") is a person even where the tagger saw no
person. Used by :mod:`dateline.actors.mentions`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..normalize.places import lookup_place
from .bodies import organisation_of
from .countries import country_table
from .kb import KnowledgeBase
from .roles import TITLES, office_of

#: Dependency labels of the words that modify a title ("US" in "the US president").
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
#: Common nouns of a state's bodies ("a spokesperson for the Russian embassy").
_STATE_BODIES = {"ministry", "government", "embassy", "consulate", "department", "office", "mission", "delegation",
                 "administration", "cabinet", "presidency", "parliament", "army", "military", "navy", "agency"}


#: Offices whose "for <state>" names the state they deal with, not the one they serve.
_PORTFOLIO = {"envoy", "representative", "rapporteur", "coordinator", "adviser", "advisor", "czar", "negotiator"}


def title_phrase(tok: Token) -> tuple[str, list[Token]] | None:
    """The office words headed by ``tok`` ("defence secretary", "secretary of state") and the
    modifier tokens that are part of it, or ``None`` when ``tok`` heads no title."""
    # spaCy takes "prime" and "foreign" for adjectives: amod modifiers can be part of the title
    compounds = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    words = [c.text.lower() for c in compounds] + [tok.text.lower()]
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.text.lower() == "of"):
        pobj = [c for c in prep.children if c.dep_ == "pobj"]
        if pobj and office_of(f"{tok.text} of {pobj[0].text}"):
            return f"{tok.text.lower()} of {pobj[0].text.lower()}", []
        if pobj and tok.lower_ == "member" and pobj[0].lower_ == "house" and \
                any(c.lower_ in ("upper", "lower") for c in pobj[0].children):
            return "member of parliament", []  # "a member of the upper house": a chamber of parliament
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in TITLES:
            return phrase, compounds[i:]
    common = [c for c in compounds if c.is_lower]  # "the top U.S. diplomat": the state's name inside
    if len(common) < len(compounds):
        for i in range(len(common)):
            phrase = " ".join([c.text for c in common[i:]] + [tok.text.lower()])
            if phrase in TITLES:
                return phrase, common[i:]
    lemma = tok.lemma_.lower()
    if lemma in TITLES:
        return lemma, []
    return None


def employer_of(tok: Token, table, kb: KnowledgeBase) -> tuple[int, str | None, str | None] | None:
    """For "a spokesperson for the State Department" or "the minister of Ukraine": the end of
    the phrase (token index), the country and the sector of the body or state named."""
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            phrase = tok.doc[pobj.left_edge.i: pobj.i + 1]
            body = kb.body(phrase.text)
            if body is not None:
                return pobj.i + 1, body.country, body.sector
            match = table.match(phrase.text.removeprefix("the ").removeprefix("The "))
            if match is not None and match.via == "adjective":
                match = None
            if match is not None and prep.lower_ == "for" and tok.lemma_.lower() in _PORTFOLIO \
                    and match.via != "organisation":
                continue  # "the special representative for North Korea" serves another state
            if match is not None:
                return pobj.i + 1, match.code, None
            organisation = organisation_of(phrase, table)  # "a spokesman for the U.N. Human Rights Office"
            if organisation is not None:
                return pobj.i + 1, organisation.code, organisation.sector
            # "a spokesperson for the Chinese Foreign Ministry": a body of the state its adjective names
            inner = _state_word(phrase, table)
            if inner is not None and (pobj.ent_type_ == "ORG" or pobj.lemma_.lower() in _STATE_BODIES):
                return pobj.i + 1, inner[0], "GOV"
            # "a spokesperson for Russian President Vladimir Putin": the office holder's state
            if pobj.pos_ == "PROPN" and pobj.ent_type_ == "PERSON":
                for t in phrase:
                    adj = table.match(t.text) if t.i < pobj.i and t.is_title else None
                    if adj is not None and adj.via == "adjective":  # the mention stops before the
                        return tok.i + 1, adj.code, "GOV"  # person's name, a mention of its own
    return None


def plural_title(tok: Token) -> tuple[str, str | None] | None:
    """A plural office as a group: "defence ministers", "his counterparts" -> (label, sector)."""
    if tok.tag_ != "NNS":
        return None
    if tok.lemma_.lower() == "counterpart":
        return "counterparts", None
    phrase = title_phrase(tok)
    if phrase is None:
        return None
    # the office's own words; a name ("U.S. commanders") gives the country, not the label
    words = [c.text.lower() for c in tok.lefts if c.dep_ == "compound" and c.pos_ != "PROPN"] + [tok.text.lower()]
    return " ".join(words), TITLES[phrase[0]][1]


def body_modifier(tok: Token, kb: KnowledgeBase) -> tuple[int, str | None, str | None] | None:
    """For "an Interpol spokesperson", "a Foreign Office spokeswoman": the end of the mention, the
    body's country and sector."""
    for child in tok.lefts:
        if child.dep_ not in ("compound", "amod", "nmod"):
            continue
        # "Taliban Foreign Ministry spokesman": the body whose ministry it is
        for text in (tok.doc[child.left_edge.i: child.i + 1].text, child.text, child.left_edge.text):
            body = kb.body(text)
            if body is not None:
                return tok.i + 1, body.country, body.sector
    return None


def country_of_modifiers(tok: Token, table) -> tuple[str | None, Token | None]:
    """The state named by a modifier of ``tok`` ("US" in "the US president", "UK's")."""
    for child in tok.lefts:
        if child.dep_ in MODIFIER_DEPS and child.pos_ in ("PROPN", "ADJ", "NOUN"):
            span = tok.doc[child.left_edge.i: child.i + 1]
            for text in (span.text, child.text):
                match = table.match(text.removeprefix("the ").removeprefix("The "))
                if match and match.via != "demonym":
                    return match.code, child
            # "Chinese Foreign Ministry spokesperson": the state adjective of the body in front
            inner = _state_word(span, table)
            if inner is not None:
                return inner
    return None, None


def _state_word(span: Span, table) -> tuple[str, Token] | None:
    """The state a modifier inside ``span`` names by its name or adjective ("Chinese" in "the
    Chinese Foreign Ministry"), not one joined by a hyphen ("Russian-backed separatists")."""
    for t in span:
        if t.i == span.end - 1 or t.dep_ not in ("compound", "amod") or not t.is_title:
            continue
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "–"):
            continue
        match = table.match(t.text)
        if match is not None and match.via in ("adjective", "name"):
            return match.code, t
    return None


def name_after_title(tok: Token, table, kb: KnowledgeBase) -> tuple[Span, str] | None:
    """The person's name a title noun is compounded to and the office it names ("Indian foreign
    ministry spokesperson Randhir Jaiswal", where the tagger sees no person): one to four
    capitalised proper nouns after the title, ending on the title's head, that name no state,
    place or body; else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "compound":
        return None
    head = tok.head
    if head.pos_ != "PROPN" or not 0 < head.i - tok.i <= 4:
        return None
    phrase = title_phrase(tok)
    if phrase is None:
        return None
    name = tok.doc[tok.i + 1: head.i + 1]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
        return None
    if kb.body(name.text) or lookup_place(name.text) or any(table.match(t.text) for t in name):
        return None
    return name, TITLES[phrase[0]][0]


#: Verbs whose "as" phrase names the office their subject holds ("serving as its first prime
#: minister", "was sworn in as president").
_AS_OFFICE = {"serve", "act", "work", "elect", "appoint", "name", "install", "swear", "nominate", "confirm",
              "reelect", "re-elect", "choose", "select", "continue", "remain", "rule", "govern", "lead", "take"}


def predicated_name(tok: Token) -> int | None:
    """The head token of the person a title is said of: the subject of a copula whose complement
    it is ("Mugabe was the country's first prime minister") or of a verb of holding office whose
    "as" phrase it is ("Mugabe ruled Zimbabwe, serving as its first prime minister": the
    participle's subject is the clause's; "As president, Trump imposed tariffs": an "as" phrase
    opening the sentence, whatever the verb), when that subject is a proper noun (coreference
    takes it only where it is a person's name); else None. A verb with an object describes the
    object ("named Rubio as secretary"): None, unless the "as" phrase opens the sentence."""
    head = tok.head
    fronted = head.i == head.sent.start  # "As president, Trump imposed ...": any verb
    if tok.dep_ == "pobj" and head.lower_ == "as" and (head.head.lemma_.lower() in _AS_OFFICE or fronted):
        verb = head.head
    elif tok.dep_ == "attr" and head.lemma_.lower() in ("be", "become", "remain"):
        verb = head
    else:
        return None
    if not fronted and any(c.dep_ == "dobj" for c in verb.children):
        return None
    for _ in range(3):  # "Biden was projected … to have surpassed … and therefore become the 46th President"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Brett McGurk, who was Trump's Special Presidential Envoy"
            if subj.pos_ == "NOUN" and subj.dep_ == "appos":
                subj = subj.head  # "Pranab Mukherjee, a career politician who served as President of India"
        if subj is not None:
            return subj.i if subj.pos_ == "PROPN" else None  # a person's name mention there, coref checks
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def appositive_name(tok: Token) -> int | None:
    """The head token of the name a title stands in apposition with: "His defence secretary, Pete
    Hegseth"; also after the title's own phrase, where the parser hangs the name on its object
    ("US Ambassador to the UN Linda Thomas-Greenfield", "the U.N. resident coordinator in
    Myanmar, Andrew Kirkwood", "coordinator for Myanmar Andrew Kirkwood"), or None."""
    found = next((c.i for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if found is not None:
        return found
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("to", "for", "in", "of", "at")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = [c for c in pobj.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
            if named:
                return named[0].i
            if pobj.pos_ == "PROPN" and pobj.ent_type_ == "PERSON" and any(
                    c.dep_ == "compound" and (c.ent_type_ in ("GPE", "ORG", "NORP") or country_table().match(c.text))
                    for c in pobj.lefts):
                return pobj.i
    return None

