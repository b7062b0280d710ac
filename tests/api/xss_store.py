"""A tiny store whose every stored text field carries an XSS payload (issue 17, item 3), for
:mod:`tests.api.test_browser_xss`.

Two ways in, both real: three JSON Lines records through :func:`dateline.store.ingest.ingest`
(title, url, source and text as a careless or hostile feed gives them: ``javascript:`` and
``data:`` URLs, an http URL that breaks out of its attribute, an untitled article whose first
words are markup), and one hand-built :class:`~dateline.records.Extraction` through
:class:`~dateline.store.writer.StoreWriter` so that the fields the pipeline decides (speaker,
cue, actor names and roles, event trigger, place, date and amount texts, rule, CAMEO code,
context) hold payloads too, whatever the extractors make of markup. Each payload calls
``alert(N)`` with its own ``N`` so a dialog names the field it came from; none is ever stripped
(escaping happens where a page is rendered)."""
from __future__ import annotations

import json
from pathlib import Path

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
SVG = '"><svg onload=alert(3)>'
JS_URL = "javascript:alert(4)"
DATA_URL = "data:text/html,<script>alert(5)</script>"
ATTR = "' onmouseover='alert(6)' x='"
TITLE_CLOSE = "</title><script>alert(7)</script>"
BOLD = "<b onmouseover=alert(8)>"
IFRAME = "<iframe src=javascript:alert(9)></iframe>"

#: The quote of the brief: a direct quote whose content and speaker are markup.
QUOTE = f'"{IMG}," said {SCRIPT} Smith'

#: What the ingested records hold (``source`` and ``title`` are shown as they are).
INGESTED = [
    {"id": "xss-1", "title": f"{SCRIPT} Title {SVG}", "url": JS_URL, "source": f"{IMG} News",
     "published": "2020-03-05",
     "text": f'{QUOTE} on Monday. "We will not give up {SVG}," President Joe Biden told reporters in Paris. '
             f"Joe Biden met Emmanuel Macron in Paris on 3 March 2020."},
    {"id": "xss-2", "url": DATA_URL, "source": f"{ATTR} Wire", "published": "2020-03-06",
     "text": f'{IMG} begins this untitled article. "{TITLE_CLOSE} is a {BOLD}quote</b>," said Emmanuel Macron.'},
    {"id": "xss-3", "title": f"{TITLE_CLOSE} {ATTR}", "url": f'https://news.example/a?b={SVG}',
     "source": "news.example", "published": "2020-03-07",
     "text": "Germany criticised Iran on Tuesday. Iran rejected the criticism, its foreign minister said."},
]

#: The hand-built article: its sentences, and which words of them each stored field points at.
SPEAKER = f"{SCRIPT} Smith"
VICTIM = SVG  # an actor whose whole name is markup
TRIGGER = f"{BOLD}attacked</b>"
PLACE = f"{IFRAME}ville"
DATE = f"{ATTR}Monday"
AMOUNT = f"$5 {IMG}"
HAND_TEXT = (f'"{IMG}," said {SPEAKER} on {DATE}. {SPEAKER} {TRIGGER} {VICTIM} in {PLACE}, '
             f"taking {AMOUNT} from them.")
ODD_TYPE = f"{SCRIPT}TYPE"
HAND_TITLE = f"{BOLD}Hand-built</b> {IFRAME}"
HAND_SOURCE = f"{TITLE_CLOSE} Gazette"


def _at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def hand_built():
    """The :class:`Extraction` of :data:`HAND_TEXT`: a quote by :data:`SPEAKER`, who attacks
    :data:`VICTIM` in :data:`PLACE` (coordinates, so the map draws it) on 2020-03-02."""
    from dateline.records import (Actor, Amount, Article, DateValue, Event, Extraction, Mention, Place, Quote,
                                  Speaker)

    t = HAND_TEXT
    q0, q1 = _at(t, f"{IMG},")
    c0, c1 = _at(t, "said")
    s0, s1 = _at(t, SPEAKER)
    s2, s3 = _at(t, SPEAKER, s1)
    v0, v1 = _at(t, VICTIM, s3)
    g0, g1 = _at(t, TRIGGER)
    p0, p1 = _at(t, PLACE)
    d0, d1 = _at(t, DATE)
    m0, m1 = _at(t, AMOUNT)
    sentence = t.index(". ") + 1
    smith = Actor(id="A1", name=SPEAKER, kind="person", country="USA", sector="GOV", role=f"{IMG} envoy",
                  kb_id=f"Q{SVG}", mentions=[Mention(SPEAKER, s0, s1, "name", "A1"),
                                             Mention(SPEAKER, s2, s3, "name", "A1")])
    victim = Actor(id="A2", name=VICTIM, kind="organisation", country="FRA", sector=f"{ATTR}",
                   mentions=[Mention(VICTIM, v0, v1, "name", "A2")])
    place = Place(PLACE, p0, p1, PLACE, "FRA", 48.85, 2.35, "city")
    amount = Amount(AMOUNT, m0, m1, 5.0, "USD")
    quote = Quote(f"{IMG},", q0, q1, "direct", "said", c0, c1,
                  Speaker(SPEAKER, "USA", "GOV", SPEAKER, s0, s1, "A1"), 0, sentence, f"{SCRIPT}rule", 0)
    event = Event("ASSAULT", sentence + 1, len(t), TRIGGER, g0, g1, actor=[smith.ref()], recipient=[victim.ref()],
                  context=[f"{SCRIPT}"], date="2020-03-02", date_relation="on", location=place, amount=amount,
                  cameo=f"{IMG}", confidence=0.9, rule=f"{SVG}rule")
    # a type, mode and aux that no coder gives, as a store written by another tool could hold
    odd = Event(ODD_TYPE, sentence + 1, len(t), TRIGGER, g0, g1, actor=[victim.ref()], recipient=[smith.ref()],
                mode=IMG, aux=[SVG], date="2020-03-02", date_relation="on", location=place, confidence=0.5)
    article = Article(id=f"hand-{SVG}", text=t, path=f"/tmp/{IMG}.txt", title=HAND_TITLE, published="2020-03-04",
                      url="JaVaScRiPt:alert(10)", source=HAND_SOURCE)
    return Extraction(article, quotes=[quote], actors=[smith, victim], events=[event, odd],
                      dates=[DateValue(DATE, d0, d1, "2020-03-02")], places=[place], amounts=[amount])


def build(folder: Path, pipeline) -> Path:
    """The store: :data:`INGESTED` through ``ingest`` (one process), then :func:`hand_built`
    through the writer. Returns its path."""
    from dateline.store.ingest import ingest
    from dateline.store.writer import StoreWriter

    src = folder / "xss.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in INGESTED), encoding="utf-8")
    db = folder / "xss.sqlite"
    report = ingest([str(src)], db, workers=1, pipeline=pipeline)
    assert report.stored == len(INGESTED), report.as_dict()
    with StoreWriter(db) as writer:
        assert writer.write(hand_built()) == "stored"
    return db
