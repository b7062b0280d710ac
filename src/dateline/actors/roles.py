"""Offices, titles and descriptions of people, and the pronouns that refer to them.

A title such as "the UK's defence secretary" or "President" names an *office*; offices are
normalised to the keys used in the people knowledge base (``data/people.csv``) so that a
title can be matched to the person holding that office on the article's publication date.
Sector codes are PLOVER's (manual v0.8, actor conventions): ``GOV`` government, ``MIL``
military, ``LEG`` legislature, ``JUD`` judiciary, ``IGO`` intergovernmental, ``CVL`` civilian.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Title words (lower case, as written) -> (office key, PLOVER sector).
TITLES: dict[str, tuple[str, str]] = {
    "president": ("president", "GOV"),
    "vice president": ("vice president", "GOV"),
    "vice-president": ("vice president", "GOV"),
    "prime minister": ("prime minister", "GOV"),
    "premier": ("prime minister", "GOV"),
    "pm": ("prime minister", "GOV"),
    "chancellor": ("chancellor", "GOV"),
    "defence secretary": ("defence minister", "MIL"),
    "defense secretary": ("defence minister", "MIL"),
    "secretary of defense": ("defence minister", "MIL"),
    "defence minister": ("defence minister", "MIL"),
    "defense minister": ("defence minister", "MIL"),
    "war secretary": ("defence minister", "MIL"),
    "foreign secretary": ("foreign minister", "GOV"),
    "foreign minister": ("foreign minister", "GOV"),
    "secretary of state": ("foreign minister", "GOV"),
    "home secretary": ("interior minister", "GOV"),
    "interior minister": ("interior minister", "GOV"),
    "finance minister": ("finance minister", "GOV"),
    "health secretary": ("health minister", "GOV"),
    "health minister": ("health minister", "GOV"),
    "cabinet minister": ("minister", "GOV"),
    "minister": ("minister", "GOV"),
    "secretary": ("minister", "GOV"),
    "secretary general": ("secretary general", "IGO"),
    "secretary-general": ("secretary general", "IGO"),
    "spokesperson": ("spokesperson", "GOV"),
    "spokesman": ("spokesperson", "GOV"),
    "spokeswoman": ("spokesperson", "GOV"),
    "ambassador": ("ambassador", "GOV"),
    "envoy": ("envoy", "GOV"),
    "special representative": ("envoy", "GOV"),
    # the UN's officers in a country ("the U.N. resident coordinator in Myanmar")
    "resident coordinator": ("coordinator", "IGO"),
    "humanitarian coordinator": ("coordinator", "IGO"),
    "special rapporteur": ("rapporteur", "IGO"),
    "rapporteur": ("rapporteur", "IGO"),
    "senator": ("senator", "LEG"),
    "congressman": ("legislator", "LEG"),
    "congresswoman": ("legislator", "LEG"),
    "lawmaker": ("legislator", "LEG"),
    "legislator": ("legislator", "LEG"),
    # "a member of parliament" ("a member of the upper house": titles.title_phrase); not "of the
    # Senate" or "of the assembly", which name one state's chamber or any assembly
    "member of parliament": ("legislator", "LEG"),
    "member of congress": ("legislator", "LEG"),
    "governor": ("governor", "GOV"),
    "mayor": ("mayor", "GOV"),
    "councillor": ("councillor", "GOV"),
    "councilor": ("councillor", "GOV"),
    "councilman": ("councillor", "GOV"),
    "councilwoman": ("councillor", "GOV"),
    "councilmember": ("councillor", "GOV"),
    "king": ("monarch", "GOV"),
    "queen": ("monarch", "GOV"),
    "emir": ("monarch", "GOV"),
    "general": ("commander", "MIL"),
    "commander": ("commander", "MIL"),
    "judge": ("judge", "JUD"),
    "chief justice": ("judge", "JUD"),
    "leader": ("leader", "GOV"),
    "official": ("official", "GOV"),
    "politician": ("politician", "GOV"),
    "statesman": ("politician", "GOV"),
    "army chief": ("army chief", "MIL"),
    "military chief": ("army chief", "MIL"),
    "defence chief": ("army chief", "MIL"),
    "defense chief": ("army chief", "MIL"),
    "police chief": ("police chief", "GOV"),
    "intelligence chief": ("intelligence chief", "GOV"),
    "spy chief": ("intelligence chief", "GOV"),
    "top diplomat": ("foreign minister", "GOV"),
    "foreign policy chief": ("foreign minister", "GOV"),
    "attorney general": ("attorney general", "JUD"),
    "prosecutor": ("prosecutor", "JUD"),
    "chief prosecutor": ("prosecutor", "JUD"),
    "chairman": ("chair", None),
    "chairwoman": ("chair", None),
    "chair": ("chair", None),
}

#: Ministries named in titles such as "Energy Minister" or "Transport Secretary": each is an
#: office of its own, so "the energy minister" is not the transport minister.
PORTFOLIOS = ("energy", "transport", "trade", "education", "justice", "agriculture", "environment", "labour",
              "labor", "economy", "economic", "culture", "housing", "industry", "immigration", "climate",
              "development", "tourism", "sports", "communications", "infrastructure", "science", "treasury")
_PORTFOLIO_OFFICES = {f"{p} minister" for p in PORTFOLIOS}
TITLES.update({f"{p} {word}": (f"{p} minister", "GOV") for p in PORTFOLIOS for word in ("minister", "secretary")
               if f"{p} {word}" not in TITLES})

_MINISTERS = {"minister", "defence minister", "foreign minister", "interior minister", "finance minister",
              "health minister", "prime minister"} | _PORTFOLIO_OFFICES
#: Offices a generic title may stand for: "the minister" may be any minister.
GENERIC_OFFICES: dict[str, set[str]] = {
    "minister": _MINISTERS,
    "leader": {"president", "prime minister", "chancellor", "monarch", "leader"},
    "politician": _MINISTERS | {"president", "vice president", "chancellor", "leader", "legislator", "senator",
                                "governor", "mayor", "official"},
    "official": {"official", "minister", "defence minister", "foreign minister", "spokesperson", "ambassador",
                 "envoy"} | _PORTFOLIO_OFFICES,
}

#: PLOVER sectors of armed groups and gangs: their country is where they are based and act, not
#: the side they act for, so they are actors of their own, never one with their state's bodies.
NON_STATE_SECTORS = frozenset({"REB", "CRM"})

#: Honorifics before a name: stripped from the canonical name, and a hint of gender.
#: The head word of every title ("secretary", "minister", "president"): a "name" holding one is a
#: description ("US Treasury Secretary"), not a person's name. Words that are also surnames
#: (Martin Luther King, Mike Judge) and the tails of "secretary of state/defense" are left out.
TITLE_WORDS = frozenset(key.split()[-1] for key in TITLES) - {"king", "queen", "judge", "state", "defense",
                                                                 "justice"}  # surnames and given names too


def has_title_word(name: str) -> bool:
    """Whether a word of ``name`` is one of :data:`TITLE_WORDS` ("US Treasury Secretary")."""
    return any(w.lower().strip(".,") in TITLE_WORDS for w in name.split())


HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "prof": None, "prof.": None,
}

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
#: "it" stands for a state or a body only as the speaker of a reporting verb or as a possessive
#: ("The ministry said it ...", "Russia and its allies"); elsewhere it is mostly expletive.
NEUTER_PRONOUNS = {"it", "its"}


def office_of(title: str) -> tuple[str, str | None] | None:
    """``(office key, sector)`` for a title such as "Defence Secretary", or ``None``."""
    return TITLES.get(" ".join(title.lower().split()))


#: Titles that are one only before a name: "Justice Gibson Mandaza" is a judge of a high court,
#: "a sitting justice" a description left to the common nouns.
PRENOMINAL_TITLES: dict[str, tuple[str, str]] = {"justice": ("judge", "JUD")}


def prenominal_office(title: str) -> tuple[str, str | None] | None:
    """:func:`office_of` for a title written before a name, which also reads :data:`PRENOMINAL_TITLES`."""
    return office_of(title) or PRENOMINAL_TITLES.get(" ".join(title.lower().split()))


def offices_compatible(title_office: str, held_office: str | None) -> bool:
    """Whether a title naming ``title_office`` may refer to someone holding ``held_office``.

    Unknown offices are compatible with everything; "minister" covers every ministry.
    """
    if held_office is None or title_office == held_office:
        return True
    return held_office in GENERIC_OFFICES.get(title_office, set())


def pronoun_gender(word: str) -> str | None:
    """``"m"``, ``"f"`` or ``None`` for a third-person singular pronoun."""
    w = word.lower()
    if w in MALE_PRONOUNS:
        return "m"
    if w in FEMALE_PRONOUNS:
        return "f"
    return None


#: What makes "groups" or "organizations" advocates that speak in the news ("rights groups",
#: "press freedom groups", "aid organizations"): PLOVER sector NGO.
_ADVOCACY = {"rights", "freedom", "aid", "advocacy", "humanitarian", "watchdog", "activist", "campaign",
             "environmental", "relief", "charity", "civil"}


def advocates(tok: Token) -> tuple[str, str] | None:
    """("advocacy groups", "NGO") for a plural "groups"/"organizations" that a word of
    :data:`_ADVOCACY` modifies ("Nine press freedom and rights groups"), else None."""
    if tok.lemma_.lower() not in ("group", "organization", "organisation") or tok.tag_ != "NNS":
        return None
    words = {t.lower_ for c in tok.lefts for t in c.subtree}
    return ("advocacy groups", "NGO") if words & _ADVOCACY else None


#: Words that count a crowd: "hundreds of people", "thousands of worshippers".
_COUNTS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "million", "millions",
           "crowd", "crowds", "group", "groups"}
#: People who act in the news as a crowd, only when counted ("Hundreds of people massed").
_CROWD_NOUNS = {"people", "worshipper", "worshiper", "mourner", "student", "woman", "man", "supporter", "voter", "worker",
                "farmer", "youth"}


def crowd(tok: Token) -> Token | None:
    """The head of a counted crowd that ``tok`` names ("Hundreds of people", "thousands of
    worshippers", "some 200 people", "a crowd of students"): the counting word when the parser
    made it the head ("Hundreds" in "Hundreds of people massed"), else ``tok``; ``None`` when
    ``tok`` is no counted crowd noun; a bare "people" is no actor. Such a crowd is sector CVL
    ("civilians, protesters, activists": PLOVER manual, table of sector codes)."""
    lemma = tok.lemma_.lower()
    plural = tok.tag_ == "NNS" or tok.tag_ == "NN" and lemma == "people"  # "people" may be tagged NN
    if lemma not in _CROWD_NOUNS or not plural:
        return None
    if any(c.dep_ == "nummod" or c.lower_ in _COUNTS for c in tok.lefts):
        return tok  # "200 people", "thousands people"
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i < tok.i \
            and (prep.head.lower_ in _COUNTS or prep.head.pos_ == "NUM"):
        return prep.head  # "Hundreds of people", "a crowd of students"
    return None
