"""Tests of the benchmark's typesetting rules, gold files and scorer.

The scorer tests run on the committed cases in tests/cases/pages and need only the standard
library (rapidfuzz optional); the typesetting tests need reportlab and pyphen and are skipped
without them; the generation test also needs the Debian source packages (setup.sh).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import pytest

from benchmarks.accuracy import gold as goldmod
from benchmarks.accuracy.metrics import score_text
from benchmarks.accuracy.score import DEFAULT_CASES, find_cases, run

HAVE_TYPESETTING = all(importlib.util.find_spec(m) for m in ("reportlab", "pyphen"))
CASES = find_cases(DEFAULT_CASES) if DEFAULT_CASES.exists() else []


def oracle_output(gold: dict) -> str:
    """What a perfect cleaner would print: every printed string, one paragraph per line."""
    lines = list(gold["folio"]["printed"])
    for item in gold["items"]:
        printed = item["printed"]
        for key in ("kicker", "headline", "subheadline", "byline_lines", "caption"):
            lines += printed.get(key, [])
        if "continued_from_line" in printed:
            lines.append(printed["continued_from_line"])
        paragraphs = [p for p in item["body"]]
        for n, part in enumerate(paragraphs):
            text = part["text"]
            if n == 0 and "lead" in printed:
                text = printed["lead"] + text
            if part is paragraphs[-1] and "credit_inline" in printed:
                text = f"{text} {printed['credit_inline']}"
            lines.append(text)
        lines += printed.get("credit_lines", [])
        if "continued_to_line" in printed:
            lines.append(printed["continued_to_line"])
    return "\n\n".join(lines) + "\n"


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_committed_cases_are_valid_and_small():
    paths = list(DEFAULT_CASES.iterdir())
    assert sum(p.stat().st_size for p in paths) < 600_000
    assert not [p for p in paths if p.suffix == ".pdf"]
    for gold, _, _ in CASES:
        goldmod.validate(gold)
        assert any(i["type"] == "article" for i in gold["items"])


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_oracle_output_scores_perfectly():
    for gold, _, _ in CASES[::2]:
        c = score_text(gold, oracle_output(gold), mode="lines")
        assert c.recall == 1.0 and c.precision == 1.0, gold["id"]
        assert c.char_accuracy == 1.0
        assert c.stray_spaces == 0
        if gold["hyphens"]:
            assert c.hyphen_accuracy == 1.0


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_paragraph_breaks_in_split_bodies_of_the_gold_split_and_of_one_that_joins_two():
    """The gold items, given as a splitter's, find every paragraph break of their bodies and make
    none false; an article whose first two paragraphs come out as one misses one break."""
    from benchmarks.accuracy.split_metrics import score_split

    gold = next(g for g, _, _ in CASES if g["language"] == "en" and not g["interleave_risk"])
    perfect = score_split(gold, gold["items"])
    assert perfect.split_gold_breaks > 0
    assert perfect.split_recall == 1.0 and perfect.split_precision == 1.0
    items = [dict(item, body=list(item["body"])) for item in gold["items"]]
    article = next(i for i in items if i["type"] == "article" and len(i["body"]) >= 2)
    first, second = article["body"][:2]
    article["body"][:2] = [{"kind": "paragraph", "text": first["text"] + " " + second["text"]}]
    joined = score_split(gold, items)
    assert joined.split_found_breaks == perfect.split_found_breaks - 1
    assert joined.split_false_breaks == 0


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_breaking_every_line_is_punished_and_letter_spacing_is_counted():
    gold = next(g for g, _, _ in CASES if g["language"] == "zh")
    perfect = oracle_output(gold)
    # One paragraph split in the middle: a false break, nothing else changes.
    para = next(p["text"] for i in gold["items"] for p in i["body"]
                if len(p["text"]) > 40 and all("\u4e00" <= ch <= "\u9fff" for ch in p["text"][:10]))
    broken = perfect.replace(para, para[:20] + "\n" + para[20:], 1)
    c = score_text(gold, broken, mode="lines")
    assert c.false_breaks == 1 and c.recall == 1.0
    # Letter-spacing one paragraph: every inserted space is a stray one.
    spaced = perfect.replace(para, " ".join(para[:10]) + para[10:], 1)
    c = score_text(gold, spaced, mode="lines")
    assert c.stray_spaces == 9
    assert c.char_accuracy == 1.0  # whitespace is not content
    assert c.real_spaces_kept == c.real_spaces > 0
    # Deleting every space: no stray spaces, but the real ones are lost.
    c = score_text(gold, perfect.replace(" ", ""), mode="lines")
    assert c.stray_spaces == 0 and c.real_spaces_kept == 0 < c.real_spaces


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_hyphen_decisions_of_a_perfect_and_a_naive_output():
    gold = next(g for g, _, _ in CASES if g["language"] == "en")
    kinds = [h["kind"] for h in gold["hyphens"]]
    assert "compound" in kinds and "break" in kinds
    perfect = oracle_output(gold)
    # Keep every hyphen, as pdfminer does: compounds right, syllable breaks wrong.
    kept = perfect
    for h in gold["hyphens"]:
        if h["kind"] == "break":
            kept = kept.replace(h["word"], f"{h['left']}-\n{h['right']}", 1)
    c = score_text(gold, kept, mode="lines")
    assert c.hyphen_compound_accuracy == 1.0
    assert c.hyphen_break_accuracy is not None and c.hyphen_break_accuracy < 0.5


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_headline_blocks_apart_in_the_oracle_not_when_a_block_runs_into_its_text():
    gold = next(g for g, _, _ in CASES if g["language"] == "en")
    perfect = oracle_output(gold)
    c = score_text(gold, perfect, mode="lines")
    assert c.head_blocks > 0 and c.headings_apart == 1.0
    article = next(i for i in gold["items"] if i["type"] == "article" and i["printed"].get("headline"))
    last = [line for key in ("kicker", "headline", "subheadline") for line in article["printed"].get(key, [])][-1]
    glued = perfect.replace(last + "\n\n", last + " ", 1)  # the block's last line runs into what follows
    assert glued != perfect
    c = score_text(gold, glued, mode="lines")
    assert c.head_blocks_apart == c.head_blocks - 1


@pytest.mark.skipif(not CASES, reason="no committed cases")
def test_scorer_runs_with_baseline_and_stand_in():
    args = argparse.Namespace(
        cases=DEFAULT_CASES, cleaner="benchmarks.accuracy.tests.standin:clean_text",
        splitter="benchmarks.accuracy.tests.nonexistent:split_text", split_input="raw",
    )
    out = run(args)
    assert len(out["results"]) == len(CASES)
    for r in out["results"]:
        base, stand = r["systems"]["baseline"], r["systems"]["cleanpress"]
        assert 0 <= base.char_accuracy <= 1 and 0 <= stand.char_accuracy <= 1
        if r["language"] == "zh" and not r["risk"]:
            assert stand.stray_spaces <= base.stray_spaces


@pytest.mark.skipif(not HAVE_TYPESETTING, reason="reportlab/pyphen not installed")
def test_chinese_line_breaking_rules():
    from benchmarks.accuracy.typeset_zh import CLOSE, OPEN, break_paragraph

    text = "“近年来，浚县深入践行习近平法治思想，坚持依法治县、依法执政、依法行政共同推进，为经济社会高质量发展提供坚强法治保障。”4月28日，浚县人民政府县长蔡守业说。多跑一次事项占比96.8%。"
    for width in range(12, 21):
        lines = break_paragraph(text, width)
        assert "".join(l.text for l in lines) == text
        assert lines[0].indent == 2.0 and lines[-1].last
        for line in lines:
            assert line.units[0].text not in CLOSE and line.units[-1].text not in OPEN
            if not line.last:
                end = line.xs[-1] + line.units[-1].adv
                assert abs(end - (line.indent + line.capacity)) < 1e-6  # justified


@pytest.mark.skipif(not HAVE_TYPESETTING, reason="reportlab/pyphen not installed")
def test_english_hyphen_records():
    from benchmarks.accuracy.typeset_en import break_paragraph

    text = ("The well-known state-of-the-art long-term information infrastructure of the organization "
            "was administratively reorganized, and its extraordinarily complicated responsibilities "
            "were redistributed among several well-established departments.") * 3
    for width in (90, 110, 130, 150):
        lines, hyphens = break_paragraph(text, width)
        printed = " ".join(l.text for l in lines)
        for h in hyphens:
            assert text[h.offset : h.offset + len(h.word)] == h.word
            if h.kind == "compound":
                assert h.word.replace(f"{h.left}-{h.right}", "", 1) != h.word
                assert f"{h.left}- {h.right}" in printed or h.left in printed
            else:
                assert h.left + h.right in h.word and f"{h.left}- " in printed + " "
        joined = " ".join(l.text for l in lines)
        assert joined.replace("- ", "-").replace("-", "") .replace(" ", "") == text.replace("-", "").replace(" ", "")


def _sources_installed() -> bool:
    try:
        from benchmarks.accuracy.sources import load_corpus

        load_corpus("zh")
        load_corpus("en")
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.mark.skipif(not HAVE_TYPESETTING or not _sources_installed(), reason="run setup.sh first")
def test_generation_is_deterministic(tmp_path: Path):
    from benchmarks.accuracy.page import compose_checked

    a = compose_checked("zh", 3, 1, risk=False)
    b = compose_checked("zh", 3, 1, risk=False)
    assert a.gold == b.gold and len(a.ops) == len(b.ops)
    e = compose_checked("en", 3, 1, risk=False)
    kinds = [h["kind"] for h in e.gold["hyphens"]]
    assert kinds.count("compound") >= 2


def test_reflow_training_labels_skip_lines_the_gold_cannot_place():
    from benchmarks.accuracy.train_reflow import boundary_labels

    first = "Several factors have dictated this choice for the system overhaul of the company."
    second = "Difficult economic conditions have limited the budget for this operation."
    gold = {
        "folio": {"printed": ["A3"]},
        "items": [{"printed": {"headline": ["Budget cuts"]},
                   "body": [{"kind": "paragraph", "text": first}, {"kind": "paragraph", "text": second}]}],
    }
    lines = [
        "A3", "Budget cuts",
        "Several factors have dictated this", "choice for the system", "scrambled words", "overhaul of the company.",
        "Difficult economic conditions have", "limited the budget for this operation.",
    ]
    # headline | join | join | ? (a line in no paragraph) | ? | break | join
    assert boundary_labels(gold, lines) == [1, 1, 0, None, None, 1, 0]


def test_role_training_rows_mark_the_gold_reading_of_each_block():
    from benchmarks.accuracy.train_roles import examples, gold_reading

    # Where the kicker ends and the subtitle starts, among the lines; no cut of the lines gives
    # fields that part inside a line.
    fields = {"kicker": "引题行", "headline": "主题第一行", "subheadline": "副题"}
    assert gold_reading(["引题行", "主题第一", "行", "副题"], fields) == (1, 3)
    assert gold_reading(["引题行主", "题"], {"kicker": "引题行", "headline": "主题", "subheadline": None}) is None
    # The seed's first block: the dash opens the subtitle, so two readings are left (kicker and
    # title, or a title of two lines), the first the gold's.
    page = ("依法治县 依法执政 依法行政\n推动浚县法治政府建设再上新台阶\n——访浚县人民政府县长蔡守业\n\n"
            "本报讯（记者 柯其其）近年来，浚县坚持以法治思想为指导，全面推进法治政府建设。\n")
    gold = {"items": [{"type": "article", "kicker": "依法治县 依法执政 依法行政",
                       "headline": "推动浚县法治政府建设再上新台阶", "subheadline": "——访浚县人民政府县长蔡守业"}]}
    rows, labels = examples(gold, page)
    assert labels == [0, 1] and len(rows) == 2


def test_a_news_title_is_two_clauses_or_a_long_one_and_the_same_for_the_same_drawn_title():
    from benchmarks.accuracy.zh import news_title

    clauses = ["坚持稳中求进", "推动高质量发展", "全面推进法治政府建设", "着力提升城市社区治理效能", "依法行政"]
    titles = {news_title(f"标题{i}", clauses) for i in range(40)}
    assert titles and all(len(t.replace("，", "").replace(" ", "")) >= 10 for t in titles)
    assert any("，" in t for t in titles) and any(" " in t for t in titles)
    assert news_title("标题1", clauses) == news_title("标题1", clauses)


@pytest.mark.skipif(not HAVE_TYPESETTING or not _sources_installed(), reason="run setup.sh first")
def test_news_heads_change_the_chinese_titles_and_nothing_else_of_the_articles():
    from benchmarks.accuracy.page import compose_checked

    drawn = [i for i in compose_checked("zh", 3, 1, risk=False).gold["items"] if i["type"] == "article"]
    page = compose_checked("zh", 3, 1, risk=False, head_style="news")
    news = [i for i in page.gold["items"] if i["type"] == "article"]
    assert page.gold["layout"]["news_heads"] is True
    for a, b in zip(drawn, news, strict=True):
        assert (a["kicker"], a["subheadline"], a["body"], a["bylines"]) == (b["kicker"], b["subheadline"], b["body"], b["bylines"])
        assert len(b["headline"].replace(" ", "")) >= 10


def test_the_summary_has_a_cell_for_each_language_and_reading_order_extractor():
    from benchmarks.accuracy.score import group_sums

    out = run(argparse.Namespace(cases=DEFAULT_CASES, cleaner="benchmarks.accuracy.tests.standin:clean_text",
                                 splitter="benchmarks.accuracy.tests.nonexistent:split_text", split_input="raw"))
    groups = group_sums(out["results"])
    cells = [groups[f"{lang} {ext}"]["baseline"] for lang in ("zh", "en") for ext in ("pdfminer", "pdftotext")]
    assert sum(cell.cases for cell in cells) == groups["all"]["baseline"].cases
    assert groups["zh pdftotext"]["baseline"].cases == sum(
        1 for r in out["results"] if r["language"] == "zh" and r["extractor"] == "pdftotext")


@pytest.mark.skipif(not HAVE_TYPESETTING, reason="reportlab/pyphen not installed")
def test_every_named_set_is_made_of_generate_runs_that_generate_accepts(tmp_path: Path):
    from benchmarks.accuracy import generate, sets

    for name in sets.SETS:
        for command in sets.commands(name, tmp_path / name):
            argv = command[3:]  # past "python -m benchmarks.accuracy.generate"
            argv[argv.index("--pages") + 1] = "0"  # parse and check the flags, typeset nothing
            assert generate.main(argv) == 0, (name, argv)
    assert [len(sets.commands(name, tmp_path)) for name in ("heldout", "cohesive-unseen")] == [35, 7]


def test_set_figures_are_the_accuracy_tables_cells_and_a_comparison_shows_what_moved(tmp_path: Path):
    from benchmarks.accuracy import sets
    from benchmarks.accuracy.metrics import Counts
    from benchmarks.accuracy.score import main as score_main

    found = sets.figures(DEFAULT_CASES)
    assert set(found) == {f"{lang} {ext}" for lang, ext in sets.BAR_CELLS}  # the committed pages hold both languages, both extractors
    dump = tmp_path / "counts.json"
    assert score_main(["--cases", str(DEFAULT_CASES), "--summary", "--json", str(dump)]) == 0
    results = json.loads(dump.read_text(encoding="utf-8"))
    cell = sum((Counts(**r["systems"]["cleanpress"]) for r in results
                if r["language"] == "en" and r["extractor"] == "pdftotext"), Counts())
    assert found["en pdftotext"]["headline"] == cell.split_ratio("headline_ok")
    assert found["en pdftotext"]["split R"] == cell.split_recall

    now = {"sample": {name: dict(values) for name, values in found.items()}}
    now["sample"]["zh pdfminer"]["byline"] = None
    before = {"sample": {name: dict(values) for name, values in found.items()}}
    before["sample"]["en pdftotext"]["headline"] = -1.0
    table = sets.figure_table(now, before).splitlines()
    assert table[0].split() == ["set", "cell", "articles", "headline", "byline", "split", "P", "split", "R"]
    assert f"-1.000->{found['en pdftotext']['headline']:.3f}" in next(l for l in table if "en pdftotext" in l)
    assert sum("->" in line for line in table) == 1  # nothing else moved
    assert "n/a" in next(line for line in table if "zh pdfminer" in line)
