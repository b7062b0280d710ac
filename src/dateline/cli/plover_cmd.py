"""``dateline eval plover FILE.tsv [--format table|json] [--train TRAIN.tsv] [--method ours|tfidf|events]``.

Classifies the relation from the marked source to the marked target of every row of a PLV file into
the 15 PLOVER root classes (see :mod:`dateline.events.plv`) and prints accuracy, macro-F1 and
per-class F1 (when the file has ``gold_root``); JSON adds ``predictions``, one label per row in input
order. The classifier is trained at run time on ``--train``; when FILE is that same file, the figures
and predictions are 5-fold cross-validated (stratified, seed 0), not training-set predictions.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import typer

plover_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Evaluations on gold files.")


@plover_app.callback()
def _group() -> None:
    """Evaluations on gold files (a group, so that the command stays ``eval plover``)."""


def _default_train() -> Path:
    env = os.environ.get("DATELINE_PLV_TRAIN")
    if env:
        return Path(env)
    beside_repo = Path(__file__).resolve().parents[3].parent / "shared" / "gold" / "plv_train.tsv"
    return beside_repo if beside_repo.is_file() else Path("/work/shared/gold/plv_train.tsv")


DEFAULT_TRAIN = _default_train()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def _scored(result: dict, rows: list, preds: list[str]) -> dict:
    """``result`` with the scores of ``preds`` against the rows' gold labels (None without them)
    and the predictions."""
    from ..events import plv
    if rows and all(r.label for r in rows):
        m = plv.metrics([r.label for r in rows], preds)
        result.update({k: m[k] for k in ("accuracy", "macro_f1", "per_class_f1")})
    else:
        result.update(accuracy=None, macro_f1=None, per_class_f1={})
    result["predictions"] = preds
    return result


def _events_method(file: Path, train: Path, result: dict) -> dict:
    """``--method events``: the type part of the event model ``extract`` uses."""
    from ..events import plv
    from ..events.model import default_model
    from ..pipeline import Pipeline
    from ..training.events import plv_cross_validate, plv_predict
    rows = plv.read_plv(file)
    pipeline = Pipeline()
    if _same(file, train):
        shared = train.resolve().parents[1]
        preds = plv_cross_validate(file, pipeline, shared if (shared / "corpora").is_dir() else None)
        result["mode"] = ("cross-validated: the event model's type part refitted on 4 folds of FILE, the trigger "
                          "lexicon, the manual's example sentences and the synthetic stories it picks, 5-fold "
                          "stratified (seed 0)")
    else:
        preds = plv_predict(default_model(), file, pipeline.nlp)
        result["mode"] = "the shipped event model (src/dateline/events/data/event_model.npz)"
    return _scored(result, rows, preds)


def evaluate(file: Path, train: Path = DEFAULT_TRAIN, method: str = "ours") -> dict:
    """The result that ``plover`` prints, as a dict (``predictions`` included)."""
    from ..events import plv

    if method == "events":
        return _events_method(file, train, {"file": str(file), "train": str(train), "method": method,
                                            "n": len(plv.read_plv(file))})
    rows = plv.read_plv(file)
    result: dict = {"file": str(file), "train": str(train), "method": method, "n": len(rows)}
    if _same(file, train):
        cv = plv.cross_validate(rows, folds=5, seed=0, method=method)
        result["mode"] = "cross-validated: FILE is the training file, so 5-fold stratified CV (seed 0) predictions"
        result.update({k: cv[k] for k in ("accuracy", "macro_f1", "per_class_f1")})
        result["predictions"] = cv["predictions"]
        return result
    model = plv.train(plv.read_plv(train), method=method)
    preds = plv.predict(model, rows)
    result["mode"] = f"trained on {train}"
    return _scored(result, rows, preds)


@plover_app.command("plover")
def plover(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A PLV .tsv file (marked_sentence, gold_root, ...)."),
    format: str = typer.Option("table", "--format", "-f", help="table or json (json adds predictions)."),
    train: Path = typer.Option(DEFAULT_TRAIN, "--train", help="PLV file to train on."),
    method: str = typer.Option("ours", "--method", help="ours (SVM over n-grams, dependency features, MiniLM), tfidf (baseline) or events "
                                                  "(the type part of the event model extract uses)."),
) -> None:
    """Classify PLV rows into PLOVER root classes and score them."""
    if format not in ("table", "json"):
        typer.echo(f"E010: --format must be table or json, not {format!r}", err=True)
        raise typer.Exit(2)
    if method not in ("ours", "tfidf", "events"):
        typer.echo(f"E010: --method must be ours, tfidf or events, not {method!r}", err=True)
        raise typer.Exit(2)
    if not train.is_file():
        typer.echo(f"E010: training file not found: {train}", err=True)
        raise typer.Exit(2)
    try:
        result = evaluate(file, train, method)
    except ValueError as exc:
        text = str(exc)
        typer.echo(text if re.match(r"E\d{3}: ", text) else f"E008: {text}", err=True)
        raise typer.Exit(2) from None
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{result['file']}: {result['n']} rows, method {method}; {result['mode']}")
    if result["macro_f1"] is None:
        typer.echo("no gold_root labels: no scores (use --format json for the predictions)")
        return
    typer.echo(f"accuracy  {result['accuracy']:.4f}\nmacro-F1  {result['macro_f1']:.4f}")
    for label, f1 in result["per_class_f1"].items():
        typer.echo(f"  {label:<10} {f1:.3f}")
