"""Collection for the whole suite (tests/ and the doctests of the package)."""

from __future__ import annotations

from pathlib import Path


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """Leave out a module's doctests where the compiled build has replaced it with an extension
    module beside it (``CLEANPRESS_COMPILE=1``, see setup.py): mypyc keeps no docstrings, and
    pytest cannot import an extension module by its ``.py`` path. The pure build, which CI
    runs, runs those doctests."""
    if collection_path.suffix == ".py" and any(collection_path.parent.glob(f"{collection_path.stem}.*.so")):
        return True
    return None
