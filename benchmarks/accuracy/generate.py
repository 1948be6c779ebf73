"""Generate benchmark pages: typeset with reportlab, extract with pdftotext and pdfminer.six.

    python -m benchmarks.accuracy.generate --seed 7 --out DIR --pages 6 [--no-pdf]
    python -m benchmarks.accuracy.generate --engine weasyprint --seed 7 --out DIR --risk-share 0
    python -m benchmarks.accuracy.generate --seed 7 --out DIR --cohesive-heads
    python -m benchmarks.accuracy.generate --seed 7 --out DIR --news-heads
    python -m benchmarks.accuracy.generate --seed 7 --out DIR --layout

For each page it writes ``<id>.pdf`` (unless ``--no-pdf``), ``<id>.gold.json``,
``<id>.pdftotext.txt`` and ``<id>.pdfminer.txt`` (with ``--layout`` also
``<id>.pdftotext-layout.txt``, pdftotext's ``-layout`` mode: columns side by side). Two
thirds of the pages are Chinese and one third English (``--lang`` restricts to one); a
quarter of each language's pages, at least one when there are two or more, are set with
generous leading and marked ``interleave_risk``.
The same seed and the same installed source packages give the same files.

``--engine weasyprint`` lays the same kind of articles out with WeasyPrint instead
(:mod:`weasy`, :mod:`weasy_layout`; ids ``<lang>-w<seed>-p<nn>``). It has no interleave-risk
pages: its leading is always 1.2-1.45, so it needs ``--risk-share 0``.

``--cohesive-heads`` writes each article's headline block (kicker, headline, subheadline, those
it has) from its own body, as a sub-editor writes heads from the lead: clauses of its first
paragraphs (:mod:`heads`; the usual random title or clause where the body has no suitable one), so
that the heads share their words with their own article and not with the others, as real ones
do. The random draws are the same, so the pages differ from the default ones only by those heads
and what follows from their size; the gold records ``layout.cohesive_heads: true``.

``--news-heads`` gives the Chinese articles titles as long as a newspaper's, in place of the
corpus's short section titles: two clauses parted by a comma or a space, or one long clause
(:func:`zh.news_title`); the rest of the page is the one made without, and the gold records
``layout.news_heads: true``.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

from . import gold as goldmod
from .extract import EXTRACTORS, LAYOUT_EXTRACTORS, versions
from .page import compose_checked
from .render import render


def plan(pages: int, lang: str, risk_share: float) -> list[tuple[str, int, bool]]:
    """(language, index within language, risk) for each page to make."""
    if lang == "both":
        n_en = pages // 3
        counts = {"zh": pages - n_en, "en": n_en}
    else:
        counts = {lang: pages}
    out = []
    for language, n in counts.items():
        n_risk = math.ceil(n * risk_share) if n >= 2 else 0
        for i in range(n):
            out.append((language, i + 1, i >= n - n_risk))
    return out


def make_page(
    engine: str, language: str, seed: int, index: int, risk: bool, folder: Path, head_style: str = "drawn"
) -> dict:
    """Typeset one page with ``engine`` into ``folder/<id>.pdf``; its gold."""
    if engine == "weasyprint":
        from .weasy_layout import build_checked  # imported here: WeasyPrint is optional

        pdf, gold = build_checked(language, seed, index, head_style)
        (folder / f"{gold['id']}.pdf").write_bytes(pdf)
        return gold
    page = compose_checked(language, seed, index, risk=risk, head_style=head_style)
    render(page.ops, page.width, page.height, folder / f"{page.gold['id']}.pdf")
    return page.gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=6)
    ap.add_argument("--lang", choices=("both", "zh", "en"), default="both")
    ap.add_argument("--risk-share", type=float, default=0.25, help="share of interleave-risk pages per language")
    ap.add_argument("--no-pdf", action="store_true", help="do not keep the PDFs")
    ap.add_argument("--engine", choices=("reportlab", "weasyprint"), default="reportlab",
                    help="typesetting engine (weasyprint: second page source, normal leading only)")
    head_styles = ap.add_mutually_exclusive_group()
    head_styles.add_argument("--cohesive-heads", action="store_const", dest="head_style", const="cohesive",
                             default="drawn", help="headline blocks written from clauses of the articles' own bodies")
    head_styles.add_argument("--news-heads", action="store_const", dest="head_style", const="news",
                             help="Chinese titles as long as a newspaper's (two clauses, or one long one)")
    ap.add_argument("--layout", action="store_true", help="also extract with pdftotext -layout (columns side by side)")
    args = ap.parse_args(argv)
    if args.engine == "weasyprint" and args.risk_share:
        ap.error("--engine weasyprint makes no interleave-risk pages: add --risk-share 0")

    args.out.mkdir(parents=True, exist_ok=True)
    tools = versions()
    with tempfile.TemporaryDirectory() as tmp:
        for language, index, risk in plan(args.pages, args.lang, args.risk_share):
            folder = Path(tmp) if args.no_pdf else args.out
            gold = make_page(args.engine, language, args.seed, index, risk, folder, args.head_style)
            pid = gold["id"]
            gold["extractors"] = tools
            goldmod.write(gold, args.out / f"{pid}.gold.json")
            for name, fn in {**EXTRACTORS, **(LAYOUT_EXTRACTORS if args.layout else {})}.items():
                (args.out / f"{pid}.{name}.txt").write_text(fn(folder / f"{pid}.pdf"), encoding="utf-8")
            print(f"{pid}: {len(gold['items'])} items, risk={risk}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
