"""Local processes against Ray on one machine: files per second of ``--jobs 1``, ``--jobs 2`` and
``--engine ray``, and what starting Ray costs.

    python -m benchmarks.ray_batch [--files 3000] [--repeat 2] [--jobs 2]

The tree is the one of ``benchmarks/batch.py`` (the seed page and English pages in slices,
written as UTF-8, UTF-8 with BOM, UTF-16 LE/BE, GBK and Big5, about one file in twenty bad).
Each run is ``cleanpress clean TREE --output-dir OUT`` in a subprocess, start-up included:
``--jobs 1``, ``--jobs N``, and ``--engine ray --jobs N`` (a local Ray instance of N CPUs,
started and stopped by the command). Every output tree is checked byte for byte against the
``--jobs N`` one and against single-file cleaning, and every run's stderr (the failures, in
order, and the summary) against the ``--jobs N`` run's. Times are the best of ``--repeat``
runs, alternated so that a busy moment of the machine hits all three.

Ray's fixed cost is measured twice: as the difference between ``--engine ray`` and
``--jobs 1`` on a tree of one file (the whole command: importing Ray, starting the instance,
starting the actors, shutting down), and inside one process as its parts.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.batch import expected_bytes, make_pages, write_tree


def timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def clean_command(tree: Path, out: Path, *flags: str) -> list[str]:
    return [sys.executable, "-m", "cleanpress", "clean", str(tree), "--output-dir", str(out), *flags]


def ray_parts(jobs: int) -> dict[str, float]:
    """Seconds to import Ray, start a local instance, run a trivial actor pool, shut down."""
    script = f"""
import json, logging, time
t0 = time.perf_counter()
import ray, ray.data
t1 = time.perf_counter()
ray.init(address="local", num_cpus={jobs}, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
t2 = time.perf_counter()
ray.data.DataContext.get_current().enable_progress_bars = False
class Same:
    def __call__(self, batch):
        return batch
ray.data.from_items([{{"i": i}} for i in range({jobs})], override_num_blocks={jobs}).map_batches(
    Same, compute=ray.data.ActorPoolStrategy(size={jobs})).take_all()
t3 = time.perf_counter()
ray.shutdown()
t4 = time.perf_counter()
print(json.dumps({{"import ray": t1 - t0, "start a local instance": t2 - t1,
                  "first actor pool (trivial work)": t3 - t2, "shut down": t4 - t3}}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000, help="page files in the tree (default 3000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best counts")
    parser.add_argument("--jobs", type=int, default=2, help="processes, and Ray CPUs (default 2)")
    args = parser.parse_args()

    pages = make_pages(args.files, random.Random(20240428))
    expected = expected_bytes(pages)
    megabytes = sum(len(p.data) for p in pages.values()) / 1e6
    bad = sum(page.text is None for page in pages.values())
    runs = {
        "--jobs 1": ["--jobs", "1"],
        f"--jobs {args.jobs}": ["--jobs", str(args.jobs)],
        f"--engine ray --jobs {args.jobs}": ["--engine", "ray", "--jobs", str(args.jobs)],
    }
    reference = f"--jobs {args.jobs}"
    with tempfile.TemporaryDirectory(prefix="cleanpress-ray-") as folder:
        tree = Path(folder) / "tree"
        write_tree(tree, pages)
        times: dict[str, list[float]] = {name: [] for name in runs}
        trees: dict[str, dict[str, bytes]] = {}
        stderrs: dict[str, str] = {}
        for _ in range(args.repeat):
            for name, flags in runs.items():
                out = Path(folder) / "out"
                shutil.rmtree(out, ignore_errors=True)
                seconds, result = timed(clean_command(tree, out, *flags))
                if result.returncode != 123:
                    sys.exit(f"{name}: exit {result.returncode}, expected 123: {result.stderr[-500:]}")
                times[name].append(seconds)
                trees[name], stderrs[name] = snapshot(out), result.stderr
        for name in runs:
            if trees[name] != trees[reference] or stderrs[name] != stderrs[reference]:
                sys.exit(f"{name}: not the same output or report as {reference}")
        if trees[reference] != expected:
            sys.exit(f"{reference}: not what single-file cleaning makes")

        one = Path(folder) / "one"
        write_tree(one, {name: page for name, page in list(pages.items())[:1]})
        single: dict[str, list[float]] = {"--jobs 1": [], "--engine ray": []}
        for _ in range(args.repeat):
            for name, flags in (("--jobs 1", ["--jobs", "1"]), ("--engine ray", ["--engine", "ray", "--jobs", str(args.jobs)])):
                out = Path(folder) / "one-out"
                shutil.rmtree(out, ignore_errors=True)
                single[name].append(timed(clean_command(one, out, *flags))[0])

    parts = ray_parts(args.jobs)
    print(
        f"tree: {len(pages)} files, {megabytes:.1f} MB, {bad} bad; best of {args.repeat} runs; "
        f"every output tree and report identical to {reference}'s, and to single-file cleaning\n"
    )
    print("| run | seconds | files/s | MB/s |")
    print("|---|---:|---:|---:|")
    for name in runs:
        seconds = min(times[name])
        print(f"| `{name}` | {seconds:.1f} | {len(pages) / seconds:.0f} | {megabytes / seconds:.2f} |")
    overhead = min(single["--engine ray"]) - min(single["--jobs 1"])
    print(
        f"\nRay's fixed cost: {overhead:.1f} s more than `--jobs 1` for one file "
        f"({min(single['--engine ray']):.1f} s against {min(single['--jobs 1']):.1f} s); its parts, in one process: "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in parts.items())
        + "."
    )
    steady = min(times[f"--engine ray --jobs {args.jobs}"]) - overhead
    print(f"Without that cost, Ray cleans {len(pages) / steady:.0f} files/s.")


if __name__ == "__main__":
    main()
