"""The story's home state, and the domestic office holders it places there.

A local story seldom repeats whose president or governor it means: in a report from Nigeria,
"President Muhammadu Buhari" and "State Governor Bello Matawalle" are Nigeria's, as a reader
takes them. :func:`story_country` finds the state most of the story's places and state mentions
name; :func:`place_office_holders` gives it to each person the knowledge base and the story's
own words (:mod:`dateline.actors.facts`) left without a country whose title names a domestic
office (head of state or government, minister, governor, legislator, mayor, judge, commander,
police chief), when that state clearly dominates the story (half its state mentions, or a third
when the story names it first) and the knowledge base does not name someone else as that
state's holder of the office on the publication date, nor leaves that state without an office
the knowledge base lists for other states (a story from the United States places no prime
minister there). Envoys, ambassadors,
spokespeople and "leaders" are left alone: they often serve another state or body. PLOVER codes
a state's officials as the state (manual v0.8, section "Actors").
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Sequence

from ..records import Actor, Place
from .kb import KnowledgeBase
from .roles import TITLES

#: Offices of domestic government whose holders a local story leaves unqualified.
DOMESTIC_SECTORS = {"GOV", "LEG", "JUD", "MIL"}
_NOT_DOMESTIC = {"spokesperson", "envoy", "ambassador", "diplomat", "leader", "official", "secretary-general",
                 "secretary general", "chief", "head", "director", "chairman", "chair", "representative"}
#: Sector of each office key the titles name (:data:`~dateline.actors.roles.TITLES`).
_OFFICE_SECTOR = {office: sector for office, sector in TITLES.values()}


def story_country(actors: Sequence[Actor], places: Sequence[Place], share: float = 1 / 3) -> str | None:
    """The ISO 3166 alpha-3 code of the state most of the story's places and state mentions
    name, when it has at least 3 of them and ``share`` of all; else None."""
    counts = Counter(p.country for p in places if p.country and len(p.country) == 3)
    for actor in actors:
        if actor.kind == "state" and actor.country:
            counts[actor.country] += len(actor.mentions)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 3 and n >= share * sum(counts.values()) else None


def _first_state(actors: Sequence[Actor]) -> str | None:
    """The code of the state the story names first (its earliest mention), or None."""
    states = [(min(m.start for m in a.mentions), a.country) for a in actors
              if a.kind == "state" and a.country and a.mentions]
    return min(states)[1] if states else None


def office_sector(office: str | None) -> str | None:
    """The PLOVER sector of an office key ("president": GOV, "legislator": LEG), or None."""
    return _OFFICE_SECTOR.get(office or "")


def place_office_holders(actors: list[Actor], places: Sequence[Place], kb: KnowledgeBase,
                         published: date | None, elsewhere: set[str] = frozenset()) -> int:
    """Give the story's home state to its unplaced domestic office holders (module docstring),
    except the people whose ids are in ``elsewhere`` (an office in a body that is no state's).

    The actors are changed in place; returns how many were placed.
    """
    people = [a for a in actors if a.kind == "person" and not a.country and a.role and a.id not in elsewhere
              and not a.role.startswith("former") and a.role not in _NOT_DOMESTIC
              and office_sector(a.role) in DOMESTIC_SECTORS and any(m.kind == "name" for m in a.mentions)]
    if not people:
        return 0
    home = story_country(actors, places, share=0.5)
    if home is None:
        # a state named first and most often, by a third of the mentions, is the story's too
        # ("Botswana has made $4 million …", then the United Kingdom's ban and its critics)
        home = story_country(actors, places, share=1 / 3)
        if home is None or home != _first_state(actors):
            return 0
    placed = 0
    for person in people:
        holder = kb.office_holder(home, person.role, published)
        if holder is not None and holder.name != person.name:
            continue  # "President Bukele" in a story about the United States: not Trump, so not American
        if home in kb.offices and person.role in kb.listed_offices and person.role not in kb.offices[home]:
            continue  # "Prime Minister Adil Abdul-Mahdi" in an American story: the US has no prime minister
        person.country, person.country_from = home, "home"
        person.sector = person.sector or office_sector(person.role)
        placed += 1
    return placed
