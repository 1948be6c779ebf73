"""normalize on files as they arrive: line ends, BOMs, and idempotence."""

from __future__ import annotations

from cleanpress.filters.normalize import Normalize


def test_mixed_line_ends_all_become_lf() -> None:
    assert Normalize()("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_normalizing_twice_changes_nothing(seed_text: str) -> None:
    once = Normalize()("\ufeff" + seed_text.replace("\n", "\r\n") + "\u00a0 ")
    assert Normalize()(once) == once
    assert "\r" not in once and "\ufeff" not in once and not once.endswith(" ")
