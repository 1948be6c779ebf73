"""The tree ensembles the package ships: read from the training scripts' JSON, walked right."""

import json
import math
import random
from importlib.resources import files

import pytest

from cleanpress import trees as trees_module
from cleanpress.trees import Trees

#: Two trees by hand: the first splits on feature 0 at 0.5, the second is a lone leaf.
ENSEMBLE = {"bias": -1.0, "trees": [[[0, 0.5, 1, 2], [-2.0], [3.0]], [[0.5]]]}


def test_a_row_takes_the_leaf_its_features_lead_to_in_every_tree() -> None:
    trees = Trees.from_json(ENSEMBLE)
    # left at the threshold itself: -1 - 2 + 0.5; right above it: -1 + 3 + 0.5
    assert trees.probability([0.5]) == pytest.approx(1 / (1 + math.exp(2.5)))
    assert trees.probability([0.6]) == pytest.approx(1 / (1 + math.exp(-2.5)))


@pytest.mark.parametrize("name", ["headline_trees.json", "block_trees_en.json", "reflow_trees.json"])
def test_every_shipped_ensemble_is_well_formed(name: str) -> None:
    """Every inner node points to nodes of its own tree, every feature to a column the model
    was trained on, and a row of zeros gets a probability."""
    data = json.loads(files("cleanpress.data").joinpath(name).read_text(encoding="utf-8"))
    ensembles = [data] if "trees" in data else [data["first_pass"], data["second_pass"]]
    width = data["evidence"] if "evidence" in data else len(data["features"]) + len(data.get("neighbour_features", []))
    for ensemble in ensembles:
        for nodes in ensemble["trees"]:
            for node in nodes:
                assert len(node) in (1, 4)
                if len(node) == 4:
                    assert 0 <= node[0] < width and 0 < node[2] < len(nodes) and 0 < node[3] < len(nodes)
        assert 0.0 < Trees.from_json(ensemble).probability([0.0] * width) < 1.0


@pytest.mark.parametrize("name", ["headline_trees.json", "block_trees_en.json", "reflow_trees.json"])
def test_the_written_scorer_gives_the_walks_score_bit_for_bit(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ensemble walks its nodes for its first rows, then writes a function: rows at random,
    and rows that sit exactly on the thresholds (where left and right part), score the same
    both ways (one ensemble walking, one that wrote its function after the first row)."""
    data = json.loads(files("cleanpress.data").joinpath(name).read_text(encoding="utf-8"))
    ensembles = [data] if "trees" in data else [data["first_pass"], data["second_pass"]]
    rng = random.Random(7)
    for ensemble in ensembles:
        thresholds = [node[1] for nodes in ensemble["trees"] for node in nodes if len(node) == 4]
        width = 1 + max(node[0] for nodes in ensemble["trees"] for node in nodes if len(node) == 4)
        rows = [[rng.uniform(-2, 60) for _ in range(width)] for _ in range(200)]
        rows += [[rng.choice(thresholds) for _ in range(width)] for _ in range(200)]
        walking = Trees.from_json(ensemble)
        walked = [walking.score(row) for row in rows]
        assert walking._written is None  # fewer rows than WRITE_AFTER: every one walked
        monkeypatch.setattr(trees_module, "WRITE_AFTER", 1)
        writing = Trees.from_json(ensemble)
        first = writing.score(rows[0])
        assert writing._written is not None  # the rows below are scored by the written function
        assert first == walked[0]
        assert [writing.score(row) for row in rows] == walked
        monkeypatch.undo()
