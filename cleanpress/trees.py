"""Gradient-boosted trees, as the package ships its small learned models.

The training scripts (``benchmarks/accuracy/train_*.py``, scikit-learn) write an ensemble as
JSON: the prior's log-odds ``bias`` and ``trees``, every tree a flat list of nodes, an inner
node ``[feature, threshold, left, right]`` (indexes into the list; go left when the feature is
at most the threshold) and a leaf ``[value]`` (already scaled by the learning rate). Here the
lists become nested tuples, which a pure-Python walk reads fastest.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
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

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trees:
        def grow(nodes: list[list[float]], n: int) -> Tree:
            node = nodes[n]
            if len(node) == 1:
                return float(node[0])
            return (int(node[0]), float(node[1]), grow(nodes, int(node[2])), grow(nodes, int(node[3])))

        return cls(float(data["bias"]), tuple(grow(nodes, 0) for nodes in data["trees"]))

    def probability(self, row: Sequence[float]) -> float:
        score = self.bias
        for node in self.trees:
            while type(node) is tuple:
                node = node[2] if row[node[0]] <= node[1] else node[3]
            score += node  # type: ignore[operator]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
