"""Pieces of one attribution (``Quote.attribution``), content edges, inverted speakers and
title-case speaker labels, on paragraphs of real articles of the PolNeAR train split
(../shared/corpora/polnear/train/text)."""
from shared_paths import SHARED

from dateline.quotes.polnear import predicted_attributions

TRAIN = SHARED / "corpora" / "polnear" / "train" / "text"


def _paragraph(article: str, needle: str) -> str:
    text = (TRAIN / f"{article}.txt").read_text(encoding="utf-8")
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _quotes(extract, article: str, needle: str, published: str):
    text = _paragraph(article, needle)
    return text, extract(text, published=published).quotes


def test_partial_quote_is_a_piece_of_its_indirect_quote(extract):
    text, quotes = _quotes(extract, "breitbart_2016-02-20_the-latest-hillary-clinton-tells",
                           "her husband will “be the best president.”", "2016-02-20")
    indirect = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("her husband will"))
    partial = next(q for q in quotes if q.kind == "partial" and q.text == "be the best president.")
    assert indirect.cue == partial.cue == "says"
    assert partial.attribution == indirect.attribution
    assert indirect.start < partial.start and partial.end < indirect.end
    # PolNeAR sees one attribution whose content is the indirect quote
    merged = [p for p in predicted_attributions(quotes) if (indirect.start, indirect.end) in p.content]
    assert len(merged) == 1 and merged[0].content == ((indirect.start, indirect.end), (partial.start, partial.end))


def test_partial_quotes_of_one_cue_are_one_attribution(extract):
    text, quotes = _quotes(extract, "huff-post_2016-07-27_guns-are-the-ultimate-public-hea",
                           "the ultimate public health crisis", "2016-07-27")
    first = next(q for q in quotes if q.text == "the ultimate public health crisis")
    second = next(q for q in quotes if q.text == "stunt children’s growth,")
    assert first.kind == second.kind == "partial" and first.cue == second.cue == "proclaimed"
    assert first.attribution == second.attribution
    assert first.speaker.name == second.speaker.name == "Howard Dean"


def test_quote_after_a_long_attribution_is_its_second_piece(extract):
    text = _paragraph("nyt_2016-01-30_traditionally-democrat-unions-ar", "said Mike Lux")
    quotes = extract(text, published="2016-01-30").quotes
    lux = [q for q in quotes if q.kind == "direct"]
    assert [q.text[:20] for q in lux] == ["I do think that Trum", "If the Democratic no"]
    assert lux[0].speaker.name == "Mike Lux" and lux[1].speaker.name == "Mike Lux"
    assert lux[1].rule == "joined" and lux[1].attribution == lux[0].attribution and lux[1].cue == "said"
    other = [q for q in quotes if q.attribution != lux[0].attribution]
    assert all(q.start > lux[0].end and q.end < lux[1].start for q in other)  # the apposition's own quotes


def test_inverted_speaker_the_parser_hung_elsewhere(extract):
    # "''…,'' said Robin Maynard, half joking.": the parser makes "Maynard" the subject of "joking"
    text, quotes = _quotes(extract, "nyt_2016-03-21_factory-workers-feel-sting-of-gl", "said Robin Maynard",
                           "2016-03-21")
    q = next(q for q in quotes if q.text.startswith("I'm more skilled"))
    assert q.cue == "said" and q.speaker.name == "Robin Maynard"
    assert text[q.speaker.mention_start:q.speaker.mention_end] in ("Maynard", "Robin Maynard")


def test_quote_closed_by_its_comma_ends_the_content(extract):
    text, quotes = _quotes(extract, "breitbart_2016-01-19_long-time-leaders-of-conservativ",
                           "Yes, I support Ted Cruz", "2016-01-19")
    q = next(q for q in quotes if "Yes, I support Ted Cruz" in q.text)
    assert q.text == "Yes, I support Ted Cruz,"
    assert "Bozell" in q.speaker.name


