"""Transcript lines, datelines, inverted names and content edges, on sentences from PolNeAR train
(../shared/corpora/polnear/train)."""
from shared_paths import SHARED

# breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to (shortened)
FALLIN = (
    "Sunday, on CNN’s “State of the Union,” Governor Mary Fallin (R-OK) said presumptive Republican presidential "
    "nominee Donald Trump is “trying to campaign as a racial healer.”\n\n"
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
    "TRUMP: The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota, also make clear how much "
    "more work we have to do.\n\n"
    "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
    "FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message.\n"
)


def test_transcript_lines_are_direct_quotes_of_the_people_of_the_article(extract):
    quotes = [q for q in extract(FALLIN).quotes if q.rule == "transcript"]
    got = [(q.speaker.name, q.speaker.mention, q.kind, q.cue) for q in quotes]
    assert got == [("Jake Tapper", "JAKE TAPPER", "direct", ":"), ("Donald Trump", "TRUMP", "direct", ":"),
                   ("Jake Tapper", "TAPPER", "direct", ":"), ("Mary Fallin", "FALLIN", "direct", ":")]
    last = quotes[-1]
    assert last.start == FALLIN.index("I think he is trying")
    assert last.end == FALLIN.index("his message.") + len("his message.")
    assert last.text == FALLIN[last.start:last.end]
    assert FALLIN[last.speaker.mention_start:last.speaker.mention_end] == "FALLIN"
    assert FALLIN[last.cue_start:last.cue_end] == ":"
    assert quotes[1].speaker.actor_id is not None  # the Donald Trump of this article


def test_a_single_heading_line_is_no_transcript(extract):
    # huff-post_2016-05-12_george-zimmerman-auctioning-off-
    text = ("UPDATE: 5/12 — The website that originally listed the weapon for auction, GunBroker.com, has removed "
            "the listing.\n\nEXCLUSIVE: In memo to Congress, Saudis insist they’re fighting terror.\n")
    assert not [q for q in extract(text).quotes if q.rule == "transcript"]


def test_a_dateline_is_not_the_speaker(extract):
    # a Reuters article in PolNeAR train
    text = ("LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron "
            "because the British prime minister cast the U.S. presidential candidate as “divisive, stupid and "
            "wrong” for proposing a ban on Muslims entering the United States.")
    quotes = extract(text).quotes
    indirect = next(q for q in quotes if q.kind == "indirect" and q.cue == "said")
    assert indirect.text.startswith("he was unlikely to have a good relationship")
    partial = next(q for q in quotes if q.kind == "partial")
    assert partial.text == "divisive, stupid and wrong"
    for q in (indirect, partial):
        assert q.speaker.name == "Donald Trump"
        assert "LONDON" not in q.speaker.mention and "Reuters" not in q.speaker.mention


def test_name_after_the_cue_taken_for_an_adverb(extract):
    # "said Skelly": the tagger reads the surname as an adverb
    text = ("“Having access to the RNC file and two people who understand it is valuable,” said Skelly, explaining "
            "he worked more closely with them.")
    q = next(q for q in extract(text).quotes if q.kind == "direct")
    assert q.text == "Having access to the RNC file and two people who understand it is valuable,"
    assert q.cue == "said" and q.speaker.name == "Skelly" and q.speaker.mention == "Skelly"
    assert text[q.speaker.mention_start:q.speaker.mention_end] == "Skelly"


def test_he_continued_is_a_cue(extract):
    text = ("“I’m really very disturbed about how we have people who say they are conservatives,” Gorka declared.\n\n"
            "“Let’s just boil it down to the bare essentials,” he continued.")
    quotes = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [q.cue for q in quotes] == ["declared", "continued"]
    assert [q.speaker.name for q in quotes] == ["Gorka", "Gorka"]


def test_indirect_content_stops_before_the_paragraph_break(extract):
    text = ("According to early results of exit polls conducted for The Associated Press and television networks, "
            "nearly half of Democratic primary voters in Alabama and Georgia were black.\n\n"
            "But the former Mexican president didn’t stop there.")
    q = next(q for q in extract(text).quotes if q.cue == "According to")
    assert q.text == "nearly half of Democratic primary voters in Alabama and Georgia were black"
    assert q.end == text.index(" were black.") + len(" were black")


def test_headline_label_before_quoted_words_is_an_attribution(extract):
    # breitbart_2016-07-10 (PolNeAR train): the headline's content is the rest of the line
    text = (SHARED / "corpora" / "polnear" / "train" / "text" /
            "breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to.txt").read_text(encoding="utf-8")
    quotes = extract(text, published="2016-07-10").quotes
    head = next(q for q in quotes if q.rule == "headline")
    assert head.text == "Trump Is ‘Trying To Campaign As A Racial Healer,’ ‘That Has Been Part of His Message.’"
    assert head.cue == ":" and head.speaker.mention == "Gov Fallin" and head.kind == "indirect"
    inner = [q for q in quotes if q.start >= head.start and q.end <= head.end and q is not head]
    assert [q.text for q in inner] == ["Trying To Campaign As A Racial Healer,", "That Has Been Part of His Message."]
    assert {q.attribution for q in inner} == {head.attribution} and {q.speaker.mention for q in inner} == {"Gov Fallin"}


def test_a_headline_without_quoted_words_or_a_colon_is_no_attribution(extract):
    assert not [q for q in extract("Trump Wins Nevada Caucus By Wide Margin\n\nHe won.").quotes if q.rule == "headline"]
    assert not [q for q in extract("Update: Trump Wins Nevada Caucus By Wide Margin\n\nHe won.").quotes
                if q.rule == "headline"]


def test_content_starts_after_the_dateline(extract):
    # from the fresh-user test: the dateline became part of the content, or a quote of its own
    got = extract("LONDON — “We will win,” Keir Starmer said.")
    assert [(q.kind, q.text, q.speaker.name) for q in got.quotes] == [("direct", "We will win,", "Keir Starmer")]
    q = extract("BERLIN (Reuters) - Germany will raise its defence spending by 2027, officials said.").quotes[0]
    assert q.text == "Germany will raise its defence spending by 2027" and q.speaker.name == "officials"
    # HuffPost writes its datelines with a horizontal bar (U+2015)
    q = extract("WASHINGTON ― The obsession is an insult to all Americans, top lawmakers said Friday.").quotes[0]
    assert q.text == "The obsession is an insult to all Americans" and q.cue == "said"


def test_a_passive_expectation_names_no_speaker(extract):
    # from the fresh-user test: "X is expected to" is nobody's statement by X
    quotes = extract("As Reuters reported, Ishiba is expected to offer concessions on rice imports.").quotes
    reported = next(q for q in quotes if q.cue == "reported")
    assert reported.speaker.name == "Reuters" and reported.text.startswith("Ishiba is expected")
    assert all(q.speaker is None for q in quotes if q.cue == "expected")


def test_the_document_text_is_read_once_per_document(extract):
    # dateline_end ran once per quote and spaCy joins every token on each Doc.text: a
    # 300,000-character article took minutes (benchmark: README, "Speed")
    import spacy
    from dateline.nlp.sentences import doc_text
    from dateline.quotes.descriptions import dateline_end
    doc = spacy.blank("en")("LONDON (Reuters) - Ministers met.\n\nThey agreed.")
    assert doc_text(doc) is doc_text(doc) and doc.user_data["dateline_text"] == doc.text
    assert dateline_end(doc[-2]) is None and dateline_end(doc[5]) == len("LONDON (Reuters) - ")
