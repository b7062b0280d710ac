"""States that share their name with a US state: "Georgia" in American news is the US state.

The gazetteer reads "Georgia" as the state in the Caucasus (:mod:`dateline.actors.countries`).
Of the 1,679 AllSides articles that name Georgia, 24 name Tbilisi, "Georgian", the Caucasus,
South Ossetia, Abkhazia or Saakashvili, and some of those only for "a proud Georgian" of the US
state; the rest are about the US state (its elections, its governor, Atlanta).
:func:`us_namesakes` gives the USA to a mention of the name when the story names the United
States and none of the Caucasian state's cues: officials of a US state act for the USA in
PLOVER's coding of states (manual v0.8, section "Actors").
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp.sentences import doc_text
from ..normalize.places import lookup_place

#: State names that are also names of US states, with what names the foreign state in a story.
#: ("Georgian" is no cue: the US state's people are Georgians too.)
NAMESAKES = {"GEO": ("Georgia", re.compile(r"Tbilisi|Caucasus|Ossetia|Abkhaz|Saakashvili|Ivanishvili|Kobakhidze|"
                                           r"Zourabichvili|Batumi|Kutaisi|Georgian Dream|Georgian (?:government|"
                                           r"capital|parliament|president|prime minister|lari)"))}


def us_namesakes(doc: Doc, found: list, table) -> None:
    """Give the USA to each mention in ``found`` (raw mentions: ``text``, ``country``, ``name``)
    of a :data:`NAMESAKES` state by its bare name when the article names no cue of that state
    and names the United States (a mention in ``found``, or a place the gazetteer puts there:
    "Atlanta"); in place."""
    # "Georgia", "Georgia's" (not a title: "Georgia's secretary of state" coded USA would be the US
    # secretary of state); most articles have none, and then nothing else is read
    named = [(n, m) for n, m in enumerate(found) if m.country in NAMESAKES and m.kind in ("place", "demonym")
             and m.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
             == NAMESAKES[m.country][0]]
    if not named:
        return
    american = any(m.country == "USA" for m in found) or any(
        e.label_ == "GPE" and (info := lookup_place(e.text)) is not None and info.country == "USA" for e in doc.ents)
    if not american:
        return
    text = doc_text(doc)
    for n, m in named:
        if not NAMESAKES[m.country][1].search(text):
            found[n] = replace(m, country="USA", name=table.name_of("USA") or "United States")
