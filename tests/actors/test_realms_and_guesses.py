"""Realms are no people, a gender guessed from a first name yields inside its own sentence, and a
book's title places no one: real text of VOA stories outside the annotated sets."""
from __future__ import annotations

# VOA 8011218 ("Archaeologists use song to herald findings in Guinea-Bissau dig"), excerpts
KAABU = ("For centuries, the history of the West African kingdom of Kaabu has been told mainly by word of mouth. "
         "Kaabu existed from the mid-1500s to the 1800s. Sometimes Kaabu's story passed from father to son. "
         "The song performed by Galissa is being shared along with a report of the archaeological findings, "
         "Sirio Canos-Donnay from the Spanish National Research Council, which was a lead institution of the dig, "
         "told VOA. Canos-Donnay said she hoped that including oral storytelling in this report would show the "
         "academic world that things can be done differently and more inclusively. “We should pay and need to pay "
         "respect to local ways of producing and consuming history.”")


def test_a_kingdom_is_no_person_and_she_is_the_speaker_of_her_clause(extract):
    result = extract(KAABU, "2025-03-14")
    assert "Kaabu" not in [a.name for a in result.actors if a.kind == "person"]
    # "Sirio" is most often a man's name; the story's own "she" in her clause settles it
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert quote.speaker.name == "Sirio Canos-Donnay"


def test_a_book_title_in_apposition_places_no_one(extract):
    # VOA 8009771 ("Can the US pry Russia away from China?"), 2025-03-13; the parser takes the
    # book's subtitle "The Arc of International Business in Russia" for an apposition to Hecker
    result = extract("Charles Hecker, an expert on Western-Russian economic ties and risks, and author of the book "
                     "Zero Sum: The Arc of International Business in Russia , says some Western companies will "
                     "quickly return to Russia if sanctions are lifted.", "2025-03-13")
    [hecker] = [a for a in result.actors if a.name == "Charles Hecker"]
    assert hecker.country is None
    # a title in apposition still places its holder
    [lavrov] = [a for a in extract("Sergei Lavrov, Foreign Minister of Russia, said talks would resume.").actors
                if a.kind == "person"]
    assert lavrov.country == "RUS"


def test_a_field_of_study_places_no_one(extract):
    # VOA 8007739 ("China boosting development of AI for use in trade war with US"), 2025-03-07
    result = extract("\"China has the most elaborate AI strategy compared to any other country,\" Rogier Creemers, "
                     "assistant professor in Modern Chinese Studies at Leiden University in the Netherlands, told VOA.",
                     "2025-03-07")
    [creemers] = [a for a in result.actors if a.kind == "person"]
    assert (creemers.name, creemers.country) == ("Rogier Creemers", None)


def test_state_media_and_departments_the_knowledge_base_lists(extract):
    # VOA 8007739 and 8010057 (DHS and the ACLU over Guantanamo), 2025-03
    [cctv] = extract("\"AI now plays a crucial role in interpreting candidates' biological signals,\" CCTV said.").quotes
    assert (cctv.speaker.name, cctv.speaker.country) == ("China Central Television", "CHN")
    [dhs] = extract("\"The American Civil Liberties Union appears far more interested in promoting open borders and "
                    "disrupting public safety missions than in protecting the civil liberties of Americans,\" a DHS "
                    "spokesperson told VOA.").quotes
    assert (dhs.speaker.name, dhs.speaker.country) == ("a DHS spokesperson", "USA")


def test_a_spokesman_speaks_for_the_owner_the_apostrophe_names(extract):
    # VOA 6203525 ("UN Chief: Killing of Myanmar Protesters 'Utterly Unacceptable'"), 2021-03-05; the
    # parser takes "Guterres’" for a modifier, not a possessive
    result = extract("U.N. Secretary-General Antonio Guterres strongly condemned the continuing brutality of the "
                     "Myanmar military. “The killing of peaceful demonstrators and arbitrary arrests, including of "
                     "journalists, is utterly unacceptable,” Guterres’ spokesman, Stephane Dujarric, told reporters.",
                     "2021-03-05")
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert (quote.speaker.name, quote.speaker.country, quote.speaker.sector) == ("Stephane Dujarric", "UN", "IGO")


def test_a_typographic_apostrophe_names_the_same_body(extract):
    from dateline.actors.kb import default_kb

    kb = default_kb()
    assert kb.body("Jama’at Nusrat al-Islam wal-Muslimin") is kb.body("Jama'at Nusrat al-Islam wal-Muslimin")
    assert kb.body("Jama’at Nusrat al-Islam wal-Muslimin").country == "MLI"


def test_a_closing_quotation_mark_is_no_part_of_the_speaker(extract):
    # VOA 6205362 ("Reporter's Notebook: ... West Virginia to ..."), 2021-06: the parser hangs the
    # closing mark on "Ireland"
    [quote] = extract("“All changed, changed utterly,” Ireland’s WB Yeats once lamented in a poem.").quotes
    assert quote.speaker.mention == "Ireland’s WB Yeats"
