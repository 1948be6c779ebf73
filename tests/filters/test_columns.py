"""columns: pages laid out in columns side by side (``pdftotext -layout``) read in reading order.

The pages in tests/cases/layout/ are the committed benchmark pages (tests/cases/pages/) as
``pdftotext -layout`` extracts them; their gold files say where every paragraph starts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import regex

import cleanpress
from benchmarks.accuracy.gold import load
from benchmarks.accuracy.metrics import score_text
from cleanpress.filters.columns import Columns, is_laid_out

CASES = Path(__file__).parents[1] / "cases"
LAYOUT_PAGES = sorted((CASES / "layout").glob("*.pdftotext-layout.txt"))
IN_READING_ORDER = sorted((CASES / "pages").glob("*.txt")) + sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def _gold(path: Path) -> dict:
    return load(CASES / "pages" / path.name.replace(".pdftotext-layout.txt", ".gold.json"))


def test_there_are_laid_out_pages_of_both_languages() -> None:
    assert {path.name[:2] for path in LAYOUT_PAGES} == {"en", "zh"}


@pytest.mark.parametrize("path", LAYOUT_PAGES, ids=lambda path: path.stem)
def test_a_layout_extraction_is_laid_out(path: Path) -> None:
    assert all(is_laid_out(page) for page in path.read_text(encoding="utf-8").split("\f") if page.strip())


@pytest.mark.parametrize("path", IN_READING_ORDER, ids=lambda path: path.name)
def test_text_in_reading_order_passes_untouched(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert Columns()(text) == text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_paragraphs_of_laid_out_pages_are_found(language: str) -> None:
    """Cleaned, a ``-layout`` extraction gives its paragraphs back as well as the default
    extraction of the same page does (measured: English 48 of 49 breaks found, 1 false;
    Chinese 151 of 151, 2 false; pdftotext's default mode 45 / 3 and 148 / 6)."""
    gold_breaks = found = false = 0
    for path in LAYOUT_PAGES:
        if path.name.startswith(language):
            counts = score_text(_gold(path), cleanpress.clean_text(path.read_text(encoding="utf-8")), mode="lines")
            gold_breaks, found, false = gold_breaks + counts.gold_breaks, found + counts.found_breaks, false + counts.false_breaks
    assert found / gold_breaks >= 0.95
    assert found / (found + false) >= 0.95


@pytest.mark.parametrize("path", LAYOUT_PAGES, ids=lambda path: path.stem)
def test_reading_columns_loses_nothing_and_is_done_once(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    read = Columns()(text)
    assert Counter(regex.sub(r"\s", "", read)) == Counter(regex.sub(r"\s", "", text))
    assert Columns()(read) == read
    cleaned = cleanpress.clean_text(text)
    assert cleanpress.clean_text(cleaned) == cleaned


def test_columns_are_read_one_after_another_with_their_indents() -> None:
    left = ["   The council met on", "Monday and approved the", "budget.", "   Opponents said the", "cuts would hurt."]
    right = ["Police funding was the", "main topic of the", "debate, members said.", "   A second vote is", "due in June."]
    page = "\n".join(f"{a:<28}{b}" for a, b in zip(left, right))
    page = "CITY BUDGET PASSES AFTER A LONG NIGHT\n\n" + page + "\n" + "\n".join(f"{'':<28}{line}" for line in right[:3])
    assert Columns()(page) == "\n\n".join(
        ["CITY BUDGET PASSES AFTER A LONG NIGHT", "\n".join(left), "\n".join(right + right[:3])]
    )


def test_a_wide_word_space_in_a_justified_line_keeps_the_line_whole() -> None:
    left = ["Sharing, copying and", "archiving   files are", "common tasks for all"]
    right = ["users of the system", "and of its services", "over the network too"]
    page = "\n".join(f"{a:<26}{b}" for a, b in zip(left * 3, right * 3))
    read = Columns()(page)
    assert "archiving files are" in read.split("\n")
    assert read.split("\n\n")[1].split("\n") == right * 3


def test_a_centred_heading_of_two_lines_is_one_block() -> None:
    left = ["When he created Debian in", "1993, Ian Murdock had clear", "objectives, which he set", "out in a manifesto that", "still guides the project."]
    right = ["The free operating system", "he sought would have two", "main features: quality and", "a community that keeps it", "free for all of its users."]
    body = [f"{a:<32}{b}" for a, b in zip(left, right)]
    page = "\n".join([f"{'':<29}What the Foundation Documents", f"{'':<41}Promise", *body])
    blocks = Columns()(page).split("\n\n")
    assert [line.strip() for line in blocks[0].split("\n")] == ["What the Foundation Documents", "Promise"]
    assert blocks[1:] == ["\n".join(left), "\n".join(right)]


def test_a_heading_in_large_type_keeps_its_lines_though_they_stand_apart() -> None:
    """Large type's leading spans more text lines than a column's: the heading's second line
    stands three lines below its first (as in ``-layout`` text of a side headline)."""
    left = [
        "Please traverse directories and", "peek into the system using the above", "commands as training. If you have",
        "questions on any of console com-", "mands, please make sure to read the", "manual page before you begin.",
        "The style of man pages may be a", "little hard to get used to at first.", "It is a good practice to log",
        "shell activities into a file.",
    ]
    right = {0: "The Foundation", 3: "Documents", 5: "Securing a system starts with", 6: "answering a few questions",
             8: "about what is to be protected", 9: "and from whom, said the team."}
    page = "\n".join(f"{line:<44}{right.get(i, '')}".rstrip() for i, line in enumerate(left))
    blocks = Columns()(page).split("\n\n")
    assert blocks[0] == "\n".join(left)
    assert blocks[1].split("\n")[:2] == ["The Foundation", "Documents"]
