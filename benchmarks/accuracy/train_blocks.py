"""Learn where one headline block ends and the next begins inside a run of heading lines.

    python -m benchmarks.accuracy.train_blocks --cases DIR [DIR ...] [--language all|en|zh-boxes] [--out FILE]

Every case (a page extracted by pdftotext or pdfminer, with its gold file) is read the way
the splitter reads it, up to its heading runs (:func:`cleanpress.segment.page_pieces`). Each
place between two lines of a run (a line with the short lines that wrapped from it) gets a label
from the gold: 1 when the lines belong to different items (two articles' blocks, a banner and a
block, a crosshead), 0 when both are lines of one block; places next to a line the gold does not
know (a piece of body text) are left out. The features are
:func:`cleanpress.segment.boundaries.boundary_evidence`; a logistic regression (scikit-learn, a
development-only dependency) is fitted and its weights written as JSON. Interleave-risk pages
are left out. ``--language en`` reads the English pages alone, fits gradient-boosted trees too
and writes them as ``block_trees_en.json``, the model the splitter gives runs of Latin script.
``--language zh-boxes`` reads the places at a blank line of Chinese pages that set few runs
apart (:data:`cleanpress.segment.boundaries.FEW_GAPS`), with the boxes of lines on either side
too (:func:`cleanpress.segment.boundaries.box_evidence`), and fits the trees of
``block_boxes_zh.json``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from cleanpress.api import build_pipeline
from cleanpress.segment import page_pieces
from cleanpress.segment.bodies import Run
from cleanpress.segment.boundaries import (
    BOUNDARY_NAMES, BOX_NAMES, FEW_GAPS, box_evidence, boundary_evidence, page_gaps, wraps,
)
from cleanpress.segment.units import has_cjk

from .training import arguments, boosted_trees, export_trees, load, visible, write_weights

PIPELINE = build_pipeline()


def _owners(gold: dict) -> dict[str, tuple[int, str]]:
    """Whitespace-free printed heading line -> (item number, role)."""
    owners: dict[str, tuple[int, str]] = {}
    for number, item in enumerate(gold["items"]):
        printed = item["printed"]
        if item["type"] == "banner":
            for line in printed.get("headline", []):
                owners[visible(line)] = (number, "banner")
            continue
        for key in ("kicker", "headline", "subheadline"):
            for line in printed.get(key, []):
                owners[visible(line)] = (number, key)
        for block in item["body"]:
            if block["kind"] == "subhead":
                owners[visible(block["text"])] = (number, "subhead")
    return owners


def _owner(text: str, owners: dict[str, tuple[int, str]]) -> tuple[int, str] | None:
    seen = visible(text)
    if seen in owners:
        return owners[seen]
    for line, owner in owners.items():
        if len(seen) >= max(2, 0.4 * len(line)) and (line.startswith(seen) or line.endswith(seen)):
            return owner
    return None


def examples(gold: dict, extracted: str, boxes: bool = False) -> tuple[list[list[float]], list[int]]:
    """The places of one case's heading runs, as features and labels; with ``boxes``, only
    those at a blank line of a Chinese page that sets few runs apart, with their boxes' evidence."""
    owners = _owners(gold)
    rows, labels = [], []
    for page in extracted.split("\f"):
        pieces = page_pieces(page, PIPELINE)
        gaps = page_gaps(pieces)
        if boxes and (gaps is None or gaps >= FEW_GAPS):
            continue
        for piece in pieces:
            if not isinstance(piece, Run):
                continue
            lines = wraps(piece.units)
            for place, (a, b) in enumerate(zip(lines, lines[1:])):
                if boxes and not (b[0].blank_before and (has_cjk(a[0].text) or has_cjk(b[0].text))):
                    continue
                first, second = _owner(a[0].text, owners), _owner(b[0].text, owners)
                if first is None or second is None:
                    continue
                split = first[0] != second[0] or "subhead" in (first[1], second[1])
                evidence = boundary_evidence(a, b, gaps)
                rows.append(evidence + box_evidence(lines, place) if boxes else evidence)
                labels.append(int(split))
    return rows, labels


#: Which pages each model is learned from, and its file: the splitter weighs the runs of Latin
#: script by English pages alone (capitals, title case, a deck set smaller than its title are
#: English conventions), the others by a model learned from every page, but for the blank lines
#: of Chinese pages that set few runs apart (``zh-boxes``). The English and box models are
#: gradient-boosted trees; for the others a logistic regression did better (on validation
#: pages, trees gained English pdfminer headline blocks 0.633 -> 0.653 but cost Chinese pdfminer
#: 0.767 -> 0.757).
WEIGHTS = {"all": "block_weights.json", "en": "block_trees_en.json", "zh-boxes": "block_boxes_zh.json"}
PAGES = {"all": "*.gold.json", "en": "en-*.gold.json", "zh-boxes": "zh-*.gold.json"}


def main() -> None:
    args = arguments(__doc__.splitlines()[0], WEIGHTS)

    from sklearn.linear_model import LogisticRegression

    boxes = args.language == "zh-boxes"
    rows, labels, cases = load(args.cases, partial(examples, boxes=boxes), PAGES[args.language])
    models: dict[str, Any] = {} if boxes else {
        "logistic regression": LogisticRegression(C=args.c, max_iter=5000, fit_intercept=False)}
    if args.language != "all":
        models["trees"] = boosted_trees()
    print(f"{cases} cases, {len(labels)} places ({sum(labels)} block boundaries)")
    for name, model in models.items():
        model.fit(rows, labels)
        predicted = model.predict(rows)
        tp = sum(1 for p, y in zip(predicted, labels) if p and y)
        print(
            f"{name}: training accuracy {model.score(rows, labels):.4f}, boundary precision "
            f"{tp / max(1, sum(predicted)):.3f} recall {tp / max(1, sum(labels)):.3f}"
        )
    features = [*BOUNDARY_NAMES, *BOX_NAMES] if boxes else list(BOUNDARY_NAMES)
    about = {"about": f"block boundary model ({args.language} pages); made by benchmarks/accuracy/train_blocks.py",
             "cases": cases, "places": len(labels), "features": features}
    if "trees" in models:
        write_weights(args.out, {**about, **export_trees(models["trees"])})
        return
    logistic = models["logistic regression"]
    for name, weight in zip(BOUNDARY_NAMES, logistic.coef_[0]):
        print(f"  {weight:+7.3f}  {name}")
    write_weights(args.out, {**about, "weights": [round(float(w), 6) for w in logistic.coef_[0]]})


if __name__ == "__main__":
    main()