def test_headline_with_a_speaker_label_in_title_case(extract):
    text = (TRAIN / "breitbart_2015-12-11_trump-cruz-has-to-come-a-long-wa.txt").read_text(encoding="utf-8")
    quotes = extract(text, published="2015-12-11").quotes
    head = next(q for q in quotes if q.rule == "transcript")
    assert head.start == text.index("Cruz Has ‘To Come")
    assert head.speaker.name == "Donald Trump" and head.speaker.mention == "Trump" and head.cue == ":"
    pieces = [q for q in quotes if q.attribution == head.attribution]
    assert {q.text for q in pieces} >= {"To Come a Long Way"}


def test_headline_label_with_a_capital_inside_the_name(extract):
    text = (TRAIN / "breitbart_2015-12-02_john-mccain-republican-populist-.txt").read_text(encoding="utf-8")
    head = next(q for q in extract(text, published="2015-12-02").quotes if q.rule == "transcript")
    assert head.text == "Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’"
    assert head.speaker.name == "John McCain" and (head.speaker.mention_start, head.cue) == (0, ":")


def test_asides_are_cut_from_an_indirect_content(extract):
    text = ("Adelson met the candidates in Las Vegas. Asked what characteristics he would like the Republican "
            "party’s nominee to embody, Adelson said, “They have got to be able to win.”")
    quotes = extract(text, published="2015-12-20").quotes
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.text == "They have got to be able to win." and direct.speaker.name.endswith("Adelson")
    assert all(not q.text.startswith("Asked what") for q in quotes)


def test_markup_attributes_are_no_quotes_and_tag_names_no_cues(extract):
    article = "breitbart_2015-12-04_san-bernardino-terror-suspect-na"
    text = (TRAIN / f"{article}.txt").read_text(encoding="utf-8")
    assert '<tweet id="672138506081275904" author="@MissDBunker"' in text
    quotes = extract(text, published="2015-12-04").quotes
    assert quotes
    assert not any("672138506081275904" in q.text or q.text.strip() == "@MissDBunker" for q in quotes)
    tags = [m.span() for m in __import__("re").finditer(r"<[^<>\n]*>", text)]
    assert not any(q.cue_start is not None and a <= q.cue_start < b for q in quotes for a, b in tags)


def test_title_in_quotation_marks_is_no_quote(extract):
    text, quotes = _quotes(extract, "breitbart_2016-07-13_trump-demands-ginsburg-resign-fo",
                           "told ABC’s “Good Morning America” that he agrees", "2016-07-13")
    assert not any(q.text.startswith("Good Morning America") for q in quotes)
    assert any(q.kind == "partial" and q.text == "total opportunist" for q in quotes)


def test_indirect_quote_runs_on_to_the_partial_quote_of_its_cue(extract):
    text, quotes = _quotes(extract, "breitbart_2016-03-15_the-latest-kasich-scores-all-del",
                           "on pace to get 1,237 delegates", "2016-03-15")
    indirect = next(q for q in quotes if q.kind == "indirect" and q.cue == "says")
    partial = next(q for q in quotes if q.kind == "partial" and q.text.startswith("on pace"))
    assert indirect.text.startswith("there is no one in the race")
    assert indirect.text.endswith("“on pace to get 1,237 delegates,”")
    assert indirect.attribution == partial.attribution


def test_stance_inside_a_reported_statement_is_not_reported_again(extract):
    text, quotes = _quotes(extract, "huff-post_2016-04-22_marco-rubio-i-m-not-interested-i",
                           "support whomever the Republican Party nominates", "2016-04-22")
    said = next(q for q in quotes if q.cue == "said" and q.text.startswith("he’ll support whomever"))
    assert said.text.endswith("he doesn’t want to be involved in the 2016 race anymore")  # the conjunct goes on
    assert not any(q.rule == "stance" and q.text.startswith("whomever") for q in quotes)


