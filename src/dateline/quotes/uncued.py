"""Speakers of whole quoted sentences with no cue, from the sentence before them.

News often opens a quote paragraph with no cue of its own after a sentence that names its
speaker: after a reported statement ("Alinejad is scheduled to testify later, Gutwillig said.
“Masih Alinejad inspires others ...”") the quote goes on in the same voice; after a sentence
whose subject is a person or body of the article and that reports no one's words ("<Title>
<NAME> turned to the reporters waiting outside. “...”") the quote is that subject's.
:func:`preceding_speakers` fills these in (rules ``continuation`` and ``preceding-subject``);
quotes with a cue or a speaker are left as they are.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors.coref import ActorIndex
from ..nlp.sentences import sentence
from ..records import Quote
from .speakers import speaker_of

#: Subjects of these kinds speak for themselves; a state ("Russia attacked Kyiv.") is no speaker
#: of the quote after it.
_SPEAKING_KINDS = {"person", "organisation"}
#: Groups that speak for themselves too ("Nine press freedom and rights groups ... “We urge ...”").
_SPEAKING_SECTORS = {"NGO"}
#: Most line breaks between the sentence before and the quote (the paragraph before it).
_MAX_BREAKS = 2


def _sentence_before(doc: Doc, start: int) -> Span | None:
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return None
    here = sentence(tok[0])
    return sentence(doc[here.start - 1]) if here.start > 0 else None


def preceding_speakers(doc: Doc, text: str, actors: ActorIndex, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (text order) with the speaker of each direct quote that has no cue and opens its
    sentence taken from the sentence before: the speaker of a quote ending there (also over a
    speaker carried from an earlier direct quote, rule ``continuation``), else, for a quote with
    no speaker, the main subject when that is a person or body named in the article."""
    kinds = {a.id: a.kind for a in actors.actors}
    out: list[Quote] = []
    for q in quotes:
        carried = q.rule == "continuation"  # the speaker of the last direct quote, maybe several sentences back
        if q.kind != "direct" or q.cue_start is not None or q.sentence_start < q.start - 1 or \
                (q.speaker is not None and not carried):
            out.append(q)
            continue
        before = _sentence_before(doc, q.start)
        if before is None or text[before.end_char:q.start].count("\n") > _MAX_BREAKS:
            out.append(q)
            continue
        told = [o for o in out if o.speaker is not None and before.start_char <= o.end - 1 < before.end_char]
        if told:  # "..., Gutwillig said. “...”": the voice of the sentence before goes on
            out.append(replace(q, speaker=told[-1].speaker, rule="continuation"))
            continue
        if carried:
            out.append(q)
            continue
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if any(o.start < before.end_char and o.end > before.start_char for o in quotes if o is not q):
            subject = None  # the sentence before reports someone's words: its subject may not be theirs
        speaker = speaker_of(subject, actors) if subject is not None and subject.pos_ != "PRON" else None
        speaks = speaker is not None and (kinds.get(speaker.actor_id) in _SPEAKING_KINDS
                                          or speaker.sector in _SPEAKING_SECTORS)
        if speaks:
            q = replace(q, speaker=speaker, rule="preceding-subject")
        out.append(q)
    return out
