"""Learn which lines of an English page are headline lines, from generated pages.

    python -m benchmarks.accuracy.train_headlines --cases DIR [DIR ...] [--out cleanpress/data/headline_weights.json]

Every English case (a page extracted by pdftotext or pdfminer, with its gold file) goes
through the filters before reflow; each non-blank line gets a label from the gold: 1 when it
is a printed kicker, headline, deck, banner or crosshead line (or a piece of one that the
extractor split off), 0 for body and caption lines. Running heads, bylines, markers and credit
lines are left out (the splitter knows them by their form). The features are
:func:`cleanpress.headlines.features`; a logistic regression (scikit-learn, a development-only
dependency) is fitted and its weights written as JSON. Interleave-risk pages are left out.
"""

from __future__ import annotations


import regex

from cleanpress import Pipeline
from cleanpress.headlines import NAMES, NEIGHBOUR_NAMES, features, with_neighbours
from cleanpress.segment.lines import Line

from .training import arguments, load, write_weights

BEFORE_REFLOW = Pipeline.from_names(["normalize", "despace", "dehyphen"])


def _visible(text: str) -> str:
    return regex.sub(r"[\s\-\u2010\u00ad]", "", text)


def _targets(gold: dict) -> tuple[set[str], set[str]]:
    """The page's headline lines, and the lines to leave out, whitespace-free."""
    heads: set[str] = set()
    skip: set[str] = set()
    for printed in gold["folio"]["printed"]:
        skip.add(_visible(printed))
    for item in gold["items"]:
        printed = item["printed"]
        for key in ("kicker", "headline", "subheadline"):
            heads.update(_visible(line) for line in printed.get(key, []))
        for block in item["body"]:
            if block["kind"] == "subhead":
                heads.add(_visible(block["text"]))
        for key in ("byline_lines", "credit_lines"):
            skip.update(_visible(line) for line in printed.get(key, []))
        for key in ("continued_from_line", "continued_to_line"):
            if printed.get(key):
                skip.add(_visible(printed[key]))
    return heads, skip


def _label(text: str, heads: set[str], skip: set[str]) -> int | None:
    visible = _visible(text)
    if not visible or visible in skip:
        return None
    if visible in heads:
        return 1
    for head in heads:
        if len(visible) >= max(4, 0.3 * len(head)) and (head.startswith(visible) or head.endswith(visible)):
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
    args = arguments(__doc__.splitlines()[0], "headline_weights.json")

    from sklearn.linear_model import LogisticRegression

    pages, page_labels, cases = load(args.cases, examples, "en-*.gold.json")

    def fit(pages: list[list[list[float]]]) -> LogisticRegression:
        x = [row for rows, ys in zip(pages, page_labels) for row, y in zip(rows, ys) if y is not None]
        y = [y for ys in page_labels for y in ys if y is not None]
        model = LogisticRegression(C=args.c, max_iter=5000, fit_intercept=False)
        model.fit(x, y)
        predicted = model.predict(x)
        tp = sum(1 for p, label in zip(predicted, y) if p and label)
        print(
            f"{cases} cases, {len(y)} lines ({sum(y)} headline lines); training accuracy "
            f"{model.score(x, y):.4f}, headline precision {tp / max(1, sum(predicted)):.3f} "
            f"recall {tp / max(1, sum(y)):.3f}"
        )
        return model

    first = fit(pages)
    second_pages = [with_neighbours(rows, list(first.predict_proba(rows)[:, 1])) if rows else [] for rows in pages]
    second = fit(second_pages)
    for name, weight in zip(NAMES + NEIGHBOUR_NAMES, second.coef_[0]):
        print(f"  {weight:+7.3f}  {name}")
    write_weights(
        args.out,
        {"about": "headline line weights; made by benchmarks/accuracy/train_headlines.py",
         "cases": cases, "lines": sum(1 for ys in page_labels for y in ys if y is not None),
         "features": list(NAMES), "neighbour_features": list(NEIGHBOUR_NAMES),
         "weights": [round(float(w), 6) for w in first.coef_[0]],
         "weights_second_pass": [round(float(w), 6) for w in second.coef_[0]]},
    )


if __name__ == "__main__":
    main()
