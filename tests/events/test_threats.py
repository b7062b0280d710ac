"""Threats held out on a condition (events.refine.conditional_threat, threatens): a future act of
force or fighting back that waits on what the other side does is THREATEN toward that side
(CAMEO 13 "threaten ... if"; PLOVER manual, THREATEN)."""
from __future__ import annotations

from tests.events.test_candidates import codes, coded, event  # noqa: F401 - fixtures

# VOA 6180932 ("Turkey Threatens US With Retaliation if Sanctions Are Imposed"), 2019-12-11
CAVUSOGLU = ('"If the United States approaches us positively, we will also react positively. But if they take '
             'negative toward us, then we will retaliate," Turkish Foreign Minister Mevlut Cavusoglu said Wednesday '
             'during a television interview.')


def test_a_statement_holding_out_retaliation_on_a_condition_is_a_threat(coded):
    coder = coded(CAVUSOGLU, "2019-12-11")
    e = event(coder, "THREATEN", "said")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["TUR"], ["USA"], [])
    assert not [x for x in coder.code() if x.type == "AGREE"]  # "will react positively" is no promise made
