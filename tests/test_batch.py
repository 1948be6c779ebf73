"""Cleaning folders: the walk, output folders, encodings, parallel order, bad files, and stopping
midway (Ctrl-C, SIGTERM) without a half-written or temporary file."""

from __future__ import annotations

import codecs
import os
import pty
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import ClassVar

import pytest
from typer.testing import CliRunner

import cleanpress
from cleanpress import batch, sinks
from cleanpress.cli import app
from cleanpress.report import Report, Status
from cleanpress.walk import find_sources, would_walk
from tests.conftest import ROOT, SEED

runner = CliRunner()
DIRTY = "法 治 思 想 ，坚 持 依 法 治 县 、依 法 执 政 ，为经济社会高质量发展提供坚强法治保障。\n"
TRADITIONAL = cleanpress.clean_text(DIRTY, ["normalize", "convert"], convert={"config": "s2tw"}) + "\n"
GPL = (ROOT / "tests" / "data" / "gpl3-preamble.txt").read_text(encoding="utf-8")


def cleaned(text: str) -> str:
    """What a single-file run makes of ``text``: clean_text and one final newline."""
    out = cleanpress.clean_text(text).rstrip("\n")
    return out + "\n" if out else ""


def run_main(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleanpress", *args], capture_output=True, text=True, cwd=cwd)


# Files of the mixed tree: relative path -> (bytes, the text they hold, or None for a bad file).
GOOD = {
    "utf8.txt": (DIRTY.encode("utf-8"), DIRTY),
    "a/bom.txt": (codecs.BOM_UTF8 + DIRTY.encode("utf-8"), DIRTY),
    "a/utf16le.txt": (codecs.BOM_UTF16_LE + DIRTY.encode("utf-16-le"), DIRTY),
    "a/b/utf16be.txt": (codecs.BOM_UTF16_BE + DIRTY.encode("utf-16-be"), DIRTY),
    "a/b/gbk.txt": (DIRTY.encode("gbk"), DIRTY),
    "c/big5.txt": (TRADITIONAL.encode("big5"), TRADITIONAL),
    "c/english.txt": (GPL.encode("utf-8"), GPL),
}
BAD = {
    "a/binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary file"),
    "c/latin1.txt": ("crème brûlée à la carte\n".encode("latin-1"), "not text in a known encoding"),
}
LEFT_ALONE = {
    "notes.md": b"# not a .txt file\n",
    ".hidden/page.txt": DIRTY.encode("utf-8"),
    ".git/HEAD.txt": DIRTY.encode("utf-8"),
    "drafts/page.txt": DIRTY.encode("utf-8"),
}


def make_tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


@pytest.fixture
def mixed_tree(tmp_path: Path) -> Path:
    files = {name: data for name, (data, _) in {**GOOD, **BAD}.items()}
    return make_tree(tmp_path / "pages", {**files, **LEFT_ALONE})


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- the walk ---------------------------------------------------------------------------------


def test_walk_takes_matching_files_in_name_order_and_skips_hidden_and_links(mixed_tree: Path) -> None:
    (mixed_tree / "link.txt").symlink_to(mixed_tree / "utf8.txt")
    (mixed_tree / "linked-folder").symlink_to(mixed_tree / "a", target_is_directory=True)
    found = [str(s.relative) for s in find_sources([mixed_tree])]
    assert found == [
        "a/b/gbk.txt", "a/b/utf16be.txt", "a/binary.txt", "a/bom.txt", "a/utf16le.txt",
        "c/big5.txt", "c/english.txt", "c/latin1.txt", "drafts/page.txt", "utf8.txt",
    ]
    assert all(s.size == (mixed_tree / s.relative).stat().st_size for s in find_sources([mixed_tree]))


def test_include_and_exclude_globs(mixed_tree: Path) -> None:
    found = find_sources([mixed_tree], include=["*.txt", "*.md"], exclude=["drafts", "a/b/*", "big5.txt"])
    assert [str(s.relative) for s in found] == [
        "a/binary.txt", "a/bom.txt", "a/utf16le.txt", "c/english.txt", "c/latin1.txt", "notes.md", "utf8.txt",
    ]


