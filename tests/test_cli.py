"""The ``cleanpress`` command: every exit code with its message, and each write-back mode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleanpress.cli import app

runner = CliRunner()
DIRTY = "法 治 思 想 ，坚 持 依 法 治 县 、依 法 执\n"
CLEAN = "法治思想，坚持依法治县、依法执\n"


def run_main(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real entry point in a subprocess: what a shell user sees, exit code and all."""
    return subprocess.run([sys.executable, "-m", "cleanpress", *args], input=stdin, capture_output=True)


@pytest.fixture
def dirty_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def test_stdin_to_stdout() -> None:
    result = runner.invoke(app, ["clean"], input=DIRTY)
    assert result.exit_code == 0
    assert result.stdout == CLEAN


def test_file_and_stdin_give_the_same_output(seed_text: str) -> None:
    from tests.conftest import SEED

    from_file = run_main("clean", str(SEED))
    from_stdin = run_main("clean", stdin=SEED.read_bytes())
    assert from_file.returncode == from_stdin.returncode == 0
    assert from_file.stdout == from_stdin.stdout
    assert len(from_file.stdout) > 10_000


def test_check_names_changed_files_and_exits_1(dirty_file: Path, tmp_path: Path) -> None:
    clean_file = tmp_path / "clean.txt"
    clean_file.write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", str(dirty_file), str(clean_file)])
    assert result.exit_code == 1
    assert f"would clean {dirty_file}" in result.stderr
    assert str(clean_file) not in result.stderr.replace("1 unchanged", "")
    assert dirty_file.read_text(encoding="utf-8") == DIRTY, "--check must not write"


