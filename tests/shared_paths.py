"""Where the tests find ../shared: the reference article, its annotation and the corpora."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
REFERENCE_GOLD = SHARED / "gold" / "000_23741e95d5d05c55.json"
REFERENCE_PUBLISHED = "2025-02-13"
