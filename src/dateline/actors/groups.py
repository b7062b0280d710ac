"""Which state a group named by what it is belongs to, when no state's adjective or name
modifies it (those are read in :func:`dateline.actors.mentions.find_mentions`): the one state or
organisation it is "from" or "of" (:func:`group_from`), or, for a local group, the place it is
"in" (:func:`group_in`)."""
from __future__ import annotations

from spacy.tokens import Token

from ..normalize.places import lookup_place


def group_from(tok: Token, table) -> str | None:
    """The one state or organisation a group is "from" or "of" ("Top diplomats from the Group of
    Seven leading democracies": G7); None for several ("ministers from Britain, Canada …")."""
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not any(g.dep_ == "conj" for g in c.children)):
            # the name may run on through "of" ("the Group of Seven"): the longest that matches
            end = pobj.i + 1
            while end + 1 < len(tok.doc) and tok.doc[end].lower_ == "of" and tok.doc[end + 1].pos_ == "PROPN":
                end += 2
            for stop in range(end, pobj.left_edge.i, -1):  # "the Group of Seven leading industrial nations"
                match = table.match(tok.doc[pobj.left_edge.i: stop].text.removeprefix("the "))
                if match is not None and match.via != "adjective":
                    return match.code
    return None


#: Groups that belong to the state they are "in" ("officials in Kabul", "protesters in Istanbul");
#: not troops, diplomats or refugees, as often another state's there.
_LOCAL_GROUPS = {"official", "authority", "police", "policeman", "prosecutor", "resident", "villager", "protester",
                 "demonstrator", "civilian"}


def group_in(tok: Token, found: list, table) -> str | None:
    """The state of the place a local group is "in" (:data:`_LOCAL_GROUPS`): a state, its capital
    or a description of it found before ("officials in the West African nation"), or a city the
    place gazetteer knows (:func:`~dateline.normalize.places.lookup_place`), else None."""
    if tok.lemma_.lower() not in _LOCAL_GROUPS:
        return None
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for m in found:
                if m.start <= pobj.i < m.end and m.kind == "place" and m.country \
                        and not table.is_organisation(m.country):
                    return m.country
            if pobj.ent_type_ == "GPE":  # a city: "protesters in Istanbul"
                info = lookup_place(tok.doc[pobj.left_edge.i: pobj.i + 1].text)
                if info is not None and info.country and table.name_of(info.country):
                    return info.country
    return None
