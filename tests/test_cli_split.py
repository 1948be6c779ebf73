"""``cleanpress split``: every format, every destination, every exit code with its message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleanpress
from cleanpress.cli import app

runner = CliRunner()
PAGE = (
    "第2版\n\n市总工会举办主题活动\n\n"
    "本 报 讯 （记 者 秦 颖 ）为 弘 扬 劳 模 精 神 ，市 总 工 会 联 合 区 总 工 会 开 展 主 题 活 动 。\n\n"
    "看一刻钟如何圈出幸福生活\n\n□河南日报记者 陈晨\n\n自2021年起，我省先后作为全国城市一刻钟便民生活圈试点地区。\n\n"
    "圈出居民幸福感\n\n4月25日，社区居民李鸿忠向记者分享了他的生活时间表。\n\n（据《河南日报》）\n"
)
KEYS = ["source", "index", "type", "kicker", "headline", "subheadline", "bylines", "dateline", "credits",
        "continued_from", "continued_to", "body"]


def run_main(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleanpress", *args], input=stdin, capture_output=True)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def expected(source: str | None) -> list[dict]:
    return [item.to_dict() for item in cleanpress.split_text(PAGE, source=source)]


def test_text_is_the_default_on_standard_output() -> None:
    result = runner.invoke(app, ["split"], input=PAGE)
    assert result.exit_code == 0
    blocks = result.stdout.split("\n\n" + "-" * 40 + "\n\n")
    assert blocks[0] == "第2版"
    assert blocks[1].splitlines() == ["市总工会举办主题活动", "记者 秦颖 · 本报讯", "为弘扬劳模精神，市总工会联合区总工会开展主题活动。"]
    assert blocks[2].splitlines() == [
        "看一刻钟如何圈出幸福生活", "河南日报记者 陈晨", "自2021年起，我省先后作为全国城市一刻钟便民生活圈试点地区。",
        "圈出居民幸福感", "4月25日，社区居民李鸿忠向记者分享了他的生活时间表。", "(据《河南日报》)",
    ]
    assert result.stdout.endswith("(据《河南日报》)\n")


def test_markdown(page: Path) -> None:
    result = runner.invoke(app, ["split", "--format", "markdown", str(page)])
    assert result.exit_code == 0
    out = result.stdout
    assert "**第2版**" in out
    assert "# 市总工会举办主题活动\n\n*记者 秦颖 · 本报讯*\n\n为弘扬劳模精神" in out
    assert "## 圈出居民幸福感" in out
    assert out.count("\n---\n") == 2


def test_json_is_a_list_of_items_with_their_source(page: Path) -> None:
    result = runner.invoke(app, ["split", "-F", "json", str(page)])
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert items == expected(str(page))
    assert [list(item) for item in items] == [KEYS] * len(items)


def test_jsonl_one_object_a_line_and_null_source_for_stdin() -> None:
    result = runner.invoke(app, ["split", "--format", "jsonl"], input=PAGE)
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected(None)


def test_json_of_several_inputs_is_one_list_in_input_order(page: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("第3版\n", encoding="utf-8")
    result = runner.invoke(app, ["split", "-F", "json", str(page), str(other)])
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert [i["source"] for i in items] == [str(page)] * len(expected(None)) + [str(other)]
    assert items[-1]["index"] == 0


def test_rich_panels(page: Path) -> None:
    result = runner.invoke(app, ["split", "--format", "rich", str(page)])
    assert result.exit_code == 0
    assert "市总工会举办主题活动" in result.stdout and "记者 秦颖 · 本报讯" in result.stdout
    assert "╭" in result.stdout


def test_the_cleaning_options_apply(page: Path) -> None:
    result = runner.invoke(app, ["split", "-F", "jsonl", "--convert", "s2t", str(page)])
    assert result.exit_code == 0
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert items[1]["headline"] == "市總工會舉辦主題活動"
    skipped = runner.invoke(app, ["split", "-F", "jsonl", "--skip", "despace", str(page)])
    assert "本 报 讯" in skipped.stdout or "本报讯" not in skipped.stdout


def test_a_traditional_page_split_then_converted(tmp_path: Path) -> None:
    """The page is split in its own script, then its fields converted (``--convert t2s``)."""
    path = tmp_path / "trad.txt"
    path.write_text(
        "推動法治政府建設再上新台階\n\n□本報記者 柯其其\n\n"
        "“近年來，浚縣深入踐行法治思想，堅持依法治縣，為經濟社會高質量發展提供堅強法治保障。”縣長說。\n\n"
        "（下轉第二版）\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["split", "-F", "json", "--convert", "t2s", str(path)])
    assert result.exit_code == 0
    (item,) = json.loads(result.stdout)
    assert (item["headline"], item["bylines"], item["continued_to"]) == (
        "推动法治政府建设再上新台阶", ["本报记者 柯其其"], "下转第二版")


def test_output_dir_writes_one_jsonl_per_input_mirroring_folders(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_text(PAGE, encoding="utf-8")
    (source / "sub" / "b.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["split", str(source), "--output-dir", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "a.txt.jsonl", "sub/b.txt.jsonl"
    ]
    lines = (out / "sub" / "b.txt.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected(str(source / "sub" / "b.txt"))
    assert "2 files split." in result.stderr


def test_output_dir_in_another_format(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["split", str(page), "--output-dir", str(out), "--format", "markdown", "-q"])
    assert result.exit_code == 0 and result.stderr == ""
    assert (out / "page.txt.md").read_text(encoding="utf-8").startswith("**第2版**")


def test_output_writes_one_combined_file(page: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("第3版\n", encoding="utf-8")
    target = tmp_path / "all.jsonl"
    result = runner.invoke(app, ["split", str(page), str(other), "--output", str(target)])
    assert result.exit_code == 0
    items = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert items == expected(str(page)) + [{**expected(None)[0], "source": str(other), "headline": "第3版"}]
    assert result.stdout == ""
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_as_one_json_list(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    result = runner.invoke(app, ["split", str(page), "--output", str(target), "-F", "json"])
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == expected(str(page))


def test_a_missing_input_is_exit_123_and_the_others_are_still_split(page: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run_main("split", "-F", "jsonl", str(missing), str(page))
    assert result.returncode == 123
    assert result.stderr.decode().strip() == f"error: cannot split {missing}: no such file"
    assert len(result.stdout.decode().splitlines()) == len(expected(None))


def test_a_binary_input_is_exit_123(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run_main("split", str(binary))
    assert result.returncode == 123
    assert result.stderr.decode().startswith(f"error: cannot split {binary}: ")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "yaml"], "'yaml' is not one of"),
        (["--output", "a.jsonl", "--output-dir", "out"], "--output and --output-dir cannot be combined"),
        (["--output-dir", "out"], "--output-dir needs file paths, not standard input"),
        (["--format", "rich", "--output", "a.txt"], "rich draws on the terminal"),
        (["--filters", "nosuch"], "nosuch"),
        (["--option", "reflow.nosuch=1"], "has no option 'nosuch'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = run_main("split", *args, stdin=PAGE.encode())
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_output_must_not_overwrite_an_input(page: Path) -> None:
    result = run_main("split", str(page), "--output", str(page))
    assert result.returncode == 2
    assert "is an input" in result.stderr.decode()
    assert page.read_text(encoding="utf-8") == PAGE


def test_standard_input_through_the_real_entry_point() -> None:
    result = run_main("split", "-F", "jsonl", stdin=PAGE.encode("utf-8"))
    assert result.returncode == 0
    assert [json.loads(line) for line in result.stdout.decode().splitlines()] == expected(None)


def test_split_is_listed_in_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert "split" in result.stdout
