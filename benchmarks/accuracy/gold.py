"""The gold format: what was really on a generated page, in reading order.

One ``<id>.gold.json`` per page::

    {"id", "language": "zh"|"en", "generator_seed", "interleave_risk", "items": [...],
     "folio": {...}, "hyphens": [...], "layout": {...}, "sources": [...]}

Each of ``items`` has exactly the fields of :data:`ITEM_FIELDS` (the schema the splitter of
cleanpress outputs) plus ``printed``, the exact strings that were typeset for it (line by line
for headlines; see README.md). ``hyphens`` (English pages) lists every line-end hyphen with
where its word is: ``{"left", "right", "word", "kind", "item", "para", "offset"}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ITEM_FIELDS = (
    "type", "kicker", "headline", "subheadline", "bylines", "dateline", "credits",
    "continued_from", "continued_to", "body",
)
LIST_FIELDS = ("bylines", "credits", "body")


def new_item(item_type: str = "article") -> dict[str, Any]:
    """An empty item with every schema field present."""
    item: dict[str, Any] = {f: None for f in ITEM_FIELDS}
    for f in LIST_FIELDS:
        item[f] = []
    item["type"] = item_type
    item["printed"] = {}
    return item


def validate(gold: dict[str, Any]) -> None:
    """Raise ValueError if ``gold`` does not follow the format."""
    for key in ("id", "language", "generator_seed", "interleave_risk", "items"):
        if key not in gold:
            raise ValueError(f"gold without {key!r}")
    if gold["language"] not in ("zh", "en"):
        raise ValueError("language must be zh or en")
    for n, item in enumerate(gold["items"]):
        missing = [f for f in ITEM_FIELDS if f not in item]
        if missing:
            raise ValueError(f"item {n} lacks {missing}")
        if item["type"] not in ("article", "banner"):
            raise ValueError(f"item {n}: bad type {item['type']!r}")
        for f in LIST_FIELDS:
            if not isinstance(item[f], list):
                raise TypeError(f"item {n}: {f} must be a list")
        for part in item["body"]:
            if part.get("kind") not in ("paragraph", "subhead") or not isinstance(part.get("text"), str):
                raise ValueError(f"item {n}: bad body part {part!r}")
            if "\n" in part["text"] or "\u00ad" in part["text"]:
                raise ValueError(f"item {n}: body text must be clean")


def dumps(gold: dict[str, Any]) -> str:
    """JSON text of ``gold``: indented, with one line per hyphen record to keep files small."""
    base = {k: v for k, v in gold.items() if k != "hyphens"}
    text = json.dumps(base, ensure_ascii=False, indent=1)
    rows = ",\n  ".join(json.dumps(h, ensure_ascii=False) for h in gold.get("hyphens", []))
    return text[:-2] + ',\n "hyphens": [' + (f"\n  {rows}\n ]" if rows else "]") + "\n}\n"


def write(gold: dict[str, Any], path: Path) -> None:
    validate(gold)
    assert json.loads(dumps(gold)) == gold
    path.write_text(dumps(gold), encoding="utf-8")


def load(path: Path) -> dict[str, Any]:
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    validate(gold)
    return gold
