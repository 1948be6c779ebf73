"""The seed page against its gold reading (tests/cases/seed/, made by hand, line by line).

The gold file holds one unit (paragraph, headline line, byline ...) per line. Breaks are compared
as offsets in the whitespace-free text, which cleaning preserves exactly.
"""

from __future__ import annotations

import regex

import cleanpress
from cleanpress.text import CJK

_space_between_cjk = regex.compile(f"[{CJK}] +[{CJK}]")
_space_cjk_digit = regex.compile(rf"[{CJK}] +[0-9]|[0-9%] +[{CJK}]")
_letter_spaced = regex.compile(f"(?:[{CJK}] ){{4,}}")


def units(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def visible(text: str) -> str:
    return regex.sub(r"\s", "", text)


def breaks(text: str) -> set[int]:
    """Where units end, as offsets into the whitespace-free text."""
    offsets, position = set(), 0
    for unit in units(text)[:-1]:
        position += len(visible(unit))
        offsets.add(position)
    return offsets


def separator_contexts(text: str) -> set[tuple[int, str]]:
    """Each space between two visible characters: its offset and the characters around it."""
    found, position = set(), 0
    for unit in units(text):
        for match in regex.finditer(r"(\S) +(?=(\S))", unit):
            found.add((position + len(visible(unit[: match.start() + 1])), match[1] + match[2]))
        position += len(visible(unit))
    return found


def test_paragraph_breaks_match_the_gold_reading(seed_text: str, seed_gold: str) -> None:
    found, gold = breaks(cleanpress.clean_text(seed_text)), breaks(seed_gold)
    true_found = len(found & gold)
    assert true_found / len(gold) >= 0.97, f"recall {true_found}/{len(gold)}: missed {sorted(gold - found)}"
    assert true_found / len(found) >= 0.97, f"precision {true_found}/{len(found)}: wrong {sorted(found - gold)}"


def test_no_stray_spaces_remain(seed_text: str, seed_gold: str) -> None:
    cleaned = cleanpress.clean_text(seed_text)
    assert not _letter_spaced.search(cleaned)
    assert not _space_cjk_digit.search(cleaned)
    # Every space left is one of the gold's real separators, at the same place.
    assert separator_contexts(cleaned) <= separator_contexts(seed_gold)
    assert _space_between_cjk.search(cleaned), "the real separators (依法治县 依法执政) were lost"


def test_every_character_survives_in_order(seed_text: str) -> None:
    assert visible(cleanpress.clean_text(seed_text)) == visible(seed_text)


def test_cleaning_the_output_again_changes_nothing(seed_text: str) -> None:
    cleaned = cleanpress.clean_text(seed_text)
    assert cleanpress.clean_text(cleaned) == cleaned


def test_units_match_the_gold_reading_nearly_exactly(seed_text: str, seed_gold: str) -> None:
    """Beyond break offsets: the units themselves, spaces included, are the gold's."""
    cleaned, gold = set(units(cleanpress.clean_text(seed_text))), units(seed_gold)
    matching = sum(1 for unit in gold if unit in cleaned)
    assert matching / len(gold) >= 0.95, [unit for unit in gold if unit not in cleaned]
