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


#: Each built-in configuration with the one that converts back.
_INVERSES = {
    "s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp",
    "t2tw": "tw2t", "t2hk": "hk2t", "t2jp": "jp2t",
}
_INVERSES.update({back: there for there, back in list(_INVERSES.items())})
#: Configurations that also put in regional phrases, with the one that converts characters
#: (and common phrases) alone.
_WITHOUT_REGIONAL_PHRASES = {"s2twp": "s2tw", "tw2sp": "tw2s"}


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
    once per process, on first use. Punctuation and layout are untouched. A line that is
    already in the target script stays as it is: OpenCC's tables are made for text in the
    source script, and ``s2t`` turns the Traditional ``干擾`` (from ``干扰``) into ``幹擾``, so
    converting converted text again would change it (see :meth:`_already_converted`; with a
    custom ``.json`` configuration every line is converted).

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
        lines = text.split("\n")
        forward = _converter(self.config)
        converted = forward.convert(text).split("\n")
        for i in self._already_converted(text, lines, converted, forward):
            converted[i] = lines[i]
        counts["characters converted"] += sum(
            a != b for line, new in zip(lines, converted) for a, b in zip(line, new)
        )
        return "\n".join(converted)

    def _already_converted(
        self, text: str, lines: list[str], converted: list[str], forward: Any
    ) -> set[int]:
        """The lines that are in the target script already, which converting would change:
        converting one back and forth again leaves it as it is (``干擾``; a line in the source
        script comes back from the inverse configuration as it is), or, for a configuration
        with regional phrases, its characters need no converting (``軟體包淨化後文件``, which
        ``s2twp`` would take for Simplified ``文件`` and make ``檔案``). Whole texts are
        converted at once (OpenCC's phrases never span a line)."""
        name = self.config.removesuffix(".json")
        changed = [i for i, (line, new) in enumerate(zip(lines, converted)) if line != new]
        if not changed:
            return set()
        out: set[int] = set()
        if name in _INVERSES:
            back = _converter(_INVERSES[name]).convert(text).split("\n")
            out = {i for i in changed if back[i] != lines[i] and forward.convert(back[i]) == lines[i]}
        if name in _WITHOUT_REGIONAL_PHRASES:
            plain = _converter(_WITHOUT_REGIONAL_PHRASES[name]).convert(text).split("\n")
            out |= {i for i in changed if plain[i] == lines[i]}
        return out
