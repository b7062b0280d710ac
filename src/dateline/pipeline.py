"""The extraction pipeline: stages with declared inputs and outputs.

    reading and cleaning (dateline.ingest) -> parse (spaCy en_core_web_sm 3.8)
    -> normalise (dates, places, amounts) -> actors (quotation spans, mentions, coreference)
    -> quotes (spans, cues, speakers) -> events (PLOVER)

Each stage is a component in the manner of spaCy's: it names the fields of
:class:`ArticleState` it ``requires`` and those it ``assigns``, and :class:`Pipeline` checks
the order once when it is built. One article that fails in a stage raises
:class:`~dateline.errors.ProcessingError` (E011) for that article only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .actors.coref import ActorIndex, resolve_actors
from .actors.facts import employed_elsewhere, learn_countries
from .actors.home import place_office_holders
from .actors.lending import PeopleIndex, lend, lend_speakers
from .actors.kb import KnowledgeBase, default_kb
from .budget import DEFAULT_SECONDS, time_budget
from .errors import Code, DatelineError, ProcessingError, message
from .events.coder import EventCoder
from .nlp.pieces import PIECE_TOKENS, parse
from .nlp.pipeline import load_nlp
from .normalize.amounts import find_amounts
from .normalize.dates import find_dates
from .normalize.places import find_places
from .quotes.attribution import attribute
from .quotes.spans import find_quote_spans
from .records import Article, Extraction, Failure, Notice


@dataclass
class ArticleState:
    """What the stages know about one article so far."""

    article: Article
    published: date | None = None
    doc: Doc | None = None
    dates: list = field(default_factory=list)
    places: list = field(default_factory=list)
    amounts: list = field(default_factory=list)
    quote_spans: list = field(default_factory=list)  # the text's quotations (QuoteSpan) and
    unbalanced: list = field(default_factory=list)   # the offsets of marks left open
    actors: ActorIndex | None = None
    quotes: list = field(default_factory=list)
    events: list = field(default_factory=list)


class Stage:
    """A pipeline component: ``__call__(state) -> state`` reading ``requires``, setting ``assigns``."""

    name = "stage"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, state: ArticleState) -> ArticleState:  # pragma: no cover - interface
        raise NotImplementedError


class NormaliseStage(Stage):
    """Time expressions, places and amounts, resolved against the publication date."""

    name, requires, assigns = "normalise", ("doc", "published"), ("dates", "places", "amounts")

    def __call__(self, state: ArticleState) -> ArticleState:
        state.dates = find_dates(state.doc, state.published)
        state.places = find_places(state.doc)
        state.amounts = find_amounts(state.article.text)
        return state


class ActorStage(Stage):
    """Mentions of people, offices, states and bodies, resolved to actors (coreference)."""

    name, requires, assigns = "actors", ("doc", "published", "places"), ("quote_spans", "unbalanced", "actors")

    def __init__(self, kb: KnowledgeBase, people: PeopleIndex | None = None) -> None:
        self.kb = kb
        self.people = people  # the corpus's index of people, for lending (ingest into a store)

    def __call__(self, state: ArticleState) -> ArticleState:
        # the quotations, found once: coreference keeps their speakers out of the pronouns inside
        # them, and the quote stage attributes them
        state.quote_spans, state.unbalanced = find_quote_spans(state.article.text)
        state.actors = resolve_actors(state.doc, self.kb, state.published, state.quote_spans)
        learn_countries(state.doc, state.actors.actors)
        elsewhere = employed_elsewhere(state.doc, state.actors.actors)
        place_office_holders(state.actors.actors, state.places, self.kb, state.published, elsewhere)
        if self.people is not None:  # "Hollis said": the Jane Hollis other stories of the period placed
            lend(state.actors.actors, self.people, state.published)
        return state


class QuoteStage(Stage):
    """Direct, partial and indirect quotes with cue and speaker."""

    name, requires, assigns = "quotes", ("doc", "published", "actors", "quote_spans", "unbalanced"), ("quotes",)

    def __init__(self, people: PeopleIndex | None = None) -> None:
        self.people = people  # as ActorStage's: lends to speakers that stand for no actor

    def __call__(self, state: ArticleState) -> ArticleState:
        for offset in state.unbalanced[:5]:
            state.article.warnings.append(
                Notice(Code.UNBALANCED_QUOTES.value, message(Code.UNBALANCED_QUOTES, offset=offset)))
        state.quotes = attribute(state.doc, state.actors, state.quote_spans)
        if self.people is not None:
            lend_speakers(state.quotes, self.people, state.published)
        return state


class EventStage(Stage):
    """PLOVER events with actor, recipient, modes, date, place and amount."""

    name = "events"
    requires = ("doc", "actors", "quotes", "dates", "places", "amounts")
    assigns = ("events",)

    def __call__(self, state: ArticleState) -> ArticleState:
        known = len(state.actors.actors)
        coder = EventCoder(state.doc, state.actors, state.dates, state.places, state.amounts, state.published,
                           state.quotes)
        state.events = coder.code()
        # the coder places groups and adds states for every candidate it reads; those no event
        # kept and no mention names are no actors of the article ("defence ministers" placed in
        # Ukraine for a statement that was no event)
        used = {ref.actor_id for event in state.events for ref in event.actor + event.recipient}
        state.actors.actors[known:] = [a for a in state.actors.actors[known:] if a.mentions or a.id in used]
        return state


class Pipeline:
    """All stages in order over a shared spaCy model.

    Args:
        nlp: the spaCy pipeline (default :func:`~dateline.nlp.pipeline.load_nlp`).
        kb: the actor knowledge base (default :func:`~dateline.actors.kb.default_kb`).
        piece_tokens: the most tokens spaCy parses at once (:func:`dateline.nlp.pieces.parse`),
            which bounds its memory; longer articles are parsed in pieces.
        time_budget: the most seconds one article may spend in the stages after the parse
            (:func:`dateline.budget.time_budget`); an article over it fails with E014 and the
            batch goes on. ``None`` or 0: unbounded. The parse itself is linear in the text
            (:func:`dateline.nlp.pieces.tokenize`) and bounded by the readers' ``max_chars``.
        people: the corpus's index of people (:class:`dateline.store.people_index.StorePeople`):
            persons a story leaves without a country borrow what other stories of the period
            taught of the name (:func:`dateline.actors.lending.lend`); None (the default, and
            ``extract``): each article stands alone.

    Raises:
        ValueError: when a stage requires a field no earlier stage assigns (a wiring error).
    """

    def __init__(self, nlp: Language | None = None, kb: KnowledgeBase | None = None, *,
                 piece_tokens: int = PIECE_TOKENS, time_budget: float | None = DEFAULT_SECONDS,
                 people: PeopleIndex | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.piece_tokens = piece_tokens
        self.time_budget = time_budget
        self._warm = False
        self.stages: list[Stage] = [NormaliseStage(), ActorStage(kb or default_kb(), people), QuoteStage(people),
                                    EventStage()]
        known = {"article", "published", "doc"}
        for stage in self.stages:
            missing = set(stage.requires) - known
            if missing:
                raise ValueError(f"stage {stage.name!r} requires {sorted(missing)} that no earlier stage assigns")
            known.update(stage.assigns)

    def use_people(self, people: PeopleIndex | None) -> None:
        """Lend from ``people`` from now on (None: stop lending); see the class's ``people``."""
        for stage in self.stages:
            if isinstance(stage, (ActorStage, QuoteStage)):
                stage.people = people

    def _finish(self, state: ArticleState) -> Extraction:
        for stage in self.stages:
            state = stage(state)
        return Extraction(article=state.article, quotes=state.quotes, actors=state.actors.actors,
                          events=state.events, dates=state.dates, places=state.places, amounts=state.amounts)

    def extract(self, article: Article) -> Extraction:
        """Everything extracted from one article.

        Raises:
            ProcessingError: E011 when a stage fails on this article.
        """
        result = next(iter(self.extract_many([article])))
        if isinstance(result, Failure):
            raise ProcessingError(Code.PROCESSING, reason=result.reason.removeprefix("processing failed: "))
        return result

    def extract_many(self, items: Iterable[Article | Failure], batch_size: int = 16) -> Iterator[Extraction | Failure]:
        """Extractions (or failures) for ``items`` in order; one bad article never stops the rest.

        Articles are parsed ``batch_size`` at a time, in groups and pieces of at most
        ``piece_tokens`` tokens (:func:`dateline.nlp.pieces.parse`, which bounds spaCy's
        memory); a :class:`Failure` passes through.
        """
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Failure):
                yield from self._run(batch)
                batch = []
                yield item
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _warm_up(self) -> None:
        """Run the stages once, unbounded, on a built-in article, so that the tables and modules
        they load on first use (knowledge base, gazetteer, event model, first names, pycountry)
        are loaded before any article's time budget starts: a budget then times the article, not
        the loading, and never interrupts an import half-way."""
        self._warm = True
        text = "Officials in Paris said on Monday that France would send aid to Ukraine. “We will act,” he said."
        doc = next(parse(self.nlp, [text], self.piece_tokens))
        self._finish(ArticleState(article=Article(id="warm-up", text=text), published=date(2025, 1, 1), doc=doc))

    def _run(self, batch: list[Article]) -> Iterator[Extraction | Failure]:
        if not batch:
            return
        if self.time_budget and not self._warm:
            self._warm_up()
        docs = parse(self.nlp, (a.text for a in batch), self.piece_tokens)
        for article, doc in zip(batch, docs):
            try:
                published = date.fromisoformat(article.published) if article.published else None
            except ValueError:
                published = None
            try:
                with time_budget(self.time_budget, "actors, quotes and events"):
                    result = self._finish(ArticleState(article=article, published=published, doc=doc))
            except DatelineError as exc:
                yield Failure(article.path, exc.code.value, exc.reason, article.id)
            except Exception as exc:  # noqa: BLE001 - one article must not stop a corpus
                err = ProcessingError(Code.PROCESSING, reason=f"{type(exc).__name__}: {exc}")
                yield Failure(article.path, err.code.value, err.reason, article.id)
            else:
                yield result

