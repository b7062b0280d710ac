"""Where the tests find ../shared: the reference article, its annotation and the corpora."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
REFERENCE_GOLD = SHARED / "gold" / "000_23741e95d5d05c55.json"
REFERENCE_PUBLISHED = "2025-02-13"
VOA_STORIES = SHARED / "corpora" / "voa" / "voa_stories.jsonl"


def voa_story(story_id: str) -> dict:
    """The VOA corpus record (``id``, ``text``, ``published`` …) of ``story_id``; StopIteration if absent."""
    import json
    with VOA_STORIES.open(encoding="utf-8") as fh:
        return next(d for d in map(json.loads, fh) if str(d["id"]) == story_id)
