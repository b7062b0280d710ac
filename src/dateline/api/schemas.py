"""Output models of the API (what ``/docs`` shows). Offsets are Python ``str`` indices
into the article's ``text``; dates are ISO 8601 strings; countries ISO 3166-1 alpha-3;
coordinates decimal degrees."""
from __future__ import annotations

from typing import Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``next`` is the ``offset`` of the following page, ``None`` on the
    last one; ``total`` counts every match."""

    items: list[T]
    total: int = Field(ge=0)
    next: Optional[int] = None


class ErrorBody(BaseModel):
    code: str = Field(description="dateline error code, E010 for a bad argument")
    message: str
    details: list[dict] = Field(default_factory=list, description="one entry per invalid parameter: loc, message, type")


class ErrorEnvelope(BaseModel):
    """The body of every error answer."""

    ok: bool = False
    status: int
    error: ErrorBody


class Stats(BaseModel):
    articles: int
    failures: int
    duplicates: int
    quotes: int
    events: int
    actors: int
    mentions: int
    story_events: int
    words: int
    first: Optional[str] = Field(None, description="earliest publication date")
    last: Optional[str] = Field(None, description="latest publication date")
    types: dict[str, int] = Field(description="events per PLOVER type")
    fts: bool = Field(description="whether full-text search over quotes is available")


class Speaker(BaseModel):
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    mention: Optional[str] = None
    mention_start: Optional[int] = None
    mention_end: Optional[int] = None
    actor_id: Optional[str] = None


class Quote(BaseModel):
    id: int
    article: int = Field(description="articles.id, for /api/articles/{id}")
    article_title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    text: str
    kind: str = Field(description="direct, partial or indirect")
    start: int
    end: int
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[Speaker] = None
    attribution: Optional[int] = Field(None, description="number of the attribution within its article; "
                                       "quotes sharing it are pieces of one statement")


class ActorRef(BaseModel):
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    actor_id: Optional[str] = None


class Location(BaseModel):
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None


class Amount(BaseModel):
    value: float
    currency: Optional[str] = None
    unit: Optional[str] = None


class Event(BaseModel):
    id: int
    article: int
    article_title: Optional[str] = None
    published: Optional[str] = None
    type: str = Field(description="PLOVER event type")
    mode: Optional[str] = None
    context: list[str] = []
    aux: list[str] = Field([], description="historical, future, hypothetical, negated")
    date: Optional[str] = Field(None, description="the event's own date, any precision")
    date_relation: Optional[str] = None
    day: Optional[str] = Field(None, description="the day the date filters compare (own date, else publication)")
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    location: Optional[Location] = None
    amount: Optional[Amount] = None
    cameo: Optional[str] = None
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    start: Optional[int] = Field(None, description="start of the sentence")
    end: Optional[int] = Field(None, description="end of the sentence")
    sentence: Optional[str] = Field(None, description="the sentence (lists; the article view has the text)")
    confidence: Optional[float] = None
    story: Optional[int] = None
    story_mentions: Optional[int] = None


class PlaceExample(BaseModel):
    event: int = Field(description="events.id (the trigger is #e-{event} in the article view)")
    article: int
    title: Optional[str] = None
    type: str


class Place(BaseModel):
    """Where events happened: a place with coordinates, or a country's representative point."""

    name: str
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-3")
    lat: float = Field(description="latitude, decimal degrees")
    lon: float = Field(description="longitude, decimal degrees")
    precision: Literal["place", "country"] = Field(
        description="place: the event's own coordinates; country: the country's representative point")
    events: int = Field(ge=1, description="matching events placed here")
    articles: int = Field(ge=1, description="articles those events come from")
    types: dict[str, int] = Field(description="events per PLOVER type, largest first")
    names: dict[str, int] = Field(description="events per location name as stored")
    examples: list[PlaceExample] = Field(description="the first events in store order")


class PlacePage(Page[Place]):
    """A page of places; ``total`` counts places, the other counts are events."""

    events: int = Field(ge=0, description="events matching the filters")
    placed: int = Field(ge=0, description="of them, events on a place (all pages)")
    unplaced: int = Field(ge=0, description="of them, events whose location has no coordinates and no known country")


class Actor(BaseModel):
    id: int = Field(description="the actor's page: /api/actors/{id}, /actors/{id}")
    name: str
    country: Optional[str] = None
    kind: Optional[str] = None
    sector: Optional[str] = None
    kb_id: Optional[str] = None
    articles: int = Field(description="articles naming this actor")
    mentions: int = Field(description="mentions in all those articles")


class ArticleSummary(BaseModel):
    id: int
    article_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    chars: int
    words: int
    dup_of: Optional[int] = None
    quotes: int
    events: int


class ArticleActor(BaseModel):
    id: str
    name: str
    kind: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    kb_id: Optional[str] = None
    lent_from: Optional[str] = Field(None, description="article_id of the stored story that lent this person the "
                                                       "country (and office) this story left out, at ingest")


class Mention(BaseModel):
    text: str
    start: int
    end: int
    kind: Optional[str] = None
    actor_id: str
    actor_name: str


class DateSpan(BaseModel):
    text: str
    start: int
    end: int
    value: Optional[str] = None
    relation: str = "on"


class PlaceSpan(BaseModel):
    text: str
    start: int
    end: int
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    kind: str = "place"


class AmountSpan(BaseModel):
    text: str
    start: int
    end: int
    value: float = Field(description="in the currency's own units, or in percent when unit is 'percent'")
    currency: Optional[str] = Field(None, description="ISO 4217 code")
    unit: Optional[str] = None


class Article(BaseModel):
    """An article with every span the store knows (dates, places and amounts as stored at
    ingest; for an article stored by an earlier version, dates and places found again)."""

    id: int
    article_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    chars: int
    words: int
    dup_of: Optional[int] = None
    warnings: list[dict] = []
    text: str
    quotes: list[Quote]
    events: list[Event]
    actors: list[ArticleActor]
    mentions: list[Mention]
    dates: list[DateSpan]
    places: list[PlaceSpan]
    amounts: list[AmountSpan] = []
    spans_error: Optional[str] = Field(None, description="why dates and places could not be found, if so")
