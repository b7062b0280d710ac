"""Transcript lines: ``PENCE: We will win.`` (a speaker in capitals, a colon, the words).

Broadcast transcripts printed in news articles (PolNeAR annotates them with the name as the
source, the colon as the cue and the rest of the line as the content) give each turn as a line
that opens with the speaker's name in capitals. Such a line is a direct quote whose speaker is
the person of *this* article with that name or surname (compared case-insensitively with the
actors already resolved, never looked up in the knowledge base, which could return a namesake
from another story); failing that, the name in title case.

Capitalised labels also open headlines and notes ("UPDATE: …", "EXCLUSIVE: …", "BYLINE: …"),
so a label counts only when it names a person of the article, or when the article has at least
two such lines (a transcript), and never when it is a known heading word. A label in title case
(``Matthews: Well, speculation is bad.``, the headline ``Trump: Cruz Has ‘To Come a Long
Way’ …``) counts only when it names a person of the article.

A headline (the article's first line, in title case) whose label before a colon introduces
quoted words (``OK Gov Fallin: Trump Is ‘Trying To Campaign As A Racial Healer’``) is an
attribution too (:func:`headline_quotes`): the content is the rest of the line, the speaker the
person or body the label names (none when it names neither: "Clinton Cash Debunks Hillary:").
"""
from __future__ import annotations

import re

from ..actors.coref import ActorIndex
from ..records import Actor, Quote, Speaker
from .spans import ALL_MARKS

_LINE_RE = re.compile(r"^[ \t]*([A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3}):[ \t]+(\S[^\n]*)$", re.MULTILINE)
_TITLE_WORD = r"(?:[A-Z][a-z'’\-]+(?:[A-Z][a-z'’\-]+)?|[A-Z]['’][A-Z][a-z'’\-]+)"  # Trump, McCain, DeSantis, O’Neill
_TITLE_LINE_RE = re.compile(rf"^[ \t]*({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}):[ \t]+(\S[^\n]*)$", re.MULTILINE)
#: Heading words that open a line with a colon without naming a speaker.
HEADINGS = {
    "UPDATE", "UPDATES", "EMAIL", "E-MAIL", "BYLINE", "EXCLUSIVE", "BREAKING", "BREAKING NEWS", "WATCH", "PIC",
    "PHOTO", "PHOTOS", "VIDEO", "LOOK", "BOOM", "BUSTED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
    "CLARIFICATION", "STAT OF THE WEEK", "QUOTE OF THE DAY", "READ", "READ MORE", "MORE", "SEE", "SOURCE",
    "SOURCES", "CREDIT", "ANALYSIS", "OPINION", "LIVE", "ALERT", "FLASHBACK", "REPORT", "POLL", "WARNING", "FACT",
    "FACT CHECK", "Q", "A", "AP", "UN", "US", "UK", "EU", "GOP", "CNN", "FOX", "NBC", "CBS", "ABC", "MSNBC", "TIME",
    "DATE", "SUBJECT", "FROM", "TO", "CC", "RE", "TOPIC", "TRANSCRIPT", "LINK", "FIX IS IN", "POSSIBLE SUSPECT",
}
_MIN_LINES = 2


def _title(label: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in label.split())


def _person(label: str, actors: ActorIndex) -> Actor | None:
    """The person of the article that ``label`` (a name or a surname in capitals) names."""
    low = " ".join(label.lower().split())
    people = [a for a in actors.actors if a.kind == "person"]
    for actor in people:
        if actor.name.lower() == low:
            return actor
    surname = low.split()[-1]
    found = [a for a in people if a.name.lower().split()[-1] == surname]
    if not found:
        return None
    # "Gov Fallin" and "Mary Fallin" in one article: the one named most often, then the longest name
    return max(found, key=lambda a: (len(a.mentions), len(a.name)))


def _actor_speaker(actor: Actor, mention: str, start: int, end: int) -> Speaker:
    """The :class:`Speaker` for ``actor`` named by the words ``mention`` at ``start``:``end``."""
    return Speaker(name=actor.name, country=actor.country, sector=actor.sector, mention=mention,
                   mention_start=start, mention_end=end, actor_id=actor.id)


def transcript_quotes(text: str, actors: ActorIndex) -> list[Quote]:
    """The transcript lines of ``text`` as direct quotes (see the module docstring)."""
    lines = [m for m in _LINE_RE.finditer(text)
             if " ".join(m.group(1).split()).rstrip(".") not in HEADINGS and len(m.group(1)) >= 2]
    found: list[tuple[re.Match, Actor | None]] = [(m, _person(m.group(1), actors)) for m in lines]
    if len(found) < _MIN_LINES:
        found = [(m, a) for m, a in found if a is not None]
    titled = ((m, _person(m.group(1), actors)) for m in _TITLE_LINE_RE.finditer(text))
    found = sorted(found + [(m, a) for m, a in titled if a is not None], key=lambda f: f[0].start())
    quotes: list[Quote] = []
    full_names: dict[str, str] = {}  # "TAPPER" -> "Jake Tapper" after a line "JAKE TAPPER:"
    for m, actor in found:
        start, end = m.start(2), m.end(2)
        while end > start and text[end - 1].isspace():
            end -= 1
        label_start, label_end = m.start(1), m.end(1)
        if actor is not None:
            speaker = _actor_speaker(actor, m.group(1), label_start, label_end)
        else:
            label = " ".join(m.group(1).split())
            name = full_names.get(label.split()[-1], _title(label))
            if len(label.split()) > 1:
                full_names.setdefault(label.split()[-1], name)
            speaker = Speaker(name=name, mention=m.group(1), mention_start=label_start, mention_end=label_end)
        quotes.append(Quote(text=text[start:end], start=start, end=end, kind="direct", cue=":",
                            cue_start=label_end, cue_end=label_end + 1, speaker=speaker,
                            sentence_start=label_start, sentence_end=end, rule="transcript"))
    return quotes


_HEADLINE_RE = re.compile(r"[ \t]*([^\n:]{2,100}?):[ \t]+(\S[^\n]*)")
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
MAX_LABEL_WORDS = 8


def _title_case(line: str) -> bool:
    """Whether most words of ``line`` longer than three letters are capitalised."""
    words = [w for w in _WORD_RE.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def headline_quotes(text: str, actors: ActorIndex) -> list[Quote]:
    """The headline's attribution when the first line of ``text`` is a title-case headline
    whose label before a colon introduces quoted words (see the module docstring); else ``[]``."""
    m = _HEADLINE_RE.match(text)
    if m is None or not _title_case(m.group(0)) or len(_WORD_RE.findall(m.group(1))) > MAX_LABEL_WORDS:
        return []
    start, end = m.start(2), m.end(2)
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    if not any(ch in ALL_MARKS for ch in text[start:end]):
        return []
    label_start, label_end = m.start(1), m.end(1)
    named = [(mention, actor) for actor in actors.actors if actor.kind in ("person", "organisation")
             for mention in actor.mentions if label_start <= mention.start and mention.end <= label_end]
    speaker = None
    if named:
        mention, actor = max(named, key=lambda n: n[0].start)
        speaker = _actor_speaker(actor, mention.text, mention.start, mention.end)
    return [Quote(text=text[start:end], start=start, end=end, kind="indirect", cue=":", cue_start=label_end,
                  cue_end=label_end + 1, speaker=speaker, sentence_start=m.start(1), sentence_end=end,
                  rule="headline")]
