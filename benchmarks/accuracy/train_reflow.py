"""Learn how much weight reflow gives each piece of its evidence, from generated pages.

    python -m benchmarks.accuracy.train_reflow --cases DIR [DIR ...] [--out cleanpress/data/reflow_weights.json]

For every case (a page extracted by pdftotext or pdfminer, with its gold file) the page goes
through the filters before reflow, and every boundary between two lines gets a label from the
gold: *join* when it falls inside a gold body paragraph (its printed lead included), *break*
otherwise (between paragraphs, around headlines, bylines, markers). The features are
:meth:`cleanpress.filters.reflow.Reflow.evidence`, with "the line before starts its unit"
taken from the gold (at run time reflow uses its own decisions). A logistic regression
(scikit-learn, a development-only dependency: the runtime only takes a dot product) is fitted
and its weights written as JSON. Pages marked ``interleave_risk`` and pages whose paragraphs
cannot all be found in the extraction are left out: their lines are out of order, so their
labels would teach nothing true.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import regex

from cleanpress import Pipeline
from cleanpress.filters.reflow import Reflow

from .training import load, write_weights

BEFORE_REFLOW = Pipeline.from_names(["normalize", "despace", "dehyphen"])


def _visible(text: str) -> str:
    """Text without whitespace or hyphens: a paragraph is found whatever dehyphen decided."""
    return regex.sub(r"[\s\-\u2010\u00ad]", "", text)


def _regions(gold: dict, stream: str) -> list[tuple[int, int]] | None:
    """Where each gold body paragraph (with its printed lead) lies in the page's stream.

    A paragraph that the extraction split (it continues in another column, after a byline
    that the extractor put in between) is found piece by piece; each piece is a region.
    None when some paragraph cannot be found at all (scrambled or interleaved lines).
    """
    regions = []
    for item in gold["items"]:
        lead = _visible(item.get("printed", {}).get("lead", "") or "")
        for number, block in enumerate(item["body"]):
            if block["kind"] != "paragraph":
                continue
            pieces = _pieces(_visible(block["text"]), stream)
            if pieces is None:
                return None
            start = pieces[0][0]
            if number == 0 and lead and stream[max(0, start - len(lead)) : start] == lead:
                pieces[0] = (start - len(lead), pieces[0][1])
            regions += pieces
    return regions


def _pieces(text: str, stream: str, shortest: int = 12) -> list[tuple[int, int]] | None:
    """``text`` as a few runs of ``stream``, longest prefix first."""
    pieces = []
    while text:
        low, high = 0, len(text)
        while low < high:  # the longest prefix of text that occurs in stream
            middle = (low + high + 1) // 2
            if stream.find(text[:middle]) >= 0:
                low = middle
            else:
                high = middle - 1
        if low < min(shortest, len(text)):
            return None
        start = stream.find(text[:low])
        pieces.append((start, start + low))
        text = text[low:]
    return pieces


def examples(gold: dict, extracted: str) -> tuple[list[list[float]], list[int]]:
    """Features and labels (1 = break) for every line boundary of one case."""
    reflow = Reflow()
    features: list[list[float]] = []
    labels: list[int] = []
    for page in extracted.split("\f"):
        lines = reflow._read_lines(BEFORE_REFLOW.run(page))
        if len(lines) < 2:
            continue
        reflow._measure_columns(lines)
        ends, position = [], 0
        for line in lines:
            position += len(_visible(line.text))
            ends.append(position)
        stream = "".join(_visible(line.text) for line in lines)
        regions = _regions(gold, stream)
        if regions is None:
            continue
        meaningful = reflow._blank_lines_mean_breaks(lines)
        first = True
        for i in range(len(lines) - 1):
            joined = any(start < ends[i] < end for start, end in regions)
            if not (lines[i].cjk or lines[i + 1].cjk):  # the weights decide Latin columns only
                features.append(reflow.evidence(lines[i], lines[i + 1], first, meaningful and lines[i + 1].blank_before))
                labels.append(0 if joined else 1)
            first = not joined
    return features, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path, default=Path("cleanpress/data/reflow_weights.json"))
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()

    from sklearn.linear_model import LogisticRegression

    features, labels, cases = load(args.cases, examples)
    model = LogisticRegression(C=args.c, max_iter=2000, fit_intercept=False)
    model.fit(features, labels)
    accuracy = model.score(features, labels)
    print(f"{cases} cases, {len(labels)} boundaries ({sum(labels)} breaks); training accuracy {accuracy:.4f}")
    write_weights(
        args.out,
        {"about": "reflow evidence weights; made by benchmarks/accuracy/train_reflow.py",
         "cases": cases, "boundaries": len(labels), "weights": [round(w, 6) for w in model.coef_[0]]},
    )


if __name__ == "__main__":
    main()
