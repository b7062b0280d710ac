"""Output models of an actor's page (``GET /api/actors/{id}``; :mod:`dateline.api.actor_service`).
Dates are ISO 8601; countries ISO 3166-1 alpha-3 (or a body code: UN, EUR, NATO)."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from .schemas import Event, Page, Quote


class Term(BaseModel):
    office: str
    country: Optional[str] = None
    sector: Optional[str] = None
    start: Optional[str] = Field(None, description="first day of the term")
    end: Optional[str] = Field(None, description="day the term ended; None while in office")


class CorpusOffice(BaseModel):
    office: str = Field(description="the office the articles gave the actor (actors.role)")
    articles: int = Field(ge=1, description="articles that gave it")


class KnownBody(BaseModel):
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None


class Offices(BaseModel):
    knowledge_base: list[Term] = Field(description="terms of office in the shipped knowledge base (people.csv)")
    qid: Optional[str] = Field(None, description="Wikidata id from the knowledge base")
    body: Optional[KnownBody] = Field(None, description="the knowledge base's body of that name (bodies.csv)")
    corpus: list[CorpusOffice] = Field(description="offices the stored articles gave the actor")


class ActorTimeline(BaseModel):
    months: list[str] = Field(description="YYYY-MM, every month from the first to the last with any")
    quotes: list[int] = Field(description="quotes per month (publication month)")
    actor: list[int] = Field(description="events as actor per month (the event's day)")
    recipient: list[int] = Field(description="events as recipient per month")
    outside: int = Field(ge=0, description="events dated outside the store's publication months, left out")
    undated: dict[str, int] = Field(default_factory=dict, description="quotes, events as actor and as recipient "
                                    "with no date at all (articles without a publication date), left out")


class Counterpart(BaseModel):
    id: Optional[int] = Field(None, description="the counterpart's page id")
    name: str
    country: Optional[str] = None
    events: int = Field(ge=1)
    types: dict[str, int] = Field(description="events per PLOVER type")


class Counterparts(BaseModel):
    acted_on: list[Counterpart] = Field(description="recipients of the actor's events, most events first")
    acted_on_total: int
    acted_on_by: list[Counterpart] = Field(description="actors of the events the actor is recipient of")
    acted_on_by_total: int


class ActorPage(BaseModel):
    """One actor over every article: who, offices, words and deeds over time, counterparts."""

    id: int = Field(description="the page id (the first actors.id of this name and country)")
    name: str
    country: Optional[str] = None
    kind: Optional[str] = None
    sector: Optional[str] = None
    kb_id: Optional[str] = None
    articles: int = Field(description="articles naming the actor")
    mentions: int
    quotes: int = Field(description="quotes the actor speaks")
    events_as_actor: int
    events_as_recipient: int
    offices: Offices
    timeline: ActorTimeline
    counterparts: Counterparts
    statements: Page[Quote] = Field(description="the actor's quotes matching q and the dates, newest first, paged")
    events: Page[Event] = Field(description="the latest events the actor is actor or recipient of (all: /api/events?party_id=ID)")
