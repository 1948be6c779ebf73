"""Configuration files: where they are found, what they may hold, how flags override them, and
what ``cleanpress config`` shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleanpress.cli import app
from cleanpress.config import ConfigError, default_jobs, find_config, load_settings

runner = CliRunner()
DIRTY = "共有3家企业使用AI技术 ，坚 持 依 法 治 县 。\n"


def run_main(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleanpress", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A git project with a page two folders down."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "pages" / "2024").mkdir(parents=True)
    (root / "pages" / "2024" / "page.txt").write_text(DIRTY, encoding="utf-8")
    return root


def test_cleanpress_toml_is_found_above_the_inputs(project: Path) -> None:
    (project / "cleanpress.toml").write_text('[despace]\ncjk_latin = "add"\n')
    page = project / "pages" / "2024" / "page.txt"
    assert find_config([page]) == project / "cleanpress.toml"
    result = runner.invoke(app, ["clean", str(page)])
    assert result.stdout == "共有 3 家企业使用 AI 技术，坚持依法治县。\n"


def test_pyproject_counts_only_with_a_tool_cleanpress_table(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config([project / "pages"]) is None
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.cleanpress.despace]\ncjk_latin = "keep"\n')
    assert find_config([project / "pages"]) == project / "pyproject.toml"
    assert load_settings(project / "pyproject.toml").options == {"despace": {"cjk_latin": "keep"}}


def test_the_nearest_file_wins_and_the_search_stops_at_the_repository(project: Path) -> None:
    (project / "cleanpress.toml").write_text("jobs = 1\n")
    (project / "pages" / "cleanpress.toml").write_text("jobs = 3\n")
    assert find_config([project / "pages" / "2024" / "page.txt"]) == project / "pages" / "cleanpress.toml"
    (project.parent / "cleanpress.toml").write_text("jobs = 5\n")
    (project / "cleanpress.toml").unlink()
    (project / "pages" / "cleanpress.toml").unlink()
    assert find_config([project / "pages"]) is None, "a file above the repository is not the project's"


def test_standard_input_looks_from_the_current_folder(project: Path) -> None:
    (project / "cleanpress.toml").write_text('filters = ["despace"]\n[despace]\ncjk_latin = "add"\n')
    result = subprocess.run(
        [sys.executable, "-m", "cleanpress", "clean"], input="共有3家\n", capture_output=True, text=True,
        cwd=project / "pages",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "共有 3 家\n"


def test_every_key(project: Path) -> None:
    (project / "cleanpress.toml").write_text(
        'filters = ["normalize", "despace", "reflow", "convert"]\nskip = ["reflow"]\n'
        'include = ["*.text"]\nexclude = ["drafts"]\njobs = 3\nencoding = "gbk"\n'
        '[despace]\ncjk_latin = "add"\n[convert]\nconfig = "s2t"\n[reflow]\nindent_tolerance = 2\n'
    )
    settings = load_settings(project / "cleanpress.toml")
    assert settings.filters == ["normalize", "despace", "reflow", "convert"]
    assert settings.skip == ["reflow"]
    assert (settings.include, settings.exclude, settings.jobs, settings.encoding) == (["*.text"], ["drafts"], 3, "gbk")
    assert settings.options == {"despace": {"cjk_latin": "add"}, "convert": {"config": "s2t"}, "reflow": {"indent_tolerance": 2}}
    assert settings.origin("jobs") == str(project / "cleanpress.toml")


def test_a_configured_folder_walk(project: Path) -> None:
    (project / "cleanpress.toml").write_text('include = ["*.text"]\nexclude = ["old"]\n')
    (project / "pages" / "a.text").write_text(DIRTY, encoding="utf-8")
    (project / "pages" / "old").mkdir()
    (project / "pages" / "old" / "b.text").write_text(DIRTY, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", str(project / "pages")])
    assert result.exit_code == 1
    assert "would clean" in result.stderr and "a.text" in result.stderr
    assert "page.txt" not in result.stderr and "b.text" not in result.stderr
    result = runner.invoke(app, ["clean", "--check", "--include", "*.txt", str(project / "pages")])
    assert "page.txt" in result.stderr and "a.text" not in result.stderr, "the flag replaces the file's list"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1\n", "unknown key 'colour' (keys: filters, skip, include, exclude, jobs, encoding, or a filter name"),
        ("[despace]\nnope = 1\n", "filter 'despace' has no option 'nope' (options: cjk_latin, latin_runs)"),
        ('[despace]\ncjk_latin = "sometimes"\n', "despace.cjk_latin: expected one of remove, keep, add, got 'sometimes'"),
        ('[reflow]\nindent_tolerance = "wide"\n', "reflow.indent_tolerance: expected float, got 'wide'"),
        ("[normalize]\nnfc = 1\n", "normalize.nfc: expected bool, got 1"),
        ('filters = ["despace", "nope"]\n', "filters: unknown filter 'nope'"),
        ('filters = "despace"\n', "filters must be a list of strings"),
        ("jobs = 0\n", "jobs must be a whole number of at least 1"),
        ("jobs = true\n", "jobs must be a whole number of at least 1"),
        ('encoding = "klingon"\n', "encoding: unknown encoding 'klingon'"),
        ("despace = 1\n", "despace must be a table of the filter's options"),
        ("filters = [\n", "not valid TOML"),
    ],
)
def test_mistakes_in_the_file_are_usage_errors_naming_file_and_key(project: Path, text: str, message: str) -> None:
    config = project / "cleanpress.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match="^" + str(config).replace(".", r"\.") + ": "):
        load_settings(config)
    result = run_main("clean", "--check", "pages", cwd=project)
    assert result.returncode == 2
    assert result.stderr == f"cleanpress: error: {config}: {message}" + result.stderr.split(message, 1)[1]
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_skip_of_a_filter_not_in_the_pipeline_names_the_file(project: Path) -> None:
    (project / "cleanpress.toml").write_text('filters = ["despace"]\nskip = ["reflow"]\n')
    result = run_main("clean", "--check", "pages", cwd=project)
    assert result.returncode == 2
    assert "'reflow' is not in the pipeline (despace)" in result.stderr
    assert str(project / "cleanpress.toml") in result.stderr


def test_config_flag_names_the_file(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "settings.toml"
    elsewhere.write_text('[despace]\ncjk_latin = "add"\n')
    (project / "cleanpress.toml").write_text('[despace]\ncjk_latin = "keep"\n')
    page = project / "pages" / "2024" / "page.txt"
    assert runner.invoke(app, ["clean", "--config", str(elsewhere), str(page)]).stdout.startswith("共有 3 家")


def test_flags_override_the_file(project: Path) -> None:
    (project / "cleanpress.toml").write_text('[despace]\ncjk_latin = "add"\n')
    page = project / "pages" / "2024" / "page.txt"
    assert runner.invoke(app, ["clean", "--cjk-latin", "remove", str(page)]).stdout.startswith("共有3家")
    assert runner.invoke(app, ["clean", "-o", "despace.cjk_latin=keep", str(page)]).stdout.startswith("共有3家")


def test_config_command_shows_values_and_origins(project: Path) -> None:
    config = project / "cleanpress.toml"
    config.write_text('jobs = 3\n[despace]\ncjk_latin = "add"\n')
    result = runner.invoke(app, ["config", str(project / "pages"), "--exclude", "old", "-o", "reflow.separator=\\n"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"# configuration file: {config}"
    assert 'filters = ["normalize", "columns", "despace", "dehyphen", "reflow"]  # default' in lines
    assert f"jobs = 3  # {config}" in lines
    assert 'exclude = ["old"]  # command line' in lines
    assert 'include = ["*.txt"]  # default' in lines
    assert "# encoding: detected per file  # default" in lines
    assert f'cjk_latin = "add"  # {config}' in lines
    assert 'separator = "\\n"  # command line' in lines
    assert "indent_tolerance = 1.25  # default" in lines


def test_config_command_output_is_a_valid_config_file(project: Path) -> None:
    (project / "cleanpress.toml").write_text('skip = ["dehyphen"]\n[convert]\nconfig = "s2t"\n')
    shown = runner.invoke(app, ["config", str(project)]).stdout
    copy = project / "pages" / "cleanpress.toml"
    copy.write_text(shown, encoding="utf-8")
    again = runner.invoke(app, ["config", str(project / "pages")]).stdout
    assert again.replace(str(copy), "X").replace(str(project / "cleanpress.toml"), "X").replace("default", "X") == (
        shown.replace(str(project / "cleanpress.toml"), "X").replace("default", "X")
    ), "the shown settings, read back, are the same settings"


def test_default_jobs_is_the_number_of_cores() -> None:
    import os

    assert default_jobs() == (getattr(os, "process_cpu_count", os.cpu_count)() or 1)
