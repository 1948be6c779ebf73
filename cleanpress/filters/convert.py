"""convert: Traditional/Simplified Chinese conversion with OpenCC."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .base import Filter, option

#: OpenCC's built-in configurations (the .json suffix is optional on the command line).
OPENCC_CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "hk2t", "t2hk",
    "t2jp", "jp2t", "tw2t",
)


@lru_cache(maxsize=None)
def _converter(config: str) -> Any:
    # Imported here: OpenCC loads dictionaries, and most runs never convert.
    import opencc

    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


@dataclass(frozen=True)
class Convert(Filter):
    """Convert between Chinese scripts with OpenCC (off unless asked for).

    ``config`` is any OpenCC configuration: ``s2t``, ``t2s``, ``s2tw``, ``tw2s``, ``s2hk``,
    ``t2jp`` and the rest, or a path to a custom ``.json`` configuration. The converter is built
    once per process, on first use. Punctuation and layout are untouched.

    >>> Convert(config="t2s")("經濟社會發展")
    '经济社会发展'
    """

    name = "convert"
    summary = "Traditional/Simplified Chinese conversion with OpenCC (any OpenCC config)."
    default_enabled = False

    config: str = option("t2s", f"OpenCC configuration: {', '.join(OPENCC_CONFIGS)}, or a .json path.")

    def __post_init__(self) -> None:
        name = self.config.removesuffix(".json")
        if name not in OPENCC_CONFIGS and not self.config.endswith(".json"):
            raise ValueError(
                f"unknown OpenCC configuration {self.config!r} (known: {', '.join(OPENCC_CONFIGS)})"
            )

    def apply(self, text: str, counts: Counter[str]) -> str:
        converted = _converter(self.config).convert(text)
        counts["characters converted"] += sum(a != b for a, b in zip(text, converted))
        return converted
