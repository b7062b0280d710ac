"""Speakers the parser hides: a subject taken for a compound, a person in apposition to the
object of an opening phrase, a participle hung on the quotation, two subjects of which one is a
place or a date, a dateline before the name and a time stamp line, on paragraphs of real articles
of the PolNeAR train split (../shared/corpora/polnear/train/text)."""
import pytest

from shared_paths import SHARED

TRAIN = SHARED / "corpora" / "polnear" / "train" / "text"


def _speaker(extract, article: str, needle: str, words: str) -> tuple[str | None, str | None]:
    """The speaker's name and mention of the quote starting with ``words`` in the paragraph
    holding ``needle``, extracting the whole article."""
    text = (TRAIN / f"{article}.txt").read_text(encoding="utf-8")
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    quote = next(q for q in extract(text).quotes if start <= q.start < end and q.text.startswith(words))
    return (quote.speaker.name if quote.speaker else None, quote.speaker.mention if quote.speaker else None)


@pytest.mark.parametrize("article, needle, words, name", [
    # “Go back to Univision,” Trump barked: "Trump" parsed as a compound of the verb
    ("breitbart_2016-04-12_mexican-anchor-crosses-swords-wi", "Trump barked", "Go back to Univision", "Donald Trump"),
    # “…,” Beck joked, …, “Amen, brother!…”: the xcomp of "shouted" keeps its own subject
    ("breitbart_2016-05-03_glenn-beck-blasts-drudge-for-moc", "Beck joked", "Amen, brother!", "Glenn Beck"),
    # In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: …
    ("breitbart_2016-04-23_clinton-wades-in-urges-britain-t", "Jake Sullivan, said", "Hillary Clinton believes",
     "Jake Sullivan"),
    # … Sen. Elizabeth Warren (D-MA) said …: in apposition to the opening phrase's object, and
    # "Saturday" before it is no speaker
    ("breitbart_2016-06-05_elizabeth-warren-donald-trump-is", "Sen. Elizabeth Warren (D-MA) said", "presumptive",
     "Elizabeth Warren"),
    # …, telling the crowd, “Some people get …”: the participle hangs on the quoted verb
    ("breitbart_2016-08-10_secret-service-stops-protester-a", "riff on the incident in Iowa", "Some people get",
     "Hillary Clinton"),
    # Speaking … in Salem, New Hampshire, Trump went after Bush, calling him …: two subjects
    ("breitbart_2016-02-08_the-latest-nh-towns-cast-first-v", "Speaking at a town hall event in Salem", "a total stiff",
     "Donald Trump"),
    # Trump argued that a database would keep …, saying it’s …: not the reported clause's subject
    ("huff-post_2015-11-20_trump-may-not-have-suggested-a-m", "a database would keep people", "all about management",
     "Donald Trump"),
    # New York (AFP) – Vice President Joe Biden on Monday hit …, accusing him …
    ("breitbart_2016-08-15_biden-stumping-for-clinton-trash", "Vice President Joe Biden on Monday hit", "him of endangering",
     "Joe Biden"),
    # WASHINGTON (AP) — The Latest …:\n\n9:34 p.m.\n\nDonald Trump has delivered …, saying …
    ("breitbart_2016-04-14_the-latest-trump-delivers-defens", "Donald Trump has delivered", "the city embodied",
     "Donald Trump"),
    # Trump was quick to add that …: the subject of the adjective the infinitive hangs on
    ("politico_2016-03-01_trump-my-immigration-plans-aren-", "Trump was quick to add", "the negotiation does not",
     "Donald Trump"),
    # “Would it be negotiable about the 11 million?” Hannity pressed. / “I would say this,” Trump answered.
    ("politico_2016-03-01_trump-my-immigration-plans-aren-", "Hannity pressed", "Would it be negotiable", "Hannity"),
    ("politico_2016-03-01_trump-my-immigration-plans-aren-", "Trump answered", "I would say this", "Donald Trump"),
])
def test_the_hidden_subject_speaks(extract, article, needle, words, name):
    got, mention = _speaker(extract, article, needle, words)
    assert got == name, (got, mention)


@pytest.mark.parametrize("article, needle, words, name", [
    # … issued a statement saying that …: the issuer of the statement speaks
    ("wash-post_2016-02-14_nomination-questions-are-likely-", "Mitch McConnell (R-Ky.) issued a statement saying",
     "the Senate should not confirm", "Mitch McConnell"),
    ("west-journal_2016-05-06_republican-unity-meeting-schedul", "fired back a response saying", "he would not support",
     "Donald Trump"),
    # "…," said retired neurosurgeon Ben Carson, asked about …: a participle modifier before the title
    ("wash-post_2015-11-10_caught-fibbing-these-gop-candida", "said retired neurosurgeon Ben Carson",
     "I'm not going to say it is a mistake", "Ben Carson"),
    # …, saying that the bill … - and arguing that …: the second participle, parsed inside the
    # first one's clause, shares its subject
    ("wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov", "and arguing that he and Cruz shared", "he and Cruz shared",
     "Marco Rubio"),
    # prosecutors charged the officer with murder and Emanuel fired …, acknowledging that …: the
    # name before the coordinated verb, parsed as a second object of "with"; "Rahm Emanuel", which
    # the tagger leaves untagged at the story's start, is the full name of "Emanuel"
    ("wash-post_2015-12-04_a-killing-and-video-test-emanuel", "Emanuel fired his police chief",
     "significant segments of the city", "Rahm Emanuel"),
    # Cardin stressed that "…," suggesting that …: a participle after the closing quotation mark
    ("wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi", "suggesting that the only way to do that",
     "the only way to do that", "Benjamin L. Cardin"),
])
def test_the_subject_of_a_participle_or_a_document_speaks(extract, article, needle, words, name):
    got, mention = _speaker(extract, article, needle, words)
    assert got == name, (got, mention)


def test_a_verb_of_the_manner_of_saying_is_a_cue(extract):
    # "“If they were serious about making progress on this, …,” Toomey fumed on Tuesday."
    got, _ = _speaker(extract, "politico_2016-06-22_what-will-it-take-for-the-senate", "Toomey fumed",
                      "If they were serious")
    assert got == "Pat Toomey"
