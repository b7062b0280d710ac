"""Office holders of the knowledge base (data/people.csv) on given dates, and a title resolved
through them in an article."""
from datetime import date

import pytest

from dateline.actors.kb import default_kb


@pytest.mark.parametrize("country, office, day, name", [
    # heads of state and government
    ("FRA", "president", "2016-06-01", "François Hollande"),
    ("FRA", "president", "2018-06-01", "Emmanuel Macron"),
    ("GBR", "prime minister", "2019-08-01", "Boris Johnson"),
    ("GBR", "prime minister", "2019-07-23", "Theresa May"),
    ("GBR", "prime minister", "2022-10-01", "Liz Truss"),
    ("DEU", "chancellor", "2022-06-01", "Olaf Scholz"),
    ("DEU", "chancellor", "2019-06-01", "Angela Merkel"),
    ("DEU", "president", "2020-01-01", "Frank-Walter Steinmeier"),
    ("ITA", "prime minister", "2021-06-01", "Mario Draghi"),
    ("ITA", "prime minister", "2023-06-01", "Giorgia Meloni"),
    ("JPN", "prime minister", "2019-06-01", "Shinzo Abe"),
    ("JPN", "prime minister", "2022-06-01", "Fumio Kishida"),
    ("KOR", "president", "2020-06-01", "Moon Jae-in"),
    ("KOR", "president", "2023-06-01", "Yoon Suk Yeol"),
    ("AUS", "prime minister", "2020-06-01", "Scott Morrison"),
    ("CAN", "prime minister", "2016-06-01", "Justin Trudeau"),
    ("BRA", "president", "2020-06-01", "Jair Bolsonaro"),
    ("BRA", "president", "2023-06-01", "Luiz Inácio Lula da Silva"),
    ("MEX", "president", "2020-06-01", "Andrés Manuel López Obrador"),
    ("ARG", "president", "2024-06-01", "Javier Milei"),
    ("ZAF", "president", "2017-06-01", "Jacob Zuma"),
    ("ZAF", "president", "2019-06-01", "Cyril Ramaphosa"),
    ("IDN", "president", "2020-06-01", "Joko Widodo"),
    ("IND", "president", "2023-06-01", "Droupadi Murmu"),
    ("CHN", "prime minister", "2020-06-01", "Li Keqiang"),
    ("RUS", "prime minister", "2021-06-01", "Mikhail Mishustin"),
    ("TUR", "prime minister", "2017-06-01", "Binali Yıldırım"),
    ("SAU", "monarch", "2020-06-01", "Salman bin Abdulaziz"),
    ("SAU", "prime minister", "2023-06-01", "Mohammed bin Salman"),
    ("GBR", "monarch", "2021-06-01", "Elizabeth II"),
    ("GBR", "monarch", "2023-06-01", "Charles III"),
    ("UKR", "prime minister", "2021-06-01", "Denys Shmyhal"),
    ("ISR", "prime minister", "2021-09-01", "Naftali Bennett"),
    ("ISR", "president", "2022-06-01", "Isaac Herzog"),
    ("IRN", "president", "2019-06-01", "Hassan Rouhani"),
    ("IRN", "president", "2022-06-01", "Ebrahim Raisi"),
    ("IRN", "leader", "2020-06-01", "Ali Khamenei"),
    ("ARE", "president", "2023-06-01", "Mohamed bin Zayed Al Nahyan"),
    ("QAT", "monarch", "2020-06-01", "Tamim bin Hamad Al Thani"),
    ("KWT", "monarch", "2022-06-01", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    ("OMN", "monarch", "2021-06-01", "Haitham bin Tariq"),
    ("BHR", "prime minister", "2021-06-01", "Salman bin Hamad Al Khalifa"),
    # foreign ministers
    ("USA", "foreign minister", "2017-06-01", "Rex Tillerson"),
    ("USA", "foreign minister", "2016-06-01", "John Kerry"),
    ("GBR", "foreign minister", "2017-06-01", "Boris Johnson"),
    ("FRA", "foreign minister", "2019-06-01", "Jean-Yves Le Drian"),
    ("DEU", "foreign minister", "2023-06-01", "Annalena Baerbock"),
    ("CHN", "foreign minister", "2023-05-01", "Qin Gang"),
    ("CHN", "foreign minister", "2024-05-01", "Wang Yi"),
    ("IND", "foreign minister", "2022-06-01", "S. Jaishankar"),
    ("IRN", "foreign minister", "2019-06-01", "Mohammad Javad Zarif"),
    ("SAU", "foreign minister", "2017-06-01", "Adel al-Jubeir"),
    ("TUR", "foreign minister", "2020-06-01", "Mevlüt Çavuşoğlu"),
    ("EUR", "foreign minister", "2022-06-01", "Josep Borrell"),
    ("EUR", "foreign minister", "2025-06-01", "Kaja Kallas"),
    # defence ministers
    ("USA", "defence minister", "2018-06-01", "Jim Mattis"),
    ("USA", "defence minister", "2020-06-01", "Mark Esper"),
    ("GBR", "defence minister", "2018-06-01", "Gavin Williamson"),
    ("FRA", "defence minister", "2019-06-01", "Florence Parly"),
    ("DEU", "defence minister", "2024-06-01", "Boris Pistorius"),
    ("ISR", "defence minister", "2021-06-01", "Benny Gantz"),
    ("ISR", "defence minister", "2025-06-01", "Israel Katz"),
    ("UKR", "defence minister", "2022-06-01", "Oleksii Reznikov"),
    ("JPN", "defence minister", "2020-06-01", "Taro Kono"),
    ("CHN", "defence minister", "2020-06-01", "Wei Fenghe"),
    ("IND", "defence minister", "2021-06-01", "Rajnath Singh"),
    ("SAU", "defence minister", "2020-06-01", "Mohammed bin Salman"),
    ("TUR", "defence minister", "2020-06-01", "Hulusi Akar"),
])
def test_office_holder_on_a_date(country, office, day, name):
    holder = default_kb().office_holder(country, office, date.fromisoformat(day))
    assert holder is not None and holder.name == name


def test_the_term_ends_on_the_successors_first_day():
    kb = default_kb()
    assert kb.office_holder("GBR", "prime minister", date(2019, 7, 24)).name == "Boris Johnson"
    assert kb.office_holder("USA", "president", date(2021, 1, 19)).name == "Donald Trump"
    assert kb.office_holder("USA", "president", date(2021, 1, 20)).name == "Joe Biden"


def test_one_person_holds_several_offices_over_time():
    kb = default_kb()
    johnson = kb.person("Boris Johnson")
    assert {(t.country, t.office) for t in johnson.terms} == {("GBR", "prime minister"), ("GBR", "foreign minister")}
    assert johnson.term_on(date(2017, 1, 1)).office == "foreign minister"
    assert johnson.term_on(date(2020, 1, 1)).office == "prime minister"
    prabowo = kb.person("Prabowo")
    assert prabowo.name == "Prabowo Subianto" and prabowo.term_on(date(2021, 1, 1)).sector == "MIL"


def test_defence_ministers_are_military_and_foreign_ministers_government():
    for person in default_kb().people.values():
        for term in person.terms:
            if term.office == "defence minister":
                assert term.sector == "MIL", person.name
            elif term.office == "foreign minister" and term.country != "EUR":
                assert term.sector == "GOV", person.name


def test_no_office_holder_outside_any_recorded_term():
    # Germany's defence minister is recorded from 2013; nobody before
    assert default_kb().office_holder("DEU", "defence minister", date(2010, 1, 1)) is None


@pytest.mark.parametrize("published, name", [("2016-05-10", "François Hollande"), ("2018-05-10", "Emmanuel Macron")])
def test_the_french_president_is_the_holder_on_the_publication_date(extract, published, name):
    ex = extract("The French president said on Tuesday that Europe must defend itself. He spoke in Paris.",
                 published=published)
    people = [a for a in ex.actors if a.kind == "person"]
    assert [a.name for a in people] == [name]
    assert people[0].country == "FRA" and people[0].sector == "GOV"
    assert {m.text for m in people[0].mentions} == {"The French president", "He"}


def test_a_defence_minister_title_resolves_to_the_holder_with_the_military_sector(extract):
    ex = extract("Israel's defence minister said the operation would continue.", published="2023-11-01")
    gallant = next(a for a in ex.actors if a.kind == "person")
    assert (gallant.name, gallant.country, gallant.sector) == ("Yoav Gallant", "ISR", "MIL")


def test_an_office_held_later_is_no_role_and_one_ended_is_former(pipeline):
    # Wikinews "Sanders endorses Joe Biden in 2020 United States presidential election", 2020-04-15:
    # Biden was vice president until 2017 and president from 2021
    from dateline.records import Article

    result = pipeline.extract(Article("t", "On Monday, United States Senator from Vermont Bernie Sanders endorsed "
                                           "former Vice President Joe Biden for president.", published="2020-04-15"))
    biden = next(a for a in result.actors if a.name == "Joe Biden")
    assert (biden.country, biden.role) == ("USA", "former vice president")
    result = pipeline.extract(Article("t", "President Joe Biden spoke on Monday.", published="2022-04-11"))
    assert next(a for a in result.actors if a.name == "Joe Biden").role == "president"
