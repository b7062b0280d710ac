"""Person mentions that are no people, and titles said of a person, on whole Wikinews articles
(../shared/corpora/wikinews; issue 15, item 5: the hand check of person mentions found shops,
ships, bases, abbreviations and another language's words tagged as people)."""
import csv

import pytest

from shared_paths import SHARED


def _article(year: int, needle: str) -> tuple[str, str]:
    """The text and date of the Wikinews article of ``year`` that holds ``needle``."""
    with open(SHARED / "corpora" / "wikinews" / f"wikinews_{year}.csv", newline="", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if needle in r["text"])
    return row["text"], row["date"][:10]


def _people(extract, year: int, needle: str) -> dict[str, list[str]]:
    text, published = _article(year, needle)
    got = extract(text, published)
    return {a.name: [m.text for m in a.mentions] for a in got.actors if a.kind == "person"}


@pytest.mark.parametrize("year, needle, not_people", [
    (2019, "Gaisano Mall in Digos City", ["Gaisano Mall"]),  # a shop
    (2019, "(Phivolcs) reported", ["Phivolcs"]),  # an institute's abbreviation, and "Phivolcs recorded"
    (2019, "The Grayback was short on torpedoes", ["Grayback", "U.S.S. Grayback"]),  # a submarine
    (2020, "Bernardo O'Higgins Riquelme Base", ["Bernardo O'Higgins", "General Bernardo O'Higgins", "General"]),
    (2019, "туристическим бизнесом", ["туристическим бизнесом"]),  # a Russian sentence's words
    (2019, "Voskhod 2", ["Voskhod 2"]),  # a spacecraft
    # names the story itself uses as places or things (actors/person_names.places_and_things)
    (2019, "recorded in Sultan Kudarat", ["Sultan Kudarat", "Kudarat"]),  # a province of the gazetteer
    (2019, "in Saqqara and Tuna el-Gebel", ["Tuna el-Gebel"]),  # a site joined to a place after "in"
    (2020, "store chains Woolworths and Coles", ["Coles"]),  # a shop joined to a chain's name, every mention
    (2019, "pledged converting Hagia Sophia", ["Hagia Sophia"]),  # "formerly a Greek Orthodox church"
])
def test_things_tagged_as_people_are_no_people(extract, year, needle, not_people):
    people = _people(extract, year, needle)
    assert not set(not_people) & set(people), sorted(people)


def test_the_people_of_those_articles_stay(extract):
    people = _people(extract, 2019, "(Phivolcs) reported")
    assert not any(n.startswith("Phivolcs") for n in people)
    people = _people(extract, 2019, "Gaisano Mall in Digos City")
    assert all("Mall" not in n for n in people)


def test_a_title_said_of_a_person_is_that_person(extract):
    people = _people(extract, 2019, "serving as its first prime minister")
    assert "its first prime minister" in people["Robert Mugabe"] or any(
        "its first prime minister" in ms for n, ms in people.items() if "Mugabe" in n)
    assert "its first prime minister" not in people  # no nameless person of its own
    people = _people(extract, 2019, "who was Trump's Special Presidential Envoy")
    assert "Special Presidential Envoy" in people["Brett McGurk"]


def test_they_is_no_single_person_of_the_sentence_before(extract):
    # "Lots of kids got into the fun, too, dressing as their favourite characters."
    text, published = _article(2019, "dressing as their favourite characters")
    got = extract(text, published)
    at = text.index("dressing as their favourite characters") + len("dressing as ")
    owners = [a.name for a in got.actors for m in a.mentions if m.start == at]
    assert not [n for n in owners if n in ("Leslie Meyers", "Marty McFly")], owners


