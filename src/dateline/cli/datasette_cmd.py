"""``dateline datasette-metadata``: where the Datasette metadata of a store is.

    dateline datasette-metadata                  # the path of the shipped file
    dateline datasette-metadata --db my.sqlite   # the metadata for a store of another name (YAML)

The shipped file (``dateline/store/datasette.yaml``) describes the tables and columns, sets
facets and holds canned queries; Datasette keys metadata by the database's name (the file name
without its extension), and the file covers ``dateline.sqlite`` and ``news.sqlite``:

    datasette news.sqlite --metadata "$(dateline datasette-metadata)"
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

#: The metadata file the package ships.
METADATA = Path(__file__).resolve().parent.parent / "store" / "datasette.yaml"


def metadata_for(name: str) -> dict:
    """The shipped metadata with its database entry under ``name`` only."""
    import yaml

    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    entry = meta["databases"]["dateline"]
    meta["databases"] = {name: entry}
    return meta


def datasette_metadata(
    db: Optional[str] = typer.Option(None, "--db", help="A store of another name than dateline.sqlite or news.sqlite: print the metadata (YAML) keyed by its name, to save and pass to datasette --metadata."),
) -> None:
    """Print the path of the Datasette metadata file (table and column descriptions, facets, canned queries)."""
    if db is None:
        typer.echo(str(METADATA))
        return
    import yaml

    typer.echo(yaml.safe_dump(metadata_for(Path(db).stem), sort_keys=False, allow_unicode=True), nl=False)


def register(app: typer.Typer) -> None:
    """Add ``datasette-metadata`` to ``app``."""
    app.command("datasette-metadata")(datasette_metadata)