def test_files_given_by_name_are_taken_whatever_their_name(mixed_tree: Path) -> None:
    found = find_sources([mixed_tree / "notes.md", mixed_tree / ".hidden" / "page.txt"], exclude=["*"])
    assert [s.relative for s in found] == [PurePosixPath("notes.md"), PurePosixPath("page.txt")]


def test_would_walk(tmp_path: Path) -> None:
    assert would_walk(tmp_path, tmp_path / "out", [])
    assert not would_walk(tmp_path, tmp_path / ".out", [])
    assert not would_walk(tmp_path, tmp_path / "build" / "out", ["build"])


def test_an_unlistable_folder_is_reported_with_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path, {"a/page.txt": b"x\n", "b/page.txt": b"y\n"})
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path).name == "a":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = find_sources([tmp_path])
    assert [(str(s.relative), s.error) for s in found] == [
        ("a", "cannot list the folder: Permission denied"), ("b/page.txt", ""),
    ]


# --- cleaning a tree ----------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_place_cleans_every_encoding_reports_bad_files_and_touches_nothing_else(mixed_tree: Path, jobs: str) -> None:
    before = snapshot(mixed_tree)
    result = run_main("clean", "--in-place", "--exclude", "drafts", "--jobs", jobs, str(mixed_tree))
    assert result.returncode == 123, result.stderr
    after = snapshot(mixed_tree)
    for name, (_, text) in GOOD.items():
        assert after[name] == cleaned(text).encode("utf-8"), f"{name} is cleaned and written as UTF-8"
    for name in [*BAD, *LEFT_ALONE]:
        assert after[name] == before[name], f"{name} is left alone"
    assert set(after) == set(before), "no file appears or disappears"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: cannot clean {mixed_tree / name}: {reason}" + errors[i].split(reason, 1)[1]
        for i, (name, (_, reason)) in enumerate(BAD.items())
    ], "one line per bad file, in input order"
    assert "7 files cleaned, 0 unchanged, 2 failed." in result.stderr
    assert "Traceback" not in result.stderr


def test_keep_encoding_writes_back_in_the_encoding_read(mixed_tree: Path) -> None:
    result = run_main("clean", "-i", "--keep-encoding", str(mixed_tree / "a"), str(mixed_tree / "c" / "big5.txt"))
    assert result.returncode == 123  # a/binary.txt
    assert (mixed_tree / "a/b/gbk.txt").read_bytes() == cleaned(DIRTY).encode("gbk")
    assert (mixed_tree / "a/b/utf16be.txt").read_bytes() == codecs.BOM_UTF16_BE + cleaned(DIRTY).encode("utf-16-be")
    assert (mixed_tree / "a/bom.txt").read_bytes() == codecs.BOM_UTF8 + cleaned(DIRTY).encode("utf-8")
    assert (mixed_tree / "c/big5.txt").read_bytes() == cleaned(TRADITIONAL).encode("big5")


def test_keep_encoding_refuses_text_the_encoding_cannot_hold(tmp_path: Path) -> None:
    page = tmp_path / "big5.txt"
    original = ("第一段。\n\n第二段。\n").encode("big5")
    page.write_bytes(original)
    result = run_main("clean", "-i", "--keep-encoding", "-o", r"reflow.separator=\U0001f600", str(page))
    assert result.returncode == 123
    assert f"error: cannot clean {page}: the cleaned text has '😀', which big5 cannot encode (--keep-encoding)" in result.stderr
    assert page.read_bytes() == original


def test_stdout_keeps_input_order_with_many_jobs(tmp_path: Path) -> None:
    texts = [f"第{i}页 ，内 容 。\n" for i in range(12)]
    paths = [tmp_path / f"{i:02}.txt" for i in range(12)]
    for path, text in zip(paths, texts):
        path.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run_main("clean", "--jobs", "2", str(paths[0]), str(missing), *map(str, paths[1:]))
    assert result.returncode == 123
    assert result.stdout == "".join(cleaned(t) for t in texts)
    assert result.stderr.strip() == f"error: cannot clean {missing}: no such file"


