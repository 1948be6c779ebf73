"""Learn how reflow weighs its evidence in Latin columns, from generated pages.

    python -m benchmarks.accuracy.train_reflow --cases DIR [DIR ...] [--out cleanpress/data/reflow_trees.json]

For every case (a page extracted by pdftotext or pdfminer, with its gold file) the page goes
through the filters before reflow, and every boundary between two lines that reflow's rules
leave to the trees (:func:`cleanpress.filters._reflow_core.settled`) gets a label from the
gold: *join* when it falls inside a gold body paragraph (its printed lead included), *break*
otherwise (between paragraphs, around headlines, bylines, markers). Only those boundaries: the
trees learned from every Latin boundary before, most of them ones the rules settle (a full line
running on, a lower-case start), and weighed the open ones, a seventh of them, worse (on the
development pages, English pdftotext paragraph precision 0.896 -> 0.909 from the same pages).
The features are :meth:`cleanpress.filters.reflow.Reflow.evidence`, with "the line before starts
its unit" taken from the gold (at run time reflow uses its own decisions). Ragged-right
documents made from the same pages' paragraphs join them (:data:`RAGGED_DOCUMENTS`). A hundred
gradient-boosted trees (:data:`REFLOW_DEPTH`, :data:`REFLOW_MIN_LEAF`; scikit-learn, a
development-only dependency: the runtime walks the trees in pure Python,
:mod:`cleanpress.trees`) are fitted and written as JSON; for comparison the logistic regression
reflow shipped before is fitted on the same boundaries, and both are printed. Trees weigh one
piece of evidence by another (a short line that ends no sentence and a capital after it); on the
validation boundaries they made a fifth fewer mistakes than the regression. Pages marked
``interleave_risk`` are left out, and so are boundaries next to lines the gold cannot place (a
few scrambled lines): their order is not the page's, so their labels would teach nothing true.
"""

from __future__ import annotations

from pathlib import Path

from cleanpress import Pipeline
from cleanpress.filters import _reflow_core as core
from cleanpress.filters.reflow import Reflow

from . import ragged
from .training import arguments, boosted_trees, export_trees, load, visible, write_weights

#: Deeper than the package's other ensembles, with a floor on what a leaf may learn from. On the
#: development pages (val, fin, ende, lwdev) English pdftotext paragraph breaks came out at
#: precision / recall 0.906 / 0.936 with depth 4, 0.936 / 0.936 with depth 8 (pdfminer 0.966 /
#: 0.963 and 0.965 / 0.964), both with 100 rows a leaf (measured before reflow's rules took
#: bylines, dates and capitals from the trees). With one row a leaf, depth 8 learned single
#: pages: a typed page whose paragraph indents were stripped had two of its short paragraph
#: ends read as pieces of one printed line and joined (a regression test); with 100 and 400
#: rows a leaf, fitted at this version, two such ends joined on one typed test page or another;
#: 200 keeps them and is as good as 100 on the pages (development pdftotext 0.931 / 0.941,
#: held-out English 0.975 / 0.964 and 0.932 / 0.922).
REFLOW_DEPTH, REFLOW_MIN_LEAF = 8, 200

#: Ragged-right documents (:mod:`.ragged`) added to the pages' boundaries. The generated pages
#: are all justified, and trees learned from them alone joined a quarter of the paragraphs of
#: text set ragged right, which users clean too; with these they find them nearly as well as on
#: the pages (see the README), the pages' own figures within 0.006.
RAGGED_DOCUMENTS = 1500

#: The filters before reflow, as the default pipeline runs them (despace leaves the space runs of
#: justified lines to reflow, which reads them).
_DEFAULT = Pipeline.from_names()
BEFORE_REFLOW = Pipeline(_DEFAULT.filters[: _DEFAULT.names.index("reflow")])


def _regions(gold: dict, stream: str) -> list[tuple[int, int]]:
    """Where each gold body paragraph (with its printed lead) lies in the page's stream.

    A paragraph that the extraction split (it continues in another column, after a byline
    that the extractor put in between) is found piece by piece; each piece is a region. Where
    the extractor scrambled a few lines (pdfminer does with very loose justified lines), the
    pieces around them are still found; the scrambled lines lie in no region.
    """
    regions = []
    for item in gold["items"]:
        lead = visible(item.get("printed", {}).get("lead", "") or "")
        for number, block in enumerate(item["body"]):
            if block["kind"] != "paragraph":
                continue
            pieces = _pieces(visible(block["text"]), stream)
            if pieces and number == 0 and lead:
                start = pieces[0][0]
                if stream[max(0, start - len(lead)) : start] == lead:
                    pieces[0] = (start - len(lead), pieces[0][1])
            regions += pieces
    return regions


def _pieces(text: str, stream: str, shortest: int = 12) -> list[tuple[int, int]]:
    """``text`` as a few runs of ``stream``, longest prefix first; a character that starts no
    run of ``shortest`` characters (a scrambled line) is skipped."""
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
            text = text[1:]
            continue
        start = stream.find(text[:low])
        pieces.append((start, start + low))
        text = text[low:]
    return pieces


