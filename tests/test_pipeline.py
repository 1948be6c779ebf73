"""Building pipelines from names and options, pages, reports, and pickling to workers."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import cleanpress
from cleanpress import Pipeline
from cleanpress.filters import FILTERS, Filter, get_filter


def test_default_pipeline_runs_the_default_filters_in_order() -> None:
    assert Pipeline.from_names().names == ["normalize", "despace", "dehyphen", "reflow"]


def test_options_for_an_off_filter_turn_it_on() -> None:
    assert Pipeline.from_names(options={"convert": {"config": "s2t"}}).names[-1] == "convert"


def test_options_for_a_filter_not_in_an_explicit_list_are_an_error() -> None:
    with pytest.raises(ValueError, match="not in the pipeline"):
        Pipeline.from_names(["despace"], {"reflow": {"separator": "\n"}})


def test_unknown_filter_and_option_names_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown filter 'nope'.*known: normalize"):
        Pipeline.from_names(["nope"])
    with pytest.raises(ValueError, match="has no option 'width'"):
        Pipeline.from_names(["reflow"], {"reflow": {"width": 3}})


def test_option_values_are_typed_and_checked() -> None:
    assert get_filter("reflow").from_options({"indent_tolerance": "1.5"}).indent_tolerance == 1.5
    with pytest.raises(ValueError, match="expected one of remove, keep, add"):
        get_filter("despace").from_options({"cjk_latin": "never"})


def test_pages_are_cleaned_apart_and_form_feeds_survive() -> None:
    page = "法 治 思 想 ，坚 持\n依法治县。"
    cleaned = cleanpress.clean_text(f"{page}\f{page}")
    assert cleaned.count("\f") == 1
    first, second = cleaned.split("\f")
    assert first == second == cleanpress.clean_text(page)


def test_clean_and_explain_reports_each_filter(seed_text: str) -> None:
    text, reports = cleanpress.clean_and_explain(seed_text)
    assert text == cleanpress.clean_text(seed_text)
    by_name = {report.name: report.counts for report in reports}
    assert list(by_name) == ["normalize", "despace", "dehyphen", "reflow"]
    assert by_name["despace"]["stray spaces removed"] > 2000
    assert by_name["reflow"]["lines joined"] > 400
    assert by_name["dehyphen"] == {}, "no Latin hyphens on a Chinese page"


def test_library_call_with_filter_names_and_options() -> None:
    assert cleanpress.clean_text("共有3家", ["despace"], despace={"cjk_latin": "add"}) == "共有 3 家"
    assert cleanpress.clean_text("共有3家", "despace") == "共有3家"


def _clean_in_worker(pipeline_and_text: tuple[Pipeline, str]) -> str:
    pipeline, text = pipeline_and_text
    return pipeline.run(text)


def test_a_pipeline_pickles_to_worker_processes(seed_text: str) -> None:
    pipeline = Pipeline.from_names(options={"convert": {"config": "s2t"}})
    assert pickle.loads(pickle.dumps(pipeline)) == pipeline
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_clean_in_worker, [(pipeline, seed_text)] * 2))
    assert results == [pipeline.run(seed_text)] * 2


def test_importing_the_library_does_not_import_the_cli_stack() -> None:
    import subprocess
    import sys

    code = "import sys, cleanpress; cleanpress.clean_text('a'); print(sorted(m for m in ('typer','rich','opencc','spellchecker') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert result.stderr == "", "nothing is printed on import"


def test_every_builtin_filter_has_a_name_summary_docstring_and_documented_options() -> None:
    for name, cls in FILTERS.items():
        assert issubclass(cls, Filter) and cls.name == name
        assert cls.summary and cls.__doc__
        for spec in cls.option_specs():
            assert spec.help, f"{name}.{spec.name} has no help text"
