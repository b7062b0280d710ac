"""The trigger lexicon agrees with the OEDA CAMEO-to-PLOVER crosswalk in ../shared."""
import pytest

from shared_paths import SHARED

from dateline.events.lexicon import (AID_MODES, CAMEO_CONTEXT, CROSSWALK_EXCEPTIONS, NOUNS, PLOVER_TYPES, VERBS)


@pytest.fixture(scope="module")
def crosswalk() -> dict[str, tuple[str, tuple[str, ...]]]:
    table = {}
    for line in (SHARED / "ontology" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        contexts = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
        table[code.strip()] = (parts[0], contexts)
    return table


def triggers():
    yield from VERBS.items()
    yield from NOUNS.items()


def test_every_trigger_code_is_a_crosswalk_code_of_the_same_type(crosswalk):
    for word, trig in triggers():
        assert trig.type in PLOVER_TYPES
        assert trig.cameo in crosswalk, word
        assert CROSSWALK_EXCEPTIONS.get(trig.cameo, crosswalk[trig.cameo][0]) == trig.type, word


def test_contexts_are_the_crosswalk_contexts(crosswalk):
    for code, contexts in CAMEO_CONTEXT.items():
        assert crosswalk[code][1] == contexts, code
    for code in {t.cameo for _, t in triggers()} | {c for _, c in AID_MODES.values()}:
        if crosswalk[code][1]:
            assert code in CAMEO_CONTEXT, code


def test_reference_aid_event_carries_the_military_context(reference):
    aid = next(e for e in reference.events if e.type == "AID")
    assert aid.cameo == "072" and aid.context == ["military"]
