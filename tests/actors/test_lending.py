"""Corpus lending (:mod:`dateline.actors.lending`): what stored stories taught of a name, lent to a
person or speaker a story leaves without a country. The index is a list here; the store's
(:class:`dateline.store.people_index.StorePeople`) is tested on real Wikinews stories in
``tests/cli/test_actors_learned.py``."""
from __future__ import annotations

from datetime import date

from dateline.actors.lending import PERIOD_DAYS, Taught, lend, lend_speakers, lendable, surname
from dateline.records import Actor, Quote, Speaker


class ListIndex:
    def __init__(self, rows):
        self.rows = rows

    def by_name(self, name):
        return [r for r in self.rows if r.name.lower() == " ".join(name.lower().split())]

    def by_surname(self, word):
        return [r for r in self.rows if surname(r.name) == word.lower()]


HOLLIS = Taught("Jane Hollis", "GBR", "spokesperson", "GOV", "a1", "2025-03-01")
MAHDI = Taught("Adil Abdul-Mahdi", "IRQ", "prime minister", "GOV", "w1", "2020-01-03")


def person(name, **kw):
    return Actor(id="A1", name=name, kind="person", **kw)


def test_a_full_name_borrows_country_office_and_sector_with_the_teaching_article():
    a = person("Adil Abdul-Mahdi")
    assert lend([a], ListIndex([MAHDI]), date(2020, 1, 6)) == 1
    assert (a.name, a.country, a.role, a.sector, a.lent_from) == ("Adil Abdul-Mahdi", "IRQ", "prime minister",
                                                                    "GOV", "w1")


def test_a_single_name_becomes_the_one_full_name_of_the_period():
    a = person("Hollis")
    lend([a], ListIndex([HOLLIS]), date(2025, 3, 5))
    assert (a.name, a.country, a.lent_from) == ("Jane Hollis", "GBR", "a1")
    # two people of that surname in the period: no one is lent
    b = person("Hollis")
    lend([b], ListIndex([HOLLIS, Taught("Tom Hollis", "AUS", "senator", "LEG", "a2", "2025-02-20")]),
         date(2025, 3, 5))
    assert (b.name, b.country, b.lent_from) == ("Hollis", None, None)


def test_nothing_is_lent_outside_the_period_or_against_the_story_or_the_knowledge_base():
    index = ListIndex([HOLLIS])
    late = date.fromisoformat(HOLLIS.published).replace(year=2025 + 2)
    assert (late - date(2025, 3, 1)).days > PERIOD_DAYS and lendable(person("Jane Hollis"), index, late) is None
    assert lendable(person("Jane Hollis", country="IRL"), index, date(2025, 3, 5)) is None  # the story placed her
    assert lendable(person("Jane Hollis", kb_id="Q1"), index, date(2025, 3, 5)) is None
    assert lendable(Actor(id="A1", name="Jane Hollis", kind="organisation"), index, date(2025, 3, 5)) is None
    assert lendable(person("Jane Hollis"), index, None).country == "GBR"  # an undated story: any period
    undated = ListIndex([Taught("Jane Hollis", "RUS", "president", "GOV", "u1", None)])
    assert lendable(person("Jane Hollis"), undated, date(2025, 3, 5)) is None  # of no period: lends to no date
    assert lendable(person("Jane Hollis"), undated, None).country == "RUS"


def test_stories_that_disagree_lend_nothing_and_a_clear_majority_lends():
    ab = [HOLLIS, Taught("Jane Hollis", "IRL", "spokesperson", "GOV", "a2", "2025-03-02")]
    assert lendable(person("Jane Hollis"), ListIndex(ab), date(2025, 3, 5)) is None
    abc = ab + [Taught("Jane Hollis", "GBR", "minister", "GOV", "a3", "2025-03-03")]
    fact = lendable(person("Jane Hollis"), ListIndex(abc), date(2025, 3, 5))
    assert (fact.country, fact.article_id) == ("GBR", "a3")  # the latest agreeing article
    assert fact.role in ("spokesperson", "minister")


def test_a_speaker_who_stands_for_no_actor_borrows_too():
    q = Quote(text="There is progress", start=1, end=18, kind="direct",
              speaker=Speaker(name="Hollis", mention="Hollis", mention_start=21, mention_end=27))
    assert lend_speakers([q], ListIndex([HOLLIS]), date(2025, 3, 5)) == 1
    assert (q.speaker.name, q.speaker.country, q.speaker.sector) == ("Jane Hollis", "GBR", "GOV")
