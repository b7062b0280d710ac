"""Quote spans: every mark style, apostrophes, nesting, paragraphs and unbalanced marks."""
from dateline.quotes.spans import find_quote_spans


def texts(text: str) -> list[str]:
    spans, _ = find_quote_spans(text)
    return [text[s.start:s.end] for s in spans]


def test_reference_article_has_ten_quoted_spans_with_apostrophes_kept(reference_text):
    found = texts(reference_text)
    assert found[0] == "Ukraine’s voice"
    assert "overwhelming" in found and "some time" in found and "for now" in found
    assert found[5].startswith("The Ukrainians are fighting bravely. It’s our jobs")
    assert len(found) == 10


def test_offsets_index_the_text_without_marks(reference_text):
    spans, unbalanced = find_quote_spans(reference_text)
    assert unbalanced == []
    first = spans[0]
    assert reference_text[first.open_at] == "“" and reference_text[first.start:first.end] == "Ukraine’s voice"


def test_every_mark_style():
    assert texts("« Bonjour » and ‘single’ and „low“ and \"straight\" and 'plain'") == [
        "Bonjour", "single", "low", "straight", "plain"]


def test_quote_inside_quote_is_part_of_the_outer_content():
    assert texts("He said: “They called it ‘a betrayal’ yesterday.”") == ["They called it ‘a betrayal’ yesterday."]


def test_interrupted_quote_gives_two_spans():
    assert texts("“We will win,” he said, “and we will rebuild.”") == ["We will win,", "and we will rebuild."]


def test_quote_over_three_paragraphs_closed_only_at_the_end():
    text = "“First paragraph of the speech.\n\n“Second paragraph.\n\n“Third and last.” Dubois said."
    spans, unbalanced = find_quote_spans(text)
    assert unbalanced == []
    assert [text[s.start:s.end] for s in spans] == ["First paragraph of the speech.", "Second paragraph.",
                                                    "Third and last."]
    assert [s.runs_on for s in spans] == [True, True, False]
    assert [s.open_at for s in spans] == [0, text.index("“Second"), text.index("“Third")]
    assert spans[-1].close_at == text.index("”")


def test_unbalanced_mark_is_closed_at_its_paragraph_end_and_the_rest_is_read():
    text = "She said “we are leaving now.\n\nLater, officials said “nothing has changed”."
    spans, unbalanced = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["we are leaving now.", "nothing has changed"]
    assert unbalanced == [9] and spans[0].recovered


def test_apostrophes_and_possessives_are_not_marks():
    assert texts("It’s the countries’ leaders who can’t agree on Ukraine’s future.") == []


def test_doubled_apostrophes_of_older_archives_are_double_marks():
    text = "''This isn't tax reform,'' said Mr. Holtz-Eakin. ``It's anti-reform.''"
    spans, unbalanced = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["This isn't tax reform,", "It's anti-reform."]
    assert unbalanced == []


def test_german_guillemets_open_with_the_right_pointing_mark():
    # from the fresh-user test: »…« gave a partial quote ", Olaf Scholz said."
    text = "»We are ready«, Olaf Scholz said. «Nous sommes prêts», Macron said."
    spans, unbalanced = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We are ready", "Nous sommes prêts"] and unbalanced == []


def test_an_unclosed_quotation_ends_before_the_tag_that_closes_its_paragraph():
    text = '"We will win this election, said candidate John Miles at a rally.\n\nThe rally ended at noon.'
    spans, unbalanced = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We will win this election,"] and unbalanced == [0]
    # a comma inside the quotation followed by other words is no tag: the quote runs to the paragraph end
    text = '"We will win, and then we will govern for everyone.'
    assert texts(text) == ["We will win, and then we will govern for everyone."]


def test_an_unclosed_quotation_keeps_its_speaker(extract):
    q = extract('"We will win this election, said candidate John Miles at a rally.').quotes[0]
    assert (q.text, q.cue, q.speaker.name) == ("We will win this election,", "said", "John Miles")
