"""Corpus lending: what one story says of a person, lent to bare mentions of the name in others.

A story that names "Foreign Office spokeswoman Jane Hollis" teaches the corpus that Jane Hollis
speaks for the United Kingdom; a story of the same weeks that only says "Hollis said" does not
repeat it. :func:`lend` gives a person the story left without a country the country, office
and sector that stored stories of the same period (:data:`PERIOD_DAYS` either side of the
publication date; an undated story is of no period, and lends only to undated ones) taught for
that name, and records which article taught it
(:attr:`dateline.records.Actor.lent_from`), so a researcher can check every lent fact.

A name of two words or more is matched whole ("Jane Hollis"); a single name ("Hollis") only
when one full name of the period ends with it. Nothing is lent when the stories disagree (no
country holds :data:`AGREEMENT` of the teaching articles), nor to a person the knowledge base
knows. The teaching side (which persons a stored article teaches) and the index itself live
with the store (:mod:`dateline.store.people_index`); this module only decides.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, Sequence

from ..records import Actor, Quote
from .roles import has_title_word

#: Days either side of an article's publication date within which another article's facts are
#: "of the same period" (offices change; a name may be another person's years later).
PERIOD_DAYS = 365
#: The share of the teaching articles that must agree on the country before it is lent.
AGREEMENT = 2 / 3
#: Words after a surname that are no surname ("Martin Luther King Jr.").
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Taught:
    """One person a stored article's story placed: ``name`` as ``role`` of ``country`` (ISO
    3166-1 alpha-3 or a body's code), sector ``sector``, in article ``article_id`` published
    ``published`` (ISO 8601 date, or None)."""

    name: str
    country: str
    role: str | None
    sector: str | None
    article_id: str
    published: str | None


class PeopleIndex(Protocol):
    """What the corpus taught, by name (:class:`dateline.store.people_index.StorePeople`)."""

    def by_name(self, name: str) -> list[Taught]:
        """The facts taught for the full ``name`` (compared case-insensitively)."""

    def by_surname(self, surname: str) -> list[Taught]:
        """The facts taught for full names whose last word is ``surname`` (case-insensitive)."""


def surname(name: str) -> str | None:
    """The last word of ``name`` (suffixes such as "Jr." skipped), lower case; None for an empty name."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    return words[-1].lower() if words else None


def _within(rows: Sequence[Taught], published: date | None) -> list[Taught]:
    if published is None:
        return list(rows)
    lo, hi = (published - timedelta(days=PERIOD_DAYS)).isoformat(), (published + timedelta(days=PERIOD_DAYS)).isoformat()
    return [r for r in rows if r.published and lo <= r.published[:10] <= hi]  # an undated story: no period


def lendable(actor: Actor, index: PeopleIndex, published: date | None) -> Taught | None:
    """The fact the corpus lends ``actor`` (module docstring), or None: the most recent teaching
    article's fact among those agreeing on the commonest country, its office the commonest
    among them."""
    if actor.kind != "person" or actor.country or actor.kb_id:
        return None
    words = actor.name.split()
    if not words or not words[0][:1].isupper() or has_title_word(actor.name):
        return None  # "US Treasury Secretary" is no name to look up
    if len(words) >= 2:
        rows = _within(index.by_name(actor.name), published)
    else:
        rows = _within(index.by_surname(words[0]), published)
        if len({" ".join(r.name.lower().split()) for r in rows}) != 1:
            return None  # no one, or several people of that name in the period
    if not rows:
        return None
    articles: dict[str, Taught] = {}
    for row in sorted(rows, key=lambda r: r.published or ""):
        articles[row.article_id] = row  # one vote per article: its latest row
    country, votes = Counter(r.country for r in articles.values()).most_common(1)[0]
    if votes < AGREEMENT * len(articles):
        return None
    agreeing = [r for r in articles.values() if r.country == country]
    role = Counter(r.role for r in agreeing if r.role).most_common(1)
    best = agreeing[-1]
    return Taught(best.name, country, role[0][0] if role else None,
                  best.sector if not role or best.role == role[0][0] else None, best.article_id, best.published)


def lend_speakers(quotes: Sequence[Quote], index: PeopleIndex, published: date | None) -> int:
    """Lend to the speakers of ``quotes`` that stand for no actor of the story (a name the
    entity recogniser missed: "“There is progress,” Hollis said") what :func:`lend` would lend
    a person of that name: country, sector and the full name. Changed in place; returns how
    many speakers were lent."""
    n = 0
    for quote in quotes:
        s = quote.speaker
        if s is None or s.actor_id or s.country:
            continue
        fact = lendable(Actor(id="", name=s.name, kind="person"), index, published)
        if fact is not None:
            s.country, s.sector = fact.country, s.sector or fact.sector
            s.name = fact.name if len(s.name.split()) == 1 else s.name
            n += 1
    return n


def lend(actors: Sequence[Actor], index: PeopleIndex, published: date | None) -> int:
    """Give each person of ``actors`` without a country what the corpus taught of the name
    (:func:`lendable`): country, and office and sector where the story gave none; a single name
    becomes the full name taught. Actors are changed in place (``lent_from`` set to the
    teaching article's ``article_id``); returns how many were lent."""
    n = 0
    for actor in actors:
        fact = lendable(actor, index, published)
        if fact is None:
            continue
        actor.country = fact.country
        actor.role = actor.role or fact.role
        actor.sector = actor.sector or fact.sector
        if len(actor.name.split()) == 1:
            actor.name = fact.name
        actor.lent_from, actor.country_from = fact.article_id, "corpus"
        n += 1
    return n