def test_check_passes_on_clean_files(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", str(path)])
    assert result.exit_code == 0
    assert "0 files would be cleaned, 1 unchanged." in result.stderr


def test_diff_shows_the_change_and_writes_nothing(dirty_file: Path) -> None:
    result = runner.invoke(app, ["clean", "--diff", str(dirty_file)])
    assert result.exit_code == 0
    assert f"-{DIRTY}" in result.stdout and f"+{CLEAN}" in result.stdout
    assert dirty_file.read_text(encoding="utf-8") == DIRTY


def test_check_and_diff_together(dirty_file: Path) -> None:
    result = runner.invoke(app, ["clean", "--check", "--diff", str(dirty_file)])
    assert result.exit_code == 1
    assert f"+{CLEAN}" in result.stdout
    assert f"would clean {dirty_file}" in result.stderr
    assert "1 file would be cleaned, 0 unchanged." in result.stderr


def test_in_place_rewrites_and_a_second_run_changes_nothing(dirty_file: Path) -> None:
    dirty_file.chmod(0o640)
    assert runner.invoke(app, ["clean", "--in-place", str(dirty_file)]).exit_code == 0
    assert dirty_file.read_text(encoding="utf-8") == CLEAN
    assert dirty_file.stat().st_mode & 0o777 == 0o640, "permissions are kept"
    assert runner.invoke(app, ["clean", "--check", str(dirty_file)]).exit_code == 0
    assert list(dirty_file.parent.iterdir()) == [dirty_file], "no temporary file is left"


def test_missing_and_undecodable_inputs_exit_123_and_the_rest_is_done(dirty_file: Path, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café au lait\n".encode("latin-1"))  # no plausible encoding reads it
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(DIRTY.encode("gbk"))
    result = runner.invoke(
        app, ["clean", "-i", str(tmp_path / "missing.txt"), str(binary), str(latin1), str(gbk), str(dirty_file)]
    )
    assert result.exit_code == 123
    assert f"error: cannot clean {tmp_path / 'missing.txt'}: no such file" in result.stderr
    assert f"error: cannot clean {binary}: binary file" in result.stderr
    assert f"error: cannot clean {latin1}: not text in a known encoding" in result.stderr
    assert dirty_file.read_text(encoding="utf-8") == CLEAN, "the good file was still cleaned"
    assert gbk.read_text(encoding="utf-8") == CLEAN, "GBK is detected, cleaned and written as UTF-8"
    assert binary.read_bytes() == b"\x89PNG\x00\x00\x01"
    assert latin1.read_bytes() == "café au lait\n".encode("latin-1")


def test_encoding_option_reads_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(DIRTY.encode("gbk"))
    result = runner.invoke(app, ["clean", "--encoding", "gbk", str(path)])
    assert result.exit_code == 0
    assert result.stdout == CLEAN


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "--bogus"], "No such option: --bogus"),
        (["clean", "--filters", "despace,nope"], "unknown filter 'nope'"),
        (["clean", "-o", "despace.nope=1"], "filter 'despace' has no option 'nope' (options: cjk_latin, latin_runs)"),
        (["clean", "-o", "despace.cjk_latin=sometimes"], "expected one of remove, keep, add"),
        (["clean", "-o", "despace"], "is not of the form FILTER.OPTION=VALUE"),
        (["clean", "--skip", "convert"], "'convert' is not in the pipeline"),
        (["clean", "--convert", "x2y"], "unknown OpenCC configuration 'x2y'"),
        (["clean", "--in-place"], "--in-place needs file paths"),
        (["clean", "--in-place", "--check", "a.txt"], "cannot be combined"),
        (["clean", "--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["clean", "--jobs", "0", "a.txt"], "0 is not in the range x>=1"),
        (["clean", "--output-dir", "out"], "--output-dir needs file paths"),
        (["clean", "--config", "/nonexistent/cleanpress.toml", "a.txt"], "cannot read"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_main(*args)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr
    assert stderr.count("\n") == 1 and stderr.startswith("cleanpress: error: ")
    assert "Traceback" not in stderr


def test_filters_option_chooses_and_orders(dirty_file: Path) -> None:
    text = "法 治 思 想 ，坚 持\n依法执政。\n"
    only_despace = runner.invoke(app, ["clean", "--filters", "despace"], input=text)
    assert only_despace.stdout == "法治思想，坚持\n依法执政。\n"
    skipped = runner.invoke(app, ["clean", "--skip", "despace"], input="a  b\n")
    assert skipped.exit_code == 0


def test_options_reach_the_filters() -> None:
    result = runner.invoke(app, ["clean", "--cjk-latin", "add", "--filters", "despace"], input="共有3家\n")
    assert result.stdout == "共有 3 家\n"
    result = runner.invoke(app, ["clean", "-o", "despace.cjk_latin=add", "--filters", "despace"], input="共有3家\n")
    assert result.stdout == "共有 3 家\n"
    result = runner.invoke(app, ["clean", "--convert", "t2s", "--filters", "convert"], input="經濟\n")
    assert result.stdout == "经济\n"
    result = runner.invoke(app, ["clean", "--convert", "t2s"], input="經濟\n")
    assert result.stdout == "经济\n", "--convert adds conversion to the default pipeline"


def test_stats_table_reports_what_filters_did(dirty_file: Path) -> None:
    result = runner.invoke(app, ["clean", "--stats", str(dirty_file)])
    assert result.exit_code == 0
    assert result.stdout == CLEAN, "stats go to stderr, never into the data"
    assert "stray spaces removed" in result.stderr
    assert "despace" in result.stderr


def test_filters_command_lists_every_filter_with_options() -> None:
    result = runner.invoke(app, ["filters"])
    assert result.exit_code == 0
    for name in ("normalize", "despace", "dehyphen", "reflow", "convert", "cjk_latin", "separator"):
        assert name in result.stdout


def test_version() -> None:
    result = run_main("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("cleanpress ")
    assert result.stdout.decode().rstrip().endswith(("(compiled filters)", "(pure Python)"))


def test_broken_pipe_is_not_an_error(seed_text: str) -> None:
    from tests.conftest import SEED

    shell = f"{sys.executable} -m cleanpress clean {SEED} | head -c 10 >/dev/null"
    result = subprocess.run(shell, shell=True, capture_output=True, executable="/bin/bash")
    assert b"Traceback" not in result.stderr