def _furniture(gold: dict) -> list[str]:
    """Every printed string of the page that is no body paragraph (visible characters only):
    folio, headlines, bylines, captions, credits, continuation lines, subheads."""
    strings = list(gold.get("folio", {}).get("printed", []))
    for item in gold["items"]:
        for key, value in item.get("printed", {}).items():
            if key != "source":
                strings += [value] if isinstance(value, str) else value
        strings += [block["text"] for block in item["body"] if block["kind"] != "paragraph"]
    return [visible(text) for text in strings if text]


def boundary_labels(gold: dict, lines: list[str]) -> list[int | None]:
    """For the boundary after each line but the last: 0 inside a gold body paragraph (join),
    1 anywhere else (between paragraphs, around headlines, bylines, markers: break), None when
    the gold cannot tell (a line next to it lies in no paragraph and in no printed string:
    scrambled or interleaved text)."""
    seen = [visible(line) for line in lines]
    stream = "".join(seen)
    regions = _regions(gold, stream)
    covered = bytearray(len(stream))
    for start, end in regions:
        covered[start:end] = b"\x01" * (end - start)
    furniture = _furniture(gold)
    known, ends, position = [], [], 0
    for text in seen:
        known.append(all(covered[position : position + len(text)]) or any(text in f for f in furniture))
        position += len(text)
        ends.append(position)
    labels: list[int | None] = []
    for i in range(len(lines) - 1):
        if any(start < ends[i] < end for start, end in regions):
            labels.append(0)
        else:
            labels.append(1 if known[i] and known[i + 1] else None)
    return labels


def examples(gold: dict, extracted: str) -> tuple[list[list[float]], list[int]]:
    """Features and labels (1 = break) for every line boundary of one case that the gold can
    label."""
    features: list[list[float]] = []
    labels: list[int] = []
    for page in extracted.split("\f"):
        lines = core.read_lines(BEFORE_REFLOW.run(page))
        if len(lines) < 2:
            continue
        x, y = _boundary_rows(lines, boundary_labels(gold, [line.text for line in lines]))
        features += x
        labels += y
    return features, labels


def ragged_examples(directories: list[Path], seed: int = 0) -> tuple[list[list[float]], list[int]]:
    """Features and labels of :data:`RAGGED_DOCUMENTS` ragged-right documents made from the
    English gold paragraphs of the training pages (:mod:`.ragged`)."""
    paragraphs = ragged.gold_paragraphs(directories)
    features: list[list[float]] = []
    labels: list[int] = []
    for document in ragged.documents(paragraphs, RAGGED_DOCUMENTS, seed) if paragraphs else ():
        truth: list[int | None] = [label for lines in document for label in [0] * (len(lines) - 1) + [1]]
        x, y = _boundary_rows(core.read_lines("\n".join(line for lines in document for line in lines)), truth[:-1])
        features += x
        labels += y
    return features, labels


def _boundary_rows(lines: list[core.Line], labels: list[int | None]) -> tuple[list[list[float]], list[int]]:
    """Evidence and label of every labelled boundary between ``lines`` (measured here) that the
    rules leave to the trees (:func:`cleanpress.filters._reflow_core.settled`: Latin ones only;
    none in text written as paragraphs, :func:`~cleanpress.filters._reflow_core.trees_weigh`),
    in the order reflow meets them; the line after a break starts its unit."""
    core.measure_columns(lines)
    meaningful = core.blank_lines_mean_breaks(lines)
    reflow = Reflow()
    features: list[list[float]] = []
    out: list[int] = []
    if not core.trees_weigh(lines, meaningful):
        return features, out
    first = True
    for i, label in enumerate(labels):
        previous, line = lines[i], lines[i + 1]
        blank_between = meaningful and line.blank_before
        if label is not None and core.settled(previous, line, first, blank_between, reflow.indent_tolerance) is None:
            features.append(reflow.evidence(previous, line, first, blank_between))
            out.append(label)
        first = label != 0
    return features, out


def main() -> None:
    args = arguments(__doc__.splitlines()[0], "reflow_trees.json")

    from sklearn.linear_model import LogisticRegression

    features, labels, cases = load(args.cases, examples)
    ragged_features, ragged_labels = ragged_examples(args.cases)
    print(f"{cases} cases, {len(labels)} boundaries ({sum(labels)} breaks); ragged-right: {len(ragged_labels)} "
          f"boundaries ({sum(ragged_labels)} breaks)")
    features += ragged_features
    labels += ragged_labels
    logistic = LogisticRegression(C=args.c, max_iter=2000, fit_intercept=False).fit(features, labels)
    print(f"logistic regression: training accuracy {logistic.score(features, labels):.4f}")
    trees = boosted_trees(depth=REFLOW_DEPTH, min_leaf=REFLOW_MIN_LEAF).fit(features, labels)
    print(f"trees: training accuracy {trees.score(features, labels):.4f}")
    write_weights(
        args.out,
        {"about": "reflow evidence trees; made by benchmarks/accuracy/train_reflow.py",
         "cases": cases, "ragged_documents": RAGGED_DOCUMENTS, "boundaries": len(labels), "evidence": len(features[0]),
         **export_trees(trees)},
    )


if __name__ == "__main__":
    main()
