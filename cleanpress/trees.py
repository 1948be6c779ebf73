"""Gradient-boosted trees, as the package ships its small learned models.

The training scripts (``benchmarks/accuracy/train_*.py``, scikit-learn) write an ensemble as
JSON: the prior's log-odds ``bias`` and ``trees``, every tree a flat list of nodes, an inner
node ``[feature, threshold, left, right]`` (indexes into the list; go left when the feature is
at most the threshold) and a leaf ``[value]`` (already scaled by the learning rate).

An ensemble scores its first rows by walking its trees' nodes, and once it has scored
:data:`WRITE_AFTER` of them, by a Python function written from its trees: one nested ``if`` per
inner node, the leaves added to a running sum. Reflow weighs every open boundary of a Latin
column with its hundred trees of depth 8; the written function does that in half the time the
walk takes (20 against 38 µs a row), but writing and compiling it costs about 0.11 s, which a
page (some fifty open boundaries) never earns back and a batch of pages does. With the
package's ensembles walked, splitting one English page in a fresh process takes 0.16 s
(after the imports) instead of 0.33 s. The function holds nothing but the model's numbers
(feature indexes and thresholds, written with ``repr``, so every comparison and sum is the
walk's, bit for bit).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any, Final, Union

Tree = Union[float, tuple[int, float, "Tree", "Tree"]]  # a leaf's value, or (feature, threshold, left, right)


def shipped(name: str) -> dict[str, Any]:
    """A learned model the package ships, ``cleanpress/data/NAME``, as its JSON (read on first
    use by each model's owner, never on import)."""
    from importlib.resources import files

    data: dict[str, Any] = json.loads(files("cleanpress.data").joinpath(name).read_text(encoding="utf-8"))
    return data


#: Rows an ensemble scores by walking its nodes before it writes its scoring function: about
#: what writing the reflow trees' function costs over what it saves a row (0.11 s / 18 µs).
WRITE_AFTER: Final = 6_000


class Trees:
    """An ensemble of small regression trees: the score of a row is ``bias`` plus the leaf it
    reaches in every tree; its logistic is the probability."""

    __slots__ = ("bias", "trees", "_written", "_walked")

    def __init__(self, bias: float, trees: tuple[Tree, ...]) -> None:
        self.bias = bias
        self.trees = trees
        self._written: Callable[[Sequence[float]], float] | None = None
        self._walked = 0  # rows scored by walking the nodes

    def score(self, row: Sequence[float]) -> float:
        """``bias`` plus the leaf ``row`` reaches in every tree."""
        if self._written is not None:
            return self._written(row)
        self._walked += 1
        if self._walked >= WRITE_AFTER:
            self._written = _written(self.bias, self.trees)
        total = self.bias
        for node in self.trees:
            while type(node) is tuple:
                feature, threshold, left, right = node
                node = left if row[feature] <= threshold else right
            total += node  # type: ignore[operator]
        return total

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
