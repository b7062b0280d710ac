"""``dateline eval``: score dateline against annotated corpora.

    dateline eval polnear DIR [--format table|json] [--limit N]

``DIR`` is a PolNeAR split (``text/`` and ``attributions/``, e.g. ``../shared/corpora/polnear/dev``);
each article is scored against the first of its annotators in sorted order. The definitions
of the figures are in :mod:`dateline.quotes.polnear`. Exit status 0, or 2 for a bad argument
(a directory without ``attributions/``).
"""
from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from ..errors import Code
from rich.table import Table

eval_app = typer.Typer(add_completion=False, no_args_is_help=True,
                       help="Score dateline's output against annotated corpora (PolNeAR attributions).")


@eval_app.callback()
def _group() -> None:
    """Score dateline's output against annotated corpora."""


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _print_table(result: dict[str, Any], console: Console) -> None:
    table = Table(title=f"PolNeAR {result['dir']}: {result['articles']} articles, "
                        f"{result['gold_attributions']} gold attributions, {result['predicted_quotes']} predicted quotes")
    for col in ("what", "match", "P", "R", "F1", "matched", "gold", "predicted"):
        table.add_column(col, justify="left" if col in ("what", "match") else "right")
    for what in ("content", "cue", "source"):
        for rule in ("exact", "overlap"):
            s = result[what][rule]
            table.add_row(what, rule, _pct(s["precision"]), _pct(s["recall"]), _pct(s["f1"]),
                          str(s["matched"]), str(s["gold"]), str(s["predicted"]))
    q = result["quoted_recall"]
    for rule in ("exact", "overlap"):
        table.add_row("quoted content", rule, "", _pct(q[rule]), "", str(q[f"matched_{rule}"]), str(q["gold"]), "")
    sp = result["speaker_accuracy"]
    table.add_row("speaker", "accuracy", "", "", "", str(sp["correct"]), str(sp["total"]), "")
    console.print(table)
    console.print(f"speaker accuracy {_pct(sp['accuracy'])}% of {sp['total']} matched contents with a source "
                  f"({sp['no_source']} matched contents have no annotated source)")
    kinds = ", ".join(f"{k} {v['matched']}/{v['predicted']} ({_pct(v['precision'])}%)" for k, v in result["by_kind"].items())
    console.print(f"precision by kind (overlap): {kinds}")
    console.print(f"{result['failures']} failed articles; {result['seconds']:.1f} s")


@eval_app.command()
def polnear(
    directory: Path = typer.Argument(..., metavar="DIR", help="A PolNeAR split: a folder with text/ and attributions/."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles (sorted by id)."),
) -> None:
    """Score dateline's quotes (content, cue, speaker) on a PolNeAR split."""
    from tqdm import tqdm

    from ..pipeline import Pipeline
    from ..quotes.polnear import PredictedQuote, predicted_attributions, read_split, score
    from ..records import Article, Failure

    if not (directory / "attributions").is_dir() or not (directory / "text").is_dir():
        typer.echo(f"{Code.BAD_ARGUMENT.value}: {directory} is not a PolNeAR split (no text/ or attributions/ folder)", err=True)
        raise typer.Exit(2)
    started = time.perf_counter()
    gold = read_split(directory, limit=limit)
    pipeline = Pipeline()
    articles = (Article(id=g.id, text=g.text, path=g.path) for g in gold)
    predicted: dict[str, list[PredictedQuote]] = {}
    failures = 0
    bar = tqdm(pipeline.extract_many(articles), total=len(gold), unit=" articles", file=sys.stderr,
               disable=not sys.stderr.isatty(), leave=False)
    for result in bar:
        if isinstance(result, Failure):
            failures += 1
            typer.echo(f"{result.code} {result.path}: {result.reason}", err=True)
            continue
        predicted[result.article.id] = predicted_attributions(result.quotes)
    out = score(gold, predicted)
    out = {"dir": str(directory), "annotator": "first in sorted order of annotator codes",
           **out, "failures": failures, "seconds": round(time.perf_counter() - started, 2)}
    if fmt is EvalFormat.json:
        json.dump(out, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(out, Console())
