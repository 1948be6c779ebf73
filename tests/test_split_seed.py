"""The seed page split into articles, against the gold reading made by hand
(``tests/cases/seed/000_3c7ae53d10ee8564.articles.json``: 10 articles and 1 banner), field by
field: headline blocks, bylines, datelines, credits, continuation markers and every paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanpress

GOLD = Path(__file__).parent / "cases" / "seed" / "000_3c7ae53d10ee8564.articles.json"
SOURCE = "seeds/000_3c7ae53d10ee8564.txt"
FIELDS = ("type", "kicker", "headline", "subheadline", "bylines", "dateline", "credits", "continued_from",
          "continued_to", "body", "source", "index")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def split(seed_text: str) -> list[dict]:
    return [item.to_dict() for item in cleanpress.split_text(seed_text, source=SOURCE)]


def test_ten_articles_and_the_banner(gold: list[dict], split: list[dict]) -> None:
    assert [item["type"] for item in split] == [item["type"] for item in gold]
    assert [item["type"] for item in split].count("article") == 10


@pytest.mark.parametrize("index", range(11))
@pytest.mark.parametrize("name", FIELDS)
def test_every_field_of_every_item(gold: list[dict], split: list[dict], index: int, name: str) -> None:
    assert split[index][name] == gold[index][name]


def test_the_json_keys_in_schema_order(gold: list[dict], split: list[dict]) -> None:
    assert [list(item) for item in split] == [list(item) for item in gold]
