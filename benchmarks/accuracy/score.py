"""Score cleanpress (and a naive baseline) on the benchmark cases.

    python -m benchmarks.accuracy [--cases DIR] [--markdown] [--json FILE]

A *case* is one page's gold file with one extractor's text (``<id>.gold.json`` +
``<id>.<extractor>.txt``). Two systems are scored on each:

- ``cleanpress``: ``cleanpress.clean_text(text)``; its paragraphs are its lines;
- ``baseline``: the text as extracted; its paragraphs are the blank-line separated blocks, its
  lines as they come.

When ``cleanpress.split_text`` exists it is run on the extracted text and its articles are scored
too (the baseline has no splitter). ``--cleaner``/``--splitter MODULE:FUNCTION`` score another
callable instead (the tests use a stand-in).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import extract
from . import gold as goldmod
from .metrics import Counts, score_text
from .split_metrics import score_split

#: Every extraction scored where a case has it: the two in reading order, and pdftotext's
#: ``-layout`` (``generate --layout``), which cleanpress's ``columns`` filter reads.
EXTRACTORS = (*extract.EXTRACTORS, *extract.LAYOUT_EXTRACTORS)
DEFAULT_CASES = Path(__file__).resolve().parents[2] / "tests" / "cases" / "pages"


def load_callable(spec: str) -> Callable[[str], Any]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def try_load(spec: str) -> tuple[Callable[[str], Any] | None, str]:
    try:
        return load_callable(spec), ""
    except Exception as exc:  # noqa: BLE001 - any import problem means "not available yet"
        return None, f"{spec} not available ({type(exc).__name__}: {exc})"


def find_cases(root: Path) -> list[tuple[dict[str, Any], str, Path]]:
    cases = []
    for gpath in sorted(root.glob("*.gold.json")):
        gold = goldmod.load(gpath)
        stem = gpath.name[: -len(".gold.json")]
        for ex in EXTRACTORS:
            tpath = gpath.with_name(f"{stem}.{ex}.txt")
            if tpath.exists():
                cases.append((gold, ex, tpath))
    return cases


# --- formatting -----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def prf(c: Counts) -> str:
    return f"{fmt(c.precision)} / {fmt(c.recall)} / {fmt(c.f1)}"


def metric_rows(c: Counts, split: bool) -> list[tuple[str, str]]:
    rows = [
        ("paragraph breaks P / R / F1", prf(c)),
        ("stray spaces per 1k CJK", fmt(c.stray_per_1k, 2)),
        ("real spaces kept", f"{fmt(c.real_space_ratio)} ({c.real_spaces_kept}/{c.real_spaces})"),
        ("body character accuracy", fmt(c.char_accuracy, 4)),
        ("hyphens right: all (break, compound)",
         f"{fmt(c.hyphen_accuracy)} ({fmt(c.hyphen_break_accuracy)}, {fmt(c.hyphen_compound_accuracy)})"),
        ("headline blocks set apart", f"{fmt(c.headings_apart)} ({c.head_blocks_apart}/{c.head_blocks})"),
    ]
    if split and c.split_cases:
        rows += [
            ("articles found (predicted/gold)",
             f"{fmt(c.split_ratio('matched_articles'))} ({c.pred_articles}/{c.gold_articles})"),
            ("extra articles (none gold's/gold)", c.extra_articles),
            ("headline block accuracy", fmt(c.split_ratio("headline_ok"))),
            ("headline fields accuracy", fmt(c.split_ratio("headline_fields_ok"))),
            ("byline accuracy", fmt(c.split_ratio("byline_ok"))),
            ("dateline + credit accuracy", fmt(c.split_ratio("dateline_credit_ok"))),
            ("continuation accuracy", fmt(c.split_ratio("continuation_ok"))),
            ("paragraph breaks in split bodies P / R", f"{fmt(c.split_precision)} / {fmt(c.split_recall)}"),
        ]
    else:
        rows += [(name, "n/a") for name in (
            "articles found (predicted/gold)", "extra articles (none gold's/gold)", "headline block accuracy", "headline fields accuracy", "byline accuracy",
            "dateline + credit accuracy", "continuation accuracy", "paragraph breaks in split bodies P / R")]
    return rows


def table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def case_table(title: str, systems: dict[str, Counts | None], markdown: bool) -> str:
    names = list(systems)
    per = {n: dict(metric_rows(c, split=True)) if c is not None else None for n, c in systems.items()}
    metrics = [m for m, _ in metric_rows(Counts(), split=False)]
    rows = [[m] + [per[n][m] if per[n] is not None else "n/a" for n in names] for m in metrics]
    head = f"### {title}" if markdown else f"== {title}"
    return head + "\n" + table(["metric"] + names, rows, markdown)


OVERALL_COLUMNS = [
    ("P", lambda c: fmt(c.precision)), ("R", lambda c: fmt(c.recall)), ("F1", lambda c: fmt(c.f1)),
    ("stray/1k CJK", lambda c: fmt(c.stray_per_1k, 2)), ("spaces kept", lambda c: fmt(c.real_space_ratio)),
    ("body chars", lambda c: fmt(c.char_accuracy, 4)),
    ("hyph break", lambda c: fmt(c.hyphen_break_accuracy)), ("hyph compound", lambda c: fmt(c.hyphen_compound_accuracy)),
    ("heads apart", lambda c: fmt(c.headings_apart)),
    ("articles", lambda c: fmt(c.split_ratio("matched_articles"))), ("extra", lambda c: c.extra_articles),
    ("headline", lambda c: fmt(c.split_ratio("headline_ok"))),
    ("fields", lambda c: fmt(c.split_ratio("headline_fields_ok"))),
    ("byline", lambda c: fmt(c.split_ratio("byline_ok"))), ("dateline+credit", lambda c: fmt(c.split_ratio("dateline_credit_ok"))),
    ("split P", lambda c: fmt(c.split_precision)), ("split R", lambda c: fmt(c.split_recall)),
]


def overall_table(groups: dict[str, dict[str, Counts | None]], markdown: bool) -> str:
    rows = []
    for group, systems in groups.items():
        for name, c in systems.items():
            cells = [group, name, str(c.cases) if c else "0"]
            cells += [f(c) if c is not None else "n/a" for _, f in OVERALL_COLUMNS]
            rows.append(cells)
    head = "### overall" if markdown else "== overall (micro-averaged over cases)"
    return head + "\n" + table(["cases", "system", "n"] + [h for h, _ in OVERALL_COLUMNS], rows, markdown)


# --- main -----------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    cleaner, clean_note = try_load(args.cleaner)
    splitter, split_note = try_load(args.splitter)
    notes = [n for n in (clean_note, split_note) if n]
    cases = find_cases(args.cases)
    if not cases:
        raise SystemExit(f"no cases in {args.cases}")
    results = []
    for gold, extractor, tpath in cases:
        raw = tpath.read_text(encoding="utf-8")
        res: dict[str, Any] = {"id": gold["id"], "extractor": extractor, "language": gold["language"],
                               "risk": bool(gold["interleave_risk"]), "systems": {}}
        res["systems"]["baseline"] = score_text(gold, raw, mode="blank")
        if cleaner is not None:
            try:
                cleaned = cleaner(raw)
                c = score_text(gold, cleaned, mode="lines")
            except Exception:  # noqa: BLE001 - one failing case must not hide the others
                c = None
                notes.append(f"{gold['id']}/{extractor}: cleaner failed:\n{traceback.format_exc(limit=3)}")
            if c is not None and splitter is not None:
                try:
                    source = raw if args.split_input == "raw" else cleaned
                    c = c + score_split(gold, list(splitter(source)))
                    c.cases = 1
                except Exception:  # noqa: BLE001
                    notes.append(f"{gold['id']}/{extractor}: splitter failed:\n{traceback.format_exc(limit=3)}")
            res["systems"]["cleanpress"] = c
        else:
            res["systems"]["cleanpress"] = None
        results.append(res)
    return {"results": results, "notes": notes}


#: The cells the split issue's bar names: each language with each reading-order extractor.
BAR_CELLS = tuple((language, extractor) for language in ("zh", "en") for extractor in ("pdfminer", "pdftotext"))


def group_sums(results: list[dict[str, Any]]) -> dict[str, dict[str, Counts | None]]:
    selectors = {
        "all": lambda r: True,
        "pdftotext": lambda r: r["extractor"] == "pdftotext",
        "pdfminer": lambda r: r["extractor"] == "pdfminer",
        "pdftotext-layout": lambda r: r["extractor"] == "pdftotext-layout",
        "zh": lambda r: r["language"] == "zh",
        "en": lambda r: r["language"] == "en",
        **{
            f"{language} {extractor}": (lambda r, language=language, extractor=extractor:
                                        r["language"] == language and r["extractor"] == extractor)
            for language, extractor in BAR_CELLS
        },
        "normal leading": lambda r: not r["risk"],
        "interleave risk": lambda r: r["risk"],
    }
    groups: dict[str, dict[str, Counts | None]] = {}
    for name, sel in selectors.items():
        chosen = [r for r in results if sel(r)]
        if not chosen:
            continue
        groups[name] = {}
        for system in ("cleanpress", "baseline"):
            vals = [r["systems"][system] for r in chosen]
            groups[name][system] = None if any(v is None for v in vals) else sum(vals, Counts())
    return groups


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="folder of <id>.gold.json + <id>.<extractor>.txt")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--json", type=Path, help="also write all counts to this JSON file")
    ap.add_argument("--summary", action="store_true", help="print only the overall table")
    ap.add_argument("--cleaner", default="cleanpress:clean_text", help="MODULE:FUNCTION text -> text")
    ap.add_argument("--splitter", default="cleanpress:split_text", help="MODULE:FUNCTION text -> items")
    ap.add_argument("--split-input", choices=("raw", "cleaned"), default="raw",
                    help="give the splitter the extracted text (default) or the cleaned text")
    args = ap.parse_args(argv)

    out = run(args)
    md = args.markdown
    for note in out["notes"]:
        print(("> " if md else "note: ") + note.replace("\n", "\n  "))
    if out["notes"]:
        print()
    if not args.summary:
        for r in out["results"]:
            title = f"{r['id']} · {r['extractor']} · {r['language']} · " + (
                "interleave risk" if r["risk"] else "normal leading")
            systems = {"cleanpress": r["systems"]["cleanpress"], "baseline": r["systems"]["baseline"]}
            print(case_table(title, systems, md))
            print()
    print(overall_table(group_sums(out["results"]), md))
    print()
    print("hyphens: pdftotext removes every line-end hyphen itself (compound hyphens too), so its\n"
          "baseline gets syllable breaks right and compounds wrong; pdfminer keeps them all.")
    if args.json:
        dump = [{**{k: v for k, v in r.items() if k != "systems"},
                 "systems": {s: (vars(c) if c else None) for s, c in r["systems"].items()}}
                for r in out["results"]]
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
