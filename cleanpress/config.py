"""Settings from a configuration file and the command line, and where each one came from.

A project keeps its settings in ``cleanpress.toml`` (top-level keys) or in the
``[tool.cleanpress]`` table of ``pyproject.toml``. The file is found by walking up from the
inputs (their common folder; the current folder for standard input) to the first folder that
has either, stopping at the top of a git repository; ``--config FILE`` names it instead. Keys:

- ``filters`` (list): the pipeline, in order; ``skip`` (list): filters left out of it;
- one table per filter, of its options (``[despace]`` ``cjk_latin = "add"``); configuring an
  off-by-default filter turns it on, as ``--option`` does;
- ``include``, ``exclude`` (lists of globs), ``jobs`` (int), ``encoding`` (str).

The command line overrides the file key by key (a list given on the command line replaces the
file's list; ``--option`` replaces one option). A key, filter or option the file does not know
is an error naming the file and the key, rather than a setting silently ignored.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .filters import get_filter
from .filters.base import OptionSpec
from .walk import DEFAULT_INCLUDE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the backport, same API
    import tomli as tomllib

CONFIG_NAME = "cleanpress.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"
COMMAND_LINE = "command line"
#: The keys that are settings (any other key must name a filter), with their kinds.
LIST_KEYS = ("filters", "skip", "include", "exclude")
KEYS = (*LIST_KEYS, "jobs", "encoding")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


def default_jobs() -> int:
    """The machine's cores (the ones this process may use, where Python can tell)."""
    count = getattr(os, "process_cpu_count", os.cpu_count)()
    return count or 1


@dataclass
class Settings:
    """Every setting's value and its origin: ``default``, a file's path, or ``command line``."""

    filters: list[str] | None = None  #: None: the default pipeline
    skip: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    jobs: int = field(default_factory=default_jobs)
    encoding: str | None = None  #: None: detected per file
    #: Where each setting came from, by key (``"filters"``, ``"despace.cjk_latin"``); a key
    #: that is missing has its default.
    origins: dict[str, str] = field(default_factory=dict)
    file: Path | None = None

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def override(self, key: str, value: Any, origin: str) -> None:
        """Set ``key`` (a setting, or ``filter.option``) from ``origin``."""
        filter_name, dot, option_name = key.partition(".")
        if dot:
            self.options.setdefault(filter_name, {})[option_name] = value
        else:
            setattr(self, key, value)
        self.origins[key] = origin


def find_config(inputs: list[Path]) -> Path | None:
    """The configuration file for these inputs, walking up from their common folder."""
    folders = [(path if path.is_dir() else path.parent).resolve() for path in inputs] or [Path.cwd()]
    start = Path(os.path.commonpath(folders))
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
        if (folder / PYPROJECT).is_file() and "cleanpress" in _read(folder / PYPROJECT).get("tool", {}):
            return folder / PYPROJECT
        if (folder / ".git").exists():
            return None
    return None


def load_settings(path: Path) -> Settings:
    """The settings of a configuration file, checked: ConfigError if any key is wrong."""
    table = _read(path)
    if path.name == PYPROJECT:
        table = table.get("tool", {}).get("cleanpress", {})
    settings = Settings(file=path)
    origin = str(path)
    for key, value in table.items():
        if key in KEYS:
            settings.override(key, _checked_setting(path, key, value), origin)
            continue
        try:
            specs = {spec.name: spec for spec in get_filter(key).option_specs()}
        except ValueError:
            raise ConfigError(
                f"{path}: unknown key {key!r} (keys: {', '.join(KEYS)}, or a filter name for its options)"
            ) from None
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: {key} must be a table of the filter's options")
        settings.options.setdefault(key, {})  # an empty table still turns the filter on
        for option_name, option_value in value.items():
            if option_name not in specs:
                known = ", ".join(specs) or "none"
                raise ConfigError(f"{path}: filter {key!r} has no option {option_name!r} (options: {known})")
            checked = _checked_option(path, f"{key}.{option_name}", specs[option_name], option_value)
            settings.override(f"{key}.{option_name}", checked, origin)
    return settings


def describe(settings: Settings, pipeline: list[str], option_specs: dict[str, list[OptionSpec]]) -> str:
    """The effective settings as ``cleanpress.toml`` text, each with its origin as a comment."""
    def line(key: str, value: Any) -> str:
        return f"{key.rpartition('.')[2]} = {_toml(value)}  # {settings.origin(key)}"

    lines = [f"# configuration file: {settings.file or 'none found'}"]
    lines.append(line("filters", pipeline))
    lines += [line(key, getattr(settings, key)) for key in ("skip", "include", "exclude", "jobs")]
    if settings.encoding is None:
        lines.append(f"# encoding: detected per file  # {settings.origin('encoding')}")
    else:
        lines.append(line("encoding", settings.encoding))
    for name, specs in option_specs.items():
        lines += ["", f"[{name}]"]
        for spec in specs:
            lines.append(line(f"{name}.{spec.name}", settings.options.get(name, {}).get(spec.name, spec.default)))
    return "\n".join(lines) + "\n"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def _checked_setting(path: Path, key: str, value: Any) -> Any:
    if key in LIST_KEYS:
        if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
            raise ConfigError(f"{path}: {key} must be a list of strings")
        if key in ("filters", "skip"):
            for name in value:
                try:
                    get_filter(name)
                except ValueError as error:
                    raise ConfigError(f"{path}: {key}: {error}") from None
        return list(value)
    if key == "jobs":
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{path}: jobs must be a whole number of at least 1")
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{path}: encoding must be a string")
    try:
        codecs.lookup(value)
    except LookupError:
        raise ConfigError(f"{path}: encoding: unknown encoding {value!r}") from None
    return value


def _checked_option(path: Path, key: str, spec: OptionSpec, value: Any) -> Any:
    if spec.choices is not None:
        if value not in spec.choices:
            raise ConfigError(f"{path}: {key}: expected one of {', '.join(spec.choices)}, got {value!r}")
        return value
    expected = (int, float) if spec.type is float else spec.type
    if isinstance(value, bool) is not (spec.type is bool) or not isinstance(value, expected):
        raise ConfigError(f"{path}: {key}: expected {spec.describe_type()}, got {value!r}")
    return value


def _toml(value: Any) -> str:
    """A TOML literal for a setting (JSON's strings, numbers, booleans and arrays are TOML's)."""
    return json.dumps(value, ensure_ascii=False)
