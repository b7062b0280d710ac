"""Printing extractions: readable tables for a terminal, JSON or JSON Lines for programs."""
from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.table import Table

from ..records import Event, Extraction


def _names(refs) -> str:
    return ", ".join(f"{r.name} ({r.country})" if r.country else r.name for r in refs) or "–"


def _event_extra(e: Event) -> str:
    parts = []
    if e.date:
        parts.append(("before " if e.date_relation == "before" else "") + e.date)
    if e.location:
        parts.append(f"in {e.location.name} ({e.location.country or '?'})")
    if e.amount:
        unit = e.amount.currency or e.amount.unit or ""
        parts.append(f"{e.amount.value:,.0f} {unit}".strip())
    return "; ".join(parts)


def print_table(extraction: Extraction, console: Console) -> None:
    """Quotes, actors and events of one article as three tables."""
    art = extraction.article
    console.rule(f"[bold]{art.title or art.path or art.id}[/] ({art.published or 'date unknown'})")
    quotes = Table(title="Quotes", show_lines=False, expand=True)
    for col in ("speaker", "quote", "kind", "cue"):
        quotes.add_column(col, overflow="fold", ratio=4 if col == "quote" else 1)
    for q in extraction.quotes:
        who = q.speaker.name + (f" ({q.speaker.country})" if q.speaker and q.speaker.country else "") if q.speaker else "?"
        quotes.add_row(who, q.text, q.kind, q.cue or "")
    console.print(quotes)
    actors = Table(title="Actors", expand=True)
    for col in ("name", "kind", "country", "sector", "mentions"):
        actors.add_column(col, overflow="fold", ratio=4 if col == "mentions" else 1)
    for a in extraction.actors:
        seen = list(dict.fromkeys(m.text for m in a.mentions))
        actors.add_row(a.name, a.kind, a.country or "", a.sector or "", "; ".join(seen))
    console.print(actors)
    events = Table(title="PLOVER events", expand=True)
    for col in ("type", "mode", "actor", "recipient", "aux", "when / where / amount", "trigger"):
        events.add_column(col, overflow="fold")
    for e in extraction.events:
        events.add_row(e.type, e.mode or "", _names(e.actor), _names(e.recipient), ", ".join(e.aux),
                       _event_extra(e), e.trigger)
    console.print(events)
    for w in art.warnings:
        console.print(f"[yellow]{w.code}[/]: {w.reason}")


def write_json(extractions: list[Extraction], out: IO[str]) -> None:
    """One JSON object for one article, a list of objects for several."""
    data = [e.to_dict() for e in extractions]
    json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(extraction: Extraction, out: IO[str]) -> None:
    """One line holding the JSON object of one article."""
    out.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
