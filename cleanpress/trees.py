"""Gradient-boosted trees, as the package ships its small learned models.

The training scripts (``benchmarks/accuracy/train_*.py``, scikit-learn) write an ensemble as
JSON: the prior's log-odds ``bias`` and ``trees``, every tree a flat list of nodes, an inner
node ``[feature, threshold, left, right]`` (indexes into the list; go left when the feature is
at most the threshold) and a leaf ``[value]`` (already scaled by the learning rate).

An ensemble is scored by a Python function written from its trees when it is read: one nested
``if`` per inner node, the leaves added to a running sum. Reflow weighs every undecided
boundary of a Latin column with its hundred trees of depth 4; the written function does that
in about a third of the time a walk over the nodes takes (11 against 31 µs a row), and the
one-off cost of writing and compiling it is 30 ms. It holds nothing but the model's numbers
(feature indexes and thresholds, written with ``repr``, so every comparison and sum is the
walk's, bit for bit).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Union

Tree = Union[float, tuple[int, float, "Tree", "Tree"]]  # a leaf's value, or (feature, threshold, left, right)


def shipped(name: str) -> dict[str, Any]:
    """A learned model the package ships, ``cleanpress/data/NAME``, as its JSON (read on first
    use by each model's owner, never on import)."""
    from importlib.resources import files

    data: dict[str, Any] = json.loads(files("cleanpress.data").joinpath(name).read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Trees:
    """An ensemble of small regression trees: the score of a row is ``bias`` plus the leaf it
    reaches in every tree; its logistic is the probability."""

    bias: float
    trees: tuple[Tree, ...]
    score: Callable[[Sequence[float]], float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "score", _written(self.bias, self.trees))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trees:
        def grow(nodes: list[list[float]], n: int) -> Tree:
            node = nodes[n]
            if len(node) == 1:
                return float(node[0])
            return (int(node[0]), float(node[1]), grow(nodes, int(node[2])), grow(nodes, int(node[3])))

        return cls(float(data["bias"]), tuple(grow(nodes, 0) for nodes in data["trees"]))

    def probability(self, row: Sequence[float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(row)))))


def _written(bias: float, trees: Sequence[Tree]) -> Callable[[Sequence[float]], float]:
    """The function that scores a row by ``trees`` (see the module docstring)."""
    lines = ["def score(row):", f"    total = {bias!r}"]

    def write(node: Tree, depth: int) -> None:
        indent = "    " * depth
        if not isinstance(node, tuple):
            lines.append(f"{indent}total += {node!r}")
            return
        feature, threshold, left, right = node
        lines.append(f"{indent}if row[{int(feature)}] <= {float(threshold)!r}:")
        write(left, depth + 1)
        lines.append(f"{indent}else:")
        write(right, depth + 1)

    for tree in trees:
        write(tree, 1)
    lines.append("    return total")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<cleanpress.trees>", "exec"), namespace)  # noqa: S102 - numbers only
    scorer: Callable[[Sequence[float]], float] = namespace["score"]
    return scorer
