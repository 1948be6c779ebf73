"""What the training scripts share: walking generated cases, collecting their examples, and
writing the weights the package ships.

Each ``train_*`` script turns one case (a gold file and one extraction of its page) into
feature rows and labels with its own ``examples`` function; this module walks the case folders,
leaves out the pages whose columns the extractors interleave (their line order teaches nothing
true), and gathers the rows of every extraction.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import regex

from .extract import EXTRACTORS

Row = TypeVar("Row")
Label = TypeVar("Label")


#: Whitespace and the hyphens an extractor or dehyphen may add or drop at a line end.
_INVISIBLE = regex.compile(r"[\s\-\u2010\u00ad]")


def visible(text: str) -> str:
    """Text without whitespace or hyphens, to find a gold string in an extraction or in a
    pipeline's output whatever line breaks and dehyphen decided."""
    return _INVISIBLE.sub("", text)


def load(
    directories: list[Path],
    examples: Callable[[dict[str, Any], str], tuple[list[Row], list[Label]]],
    pattern: str = "*.gold.json",
) -> tuple[list[Row], list[Label], int]:
    """Rows, labels and the number of cases, over every extraction of every gold page."""
    rows: list[Row] = []
    labels: list[Label] = []
    cases = 0
    for directory in directories:
        for gold_path in sorted(directory.glob(pattern)):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("interleave_risk"):
                continue
            for extractor in sorted(EXTRACTORS):  # in reading order only (as before: by name)
                extraction = directory / f"{gold['id']}.{extractor}.txt"
                if not extraction.exists():
                    continue
                x, y = examples(gold, extraction.read_text(encoding="utf-8"))
                rows += x
                labels += y
                cases += 1
    return rows, labels, cases


#: The shape of the tree ensembles the package ships (see :mod:`cleanpress.trees`): a hundred
#: trees of depth 3 (reflow's and the headline lines' are larger, :mod:`.train_reflow`,
#: :mod:`.train_headlines`), small enough to walk in pure Python for every line of a page.
TREES, DEPTH, RATE = 100, 3, 0.1


def boosted_trees(depth: int = DEPTH, min_leaf: int = 1, trees: int = TREES) -> Any:
    """An unfitted scikit-learn GradientBoostingClassifier of that shape (or ``trees`` trees of
    ``depth``), each leaf holding at least ``min_leaf`` training rows."""
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=trees, max_depth=depth, learning_rate=RATE, subsample=0.8,
                                      min_samples_leaf=min_leaf, random_state=0)


def export_trees(model: Any) -> dict[str, Any]:
    """A fitted GradientBoostingClassifier as the JSON :class:`cleanpress.trees.Trees` reads:
    the prior's log-odds and, per tree, its nodes (``[feature, threshold, left, right]`` or a
    leaf ``[value x learning rate]``)."""
    prior = float(model.init_.class_prior_[1])
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        nodes: list[list[float]] = []
        for n in range(tree.node_count):
            if tree.children_left[n] == -1:
                nodes.append([round(float(tree.value[n][0][0]) * model.learning_rate, 6)])
            else:
                nodes.append([int(tree.feature[n]), round(float(tree.threshold[n]), 6),
                              int(tree.children_left[n]), int(tree.children_right[n])])
        trees.append(nodes)
    return {"bias": round(math.log(prior / (1 - prior)), 6), "trees": trees}


#: A JSON list of numbers, or of such lists, as ``json.dumps(indent=1)`` spreads it over lines.
_NUMBERS = re.compile(r"\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]")
_ROWS = re.compile(r"\[\s*(\[[^\[\]\n]*\](?:,\s*\[[^\[\]\n]*\])*)\s*\]")


def write_weights(out: Path, data: dict[str, Any]) -> None:
    """Write learned weights as the JSON file the package reads (cleanpress/data/): indented,
    but a list of numbers on one line and a list of such lists (a tree's nodes) too, so that a
    tree ensemble reads a tree per line."""
    text = json.dumps(data, indent=1, ensure_ascii=False)
    text = _NUMBERS.sub(lambda m: "[" + ", ".join(m.group(1).replace(" ", "").replace("\n", "").split(",")) + "]", text)
    text = _ROWS.sub(lambda m: "[" + ", ".join(re.split(r",\s*(?=\[)", m.group(1))) + "]", text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")


def arguments(description: str, weights: str | dict[str, str]) -> argparse.Namespace:
    """The command line every training script takes: the case folders, where the weights go
    (default: ``cleanpress/data/WEIGHTS``) and the regularisation strength. A script that
    learns one set of weights per language gives ``weights`` as a dict (language -> file;
    ``all``: every page) and takes ``--language`` too."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cases", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path, help="default: cleanpress/data/ and the weights' file name")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    if isinstance(weights, dict):
        parser.add_argument("--language", choices=tuple(weights), default=next(iter(weights)))
    args = parser.parse_args()
    name = weights[args.language] if isinstance(weights, dict) else weights
    args.out = args.out or Path("cleanpress/data") / name
    return args
