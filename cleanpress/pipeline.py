"""A pipeline: an ordered, picklable tuple of configured filters, built from names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .filters import FILTERS, Filter, get_filter

#: Pages of one file are separated by form feeds; every filter sees one page at a time, so no
#: paragraph is ever joined across a page boundary, and the form feeds survive.
PAGE_BREAK = "\f"


def default_names(options: Mapping[str, object] | None = None) -> list[str]:
    """The default pipeline: built-in filters that are on by default, plus any off-by-default
    one that ``options`` configures (configuring ``convert`` is asking for it)."""
    options = options or {}
    return [name for name, cls in FILTERS.items() if cls.default_enabled or name in options]


@dataclass(frozen=True)
class FilterReport:
    """What one filter did to a text: its name and counts (``{"lines joined": 812, ...}``)."""

    name: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Pipeline:
    """Filters applied in order. Cheap to build and to pickle; run it on any number of texts."""

    filters: tuple[Filter, ...]

    @classmethod
    def from_names(
        cls,
        names: Iterable[str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> "Pipeline":
        """Build a pipeline from filter names and per-filter options.

        ``names=None`` means the default pipeline: every built-in filter that is on by default,
        plus any off-by-default one that ``options`` configures (``options={"convert":
        {"config": "t2s"}}`` turns conversion on). Each filter is told which filters run after
        it (:meth:`Filter.ahead_of`), so that it leaves them the evidence they read. With explicit ``names``, options for a filter
        that is not named are an error rather than silently ignored.

        >>> [f.name for f in Pipeline.from_names().filters]
        ['normalize', 'columns', 'despace', 'dehyphen', 'reflow']
        >>> [f.name for f in Pipeline.from_names(options={"convert": {"config": "t2s"}}).filters]
        ['normalize', 'columns', 'despace', 'dehyphen', 'reflow', 'convert']
        """
        options = dict(options or {})
        names = default_names(options) if names is None else list(names)
        for name in options:
            get_filter(name)  # unknown names fail here with the list of known ones
            if name not in names:
                raise ValueError(f"options given for filter {name!r}, which is not in the pipeline")
        filters = [get_filter(name).from_options(dict(options.get(name, {}))) for name in names]
        return cls(tuple(f.ahead_of(tuple(filters[i + 1 :])) for i, f in enumerate(filters)))

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.filters]

    def run(self, text: str) -> str:
        """The cleaned text."""
        return self.explain(text)[0]

    def explain(self, text: str) -> tuple[str, list[FilterReport]]:
        """The cleaned text and, for each filter, what it did."""
        counters = [Counter[str]() for _ in self.filters]
        pages = text.split(PAGE_BREAK)
        for page_index, page in enumerate(pages):
            for filter_, counts in zip(self.filters, counters):
                page = filter_.apply(page, counts)
            pages[page_index] = page
        reports = [
            FilterReport(f.name, {k: v for k, v in c.items() if v}) for f, c in zip(self.filters, counters)
        ]
        return PAGE_BREAK.join(pages), reports
