"""The contract every filter keeps: a frozen dataclass whose fields are its options.

A filter is a small object with a ``name``, a one-line ``summary`` and typed options with
defaults (its dataclass fields, each with a ``help`` text in the field metadata). Calling
``apply(text, counts)`` returns the new text and adds what it did to ``counts`` (for
``--stats`` and :func:`cleanpress.clean_and_explain`). Filters hold no heavy state at
construction time, so a pipeline pickles cheaply to worker processes; anything expensive (word
lists, OpenCC converters) is built lazily on first use.
"""

from __future__ import annotations

import dataclasses
import typing
from collections import Counter
from dataclasses import dataclass
from typing import Any, ClassVar, Literal


def option(default: Any, help: str) -> Any:
    """Declare a filter option: a dataclass field with a default and a help text."""
    return dataclasses.field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class OptionSpec:
    """What the CLI and ``cleanpress filters`` need to know about one option."""

    name: str
    type: Any
    default: Any
    help: str

    @property
    def choices(self) -> tuple[str, ...] | None:
        """The allowed values of a ``Literal`` option, else None."""
        if typing.get_origin(self.type) is Literal:
            return tuple(typing.get_args(self.type))
        return None

    def parse(self, raw: str) -> Any:
        """Turn a command-line string into a value of this option's type (ValueError if not)."""
        if self.choices is not None:
            if raw not in self.choices:
                raise ValueError(f"expected one of {', '.join(self.choices)}, got {raw!r}")
            return raw
        if self.type is bool:
            lowered = raw.lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"expected true or false, got {raw!r}")
        if self.type in (int, float):
            return self.type(raw)
        # str: backslash escapes let a separator be given as "\n\n" on the command line.
        return raw.encode("utf-8").decode("unicode_escape") if "\\" in raw else raw

    def describe_type(self) -> str:
        """A short human name for the type, as shown by ``cleanpress filters``."""
        if self.choices is not None:
            return "|".join(self.choices)
        return getattr(self.type, "__name__", str(self.type))


@dataclass(frozen=True)
class Filter:
    """Base class of all filters. Subclasses are frozen dataclasses that implement ``apply``."""

    name: ClassVar[str]
    summary: ClassVar[str]
    #: Off-by-default filters (such as ``convert``) run only when asked for.
    default_enabled: ClassVar[bool] = True
    #: The filter reads runs of spaces between Latin words as evidence, and writes one space
    #: in their place itself (``reflow``): a filter before it may leave them (see ``ahead_of``).
    reads_space_runs: ClassVar[bool] = False

    def apply(self, text: str, counts: Counter[str]) -> str:
        """Return the filtered text; add what was done to ``counts``."""
        raise NotImplementedError

    def __call__(self, text: str) -> str:
        return self.apply(text, Counter())

    def ahead_of(self, later: tuple["Filter", ...]) -> "Filter":
        """This filter as a pipeline runs it ahead of the filters ``later``: itself, unless
        it would erase evidence that one of them reads (``despace`` leaves the space runs of
        justified Latin lines to ``reflow``, see :class:`cleanpress.filters.despace.Despace`).
        Run alone, or in a pipeline without such a reader, every filter does its whole job."""
        return self

    @classmethod
    def option_specs(cls) -> list[OptionSpec]:
        """The filter's options, in declaration order."""
        hints = typing.get_type_hints(cls)
        return [
            OptionSpec(f.name, hints[f.name], f.default, f.metadata.get("help", ""))
            for f in dataclasses.fields(cls)
        ]

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> "Filter":
        """Build the filter from keyword options, rejecting names it does not have."""
        known = {spec.name: spec for spec in cls.option_specs()}
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ValueError(
                f"filter {cls.name!r} has no option {unknown[0]!r}"
                f" (options: {', '.join(known) or 'none'})"
            )
        for key, value in options.items():
            if isinstance(value, str) and known[key].type is not str:
                options = {**options, key: known[key].parse(value)}
            elif (choices := known[key].choices) is not None and value not in choices:
                raise ValueError(f"{cls.name}.{key}: {known[key].parse(str(value))}")
        return cls(**options)
