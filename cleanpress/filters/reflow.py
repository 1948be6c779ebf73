"""reflow: rebuild paragraphs from the physical lines of newspaper columns.

The filter is a thin, always interpreted wrapper: the work is in :mod:`._reflow_core`, which
the optional compiled build compiles with mypyc (see ``setup.py``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import _reflow_core as core
from .base import Filter, option


@dataclass(frozen=True)
class Reflow(Filter):
    """Join the physical lines of columns into paragraphs, one paragraph per output line.

    Blank lines are used only when they look meaningful (between some lines, not between all).
    Otherwise the evidence is width: each column has a typical full width W, estimated from the
    neighbouring lines (it differs between articles); a paragraph's first line lost a two
    character indent (about W-2), its last line is short and ends a sentence. A full line that
    ends a sentence starts a new paragraph only when the next line is W-2 wide. Lines that are
    no column lines (headlines, bylines, markers, already reflowed paragraphs) stand alone.
    CJK lines join with nothing between them, Latin lines with one space.

    Runs of spaces between Latin words are read as evidence, then written as one space: an
    extractor that prints them (pdfminer) does so in justified lines, and a paragraph's last
    line is not justified. ``despace`` leaves them to reflow in a pipeline (see its
    ``latin_runs``); reflow alone on raw text reads them the same way.

    >>> text = ("The council met on Tuesday evening to\\ndiscuss the budget for the coming year,\\n"
    ...         "which includes new spending on roads and\\nschools across the county.\\n"
    ...         "Members agreed to postpone the final\\nvote until the next session in March,\\n"
    ...         "when more figures will be available.")
    >>> print(Reflow()(text))
    The council met on Tuesday evening to discuss the budget for the coming year, which includes new spending on roads and schools across the county.
    <BLANKLINE>
    Members agreed to postpone the final vote until the next session in March, when more figures will be available.
    """

    name = "reflow"
    summary = "Rebuild paragraphs from column lines (width, indent, sentence ends); one per line."
    reads_space_runs = True

    separator: str = option("\n\n", "Text between paragraphs (default: a blank line).")
    indent_tolerance: float = option(
        1.25, "How much narrower than the column (in em) a line must be to count as short."
    )

    def apply(self, text: str, counts: Counter[str]) -> str:
        units, lines, stretched = core.reflow(text, self.indent_tolerance)
        if not lines:
            return ""
        counts["lines joined"] += lines - len(units)
        counts["space runs of justified lines collapsed"] += stretched
        counts["paragraphs"] += len(units)
        return self.separator.join(units)

    def evidence(
        self, previous: core.Line, line: core.Line, previous_is_first: bool, blank_between: bool
    ) -> list[float]:
        """What the decision at the boundary before ``line`` can see, as numbers: the rules'
        own verdict and the measurements behind it. The learned weights read these
        (``benchmarks/accuracy/train_reflow.py`` learns them)."""
        return core.evidence(previous, line, previous_is_first, blank_between, self.indent_tolerance)
