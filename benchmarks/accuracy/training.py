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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Row = TypeVar("Row")
Label = TypeVar("Label")


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
            for extraction in sorted(directory.glob(f"{gold['id']}.*.txt")):
                x, y = examples(gold, extraction.read_text(encoding="utf-8"))
                rows += x
                labels += y
                cases += 1
    return rows, labels, cases


def write_weights(out: Path, data: dict[str, Any]) -> None:
    """Write learned weights as the JSON file the package reads (cleanpress/data/)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


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