def test_speaker_after_a_time_stamp_line_is_in_the_cues_paragraph(extract):
    article = "breitbart_2016-01-05_the-latest-cruz-to-give-away-eng"
    text = (TRAIN / f"{article}.txt").read_text(encoding="utf-8")
    quotes = extract(text, published="2016-01-05").quotes
    at = text.index("President Barack Obama says that")
    q = next(q for q in quotes if q.cue == "says" and q.start > at and q.start - at < 60)
    assert q.speaker.name == "Barack Obama" and "\n" not in q.speaker.mention
    assert at <= q.speaker.mention_start < q.start


def test_a_name_inside_the_quotation_is_not_its_speaker(extract):
    text, quotes = _quotes(extract, "huff-post_2016-08-05_donald-trump-finally-endorses-ho",
                           "highest esteem Sen. John McCain", "2016-08-05")
    q = next(q for q in quotes if "highest esteem" in q.text)
    assert q.speaker.name == "Donald Trump"


def test_dateline_with_a_date_is_no_speaker(extract):
    text, quotes = _quotes(extract, "breitbart_2016-07-19_former-ag-mukasey-at-rnc-clinton",
                           "CLEVELAND, July 19 (UPI)", "2016-07-19")
    q = next(q for q in quotes if q.cue == "told")
    assert q.speaker.name == "Michael Mukasey"


def test_opening_mark_typed_for_a_closing_one_closes_the_quote():
    from dateline.quotes.spans import find_quote_spans

    text = _paragraph("huff-post_2016-03-15_pastor-wants-girl-scout-leaders-", "film “Frozen“")
    spans, unbalanced = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans][:2] == ["Frozen", "pro-gay,"]
    assert unbalanced == []


def test_content_stops_at_a_line_break_the_parser_ran_over(extract):
    text = _paragraph("breitbart_2016-03-01_the-latest-sanders-wins-minnesot", "reading “Thank you Georgia”")
    start = text.index("reading “Thank you Georgia”")
    text = text + "\n\n___\n\n8:30 p.m."
    quotes = extract(text, published="2016-03-01").quotes
    q = next(q for q in quotes if q.kind == "indirect" and q.start < start < q.end)
    assert q.text.endswith("moments after polls closed")


def test_closing_typewriter_mark_after_a_stray_space(extract):
    text, quotes = _quotes(extract, "nyt_2016-03-15_sanders-advances-agenda-via-side",
                           "coalitions, '' said Mr. Gunnels", "2016-03-15")
    first = next(q for q in quotes if q.text.startswith("The reason he has been so successful"))
    assert first.text.endswith("left-right coalitions,") and first.cue == "said"
    assert first.speaker.name.endswith("Gunnels")
    nxt = next(q for q in quotes if q.text.startswith("He doesn't see himself"))
    assert nxt.speaker.name == first.speaker.name and nxt.attribution == first.attribution


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(extract):
    text, quotes = _quotes(extract, "breitbart_2015-12-11_charles-barkley-takes-on-donald-",
                           "Barkley, who said he typically votes", "2015-12-11")
    q = next(q for q in quotes if q.text.startswith("he typically votes"))
    assert q.speaker.name.endswith("Barkley") and q.speaker.mention == "who"
    assert text[q.speaker.mention_start:q.speaker.mention_end] == "who"


def test_characterisation_as_quoted_words_is_reported_stance(extract):
    text, quotes = _quotes(extract, "huff-post_2016-07-18_more-offensive-things-donald-tru",
                           "identified the judge as “Spanish,”", "2016-07-18")
    q = next(q for q in quotes if q.cue == "identified")
    assert q.kind == "indirect" and q.rule == "stance"
    assert q.text == "the judge as “Spanish,”"  # the relative clause after it is the reporter's
    assert q.speaker.name == "Donald Trump"


def _wikinews_paragraph(needle: str) -> str:
    import csv

    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for value in row.values():
                if value and needle in value:
                    at = value.index(needle)
                    start = value.rfind("\n", 0, at) + 1
                    end = value.find("\n", at)
                    return value[start:end if end >= 0 else len(value)]
    raise AssertionError(needle)


