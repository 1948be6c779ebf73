"""The library entry points: pure text in, text out. No I/O here, and no CLI imports."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .document import Article
from .pipeline import PAGE_BREAK, FilterReport, Pipeline


def clean_text(text: str, filters: Iterable[str] | None = None, **options: Mapping[str, Any]) -> str:
    """Clean ``text`` with the default pipeline, or with the named ``filters`` in that order.

    Options are given per filter, as keyword arguments named after the filter:
    ``clean_text(text, despace={"cjk_latin": "add"}, convert={"config": "t2s"})``.
    Naming an off-by-default filter's options (``convert``) turns it on.

    >>> clean_text("法 治 思 想 ，坚 持 依 法 治 县 、依 法 执 政 。")
    '法治思想，坚持依法治县、依法执政。'
    """
    return build_pipeline(filters, **options).run(text)


def clean_and_explain(
    text: str, filters: Iterable[str] | None = None, **options: Mapping[str, Any]
) -> tuple[str, list[FilterReport]]:
    """Like :func:`clean_text`, and also report what each filter did."""
    return build_pipeline(filters, **options).explain(text)


def split_text(
    text: str, filters: Iterable[str] | None = None, *, source: str | None = None, **options: Mapping[str, Any]
) -> list[Article]:
    r"""Split a page into its items (articles, banners, fragments), in page order.

    The text is cleaned first with the same filters and options as :func:`clean_text` (the
    splitter reads the cleaned units: paragraphs, and headline and byline lines on their own,
    and the lines they were joined from); pages separated by form feeds are split one by one,
    their items numbered on.

    >>> page = "第2版\n\n标题\n\n本报讯（记者 张三）正文。"
    >>> [(item.type, item.headline) for item in split_text(page)]
    [('banner', '第2版'), ('article', '标题')]
    """
    return split_with_pipeline(text, build_pipeline(filters, **options), source)


def split_with_pipeline(text: str, pipeline: Pipeline, source: str | None = None) -> list[Article]:
    """:func:`split_text` with a pipeline already built (the ``split`` command's)."""
    from .segment import split_page  # imported on first split: cleaning alone never pays for it

    items: list[Article] = []
    for page in text.split(PAGE_BREAK):
        for item in split_page(page, pipeline, source):
            item.index = len(items)
            items.append(item)
    return items


def build_pipeline(filters: Iterable[str] | None = None, **options: Mapping[str, Any]) -> Pipeline:
    """The pipeline that :func:`clean_text` runs; reused across calls with the same settings."""
    names = tuple(filters.split(",") if isinstance(filters, str) else filters) if filters is not None else None
    frozen = tuple(sorted((k, tuple(sorted(dict(v).items()))) for k, v in options.items()))
    return _cached_pipeline(names, frozen)


@lru_cache(maxsize=64)
def _cached_pipeline(names: tuple[str, ...] | None, options: tuple[Any, ...]) -> Pipeline:
    return Pipeline.from_names(names, {name: dict(items) for name, items in options})
