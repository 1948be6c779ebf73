"""Cleaning on Ray (``--engine ray``, :mod:`cleanpress.ray`): the same bytes, failures and report
as a local run, ``--resume``, other file systems, the batch classes, and the usage errors.

The tests that run Ray share one local instance of 2 CPUs for the whole session (started by
the first of them: about 5 s); the command-line runs go through it in this process, except one
that starts its own instance as ``cleanpress`` does. Without Ray they are skipped, saying so.
"""

from __future__ import annotations

import json
import logging
import os
import pty
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import cleanpress
import cleanpress.ray as cray
from cleanpress import batch, sinks
from cleanpress.cli import app
from cleanpress.report import Report
from cleanpress.walk import find_sources
from tests.test_batch import BAD, DIRTY, GOOD, LEFT_ALONE, cleaned, make_tree, run_main, snapshot

try:
    import ray
    import ray.data
except ImportError as error:  # only where Ray cannot be imported; CI installs it (the test extra)
    RAY_MISSING = f"Ray cannot be imported ({error}); pip install -e '.[test]' or '.[ray]' installs it"
else:
    RAY_MISSING = ""

needs_ray = pytest.mark.skipif(bool(RAY_MISSING), reason=RAY_MISSING)
# Ray Data reads deprecated settings of its own when it copies its context to the workers.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
runner = CliRunner()
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c7ae53d10ee8564.txt"
GB18030 = "𠀀字在GB18030里是四个字节，坚 持 依 法 治 县 。\n"  # a character GBK does not have

# More than one block per worker, files of every size, two more encodings and one more bad file.
EXTRA = {
    **{f"seed/{i:02}.txt": "".join(SEED.read_text(encoding="utf-8").splitlines(keepends=True)[i * 9:]).encode() for i in range(12)},
    "a/b/gb18030.txt": GB18030.encode("gb18030"),
    "empty.txt": b"",
    "a/utf16-no-bom.txt": DIRTY.encode("utf-16-le"),  # NUL bytes without a mark: binary
}


@pytest.fixture(scope="session")
def ray_session() -> Iterator[Any]:
    """One local Ray instance, 2 CPUs, for every Ray test of the session."""
    if RAY_MISSING:
        pytest.skip(RAY_MISSING)
    os.environ.pop("RAY_ADDRESS", None)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {name: data for name, (data, _) in {**GOOD, **BAD}.items()}
    return make_tree(tmp_path / "pages", {**files, **EXTRA, **LEFT_ALONE})


def clean(*args: str) -> Any:
    return runner.invoke(app, ["clean", *args])


def modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in root.rglob("*") if p.is_file()}


# --- the same as a local run ----------------------------------------------------------------------


@needs_ray
def test_ray_writes_the_same_bytes_and_reports_the_same_failures_as_jobs_2(ray_session: Any, tree: Path, tmp_path: Path) -> None:
    (tree / "c" / "big5.txt").chmod(0o640)
    missing = tmp_path / "missing.txt"
    inputs = [str(tree), str(missing), str(tree / "notes.md")]
    local = clean(*inputs, "--jobs", "2", "--output-dir", str(tmp_path / "local"))
    on_ray = clean(*inputs, "--engine", "ray", "--output-dir", str(tmp_path / "ray"))

    assert local.exit_code == on_ray.exit_code == 123, on_ray.stderr
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local"), "byte for byte, file for file"
    assert modes(tmp_path / "ray") == modes(tmp_path / "local")
    assert on_ray.stderr == local.stderr, "the same error lines, in the same order, and the same summary"
    errors = [line for line in on_ray.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: cannot clean {tree / 'a' / 'binary.txt'}: binary file (NUL bytes and no UTF-16 byte-order mark)",
        f"error: cannot clean {tree / 'a' / 'utf16-no-bom.txt'}: binary file (NUL bytes and no UTF-16 byte-order mark)",
        f"error: cannot clean {tree / 'c' / 'latin1.txt'}: not text in a known encoding (UTF-8, UTF-16, GB18030/GBK,"
        " Big5), or binary; give the encoding with --encoding",
        f"error: cannot clean {missing}: no such file",
    ]
    written = snapshot(tmp_path / "ray")
    for name, (_, text) in GOOD.items():
        assert written[name] == cleaned(text).encode(), name
    assert written["a/b/gb18030.txt"] == cleaned(GB18030).encode()
    assert written["empty.txt"] == b""
    assert not [p for p in (tmp_path / "ray").rglob(".*")], "no temporary file is left"