def test_a_folder_needs_a_destination(mixed_tree: Path) -> None:
    result = run_main("clean", str(mixed_tree))
    assert result.returncode == 2
    assert "a folder needs --in-place, --output-dir, --check or --diff" in result.stderr


def test_check_on_a_tree_names_files_and_writes_nothing(mixed_tree: Path) -> None:
    before = snapshot(mixed_tree)
    result = runner.invoke(app, ["clean", "--check", "--exclude", "drafts", "-j", "2", str(mixed_tree)])
    assert result.exit_code == 123  # the bad files win over "would change"
    assert f"would clean {mixed_tree / 'a' / 'b' / 'gbk.txt'}" in result.stderr
    assert snapshot(mixed_tree) == before


def test_exit_nonzero_on_change_fails_once_then_passes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DIRTY, encoding="utf-8")
    first = runner.invoke(app, ["clean", "-i", "--exit-nonzero-on-change", str(tmp_path)])
    assert first.exit_code == 1
    assert "1 file cleaned, 0 unchanged." in first.stderr
    assert page.read_text(encoding="utf-8") == cleaned(DIRTY)
    second = runner.invoke(app, ["clean", "-i", "--exit-nonzero-on-change", str(tmp_path)])
    assert second.exit_code == 0


# --- output folders -----------------------------------------------------------------------------


def test_output_dir_mirrors_the_tree_and_leaves_the_inputs_alone(mixed_tree: Path, tmp_path: Path) -> None:
    before = snapshot(mixed_tree)
    out = tmp_path / "out"
    result = run_main("clean", "--output-dir", str(out), "--jobs", "2", str(mixed_tree), str(mixed_tree / "notes.md"))
    assert result.returncode == 123
    assert snapshot(mixed_tree) == before
    written = snapshot(out)
    expected = {name: cleaned(text).encode() for name, (_, text) in GOOD.items()}
    expected["drafts/page.txt"] = cleaned(DIRTY).encode()
    expected["notes.md"] = cleaned(LEFT_ALONE["notes.md"].decode()).encode()
    assert written == expected, "every good file, changed or not, and nothing else"


def test_output_dir_inside_an_input_folder_is_refused_unless_the_walk_skips_it(mixed_tree: Path) -> None:
    refused = run_main("clean", "--output-dir", str(mixed_tree / "clean"), str(mixed_tree))
    assert refused.returncode == 2
    assert "is inside the input folder" in refused.stderr
    assert not (mixed_tree / "clean").exists()
    same = run_main("clean", "--output-dir", str(mixed_tree), str(mixed_tree))
    assert same.returncode == 2 and "is an input folder" in same.stderr
    hidden = run_main("clean", "--output-dir", str(mixed_tree / ".clean"), str(mixed_tree / "a"), str(mixed_tree))
    assert hidden.returncode == 123, hidden.stderr
    assert (mixed_tree / ".clean" / "a" / "b" / "gbk.txt").read_bytes() == cleaned(DIRTY).encode()
    excluded = run_main("clean", "--output-dir", str(mixed_tree / "out"), "--exclude", "out", str(mixed_tree))
    assert excluded.returncode == 123, excluded.stderr


def test_output_dir_refuses_two_inputs_on_one_file(tmp_path: Path) -> None:
    make_tree(tmp_path, {"one/page.txt": b"a\n", "two/page.txt": b"b\n"})
    result = run_main("clean", "--output-dir", str(tmp_path / "out"), str(tmp_path / "one"), str(tmp_path / "two"))
    assert result.returncode == 2
    assert "would both be written to" in result.stderr


def test_output_dir_never_writes_through_a_link_to_elsewhere(tmp_path: Path) -> None:
    make_tree(tmp_path, {"in/sub/page.txt": DIRTY.encode()})
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "sub").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    result = run_main("clean", "--output-dir", str(tmp_path / "out"), str(tmp_path / "in"))
    assert result.returncode == 123
    assert "leads outside the output folder" in result.stderr
    assert list((tmp_path / "elsewhere").iterdir()) == []


# --- the seam: another operation through the same walker, pool, sink and report -----------------