def test_inverted_speaker_after_a_hyphenated_description(extract):
    text = _wikinews_paragraph("said study co-author Professor Carl Lipo")
    quotes = extract(text, published="2019-01-01").quotes
    q = next(q for q in quotes if q.cue == "said" and q.end < text.index("said study co-author"))
    assert q.speaker.name == "Carl Lipo"


def test_name_in_apposition_to_a_description_is_the_speaker(extract):
    text = _wikinews_paragraph("a Republican, Mark Amodei")
    quotes = extract(text, published="2019-10-01").quotes
    q = next(q for q in quotes if q.cue and q.cue.startswith("telling"))
    assert q.speaker.name == "Mark Amodei"


def test_that_clause_after_the_cue_wins_over_an_opening_clause_the_parser_hung_on_it(extract):
    text, quotes = _quotes(extract, "politico_2016-01-14_clinton-says-she-won-t-rule-out-",
                           "a little surprised", "2016-01-14")
    remarked = [q for q in quotes if q.cue == "remarked"]
    assert [(q.kind, q.text) for q in remarked] == [
        ("indirect", 'she was "a little surprised" to be debating health care in her race against Sanders'),
        ("partial", "a little surprised")]
    assert remarked[0].speaker.name == "Clinton" and remarked[0].attribution == remarked[1].attribution


def test_present_tense_conjunct_goes_on_with_the_reported_clause(extract):
    text, quotes = _quotes(extract, "usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca",
                           '"way off,"', "2016-01-26")
    told = next(q for q in quotes if q.kind == "indirect" and q.cue == "told")
    assert told.text == 'polls could be "way off," and have been unreliable in past races'
    assert told.speaker.name == "Rand Paul"


def test_a_coordinated_cue_is_a_statement_of_its_own(extract):
    text, quotes = _quotes(extract, "politico_2016-09-01_debating-clinton-s-character",
                           "to disqualify Trump", "2016-09-01")
    says = next(q for q in quotes if q.kind == "indirect" and q.cue == "says")
    assert says.text == "the main goal of the effort is “to disqualify Trump,”"
    conceded = next(q for q in quotes if q.cue == "conceded")
    assert conceded.text.startswith("the imperative of shoring up Clinton’s sagging approval numbers")
    assert says.speaker.name == conceded.speaker.name == "Steve Elmendorf"


def test_content_ends_before_a_dash_and_a_new_clause(extract):
    text, quotes = _quotes(extract, "politico_2015-12-23_ben-carson-hints-at-major-campai",
                           "led astray by “insiders”", "2015-12-23")
    said = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("Carson had been led astray"))
    assert said.text == "Carson had been led astray by “insiders” running his campaign"
    assert said.speaker.name == "Bill Millis"


def test_partial_quote_just_after_its_cues_reported_clause_is_a_piece_of_it(extract):
    text, quotes = _quotes(extract, "usa-today_2016-03-22_clinton-trump-s-view-of-the-worl",
                           '"dangerously wrong"', "2016-03-22")
    clause = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("he would abdicate"))
    partials = [q for q in quotes if q.kind == "partial" and q.cue_start == clause.cue_start]
    assert [q.text for q in partials] == ["dangerously wrong", "bully"]
    assert {q.attribution for q in partials} == {clause.attribution}
    assert clause.speaker.name == "Hillary Clinton"


def test_the_reporters_comment_after_a_comma_is_not_the_content(extract):
    text, quotes = _quotes(extract, "wash-post_2016-01-18_a-sharper-tone-as-stakes-rise",
                           '"slightly more"', "2016-01-18")
    said = next(q for q in quotes if q.kind == "indirect" and "slightly more" in q.text)
    assert said.text == 'some middle-class families would pay "slightly more" in taxes'
    assert said.speaker.name == "Sanders"  # the paragraph alone names him so