@needs_ray
def test_keep_encoding_and_stats_travel_to_the_workers_and_back(ray_session: Any, tree: Path, tmp_path: Path) -> None:
    args = ["--keep-encoding", "--stats", "--cjk-latin", "add", "-q"]
    local = clean(str(tree / "a"), *args, "--output-dir", str(tmp_path / "local"))
    on_ray = clean(str(tree / "a"), *args, "--engine", "ray", "--output-dir", str(tmp_path / "ray"))
    assert local.exit_code == on_ray.exit_code == 123
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")
    assert (tmp_path / "ray" / "b" / "gbk.txt").read_bytes() == cleaned(DIRTY).encode("gbk")
    assert on_ray.stderr == local.stderr


@needs_ray
@pytest.mark.parametrize("fmt", ["jsonl", "markdown"])
def test_split_on_ray_writes_what_split_writes_locally(ray_session: Any, tree: Path, tmp_path: Path, fmt: str) -> None:
    local = runner.invoke(app, ["split", str(tree), "-F", fmt, "-j", "2", "--output-dir", str(tmp_path / "local")])
    on_ray = runner.invoke(app, ["split", str(tree), "-F", fmt, "--engine", "ray", "--output-dir", str(tmp_path / "ray")])
    assert local.exit_code == on_ray.exit_code == 123
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")
    assert on_ray.stderr == local.stderr
    assert "error: cannot split" in on_ray.stderr and "22 files split, 3 failed." in on_ray.stderr
    suffix = {"jsonl": ".jsonl", "markdown": ".md"}[fmt]
    if fmt == "jsonl":  # the items name their file as the command line named it
        first = (tmp_path / "ray" / f"utf8.txt{suffix}").read_text(encoding="utf-8").splitlines()[0]
        assert cleanpress.Article.from_dict(json.loads(first)).source == str(tree / "utf8.txt")
        resumed = runner.invoke(app, ["split", str(tree), "--engine", "ray", "--resume", "--output-dir", str(tmp_path / "ray")])
        assert "0 files split, 3 failed, 22 skipped (output exists)." in resumed.stderr


