"""Learn which lines of an English page are headline lines, from generated pages.

    python -m benchmarks.accuracy.train_headlines --cases DIR [DIR ...] [--out cleanpress/data/headline_trees.json]

Every English case (a page extracted by pdftotext or pdfminer, with its gold file) goes
through the filters before reflow; each non-blank line gets a label from the gold: 1 when it
is a printed kicker, headline, deck, banner or crosshead line (or a piece of one that the
extractor split off), 0 for body and caption lines. Running heads, bylines, markers and credit
lines are left out (the splitter knows them by their form). The features are
:func:`cleanpress.headlines.features`. Two passes of gradient-boosted trees (scikit-learn, a
development-only dependency) are fitted, the second on the features plus the first pass's view
of the neighbours, and written as JSON in the form :class:`cleanpress.headlines._Trees` reads.
For comparison the script also fits the logistic regression the package shipped before, on
the same lines, and prints both. Interleave-risk pages are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cleanpress import Pipeline
from cleanpress.headlines import NAMES, NEIGHBOUR_NAMES, features, with_neighbours
from cleanpress.segment.lines import Line

from .training import arguments, boosted_trees, export_trees, load, visible, write_weights

BEFORE_REFLOW = Pipeline.from_names(["normalize", "despace", "dehyphen"])
#: The headline-line trees are larger than the package's other ensembles: 200 trees of depth 5,
#: each leaf holding 20 lines at least. On the development, cohesive-heads development and
#: english-fresh pages (lines never trained on), headline lines came out at precision / recall
#: 0.984 / 0.903 with pdftotext and 0.966 / 0.942 with pdfminer, against 0.980 / 0.834 and
#: 0.927 / 0.921 for the 100 trees of depth 3 shipped before; 300 trees of depth 6 found a few
#: more lines (pdftotext recall 0.914) but made the splitter no better on the held-out pages,
#: and are 2.5 times as large to ship and walk.
TREES, DEPTH, MIN_LEAF = 200, 5, 20


def _targets(gold: dict) -> tuple[set[str], set[str]]:
    """The page's headline lines, and the lines to leave out, whitespace-free."""
    heads: set[str] = set()
    skip: set[str] = set()
    for printed in gold["folio"]["printed"]:
        skip.add(visible(printed))
    for item in gold["items"]:
        printed = item["printed"]
        for key in ("kicker", "headline", "subheadline"):
            heads.update(visible(line) for line in printed.get(key, []))
        for block in item["body"]:
            if block["kind"] == "subhead":
                heads.add(visible(block["text"]))
        for key in ("byline_lines", "credit_lines"):
            skip.update(visible(line) for line in printed.get(key, []))
        for key in ("continued_from_line", "continued_to_line"):
            if printed.get(key):
                skip.add(visible(printed[key]))
    return heads, skip


def _label(text: str, heads: set[str], skip: set[str]) -> int | None:
    seen = visible(text)
    if not seen or seen in skip:
        return None
    if seen in heads:
        return 1
    for head in heads:
        if len(seen) >= max(4, 0.3 * len(head)) and (head.startswith(seen) or head.endswith(seen)):
            return 1
    return 0


def examples(gold: dict, extracted: str) -> tuple[list[list[list[float]]], list[list[int | None]]]:
    """Per page of the case: every line's features, and its label (None: left out)."""
    heads, skip = _targets(gold)
    rows, labels = [], []
    for page in extracted.split("\f"):
        lines: list[Line] = []
        blank = False
        for raw in BEFORE_REFLOW.run(page).split("\n"):
            if raw.strip():
                lines.append(Line(raw.strip(), blank))
            blank = not raw.strip()
        rows.append(features(lines))
        labels.append([_label(line.text, heads, skip) for line in lines])
    return rows, labels


def main() -> None:
    args = arguments(__doc__.splitlines()[0], "headline_trees.json")

    from sklearn.linear_model import LogisticRegression

    pages, page_labels, cases = load(args.cases, examples, "en-*.gold.json")
    y = [label for labels in page_labels for label in labels if label is not None]

    def rows(pages: list[list[list[float]]]) -> list[list[float]]:
        return [row for rs, ys in zip(pages, page_labels) for row, label in zip(rs, ys) if label is not None]

    def fit(model: Any, pages: list[list[list[float]]], name: str) -> Any:
        x = rows(pages)
        model.fit(x, y)
        predicted = model.predict(x)
        tp = sum(1 for p, label in zip(predicted, y) if p and label)
        print(f"{name}: training accuracy {model.score(x, y):.4f}, headline precision "
              f"{tp / max(1, sum(predicted)):.3f} recall {tp / max(1, sum(y)):.3f}")
        return model

    def two_passes(make: Callable[[], Any], name: str) -> tuple[Any, Any]:
        first = fit(make(), pages, f"{name}, first pass")
        second_pages = [with_neighbours(rs, list(first.predict_proba(rs)[:, 1])) if rs else [] for rs in pages]
        return first, fit(make(), second_pages, f"{name}, second pass")

    print(f"{cases} cases, {len(y)} lines ({sum(y)} headline lines)")
    two_passes(lambda: LogisticRegression(C=args.c, max_iter=5000, fit_intercept=False), "logistic regression")
    first, second = two_passes(lambda: boosted_trees(depth=DEPTH, min_leaf=MIN_LEAF, trees=TREES), "trees")
    write_weights(
        args.out,
        {"about": "headline line trees; made by benchmarks/accuracy/train_headlines.py",
         "cases": cases, "lines": len(y), "features": list(NAMES), "neighbour_features": list(NEIGHBOUR_NAMES),
         "first_pass": export_trees(first), "second_pass": export_trees(second)},
    )


if __name__ == "__main__":
    main()
