"""Actors of the reference article: every person with the right country and mention chain."""


def actor(extraction, name):
    return next(a for a in extraction.actors if a.name == name)


def test_four_people_with_their_countries(reference):
    people = {a.name: a.country for a in reference.actors if a.kind == "person"}
    assert people == {"John Healey": "GBR", "Donald Trump": "USA", "Vladimir Putin": "RUS", "Pete Hegseth": "USA"}


def test_healey_chain_holds_titles_and_pronouns(reference):
    mentions = {m.text for m in actor(reference, "John Healey").mentions}
    assert {"John Healey", "Healey", "the UK’s defence secretary", "the cabinet minister", "He", "his"} <= mentions


def test_trump_chain_holds_the_us_president_and_he(reference):
    mentions = {m.text for m in actor(reference, "Donald Trump").mentions}
    assert {"Donald Trump", "The US president", "the US president", "President Trump", "Trump", "he"} <= mentions


def test_putin_is_the_russian_president(reference):
    mentions = {m.text for m in actor(reference, "Vladimir Putin").mentions}
    assert {"Vladimir Putin", "the Russian president", "Putin"} <= mentions


def test_his_defence_secretary_is_hegseth_of_the_usa_military(reference):
    hegseth = actor(reference, "Pete Hegseth")
    assert hegseth.country == "USA" and hegseth.sector == "MIL"
    assert {"His defence secretary", "Pete Hegseth", "He"} <= {m.text for m in hegseth.mentions}


def test_capitals_seats_and_organisations_resolve(reference):
    codes = {m.text: a.country for a in reference.actors for m in a.mentions}
    assert codes["Kyiv"] == "UKR" and codes["Washington"] == "USA" and codes["Nato"] == "NATO"
    assert codes["Saudi Arabia"] == "SAU" and codes["The Ukrainians"] == "UKR" and codes["Crimea"] == "UKR"


def test_mention_offsets_index_the_article(reference, reference_text):
    for a in reference.actors:
        for m in a.mentions:
            assert reference_text[m.start:m.end] == m.text


def test_the_us_president_depends_on_the_publication_date(extract):
    text = "The US president said on Monday that talks would go on."
    assert extract(text, published="2022-06-01").quotes[0].speaker.name == "Joe Biden"
    assert extract(text, published="2019-06-01").quotes[0].speaker.name == "Donald Trump"


def test_knowledge_base_surnames_do_not_fire_on_dates_or_places(extract):
    got = extract("The summit in Austin, Texas, ends on May 26, officials said.", published="2019-05-20")
    assert not [a for a in got.actors if a.kind == "person"]


def test_adjectival_titles_resolve_to_the_office_holder(extract):
    got = extract("Japan's prime minister said on Monday that the talks would go on.", published="2019-05-20")
    assert got.quotes[0].speaker.name == "Shinzo Abe"


def test_it_and_they_stand_for_bodies_and_groups_that_speak(extract):
    got = extract("The Foreign Office released new figures on Monday. It said that the embassy would reopen in May. "
                  "Protesters gathered outside parliament. They said the law must go.", published="2020-02-03")
    speakers = {q.text: (q.speaker.name, q.speaker.mention) for q in got.quotes}
    assert speakers["the embassy would reopen in May"] == ("Foreign Office", "It")
    assert speakers["the law must go"] == ("protesters", "They")


def test_expletive_it_is_no_mention(reference):
    assert not [m for a in reference.actors for m in a.mentions if m.text in ("It", "it")]


def test_a_spokesperson_for_a_body_takes_its_country_and_sector(extract):
    q = extract("A spokesperson for the State Department said the talks would resume.", published="2020-02-03").quotes[0]
    assert q.speaker.name == "A spokesperson for the State Department"
    assert q.speaker.country == "USA" and q.speaker.sector == "GOV"


def test_brussels_is_belgium_the_eu_or_nato_by_context(extract):
    def code(text):
        return next(a.country for a in extract(text, published="2020-02-03").actors if "Brussels" in
                    [m.text for m in a.mentions])
    assert code("Brussels said the tax was fair.") == "BEL"
    assert code("EU leaders gathered in Brussels for the summit.") == "EUR"
    assert code("Nato allies met in Brussels on Thursday.") == "NATO"


def test_plural_offices_are_groups_and_the_possessive_stays_healeys(reference):
    by_text = {m.text: a for a in reference.actors for m in a.mentions}
    assert by_text["counterparts"].kind == "group" and by_text["defence ministers"].kind == "group"
    healey = next(a for a in reference.actors if a.name == "John Healey")
    assert any(m.text == "his" and m.start < by_text["counterparts"].mentions[0].start for m in healey.mentions)


def test_a_former_office_holder_is_not_the_holder_on_the_publication_date(extract):
    got = extract("The former Vice President of the United States spoke in Ohio.", published="2020-01-05")
    assert "Mike Pence" not in {a.name for a in got.actors}
    got = extract("The Vice President of the United States spoke in Ohio.", published="2020-01-05")
    assert "Mike Pence" in {a.name for a in got.actors}


# VOA 8008126 (annotated train story), 2025-03-18
ALINEJAD = ("Alinejad, 48, told VOA she could not comment while the trial is ongoing. In a Tuesday afternoon post on "
            "X, Alinejad said that while Mehdiyev was testifying, she was “overwhelmed with mixed emotions.” Alinejad "
            "is scheduled to testify later in the trial, Gutwillig said. “Masih Alinejad inspires others in Iran and "
            "around the world to do the same thing. That is why they want to kill her. And you will hear all of that "
            "from Ms. Alinejad herself,” he told the court.")


def test_the_he_who_speaks_after_a_quotation_is_no_one_it_names_nor_a_she(extract):
    result = extract(ALINEJAD)
    told = next(q for q in result.quotes if q.text.startswith("Masih Alinejad inspires"))
    assert told.speaker.name == "Gutwillig" and told.speaker.mention == "he"
    assert [q.speaker.name for q in result.quotes if q.text.startswith("she could not")] == ["Masih Alinejad"]


def test_an_object_pronoun_is_not_its_own_verbs_subject(pipeline):
    import csv

    from dateline.records import Article
    from tests.shared_paths import SHARED

    csv.field_size_limit(10 ** 8)
    with (SHARED / "corpora" / "wikinews" / "wikinews_2020.csv").open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["title"].startswith("Former President of India Pranab"))
    result = pipeline.extract(Article(id="mukherjee", text=row["text"], published="2020-09-01"))
    him = row["text"].index("respected him") + len("respected ")
    holder = next(a for a in result.actors if any(m.start == him for m in a.mentions))
    # "Our prime minister respected him": not the prime minister, who is Modi (the person meant,
    # Mukherjee, is taken for "a towering statesman", a description named apart: a known gap)
    prime_minister = row["text"].index("Our prime minister") + len("Our ")
    assert next(a.name for a in result.actors if any(m.start <= prime_minister < m.end for m in a.mentions)) \
        == "Narendra Modi"
    assert holder.name == "a towering statesman" and holder.role != "prime minister"