@needs_ray
def test_resume_skips_complete_outputs_and_does_the_rest(ray_session: Any, tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = clean(str(tree), "--engine", "ray", "--output-dir", str(out))
    assert first.exit_code == 123
    assert "21 files cleaned, 1 unchanged, 3 failed." in first.stderr  # drafts/, seed/, empty.txt
    (out / "utf8.txt").write_bytes(b"kept: an output that exists is complete\n")
    (out / "a" / "b" / "gbk.txt").unlink()
    (out / "c" / "big5.txt").unlink()
    (out / "c" / ".big5.txt.1a2b3c4d.cleanpress").write_bytes(b"half")  # what a killed run leaves

    again = clean(str(tree), "--engine", "ray", "--resume", "--output-dir", str(out))
    assert again.exit_code == 123, "the bad files are tried, and reported, again"
    assert [l for l in again.stderr.splitlines() if l.startswith("error:")] == [
        l for l in first.stderr.splitlines() if l.startswith("error:")
    ]
    assert "2 files cleaned, 0 unchanged, 3 failed, 20 skipped (output exists)." in again.stderr
    assert (out / "utf8.txt").read_bytes() == b"kept: an output that exists is complete\n"
    assert (out / "a" / "b" / "gbk.txt").read_bytes() == cleaned(DIRTY).encode()
    assert (out / "c" / "big5.txt").read_bytes() == cleaned(GOOD["c/big5.txt"][1]).encode()

    local = clean(str(tree), "--resume", "--output-dir", str(out))
    assert "0 files cleaned, 0 unchanged, 3 failed, 22 skipped (output exists)." in local.stderr


@needs_ray
def test_another_file_system_is_walked_read_and_written_like_a_folder(
    ray_session: Any, tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The code for URIs (s3://, gs://, hdfs://), run on the local disk through pyarrow's
    LocalFileSystem: names starting with ``fs:`` stand for URIs."""
    import pyarrow.fs

    parse = cray.Location.parse

    def as_uri(text: str) -> cray.Location:
        if text.startswith("fs:"):
            return cray.Location(text, pyarrow.fs.LocalFileSystem(), text.removeprefix("fs:"))
        return parse(text)

    monkeypatch.setattr(cray.Location, "parse", staticmethod(as_uri))
    job = batch.Job(batch.CleanFile(cleanpress.Pipeline.from_names()))
    local = batch.run(find_sources([tree], exclude=["drafts"]), job, sinks.OutputDir(tmp_path / "local"), Report())
    remote = cray.run([f"fs:{tree}"], f"fs:{tmp_path / 'remote'}", job, exclude=["drafts"])

    assert snapshot(tmp_path / "remote") == snapshot(tmp_path / "local")
    assert [(o.source, o.status, o.message) for o in remote.outcomes] == [
        (o.source.replace(str(tree), f"fs:{tree}"), o.status, o.message) for o in local.outcomes
    ]
    assert not [p for p in (tmp_path / "remote").rglob(".*")], "no temporary object is left"
    (tmp_path / "remote" / "utf8.txt").unlink()
    resumed = cray.run([f"fs:{tree}"], f"fs:{tmp_path / 'remote'}", job, exclude=["drafts"], resume=True)
    assert [o.source for o in resumed.outcomes if o.status is not cray.Status.FAILED] == [f"fs:{tree}/utf8.txt"]
    assert resumed.skipped == len(local.outcomes) - len(local.failures) - 1
    with pytest.raises(cray.PlanError, match="is an input folder"):
        cray.run([f"fs:{tree}"], f"fs:{tree}", job)


def test_the_plan_names_files_as_given_and_refuses_what_a_local_run_refuses(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyarrow_fs = pytest.importorskip("pyarrow.fs", reason="pyarrow comes with Ray; " + (RAY_MISSING or "missing"))
    parse = cray.Location.parse
    monkeypatch.setattr(
        cray.Location, "parse",
        staticmethod(lambda t: cray.Location(t, pyarrow_fs.LocalFileSystem(), t[3:]) if t.startswith("fs:") else parse(t)),
    )
    the_plan, _ = cray.plan([f"fs:{tree / 'utf8.txt'}", f"fs:{tree / 'c'}", str(tree / "a" / "b")], str(tmp_path / "o"))
    assert [row["name"] for row in the_plan.rows] == [
        f"fs:{tree / 'utf8.txt'}", f"fs:{tree}/c/big5.txt", f"fs:{tree}/c/english.txt", f"fs:{tree}/c/latin1.txt",
        str(tree / "a" / "b" / "gb18030.txt"), str(tree / "a" / "b" / "gbk.txt"), str(tree / "a" / "b" / "utf16be.txt"),
    ]
    (tmp_path / "empty").mkdir()
    for inputs, output, problem in [
        ([str(tmp_path / "empty")], str(tmp_path / "empty" / "out"), "is inside the input folder"),
        ([f"fs:{tree}"], f"fs:{tree}/out", "is inside the input folder"),
        ([f"fs:{tree / 'a'}", f"fs:{tmp_path / 'other' / 'a'}", f"fs:{tree / 'c'}"], str(tmp_path / "o"), ""),
        ([str(tree / "a" / "b"), f"fs:{tree / 'a' / 'b'}"], str(tmp_path / "o"), "would both be written to"),
    ]:
        if problem:
            with pytest.raises(cray.PlanError, match=problem):
                cray.plan(inputs, output)
        else:
            cray.plan(inputs, output)


@needs_ray
def test_clean_batch_in_your_own_ray_data_pipeline(ray_session: Any, tree: Path) -> None:
    names = [*GOOD, *BAD]
    dataset = ray.data.read_binary_files([str(tree / name) for name in names], include_paths=True)
    rows = dataset.map_batches(
        cray.CleanBatch, fn_constructor_kwargs={"pipeline": cleanpress.Pipeline.from_names()},
        compute=ray.data.ActorPoolStrategy(size=1), batch_size=4,
    ).take_all()
    by_path = {Path(row["path"]).relative_to(tree).as_posix(): row for row in rows}
    assert set(by_path) == set(names)
    for name, (_, text) in GOOD.items():
        assert by_path[name]["text"] == cleaned(text)
        assert by_path[name]["status"] == "changed" and by_path[name]["error"] == ""
    assert by_path["a/b/gbk.txt"]["encoding"] == "gbk"
    for name, (_, reason) in BAD.items():
        assert by_path[name]["status"] == "failed" and by_path[name]["text"] is None
        assert by_path[name]["error"].startswith(reason)

    rows = ray.data.read_binary_files([str(tree / "utf8.txt")], include_paths=True).map_batches(
        cray.SplitBatch, fn_constructor_kwargs={"filters": ["normalize", "despace", "reflow"]},
        compute=ray.data.ActorPoolStrategy(size=1),
    ).take_all()
    items = [cleanpress.Article.from_dict(json.loads(line)) for line in rows[0]["text"].splitlines()]
    expected = cleanpress.split_text(DIRTY, ["normalize", "despace", "reflow"])
    assert [item.to_dict() | {"source": None} for item in items] == [item.to_dict() for item in expected]
    assert {item.source for item in items} == {rows[0]["path"]}

    # Rows with a path and no bytes are read by the worker; extra columns pass through.
    items = [{"path": str(tree / "utf8.txt"), "issue": 7}, {"path": str(tree / "gone.txt"), "issue": 8}]
    rows = ray.data.from_items(items).map_batches(
        cray.CleanBatch, fn_constructor_kwargs={"filters": ["normalize", "despace"]},
        compute=ray.data.ActorPoolStrategy(size=1),
    ).take_all()
    assert [(r["issue"], r["status"], r["error"]) for r in rows] == [(7, "changed", ""), (8, "failed", "no such file")]
    assert rows[0]["text"] == cleanpress.clean_text(DIRTY, ["normalize", "despace"]).rstrip("\n") + "\n"


@needs_ray
def test_the_command_starts_its_own_ray_and_is_quiet_off_a_terminal(tree: Path, tmp_path: Path) -> None:
    """The real command, in its own process: a local Ray instance of --jobs CPUs, started and
    stopped; on a pipe, stderr holds the error lines and the summary, nothing of Ray's."""
    local = run_main("clean", str(tree), "--jobs", "2", "--output-dir", str(tmp_path / "local"))
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    on_ray = subprocess.run(
        [sys.executable, "-m", "cleanpress", "clean", str(tree), "--engine", "ray", "--jobs", "2", "--output-dir",
         str(tmp_path / "ray")], capture_output=True, text=True, env=env,
    )
    assert on_ray.returncode == local.returncode == 123
    assert on_ray.stderr == local.stderr
    assert on_ray.stdout == ""
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")


@needs_ray
def test_progress_bar_and_summary_on_a_terminal(tree: Path, tmp_path: Path) -> None:
    primary, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanpress", "clean", str(tree), "--engine", "ray", "-j", "2", "--output-dir",
         str(tmp_path / "out")], stdout=secondary, stderr=secondary, env={**env, "COLUMNS": "100"},
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
    assert "0/25 files" in screen and "25/25 files" in screen, "the bar, from start to end"
    for row in ("seen", "changed", "failed", "read as gbk", "read as big5", "What the filters did"):
        assert row in screen
    assert "error: cannot clean" in screen and "Traceback" not in screen and "WARNING" not in screen


# --- without a Ray run --------------------------------------------------------------------------


def test_resume_with_local_processes(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert clean(str(tree / "a"), "--output-dir", str(out)).exit_code == 123
    (out / "bom.txt").write_bytes(b"kept\n")
    (out / "utf16le.txt").unlink()
    again = clean(str(tree / "a"), "--resume", "-j", "2", "--output-dir", str(out))
    assert again.exit_code == 123
    assert "1 file cleaned, 0 unchanged, 2 failed, 4 skipped (output exists)." in again.stderr
    assert (out / "bom.txt").read_bytes() == b"kept\n"
    assert (out / "utf16le.txt").read_bytes() == cleaned(DIRTY).encode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ray-address", "auto", "--output-dir", "out"], "--ray-address needs --engine ray"),
        (["--engine", "ray", "-i"], "--engine ray writes one file per input into --output-dir"),
        (["--engine", "ray", "--check"], "--engine ray writes one file per input into --output-dir"),
        (["--resume", "-i"], "--resume needs --output-dir"),
        (["--output-dir", "pages/utf8.txt"], "pages/utf8.txt is a file, not a folder"),
        (["--output-dir", "s3://bucket/clean"], "s3://bucket/clean: URIs are read and written with --engine ray"),
    ],
)
def test_usage_errors(tree: Path, args: list[str], message: str) -> None:
    result = run_main("clean", "pages", *args, cwd=tree.parent)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_without_ray_the_engine_is_a_usage_error(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "ray" or name.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    result = clean(str(tree), "--engine", "ray", "--output-dir", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert f"--engine ray needs Ray (ray is not installed): {cray.INSTALL_HINT}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_cleanpress_never_imports_ray() -> None:
    code = "import sys, cleanpress, cleanpress.cli, cleanpress.ray; print(sorted(m for m in sys.modules if m.split('.')[0] in ('ray', 'pyarrow')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


@needs_ray
def test_a_cluster_that_does_not_answer_is_one_line(tree: Path, tmp_path: Path) -> None:
    result = run_main("clean", str(tree), "--engine", "ray", "--ray-address", "127.0.0.1:9", "--output-dir", str(tmp_path / "o"))
    assert result.returncode == 2
    assert result.stderr.startswith("cleanpress: error: cannot join the Ray cluster at 127.0.0.1:9: nothing answers there")
    assert len(result.stderr.splitlines()) == 1


def test_uris_are_told_from_paths() -> None:
    assert cray.is_uri("s3://bucket/pages") and cray.is_uri("file:///tmp/x") and cray.is_uri("gs://b")
    assert not cray.is_uri("pages/a.txt") and not cray.is_uri("C:\\pages") and not cray.is_uri("c://x")
    assert cray.Location.parse("pages").local
