"""The filters, one module each, and the registry that finds them by name.

``FILTERS`` maps each built-in name to its class in the default pipeline order. Third-party
filters register under the entry-point group ``cleanpress.filters`` (name = filter name, value
= a :class:`Filter` subclass); they are looked up only when a name is not built in, so the
common path never pays for scanning installed packages.
"""

from __future__ import annotations

from functools import lru_cache

from ._scan import COMPILED
from .base import Filter, OptionSpec, option
from .columns import Columns
from .convert import Convert
from .dehyphen import Dehyphen
from .despace import Despace
from .normalize import Normalize
from .reflow import Reflow

__all__ = ["COMPILED", "FILTERS", "Filter", "OptionSpec", "option", "get_filter", "available_filters", "build_name"]

ENTRY_POINT_GROUP = "cleanpress.filters"

#: Built-in filters in the order the default pipeline runs them.
FILTERS: dict[str, type[Filter]] = {
    cls.name: cls for cls in (Normalize, Columns, Despace, Dehyphen, Reflow, Convert)
}


def build_name() -> str:
    """Which build of the filters runs: ``compiled filters`` (``CLEANPRESS_COMPILE=1 pip install
    .``, see ``setup.py``) or ``pure Python``. Both give the same output; the compiled one is
    faster."""
    return "compiled filters" if COMPILED else "pure Python"


@lru_cache(maxsize=1)
def _plugins() -> dict[str, type[Filter]]:
    from importlib.metadata import entry_points  # costs ~30 ms: only when a name is not built in

    found: dict[str, type[Filter]] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        cls = entry.load()
        if not (isinstance(cls, type) and issubclass(cls, Filter)):
            raise TypeError(f"entry point {entry.name!r} is not a cleanpress Filter subclass")
        found[entry.name] = cls
    return found


def available_filters() -> dict[str, type[Filter]]:
    """Built-in filters first (in pipeline order), then installed plugins."""
    return {**FILTERS, **{k: v for k, v in _plugins().items() if k not in FILTERS}}


def get_filter(name: str) -> type[Filter]:
    """The filter class called ``name``; ValueError naming the known filters if there is none."""
    if name in FILTERS:
        return FILTERS[name]
    plugins = _plugins()
    if name in plugins:
        return plugins[name]
    known = ", ".join(available_filters())
    raise ValueError(f"unknown filter {name!r} (known: {known})")
