"""Force and pressure aimed at someone through a participle or a claim, on real sentences:
"strikes targeting <group>", "drills encircling Taiwan", "claimed responsibility for the attack",
weapons fired, and the armed groups and security forces that do it."""
from __future__ import annotations

from tests.events.test_candidates import candidate, codes, coded, event, parties  # noqa: F401 - fixtures

# allsides 3IKp3v1ucgZrw5G1 (BBC News, "US Baghdad embassy attacked by protesters angry at air strikes"), undated
STRIKES = ("Protesters angered by recent US air strikes targeting an Iranian-backed Iraqi militia have attacked the "
           "American embassy compound in Baghdad.")
# allsides 8SXgnk9czRACizgG (USA TODAY, "China steps up pressure on N. Korea ..."), 2017-08-06
SANCTIONS = ("On Saturday, the Security Council approved crippling economic sanctions targeting about a third of "
             "North Korea's estimated $3 billion in annual exports.")
# VOA 7638284 (train), 2024-06-02: the small model parses "drills" as the subject of "encircling"
DRILLS = ("Three days after President Lai took office, China conducted the military drills encircling Taiwan and "
          "called them “a punishment for separatist acts.”")
# VOA 8008152 (Somalia), 2025-03-12; not an annotated story
CLAIMED = "Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel attack on Tuesday."
FORCES = ("Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the central "
          "town of Beledweyne and later killed at least 50 al-Shabab militants in airstrikes.")
# allsides 49TN9cwKmYanenYv (Fox Online News, the Ukrainian airliner shot down over Iran), undated
FIRED = ("Iran fired more than a dozen ballistic missiles targeting two military bases housing American and "
         "coalition troops.")


def test_a_participle_aims_an_event_noun_at_its_object(coded):
    c = candidate(coded(STRIKES, "2019-12-31"), "noun", "strikes")
    assert parties(c) == (["USA"], "amod", ["IRQ"], "aimed")
    e = event(coded(STRIKES, "2019-12-31"), "ASSAULT", "strikes")
    assert (codes(e.actor), codes(e.recipient)) == (["USA"], ["IRQ"])


def test_sanctions_targeting_a_states_exports_sanction_the_state(coded):
    c = candidate(coded(SANCTIONS, "2017-08-06"), "noun", "sanctions")
    assert (codes(c.recipient), c.recipient_role) == (["PRK"], "aimed")


def test_drills_encircling_a_state_as_the_small_model_parses_them(coded):
    coder = coded(DRILLS, "2024-06-02")
    c = candidate(coder, "verb", "conducted")
    assert parties(c) == (["CHN"], "nsubj", ["TWN"], "aimed") and c.noun.text == "drills"
    e = event(coder, "MOBILIZE", "conducted the military drills")
    assert (codes(e.actor), codes(e.recipient)) == (["CHN"], ["TWN"])


def test_who_claims_responsibility_for_an_attack_is_its_actor(coded):
    coder = coded(CLAIMED, "2025-03-12")
    c = candidate(coder, "noun", "attack")
    assert c.actor_role == "claimed" and [a.name for a in c.actor] == ["al-Shabaab"]
    assert event(coder, "ASSAULT", "attack").actor[0].name == "al-Shabaab"


def test_security_forces_are_a_group_a_later_they_stands_for(coded):
    coder = coded(FORCES, "2025-03-12")
    c = candidate(coder, "verb", "killed")
    assert codes(c.actor) == ["SOM"] and c.actor_role == "nsubj"
    assert c.actor[0].name == "forces"
    assert [a.name for a in c.recipient] in (["attackers"], ["al-Shabaab"])


def test_missiles_fired_are_an_assault_with_heavy_weapons(coded):
    e = event(coded(FIRED, "2020-01-10"), "ASSAULT", "fired")
    assert codes(e.actor) == ["IRN"] and (e.mode, e.cameo) == ("heavy-weapons", "194")


def test_what_an_actor_is_reluctant_to_do_is_negated(coded):
    # VOA 8010842 (G7 urges Russia to accept ceasefire), 2025-03-14; not an annotated story
    coder = coded("The statement comes as the Kremlin said that much remains to be done on a Ukraine ceasefire deal, "
                  "signaling its reluctance to fully endorse the U.S. proposal.", "2025-03-14")
    endorsed = [e for e in coder.code() if e.trigger.startswith("endorse")]
    assert endorsed and all("negated" in e.aux for e in endorsed)
    assert codes(endorsed[0].actor) == ["RUS"]