def test_a_quotation_after_adding_that_is_not_a_piece_of_the_one_before(extract):
    text = _paragraph("politico_2016-03-10_trump-s-rivals-pull-their-punche", "adding that there shouldn’t be")
    quotes = extract(text, published="2016-03-10").quotes
    before = next(q for q in quotes if q.text.startswith("First of all"))
    after = next(q for q in quotes if q.text.startswith("I think that whoever"))
    adding = next(q for q in quotes if q.kind == "indirect" and q.cue == "adding")
    assert adding.text == "there shouldn’t be a focus on some artificial number"
    assert after.rule != "joined" and after.attribution != before.attribution


def test_content_ends_before_a_spaced_hyphen_that_opens_the_reporters_aside(extract):
    # wash-post_2016-04-23 (PolNeAR train): " - except that …" is the reporter's
    text = ("In 2010, he warned the Fed against buying bonds, because he thought it \"risks higher inflation and a "
            "depreciated currency\" - except that, once again, inflation has fallen and the dollar has risen since "
            "then.")
    q = next(q for q in extract(text, published="2016-04-23").quotes if q.cue == "thought" and q.kind == "indirect")
    assert q.text == "it \"risks higher inflation and a depreciated currency\""


def test_a_pair_of_dashes_inside_the_content_is_kept(extract):
    # wash-post_2016-09-04 (PolNeAR train)
    text = ("She learned her father had begun - but never finished - the process of getting her naturalized; he "
            "died before she could ask him about it.")
    q = next(q for q in extract(text, published="2016-09-04").quotes if q.cue == "learned")
    assert q.text == "her father had begun - but never finished - the process of getting her naturalized"


def test_according_to_after_a_tagged_quotation_is_an_outer_attribution(extract):
    # wash-post_2016-07-15 (PolNeAR train): Trump told Flake, and officials report it
    text = (TRAIN / "wash-post_2016-07-15_thin-skinned-trump-quells-critic.txt").read_text(encoding="utf-8")
    quotes = extract(text, published="2016-07-15").quotes  # the whole article: "he" is Trump
    inner = next(q for q in quotes if q.kind == "direct" and q.text == "You've been very critical of me,")
    outer = next(q for q in quotes if q.cue == "according to" and "critical of me" in q.text)
    assert inner.cue == "told" and inner.speaker.name == "Donald Trump"
    assert outer.text == "\"You've been very critical of me,\" he told Sen. Jeff Flake (R-Ariz.)"
    assert outer.speaker.mention.startswith("officials") and outer.attribution != inner.attribution


def test_a_name_the_tagger_took_for_a_common_noun_is_still_a_speaker(extract):
    # wash-post_2016-07-15 (PolNeAR train): sentence-initial "Trump" is tagged NOUN; "he" is Trump
    text, quotes = _quotes(extract, "wash-post_2016-07-15_thin-skinned-trump-quells-critic",
                           "Trump has continued to needle his detractors", "2016-07-15")
    told = next(q for q in quotes if q.cue == "told")
    assert told.speaker.name == "Donald Trump" and told.speaker.mention == "he"


def test_a_second_that_clause_goes_on_with_the_report(extract):
    # wash-post_2016-09-01 (PolNeAR train): "said that A and that B" is one content
    text = ("In Mexico City, Trump endured without complaint a lecture from the Mexican president, who said that "
            "NAFTA has been good for \"the U.S. as well as Mexico\" and that the U.S. Chamber of Commerce thinks "
            "that more than 6 million American jobs rely on trade with Mexico.")
    q = next(q for q in extract(text, published="2016-09-01").quotes if q.cue == "said")
    assert q.text.startswith("NAFTA has been good") and q.text.endswith("rely on trade with Mexico")


def test_the_speakers_reason_after_because_is_part_of_the_content(extract):
    # wash-post_2015-12-28 (PolNeAR train): a partial quote's frame, and its reason
    text = ("Yang Shu, director of the Institute of Central Asian Studies at Lanzhou University, calls Horgos "
            "\"a mistake\" because so few people are in its vicinity.")
    q = next(q for q in extract(text, published="2015-12-28").quotes if q.kind == "indirect" and q.cue == "calls")
    assert q.text == "Horgos \"a mistake\" because so few people are in its vicinity" and q.speaker.name == "Yang Shu"
