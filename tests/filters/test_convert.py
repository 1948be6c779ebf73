"""convert: configurations, errors, and laziness."""

from __future__ import annotations

import pytest

from cleanpress.filters.convert import Convert


def test_unknown_configuration_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="unknown OpenCC configuration 'zz'"):
        Convert(config="zz")


def test_json_suffix_is_optional() -> None:
    assert Convert(config="t2s.json")("漢字") == Convert(config="t2s")("漢字") == "汉字"


def test_round_trip_keeps_punctuation_and_layout(seed_text: str) -> None:
    traditional = Convert(config="s2t")(seed_text)
    assert traditional != seed_text
    assert traditional.count("\n") == seed_text.count("\n")
    assert [c for c in traditional if c in "，。“”（）"] == [c for c in seed_text if c in "，。“”（）"]
