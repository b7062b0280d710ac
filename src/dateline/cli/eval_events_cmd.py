"""``dateline eval events GOLD_DIR CORPUS``: event recall and precision on annotated stories.

    dateline eval events ../shared/gold/voa/dev ../shared/corpora/voa/voa_stories.jsonl [--format table|json] [--out PRED.jsonl]

Runs the extraction on the stories of ``CORPUS`` (a JSONL file with ``id``, ``text`` and
``published``) that ``GOLD_DIR`` annotates (matched by ``source.id``, each with its own
publication date), then prints a line per article and the micro-averaged figures as
``../shared/tools/score_folder.py GOLD_DIR PRED.jsonl --attributes`` does (quotes, events,
forbidden events, date agreement), plus recall and precision by PLOVER type
(:mod:`dateline.evaluation.events`). ``--out`` keeps the predictions as ``extract --format
jsonl`` prints them. Exit status 0, or 2 for a bad argument (E010: a missing folder or file, no
annotation, stories missing from the corpus; E008: a file that is no annotation or corpus).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .eval_cmd import EvalFormat, eval_app


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def _print(result: dict, console: Console) -> None:
    for a in result["articles"]:
        console.print(f"{a['id']}: events {a['found']}/{a['required']} of {a['predicted']} predicted, "
                      f"right {a['right']}, forbidden {a['forbidden']}")
    table = Table(title=f"events on {result['gold_dir']}: {len(result['articles'])} articles")
    for col in ("type", "recall", "found", "required", "precision", "right", "predicted"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t, c in result["by_type"].items():
        table.add_row(t, _pct(c["recall"]), str(c.get("found", 0)), str(c.get("required", 0)), _pct(c["precision"]),
                      str(c.get("right", 0)), str(c.get("predicted", 0)))
    table.add_row("all", _pct(result["event_recall"]), str(result["found_events"]), str(result["required_events"]),
                  _pct(result["event_precision"]), str(result["right_events"]), str(result["predicted_events"]))
    console.print(table)
    agreement = "; ".join(
        f"{key} agreement " + ("none checked" if result[f"{key}_agreement"] is None else
                               f"{_pct(result[f'{key}_agreement'])}% of {result[f'{key}_checked']}")
        for key in ("date", "location", "amount"))
    console.print(f"forbidden events reported as real: {result['forbidden_events_reported']}; {agreement} "
                  f"(found events the reference gives it for); {result['failures']} failed articles")


@eval_app.command()
def events(
    gold_dir: Path = typer.Argument(..., metavar="GOLD_DIR", help="A folder of reference annotations (*.json)."),
    corpus: Path = typer.Argument(..., metavar="CORPUS", help="The JSONL corpus holding the annotated stories."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json."),
    out: Optional[Path] = typer.Option(None, "--out", help="Also write the predictions (JSONL) here."),
) -> None:
    """Score dateline's PLOVER events against annotated stories."""
    from ..evaluation.events import score, use_reference_aliases
    from ..pipeline import Pipeline
    from ..records import Article, Failure
    from ..training.events import read_stories

    def fail(code: str, text: str) -> None:
        typer.echo(f"{code} {text}", err=True)
        raise typer.Exit(2)

    if not gold_dir.is_dir():
        fail("E010", f"GOLD_DIR {gold_dir} is not a folder of annotations (*.json)")
    if not corpus.is_file():
        fail("E010", f"CORPUS {corpus} is not a file (a JSONL corpus with id, text, published)")
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        fail("E010", f"--out {out}: not a file in an existing folder")
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            str(gold["source"]["id"]), list(gold["events"])
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            fail("E008", f"{path}: not a reference annotation with source.id and events ({type(exc).__name__})")
        golds.append(gold)
    if not golds:
        fail("E010", f"GOLD_DIR {gold_dir} holds no annotation (*.json)")
    use_reference_aliases(gold_dir)  # names of groups as ../shared/tools/score_article.py reads them
    try:
        stories = read_stories(corpus)
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, RecursionError) as exc:
        fail("E008", f"CORPUS {corpus}: not a JSONL corpus of objects with id ({type(exc).__name__})")
    missing = [str(g["source"]["id"]) for g in golds if str(g["source"]["id"]) not in stories]
    if missing:
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        fail("E010", f"CORPUS {corpus} lacks {len(missing)} annotated stories: {', '.join(missing[:5])}{more}")
    articles = [Article(id=str(g["source"]["id"]), text=stories[str(g["source"]["id"])]["text"],
                        title=stories[str(g["source"]["id"])].get("title"),
                        published=str(g.get("published") or stories[str(g["source"]["id"])].get("published"))[:10])
                for g in golds]
    predictions: dict[str, dict] = {}
    failures = 0
    for result in Pipeline().extract_many(articles):
        if isinstance(result, Failure):
            failures += 1
            typer.echo(f"{result.code} {result.path}: {result.reason}", err=True)
            continue
        predictions[result.article.id] = result.to_dict()
    if out is not None:
        with open(out, "w", encoding="utf-8") as fh:
            for d in predictions.values():
                fh.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
    result = score((g, predictions.get(str(g["source"]["id"]), {"events": []})) for g in golds)
    result.update(gold_dir=str(gold_dir), failures=failures)
    if fmt is EvalFormat.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        _print(result, Console())
