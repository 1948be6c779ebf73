"""Learn which lines of a Chinese headline block are its kicker, main title and subtitle.

    python -m benchmarks.accuracy.train_roles --cases DIR [DIR ...] [--out FILE]

Every case (a Chinese page extracted by pdftotext or pdfminer, with its gold file) is split;
each headline block the splitter pairs with a body (:func:`cleanpress.segment.headline_blocks`)
whose lines together are exactly one gold article's block gives one row per reading the
conventions allow (:func:`cleanpress.segment.block_roles.readings`): its evidence
(:func:`~cleanpress.segment.block_roles.reading_evidence`) and 1 for the gold reading, 0 for
the others. Gradient-boosted trees (scikit-learn, a development-only dependency) are fitted
to tell them apart and written as ``cleanpress/data/block_roles_zh.json``; the splitter reads a
block the way whose row scores highest. Interleave-risk pages are left out, and so are blocks
formed wrong (their lines are not one article's block), blocks the conventions leave one
reading and blocks whose gold reading they rule out (counted).
"""

from __future__ import annotations

import regex

from cleanpress.api import build_pipeline
from cleanpress.segment import headline_blocks
from cleanpress.segment.block_roles import ROLE_NAMES, Reading, reading_evidence, readings

from .training import arguments, boosted_trees, export_trees, load, write_weights

PIPELINE = build_pipeline()
_space = regex.compile(r"\s")
#: Blocks read so far whose gold reading the conventions rule out.
ruled_out = 0


def gold_reading(texts: list[str], article: dict) -> Reading | None:
    """Where the gold article's kicker ends and its subtitle starts among the block's lines
    (None when no cut of the lines gives its fields)."""
    kicker, headline = (_space.sub("", article[key] or "") for key in ("kicker", "headline"))
    ends, held = [0], ""
    for text in texts:
        held += _space.sub("", text)
        ends.append(len(held))
    if kicker and len(kicker) not in ends or len(kicker) + len(headline) not in ends:
        return None
    return ends.index(len(kicker)), ends.index(len(kicker) + len(headline))


def examples(gold: dict, extracted: str) -> tuple[list[list[float]], list[int]]:
    global ruled_out
    articles = {
        _space.sub("", "".join(item[key] or "" for key in ("kicker", "headline", "subheadline"))): item
        for item in gold["items"] if item["type"] == "article"
    }
    rows, labels = [], []
    for page in extracted.split("\f"):
        for block in headline_blocks(page, PIPELINE):
            texts = [unit.text for unit in block]
            article = articles.get(_space.sub("", "".join(texts)))
            truth = gold_reading(texts, article) if article else None
            if truth is None:
                continue
            options = readings(texts)
            if len(options) == 1:
                continue  # nothing to weigh
            if truth not in options:
                ruled_out += 1
                continue
            blanks = [unit.blank_before for unit in block]
            for option in options:
                rows.append(reading_evidence(texts, blanks, option))
                labels.append(int(option == truth))
    return rows, labels


def main() -> None:
    args = arguments(__doc__.splitlines()[0], "block_roles_zh.json")
    rows, labels, cases = load(args.cases, examples, "zh-*.gold.json")
    model = boosted_trees()
    model.fit(rows, labels)
    print(f"{cases} cases, {sum(labels)} blocks ({ruled_out} more ruled out by the conventions), {len(labels)} readings")
    write_weights(args.out, {
        "about": "which lines of a Chinese headline block are kicker, title, subtitle; made by "
                 "benchmarks/accuracy/train_roles.py",
        "cases": cases, "blocks": sum(labels), "readings": len(labels), "features": list(ROLE_NAMES),
        **export_trees(model),
    })


if __name__ == "__main__":
    main()
