"""Typed records that flow between the pipeline stages and out of ``dateline extract``.

All character offsets (``start``, ``end``) are Python ``str`` indices into
:attr:`Article.text`, end exclusive. Dates are ISO 8601 strings (``2025-02-13``,
``2025-02`` or ``2014``); amounts are in the currency's own units (``£150m`` is
``value=150000000, currency="GBP"``). Country codes are ISO 3166-1 alpha-3, or a
region/organisation code such as ``EUR`` or ``NATO``.

The JSON shape of :class:`Extraction` follows ``../shared/gold/README.md`` (fields
``quotes`` and ``events``) and adds ``article``, ``actors``, ``dates``, ``places``,
``amounts`` and ``warnings``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Notice:
    """A warning attached to an article: ``code`` is a ``W`` code of :mod:`dateline.errors`."""

    code: str
    reason: str


@dataclass
class Article:
    """One news article as read from its source.

    ``id`` is the record's own id when it has one, else a content hash; ``path`` is where it
    came from (file, and ``#row`` / ``:line`` for records inside a file); ``published`` is an
    ISO 8601 date or ``None``.
    """

    id: str
    text: str
    path: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    warnings: list[Notice] = field(default_factory=list)

    def header(self) -> dict[str, Any]:
        """The ``article`` object of the output (everything but the text)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "chars": len(self.text),
        }


@dataclass
class Failure:
    """An article or record that was skipped: where it was, its error code and the reason."""

    path: str
    code: str
    reason: str
    article_id: str | None = None


@dataclass
class Mention:
    """Words in the text that refer to an actor.

    ``kind`` is one of ``name`` (a proper name, full or partial), ``title`` (an office or
    description such as "the US president"), ``pronoun``, ``place`` (a state, capital or seat
    standing for a government), ``demonym`` ("the Ukrainians"), ``group`` ("police", "Russian
    troops") or ``organisation``.
    """

    text: str
    start: int
    end: int
    kind: str
    actor_id: str | None = None


@dataclass
class Actor:
    """Someone or something that acts: a person, a state, a body or a group.

    ``country`` is ISO 3166-1 alpha-3 or a region/organisation code; ``sector`` a PLOVER
    sector code (``GOV``, ``MIL``, ``LEG``, ``JUD``, ``IGO``, ``CVL``, ...) or ``None``;
    ``kb_id`` the knowledge-base id (a Wikidata QID where known); ``lent_from`` the
    ``article_id`` of the stored article whose story gave a person the country (and office)
    this story left out (corpus lending at ingest, :mod:`dateline.actors.lending`), else None;
    ``country_from`` says how a country was inferred rather than read: ``"home"`` (the story's
    home state given to an unqualified office holder, :mod:`dateline.actors.home`),
    ``"corpus"`` (lent), None (the story's words or the knowledge base).
    """

    id: str
    name: str
    kind: str  # person | state | organisation | group
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    lent_from: str | None = None
    country_from: str | None = None

    def ref(self) -> "ActorRef":
        return ActorRef(name=self.name, country=self.country, sector=self.sector, actor_id=self.id)


@dataclass
class ActorRef:
    """A reference to an :class:`Actor` as used by events (actor and recipient lists)."""

    name: str
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None


@dataclass
class Speaker:
    """Who made a statement: the canonical ``name`` (never a pronoun or a bare title), the
    ``mention`` that names the speaker at this quote and its offsets."""

    name: str
    country: str | None = None
    sector: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    actor_id: str | None = None


@dataclass
class Quote:
    """One attribution: content (``text`` with offsets), cue and source (``speaker``).

    ``kind``: ``direct`` (a whole quoted sentence), ``partial`` (a quoted fragment inside the
    reporter's sentence) or ``indirect`` (reported speech without quotation marks).
    ``attribution`` numbers the attribution (source–cue–content triple) the quote is a piece
    of, from 0 in text order; quotes that share it are pieces of one attribution (a partial
    quote inside the indirect quote of the same cue, the pieces of a quotation interrupted by
    its attribution, a quote continuing the one before it):
    see :mod:`dateline.quotes.grouping`. ``unresolved_source`` (with ``unresolved_start`` and
    ``unresolved_end``, ``str`` indices) holds the words that give the source at this quote
    when they name no one the story identifies ("they said", "it added", "I told him", a "who"
    whose noun is unknown), so the attribution's source is kept where ``speaker`` is None.
    """

    text: str
    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    rule: str | None = None
    attribution: int | None = None
    unresolved_source: str | None = None
    unresolved_start: int | None = None
    unresolved_end: int | None = None


@dataclass
class DateValue:
    """A time expression and its ISO 8601 value; ``relation`` is ``on``, ``before`` or ``after``."""

    text: str
    start: int
    end: int
    value: str | None
    relation: str = "on"


@dataclass
class Place:
    """A place name resolved to a country (ISO alpha-3) and coordinates (degrees) when known."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "place"  # country | city | region | place


@dataclass
class Amount:
    """A quantity: money (``currency`` an ISO 4217 code, ``value`` in its units) or a percentage
    (``unit="percent"``, ``value`` in percent)."""

    text: str
    start: int
    end: int
    value: float
    currency: str | None = None
    unit: str | None = None


@dataclass
class Event:
    """A PLOVER event (manual v0.8): ``type`` one of the 16 types, ``mode`` and ``context``
    as in the manual, ``actor`` and ``recipient`` lists of actors, ``aux`` a subset of
    ``historical``, ``future``, ``hypothetical``, ``negated``. ``start``/``end`` are the
    offsets of the sentence that reports it; ``trigger`` the words that decided it; ``rule``
    which rule decided it; ``confidence`` in [0, 1] (the event model's probability of the type).
    ``date`` is ISO 8601 with ``date_relation`` ``on``, ``before`` or ``after`` a time
    expression of the text, or ``published`` when the text dates it nowhere and the story's
    publication date stands for it."""

    type: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    aux: list[str] = field(default_factory=list)
    date: str | None = None
    date_relation: str | None = None
    location: Place | None = None
    amount: Amount | None = None
    cameo: str | None = None
    confidence: float = 0.5
    rule: str | None = None


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object printed by ``dateline extract --format json``."""
        return {
            "article": self.article.header(),
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "actors": [asdict(a) for a in self.actors],
            "dates": [asdict(d) for d in self.dates],
            "places": [asdict(p) for p in self.places],
            "amounts": [asdict(a) for a in self.amounts],
            "warnings": [asdict(w) for w in self.article.warnings],
        }
