"""What the event tests read of an extraction."""
from __future__ import annotations


def told_in(story: tuple, words: str) -> list[tuple]:
    """(type, actor codes, recipient codes) of the events told in the sentence holding ``words``;
    ``story`` is ``(text, extraction)`` as the ``voa_extracted`` fixture gives it."""
    text, result = story
    assert words in text
    return [(e.type, sorted(a.country or a.name for a in e.actor), sorted(a.country or a.name for a in e.recipient))
            for e in result.events if words in text[e.start:e.end]]
