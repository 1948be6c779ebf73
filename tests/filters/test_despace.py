"""despace beyond the golden cases: counts, whole pages, and what it must never touch."""

from __future__ import annotations

from collections import Counter

from cleanpress import Pipeline
from cleanpress.filters.despace import Despace


def test_counts_say_what_was_removed_and_kept() -> None:
    counts: Counter[str] = Counter()
    Despace().apply("法 治 思 想 ，坚 持\n依法治县 依法执政", counts)
    assert counts["stray spaces removed"] == 5
    assert counts["separators kept"] == 1
    assert counts["letter-spaced lines rejoined"] == 1


def test_latin_text_keeps_one_space_between_words_and_its_indents() -> None:
    text = "A  justified   English line\n  with  wide gaps."
    assert Despace()(text) == "A justified English line\n  with wide gaps."


def test_seed_page_has_no_letter_spaced_line_left(seed_text: str) -> None:
    cleaned = Despace()(seed_text)
    for line in cleaned.split("\n"):
        tokens = line.split()
        assert len(tokens) < 3 or sum(map(len, tokens)) > 2 * len(tokens), line


def test_full_width_punctuation_is_never_converted(seed_text: str) -> None:
    cleaned = Despace(cjk_latin="add")(seed_text)
    for mark in "，。、；：！？（）《》“”":
        assert cleaned.count(mark) == seed_text.count(mark)


def test_the_quick_cjk_prefilter_finds_every_cjk_character() -> None:
    """despace skips texts in which a fast search finds no CJK block: that search must find
    every character the exact CJK class does, or CJK text would be left letter-spaced."""
    from cleanpress.filters import despace

    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    cjk = despace._any_cjk_or_cjk_punct.findall(every_character)
    assert len(cjk) > 90_000
    assert [c for c in cjk if not despace._maybe_cjk.match(c)] == []


def test_latin_space_runs_are_left_only_to_a_reflow_that_runs_later() -> None:
    """Runs of spaces of justified lines are evidence for reflow: despace leaves them when
    reflow runs later in the pipeline, and collapses them everywhere else."""
    line = "fined  list  of  signals)  to  another  process."  # pdfminer, generated training page
    collapsed = "fined list of signals) to another process."
    default = Pipeline.from_names()
    leaving = default.filters[default.names.index("despace")]
    assert isinstance(leaving, Despace) and leaving.latin_runs == "leave"
    assert leaving(line) == line
    assert Despace()(line) == collapsed
    assert Pipeline.from_names(["normalize", "despace"]).run(line) == collapsed
    assert Pipeline.from_names(["reflow", "despace"]).run(line) == collapsed  # reflow runs first
    assert Despace(latin_runs="collapse") in Pipeline.from_names(options={"despace": {"latin_runs": "collapse"}}).filters
    assert Pipeline.from_names().run(line) == collapsed  # reflow writes one space