@pytest.mark.parametrize("year, needle, name, country", [
    (2019, "Eliud Kipchoge from Kenya", "Eliud Kipchoge", "KEN"),  # the name's own "from"
    (2020, "Qasem Soleimani, head of Iran's Quds Force", "Qasem Soleimani", "IRN"),  # the body's state
    (2019, "losing reelection to Thom Tillis, a Republican", "Thom Tillis", "USA"),  # a US party
])
def test_what_the_story_says_gives_a_person_a_country(extract, year, needle, name, country):
    text, published = _article(year, needle)
    got = extract(text, published)
    assert {a.name: a.country for a in got.actors if a.kind == "person"}[name] == country


def test_a_band_is_no_person_and_a_relative_clause_office_is_its_antecedents(extract):
    text, published = _article(2020, "lead guitarist of US rock band Van Halen")
    got = extract(text, published)
    band = text.index("US rock band Van Halen") + len("US rock band ")
    assert not [a.name for a in got.actors for m in a.mentions if m.start == band and a.kind == "person"]
    text, published = _article(2020, "who served as President of India for five years")
    got = extract(text, published)
    holder = [a for a in got.actors for m in a.mentions if m.text == "President of India"]
    assert [a.name for a in holder][:1] == ["Pranab Mukherjee"]  # not the office's holder of 2020


def test_a_pronoun_inside_a_quotation_is_not_its_speaker(extract):
    # "During the broadcast, Downey said of Boseman, “He was having this immense success …”"
    text, published = _article(2020, "Downey said of Boseman")
    got = extract(text, published)
    at = text.index("Downey said of Boseman") + text[text.index("Downey said of Boseman"):].index("He was having")
    owners = [a.name for a in got.actors for m in a.mentions if m.start == at]
    assert owners == ["Chadwick Boseman"], owners


def test_a_surname_alone_is_the_person_the_story_is_about(extract):
    # "Pranab Mukherjee … His death was announced by his son Abhijit Mukherjee … Mukherjee was cremated"
    text, published = _article(2020, "Mukherjee was cremated on Tuesday")
    got = extract(text, published)
    at = text.index("Mukherjee was cremated on Tuesday")
    assert [a.name for a in got.actors for m in a.mentions if m.start == at] == ["Pranab Mukherjee"]


def test_a_pronoun_in_a_quotation_after_a_colon_is_not_the_clauses_subject(extract):
    # "In his message, he appreciated Soleimani's lifepath: “He was a stellar example …”" (Khamenei on Soleimani)
    text, published = _article(2020, "he appreciated Soleimani's lifepath")
    got = extract(text, published)
    at = text.index("He was a stellar example", text.index("he appreciated Soleimani's lifepath"))
    assert [a.name for a in got.actors for m in a.mentions if m.start == at] == ["Qasem Soleimani"]


def test_the_people_beside_those_places_and_things_stay(extract):
    people = _people(extract, 2019, "recorded in Sultan Kudarat")
    assert "Charles Federic Plotena" in people  # "the mayor of Esperanza, Sultan Kudarat"
    people = _people(extract, 2019, "pledged converting Hagia Sophia")
    assert any("Erdoğan" in n or "Erdogan" in n for n in people)


def test_a_person_met_in_a_place_joined_to_another_place_stays_a_person(extract):
    got = extract("Blinken met Netanyahu in Jerusalem and Mahmoud Abbas in Ramallah on Tuesday.", "2024-01-09")
    assert "Mahmoud Abbas" in [a.name for a in got.actors if a.kind == "person"]  # a given name begins it


def test_a_storm_is_no_person(extract):
    # VOA 8009719 ("Cyclone Jude batters Malawi, Mozambique; no deaths reported"), 2025-03-11
    result = extract("Lucy Mtilatila, director of Malawi’s Department of Climate Change and Meteorological Services, "
                     "told VOA that Cyclone Jude had moved from Malawi to Mozambique, where it was expected to "
                     "dissipate.", "2025-03-11")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Lucy Mtilatila"]
    assert not [e for e in result.events if any("Jude" in a.name for a in e.recipient)]
