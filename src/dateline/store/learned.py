"""What the corpus taught about people the knowledge base does not hold (``dateline actors learned``).

A store's ``actors`` table keeps, per article, each person with the office (``role``), country
and sector the story gave them. :func:`learned_people` gathers the persons that are not in
``data/people.csv`` (by ``kb_id`` or by name or alias), read as names of two words or more and
not as places of the gazetteer, and were seen with an office and/or a
country, one row per distinct (name, office, country, sector), so that conflicting facts for one
name stay separate rows; :func:`people_rows` turns them into rows of ``people.csv``'s columns
for a researcher to review (start and end left empty: the corpus does not tell them).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from ..actors.kb import PEOPLE_COLUMNS, KnowledgeBase
from ..actors.roles import has_title_word

#: Articles named per fact (their ``article_id``), oldest first.
SHOWN_ARTICLES = 3

_LOWER_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|bin|ibn|da|de|del|della|der|di|dos|du|la|le|van|von|zu)(?:-|$)")


@dataclass
class LearnedPerson:
    """One fact the corpus taught: ``name`` seen as ``office`` of ``country`` (sector ``sector``)
    in ``articles`` articles (a count); ``article_ids`` are the first :data:`SHOWN_ARTICLES`
    of them (``articles.article_id``, by publication date), ``titles`` their titles; ``lent``
    the articles whose bare mentions of the name borrowed that country at ingest
    (:mod:`dateline.actors.lending`)."""

    name: str
    office: str
    country: str
    sector: str
    articles: int
    article_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    lent: int = 0


def looks_like_name(name: str, role: str | None) -> bool:
    """True when ``name`` reads as a person's name of at least two words ("Sameh Shoukry",
    "Abdel Fattah el-Sisi"), not a description ("Libyan ambassador", "Niger's president",
    "Vice President" seen as vice president, "a Kataeb Hezbollah official", "US Treasury Secretary":
    a word that heads a title, :data:`~dateline.actors.roles.TITLE_WORDS`)."""
    words = name.split()
    if len(words) < 2 or "'s" in name or "’s" in name or has_title_word(name):
        return False  # "US Treasury Secretary" is a description
    if role and role.lower() in name.lower():
        return False
    return all(w[:1].isupper() or _LOWER_PARTICLE.match(w) for w in words) and words[0][:1].isupper() \
        and words[-1].split("-")[-1][:1].isupper()


def learned_people(con: sqlite3.Connection, kb: KnowledgeBase, *, min_articles: int = 2,
                   limit: int | None = None) -> list[LearnedPerson]:
    """The facts about persons outside ``kb`` that at least ``min_articles`` distinct stored
    articles (duplicates excluded) taught, most articles first, then by name; at most ``limit``
    rows (None: all).

    Raises:
        sqlite3.Error: ``con`` is not a dateline store.
    """
    lending = "lent_from" in {row[1] for row in con.execute("PRAGMA table_info(actors)")}  # schema 4
    rows = con.execute(
        "SELECT ac.name, COALESCE(ac.role, ''), COALESCE(ac.country, ''), COALESCE(ac.sector, ''),"
        " ar.article_id, COALESCE(ar.title, ''), COALESCE(ar.published, '')"
        " FROM actors ac JOIN articles ar ON ar.id = ac.article"
        " WHERE ac.kind = 'person' AND (ac.kb_id IS NULL OR ac.kb_id = '') AND ar.dup_of IS NULL"
        " AND (COALESCE(ac.role, '') != '' OR COALESCE(ac.country, '') != '')"
        + (" AND ac.lent_from IS NULL" if lending else "")).fetchall()  # what was lent taught nothing
    lent: dict[tuple[str, str], int] = {}
    if lending:
        for name, country, n in con.execute(
                "SELECT ac.name, ac.country, COUNT(DISTINCT ac.article) FROM actors ac"
                " WHERE ac.lent_from IS NOT NULL GROUP BY ac.name, ac.country"):
            lent[(" ".join(name.split()), country)] = n
    from ..normalize.places import lookup_place

    facts: dict[tuple[str, str, str, str], dict[str, tuple[str, str]]] = {}
    known: dict[str, bool] = {}  # in the knowledge base, or a place of the gazetteer ("Ciudad Juárez")
    for name, office, country, sector, article_id, title, published in rows:
        name = " ".join(name.split())
        if name not in known:
            known[name] = kb.person(name) is not None or lookup_place(name) is not None
        if known[name] or not looks_like_name(name, office):
            continue
        facts.setdefault((name, office, country, sector), {})[article_id] = (published, title)
    out = []
    for (name, office, country, sector), seen in facts.items():
        if len(seen) < min_articles:
            continue
        first = sorted(seen.items(), key=lambda kv: (kv[1][0], kv[0]))[:SHOWN_ARTICLES]
        out.append(LearnedPerson(name, office, country, sector, len(seen),
                                 [a for a, _ in first], [t for _, (_, t) in first], lent.get((name, country), 0)))
    out.sort(key=lambda p: (-p.articles, p.name.lower(), p.office, p.country))
    return out[:limit] if limit is not None else out


def source_note(person: LearnedPerson) -> str:
    """``people.csv``'s ``source`` for ``person``: ``corpus: 3 articles (a1f0…, 9c2e…, …)``."""
    more = ", …" if person.articles > len(person.article_ids) else ""
    noun = "article" if person.articles == 1 else "articles"
    return f"corpus: {person.articles} {noun} ({', '.join(person.article_ids)}{more})"


def people_rows(people: list[LearnedPerson]) -> list[dict[str, str]]:
    """Rows with exactly ``people.csv``'s columns (:data:`~dateline.actors.kb.PEOPLE_COLUMNS`);
    aliases, gender, start, end and qid left empty for the reviewer."""
    return [{**dict.fromkeys(PEOPLE_COLUMNS, ""), "name": p.name, "country": p.country, "office": p.office,
             "sector": p.sector, "source": source_note(p)} for p in people]
