"""When an event happened (:mod:`dateline.events.scene`) on real sentences: a period reaching to
the present is not historical, and a present-perfect event takes no earlier sentence's date."""
from __future__ import annotations

import json

from tests.events.test_candidates import coded, event  # noqa: F401 - fixtures
from tests.shared_paths import SHARED


def _story(story_id: str) -> str:
    with (SHARED / "corpora" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as fh:
        return next(json.loads(line)["text"] for line in fh if str(json.loads(line)["id"]) == story_id)

# VOA 6203525 (UN chief on Myanmar), 2021-03-19; not an annotated story
ARRESTS = "He said the security forces have arrested at least 2,400 people"
# VOA 8009853 (children in Sudan's civil war), 2025-03-13; not an annotated story
FIGHTING = ("The children are caught up in a power struggle between two rival generals that began in the capital, "
            "Khartoum, in April 2023, but has since spread to large parts of the country, including the Darfur "
            "region. The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces, and the "
            "United Nations says both sides have committed grave human rights abuses.")


def test_arrests_since_a_date_reach_the_present_and_are_not_historical(coded):
    text = _story("6203525")  # the whole story: its forces are Myanmar's
    assert ARRESTS in text
    e = next(e for e in coded(text, "2021-03-19").code() if e.trigger == "arrested" and e.start == text.index(ARRESTS))
    assert e.type == "COERCE" and [a.country for a in e.actor] == ["MMR"]
    assert (e.date, e.date_relation) == ("2021-02-01", "after") and "historical" not in e.aux


def test_a_present_perfect_event_takes_the_publication_date_not_an_earlier_sentences(coded):
    coder = coded(FIGHTING, "2025-03-13")
    fighting = [e for e in coder.code() if e.trigger == "fighting"]
    assert fighting and fighting[0].type == "ASSAULT"
    assert (fighting[0].date, fighting[0].date_relation) == ("2025-03-13", "published")
    assert "historical" not in fighting[0].aux
    assert [a.name for a in fighting[0].actor] == ["Rapid Support Forces"]


def test_what_a_call_is_for_is_asked_not_done(nlp):
    from dateline.events.modality import _called_for
    # allsides D0dfajqDaqDUtjbo (Fox Online News, "US signs historic peace deal with Taliban"), undated
    doc = nlp("Another condition of the agreement calls for the release of 5,000 Taliban members from Afghan-run "
              "jails, although it was not clear if the Afghan government will comply with that.")
    release = next(t for t in doc if t.text == "release")
    comply = next(t for t in doc if t.text == "comply")
    assert _called_for(release) and not _called_for(comply)


def test_a_statement_is_dated_on_its_own_day_not_by_the_sentence_before(coded):
    # VOA 8011076 (Pakistan train hijacking), 2025-03-14; not an annotated story: the sentence
    # before the accusation is about 2024
    text = _story("8011076")
    blamed = "Pakistani officials blamed archrival India"
    assert blamed in text
    e = next(e for e in coded(text, "2025-03-14").code() if e.trigger == "blamed")
    assert e.type == "ACCUSE" and e.date == "2025-03-14" and "historical" not in e.aux


def test_weighing_an_act_or_being_due_to_do_it_is_not_doing_it(coded):
    # VOA 6204569 (Somalia's Farmajo signs measure extending mandate), 2021-04-14, and VOA 6180015
    # (Ankara defies Washington over Russian missiles), 2019-12-05; not annotated stories
    coder = coded("The European Union is also considering sanctions and warned that the Somali government’s actions "
                  "would divide the country. Putin is due to meet Erdogan in Turkey in January.", "2021-04-14")
    assert "hypothetical" in event(coder, "SANCTION", "sanctions").aux
    assert "future" in event(coder, "AGREE", "meet").aux


def test_a_place_naming_a_thing_is_no_scene_carried_to_later_events(coded):
    # VOA 8010842 (not annotated): "on a Ukraine ceasefire deal" names the deal; the call that
    # follows was made between Washington and Moscow, not in Ukraine
    text = _story("8010842")
    start = text.index("The statement comes as the Kremlin said")
    end = text.index("Thursday.", start) + len("Thursday.")
    e = event(coded(text[start:end], "2025-03-14"), "CONSULT", "spoke")
    assert e.location is None


def test_a_participles_place_and_its_conjuncts_before_an_earlier_sentences(coded):
    # VOA 8007760 (train attack in Balochistan), 2025-03-12; not an annotated story: "in Kalat"
    # hangs on the participle; four sentences earlier the story says "based in Afghanistan"
    text = _story("8007760")
    coder = coded(text, "2025-03-12")
    cands = [c for c, _ in coder.candidates() if c.trigger.text in ("ambushed", "killed")
             and "ambushed a bus" in c.trigger.sent.text]
    assert {c.trigger.text for c in cands} == {"ambushed", "killed"}
    assert {coder.scene.location(c.trigger, c.noun).name for c in cands} == {"Kalat"}


def test_blame_on_names_the_accused(coded):
    # VOA 8007760 (not an annotated story): "Islamabad has blamed several recent attacks on militants
    # present on Afghan soil." The militants are accused, and placed where they are
    coder = coded(_story("8007760"), "2025-03-12")
    blame = next(c for c, _ in coder.candidates() if c.kind == "verb" and c.trigger.text == "blamed"
                 and "Afghan soil" in c.trigger.sent.text)
    assert ([a.country for a in blame.actor], [a.country for a in blame.recipient], blame.recipient_role) == \
        (["PAK"], ["AFG"], "on")
    attacks = next(c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "attacks"
                   and "Afghan soil" in c.trigger.sent.text)
    assert attacks.actor == []  # the attacks are not Islamabad's
