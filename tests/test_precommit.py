"""The pre-commit hooks, run by the real pre-commit against a throwaway git repository.

The repository under test is this one, at its committed HEAD, named in a
``.pre-commit-config.yaml`` exactly as the README shows users (``repo:`` a local path instead of
the URL): pre-commit clones it, installs cleanpress into a fresh virtual environment (from the
package index, so the first run takes a while) and runs the hooks. Uncommitted changes to this
repository are therefore not what is tested; CI runs on a clean clone, where HEAD is the code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed: pre-commit needs git to run hooks"
)

DIRTY = "法 治 思 想 ，坚 持 依 法 治 县 、依 法 执 政 。\n"
CLEAN = "法治思想，坚持依法治县、依法执政。\n"


def git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory):
    """Run a hook on the files of a fresh git repository: (hook id, *files) -> completed process."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    project = tmp_path_factory.mktemp("project")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    rev = git("rev-parse", "HEAD", cwd=ROOT, env=env).strip()
    git("init", "-q", cwd=project, env=env)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: cleanpress\n      - id: cleanpress-check\n"
    )

    def run(hook: str, *files: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pre_commit", "run", hook, "--files", *files]
        return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=900)

    def add(name: str, text: str) -> None:
        """A staged file, as pre-commit sees files at commit time."""
        (project / name).write_text(text, encoding="utf-8")
        git("add", name, cwd=project, env=env)

    run.project = project  # type: ignore[attr-defined]
    run.add = add  # type: ignore[attr-defined]
    return run


def test_fixing_hook_fails_and_fixes_then_passes(hooks) -> None:
    project: Path = hooks.project
    hooks.add("page.txt", DIRTY)
    hooks.add("notes.md", DIRTY)

    first = hooks("cleanpress", "page.txt", "notes.md")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert "1 file cleaned" in first.stdout
    assert (project / "page.txt").read_text(encoding="utf-8") == CLEAN
    assert (project / "notes.md").read_text(encoding="utf-8") == DIRTY, "only .txt files are the hook's"

    second = hooks("cleanpress", "page.txt", "notes.md")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def test_checking_hook_fails_without_changing_anything(hooks) -> None:
    project: Path = hooks.project
    hooks.add("other.txt", DIRTY)

    failed = hooks("cleanpress-check", "other.txt")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "would clean other.txt" in failed.stdout
    assert (project / "other.txt").read_text(encoding="utf-8") == DIRTY

    hooks.add("other.txt", CLEAN)
    passed = hooks("cleanpress-check", "other.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
