"""Runs every golden case in tests/cases/filters/ through its filter (format: tests/cases/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanpress.filters import get_filter

CASES = Path(__file__).parent / "cases" / "filters"


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            params.append(pytest.param(path.stem, case, id=f"{path.stem}: {case['why']}", marks=marks))
    return params


@pytest.mark.parametrize(("filter_name", "case"), _load())
def test_case(filter_name: str, case: dict) -> None:
    filter_ = get_filter(filter_name).from_options(case.get("options", {}))
    assert filter_(case["input"]) == case["expected"]
    assert filter_(case["expected"]) == case["expected"], "filtering the expected output again changed it"
