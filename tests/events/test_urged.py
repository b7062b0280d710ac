"""A request is made of the one urged, and a statement that reports the speaker's own request is
that request, not a second event (``StatementFinder._urged``, the nested-statement rule of
``EventCoder.code``). Sentence from VOA 7808748, outside ``gold/voa/dev``."""
from __future__ import annotations


def test_the_commission_urged_is_the_recipient_and_the_saying_is_the_urging(voa_extracted):
    text, result = voa_extracted("7808748")
    sentence = "Spanish Prime Minister Pedro Sánchez said during a visit to Beijing in early September that he " \
               "would urge the European Commission to reconsider raising tariffs on China's EVs."
    start = text.index(sentence)
    told = [e for e in result.events if e.start <= start < e.end and e.type in ("REQUEST", "ACCUSE")]
    # before: REQUEST of China (named in what is asked) and ACCUSE of China for the saying
    assert [(e.type, e.trigger, [a.country for a in e.actor], [a.country for a in e.recipient], e.aux)
            for e in told] == [("REQUEST", "urge", ["ESP"], ["EUR"], ["future"])]
    assert told[0].actor[0].name == "Pedro Sánchez"
