"""The structure a page is split into: items (articles, banners, fragments) and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ItemType = Literal["article", "banner", "fragment"]
BlockKind = Literal["paragraph", "subhead"]


@dataclass
class Block:
    """One piece of an article's body: a paragraph, or a section subhead inside a long body."""

    kind: BlockKind
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text}


@dataclass
class Article:
    """One item of a page, in the page order of its body.

    ``type`` is ``article`` for a story, ``banner`` for a page label that belongs to no
    story (a running head, a column label), ``fragment`` for text the splitter could not give
    a structure (kept whole, never dropped). Field values carry no wrapper characters: no
    brackets around a byline or credit, no byline marker.
    """

    type: ItemType = "article"
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    bylines: list[str] = field(default_factory=list)
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    continued_from: str | None = None
    continued_to: str | None = None
    body: list[Block] = field(default_factory=list)
    source: str | None = None
    index: int = 0

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.body if block.kind == "paragraph"]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``cleanpress split --format json``, keys in this exact order."""
        return {
            "source": self.source,
            "index": self.index,
            "type": self.type,
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "bylines": list(self.bylines),
            "dateline": self.dateline,
            "credits": list(self.credits),
            "continued_from": self.continued_from,
            "continued_to": self.continued_to,
            "body": [block.to_dict() for block in self.body],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """The inverse of :meth:`to_dict` (for reading gold files and JSONL back)."""
        fields = {k: v for k, v in data.items() if k != "body"}
        return cls(**fields, body=[Block(b["kind"], b["text"]) for b in data.get("body", [])])
