"""Outcomes of cleaning inputs, and the exit code they add up to (black's convention)."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field

from .pipeline import FilterReport


class ExitCode(enum.IntEnum):
    """The documented exit codes of the ``cleanpress`` command."""

    OK = 0  #: done; with --check: every input is already clean
    #: --check (or --diff --check) found inputs that cleaning would change; or, with
    #: --exit-nonzero-on-change, cleaning changed some (a fixing pre-commit hook)
    CHANGES = 1
    USAGE = 2  #: the command line is wrong (unknown option, filter or value)
    INPUT_FAILED = 123  #: at least one input could not be read or written; the rest were done
    INTERRUPTED = 130  #: stopped by Ctrl-C; files written so far are complete, none is half


class Status(enum.Enum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """What happened to one input (a path, or ``-`` for standard input)."""

    source: str
    status: Status
    message: str = ""
    reports: tuple[FilterReport, ...] = ()
    size: int = 0  #: bytes read
    encoding: str = ""  #: the encoding it was read in (``gbk``, ``utf-16-le with BOM``)


@dataclass
class Report:
    """Outcomes in input order, and what they mean for the exit code."""

    check: bool = False
    #: Changes count as a finding even when written (--exit-nonzero-on-change).
    fail_on_change: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    #: Inputs left out because their output already exists (--resume); not in ``outcomes``.
    skipped: int = 0

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status is Status.FAILED]

    @property
    def return_code(self) -> ExitCode:
        if self.failures:
            return ExitCode.INPUT_FAILED
        if (self.check or self.fail_on_change) and self.count(Status.CHANGED):
            return ExitCode.CHANGES
        return ExitCode.OK

    def encodings(self) -> Counter[str]:
        """How many inputs were read in each encoding."""
        return Counter(o.encoding for o in self.outcomes if o.encoding)

    def filter_totals(self) -> dict[str, Counter[str]]:
        """What each filter did, added up over all inputs, in pipeline order."""
        totals: dict[str, Counter[str]] = {}
        for outcome in self.outcomes:
            for report in outcome.reports:
                totals.setdefault(report.name, Counter()).update(report.counts)
        return totals