@dataclass(frozen=True)
class Shout:
    """A stand-in for ``split``: another product, another suffix."""

    suffix: ClassVar[str] = ".shout"

    def __call__(self, text: str) -> batch.Product:
        return batch.Product(text.upper())


def test_an_operation_plugs_into_walker_pool_sink_and_report(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", {f"d{i % 3}/p{i}.txt": f"page {i}\n".encode() for i in range(9)})
    sources = find_sources([tmp_path / "in"])
    report = batch.run(sources, batch.Job(Shout()), sinks.OutputDir(tmp_path / "out", Shout.suffix), Report(), jobs=2)
    assert [o.status for o in report.outcomes] == [Status.CHANGED] * 9
    assert [o.source for o in report.outcomes] == [str(s.path) for s in sources], "input order"
    assert (tmp_path / "out" / "d1" / "p4.txt.shout").read_text() == "PAGE 4\n"


def test_a_failing_operation_is_one_outcome_not_the_end_of_the_batch(tmp_path: Path) -> None:
    @dataclass(frozen=True)
    class Broken:
        suffix: ClassVar[str] = ""

        def __call__(self, text: str) -> batch.Product:
            if "2" in text:
                raise RuntimeError("no twos")
            return batch.Product(text)

    make_tree(tmp_path, {f"p{i}.txt": f"{i}\n".encode() for i in range(4)})
    report = batch.run(find_sources([tmp_path]), batch.Job(Broken()), sinks.in_place, Report())
    assert [o.status for o in report.outcomes] == [Status.UNCHANGED] * 2 + [Status.FAILED, Status.UNCHANGED]
    assert report.failures[0].message == "internal error: RuntimeError: no twos"


# --- what a person sees -------------------------------------------------------------------------


def test_progress_and_summary_on_a_terminal(mixed_tree: Path) -> None:
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanpress", "clean", "-i", "-j", "2", str(mixed_tree)],
        stdout=subprocess.DEVNULL, stderr=secondary, env={**os.environ, "COLUMNS": "100"},
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed: the process is gone
            break
        if not chunk:
            break
        shown += chunk
    process.wait()
    os.close(primary)
    screen = shown.decode("utf-8", "replace")
    assert process.returncode == 123
    for row in ("seen", "changed", "unchanged", "failed", "read as gbk", "What the filters did"):
        assert row in screen
    assert "error: cannot clean" in screen


def test_no_progress_or_colour_when_not_a_terminal(mixed_tree: Path) -> None:
    result = run_main("clean", "-i", str(mixed_tree))
    assert "\x1b[" not in result.stderr
    assert "seen" not in result.stderr


# --- stopping midway ------------------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_batch_leaves_each_file_old_or_new_and_no_temporary_file(tmp_path: Path, signum: int) -> None:
    seed = SEED.read_text(encoding="utf-8")
    lines = seed.splitlines(keepends=True)
    variants = ["".join(lines[i * 7:]) for i in range(8)]
    expected = [cleaned(v).encode() for v in variants]
    root = tmp_path / "tree"
    files = {f"d{i % 20:02}/page{i:04}.txt": variants[i % len(variants)].encode() for i in range(600)}
    make_tree(root, files)

    process = subprocess.Popen(
        [sys.executable, "-m", "cleanpress", "clean", "--in-place", str(root), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    first = root / next(iter(files))
    deadline = time.monotonic() + 60
    while first.read_bytes() == files[next(iter(files))] and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == 130, stderr
    assert "cleanpress: interrupted" in stderr.decode()
    assert b"Traceback" not in stderr
    states = {"old": 0, "new": 0}
    for name, data in files.items():
        now = (root / name).read_bytes()
        variant = variants.index(data.decode())
        assert now in (data, expected[variant]), f"{name} is neither the original nor the cleaned file"
        states["old" if now == data else "new"] += 1
    assert states["new"] > 0 and states["old"] > 0, f"the signal should land midway: {states}"
    leftovers = [p for p in root.rglob("*") if p.name.startswith(".") or p.suffix == ".cleanpress"]
    assert leftovers == [], "no temporary file remains"
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*.txt")) == sorted(files)
