"""Metrics of a splitter's articles against the gold items (when ``cleanpress.split_text`` exists).

Predicted items are matched to gold articles by their body text: the share of the gold body's
character 6-grams that the predicted body contains; pairs are taken greedily, best first, and
a pair needs at least 0.5. For every gold article (unmatched ones count as wrong):

- headline block: kicker + headline + subheadline, concatenated, equal ignoring whitespace (so
  how the lines are shared out between the three fields does not matter);
- headline fields: the same, and kicker, headline and subheadline each equal ignoring
  whitespace (the lines shared out right);
- bylines: all bylines concatenated, equal ignoring whitespace, a leading ``By`` and the
  wrapper characters ``□■◎（）()``;
- dateline and credits: both equal under the same normalisation (a trailing ``—`` dropped);
- continuation: continued_from and continued_to equal, ignoring ``上接`` / ``下转`` /
  ``Continued from`` / ``Continued on`` and wrappers.

Paragraph breaks are counted in the split's bodies too, as in cleaned text (see
:func:`.metrics.paragraph_breaks`): every item's fields and body blocks one per line, in the
splitter's order. The split may join what the cleaner left apart (two pieces of a paragraph
cut by a column break) or part what it joined (a byline cut out of a paragraph).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .metrics import Counts, score_text

FIELDS = ("type", "kicker", "headline", "subheadline", "bylines", "dateline", "credits",
          "continued_from", "continued_to", "body")


def as_dict(obj: Any) -> dict[str, Any]:
    """A predicted item as a dict with the schema fields (to_dict(), a dataclass, attributes...)."""
    if isinstance(obj, dict):
        d = obj
    elif hasattr(obj, "to_dict"):
        d = obj.to_dict()
    elif dataclasses.is_dataclass(obj):
        d = dataclasses.asdict(obj)
    else:
        d = {f: getattr(obj, f, None) for f in FIELDS}
    body = []
    for part in d.get("body") or []:
        if isinstance(part, str):
            body.append({"kind": "paragraph", "text": part})
        elif isinstance(part, dict):
            body.append(part)
        else:
            body.append(as_dict_part(part))
    out = {f: d.get(f) for f in FIELDS}
    out["body"] = body
    out["bylines"] = list(out["bylines"] or [])
    out["credits"] = list(out["credits"] or [])
    out["type"] = out["type"] or "article"
    return out


def as_dict_part(part: Any) -> dict[str, Any]:
    if hasattr(part, "to_dict"):
        return part.to_dict()
    if dataclasses.is_dataclass(part):
        return dataclasses.asdict(part)
    return {"kind": getattr(part, "kind", "paragraph"), "text": getattr(part, "text", str(part))}


_WRAP = re.compile(r"[\s□■◎（）()]")


def norm(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "".join(str(v) for v in value if v is not None)
    return _WRAP.sub("", str(value))


def norm_byline(values: list[str]) -> str:
    return "".join(norm(re.sub(r"^\s*By\s+", "", v)) for v in values)


def norm_dateline(value: str | None) -> str:
    return norm(re.sub(r"\s*[—–-]+\s*$", "", value or ""))


def norm_jump(value: str | None) -> str:
    return norm(re.sub(r"^\s*[（(]?\s*(上接|下转|转|接|Continued (from|on))\s*", "", value or "", flags=re.IGNORECASE))


def _body(item: dict[str, Any]) -> str:
    return "".join(re.sub(r"\s", "", p.get("text", "")) for p in item["body"])


def _grams(s: str, n: int = 6) -> set[str]:
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))} or ({s} if s else set())


def article_pairs(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Gold and predicted articles that are the same story, as index pairs (gold, predicted):
    the share of the gold body's character 6-grams the predicted body holds, at least 0.5,
    pairs taken greedily, best first."""
    pg = [_grams(_body(p)) for p in preds]
    pairs = []
    for gi, g in enumerate(golds):
        gg = _grams(_body(g))
        for pi, grams in enumerate(pg):
            if gg:
                score = len(gg & grams) / len(gg)
                if score >= 0.5:
                    pairs.append((score, gi, pi))
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    matched = []
    for score, gi, pi in sorted(pairs, reverse=True):
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        matched.append((gi, pi))
    return matched


def as_lines(items: list[dict[str, Any]]) -> str:
    """The split's items as text: each field and each body block on a line of its own."""
    lines = []
    for item in items:
        lines += [item[f] for f in ("kicker", "headline", "subheadline", "dateline", "continued_from") if item[f]]
        lines += item["bylines"] + [block["text"] for block in item["body"]] + item["credits"]
        lines += [item["continued_to"]] if item["continued_to"] else []
    return "\n".join(lines)


def score_split(gold: dict[str, Any], predicted: list[Any]) -> Counts:
    c = Counts(split_cases=1)
    items = [as_dict(x) for x in predicted]
    breaks = score_text(gold, as_lines(items), mode="lines")
    c.split_gold_breaks, c.split_found_breaks, c.split_false_breaks = (
        breaks.gold_breaks, breaks.found_breaks, breaks.false_breaks
    )
    golds = [g for g in gold["items"] if g["type"] == "article"]
    preds = [p for p in items if p["type"] == "article"]
    c.gold_articles, c.pred_articles = len(golds), len(preds)
    for gi, pi in article_pairs(golds, preds):
        g, p = golds[gi], preds[pi]
        c.matched_articles += 1
        c.headline_ok += norm([g["kicker"], g["headline"], g["subheadline"]]) == norm(
            [p["kicker"], p["headline"], p["subheadline"]]
        )
        c.headline_fields_ok += all(norm(g[f]) == norm(p[f]) for f in ("kicker", "headline", "subheadline"))
        c.byline_ok += norm_byline(g["bylines"]) == norm_byline(p["bylines"])
        c.dateline_credit_ok += (
            norm_dateline(g["dateline"]) == norm_dateline(p["dateline"]) and norm(g["credits"]) == norm(p["credits"])
        )
        c.continuation_ok += (
            norm_jump(g["continued_from"]) == norm_jump(p["continued_from"])
            and norm_jump(g["continued_to"]) == norm_jump(p["continued_to"])
        )
    return c
