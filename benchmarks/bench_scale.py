"""Scale: throughput per core vs jieba.lcut, 1 vs 2 workers, memory at 1k vs 10k articles, reruns.

Usage (from the repository root, with textmine installed)::

    python benchmarks/bench_scale.py [--small 1000] [--large 10000] [--skip-large]
    python benchmarks/bench_scale.py --in-process [--repeat 3]

Corpora: the political dev articles of ``../shared/data/political/dev.jsonl``
(or ``$TEXTMINE_SHARED``), replicated (each copy its own file, half of them
converted with OpenCC s2t) to ``--small`` and ``--large`` articles. Every run is
``textmine run`` in a fresh child process, so peak RSS is that run's own.

Reported, each measured in the same run of this script:

- per-article path (normalize … write, from ``run.json`` timings, one core)
  in chars/s, against plain ``jieba.lcut`` on the same texts (target ≥ 2×),
  and traditional vs simplified input (target ≥ 0.95);
- wall time with 1 and 2 workers (target ≥ 1.7×; `--worker-repeat N`: alternate runs, best of N each);
- peak RSS at the small and the large corpus (target ≤ 1.3× and ≤ 400 MB);
- a rerun after adding 1 % new articles, against the full run (target ≤ 10 %),
  in wall time and in CPU time (user + system of the child process: the
  share that other jobs on the machine do not move); the rerun is repeated
  ``--rerun-repeat`` times on copies of the full run's output folder, and the
  median is reported.

``--in-process`` instead times the per-article path in this process, with
CPU time (best of ``--repeat``): a model is fitted on the dev articles, the
built objects are frozen out of the collector's scans (as the command line
does), then every article goes through the path of ``textmine run`` (process,
document, write into a new folder), simplified and OpenCC s2t twins, against ``jieba.lcut`` on
the same texts in the same process; the stage figures are the pipeline's own
timings, read from the CPU clock for the run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))
PER_ARTICLE = ("normalize", "segment", "keywords", "themes", "write")


def dev_texts() -> list[str]:
    path = SHARED / "data" / "political" / "dev.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (set TEXTMINE_SHARED)")
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [t for t in texts if len(t.strip()) > 200]


def build_corpus(folder: Path, texts: list[str], n: int, *, script: str = "mixed") -> int:
    """Write ``n`` articles cycling over ``texts``; returns the characters written."""
    from textmine.normalize import build_converter

    s2t = build_converter("s2t")
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(n):
        text = texts[i % len(texts)]
        if script == "traditional" or (script == "mixed" and i % 2):
            text = s2t.convert(text)
        # A line with the copy number makes every copy a distinct article.
        text = f"{text}\n第{i}份"
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


_CHILD = (
    "import resource, sys\n"
    "from textmine.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('peak-rss-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
    "      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(inputs: Path, out: Path, *, workers: int, extra: tuple[str, ...] = ()) -> tuple[float, float, dict]:
    """Run textmine in a child process; return wall seconds, peak RSS in MB, and run.json.

    The peak is that of the largest process of the run: the main one (read,
    fit, corpus summary) or, with workers, the largest worker.
    """
    cmd = [sys.executable, "-c", _CHILD, "run", str(inputs), "-o", str(out), "-w", str(workers), "-q", *extra]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"textmine run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    peak_kb = max(int(v) for v in proc.stderr.strip().splitlines()[-1].split()[1:])
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return elapsed, peak_kb / 1024, manifest


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def per_article_seconds(manifest: dict) -> float:
    t = manifest["timings"]
    return sum(v for k, v in t.items() if k in PER_ARTICLE or k.startswith("extract."))


def jieba_seconds(folder: Path) -> float:
    from bench_pipeline import time_jieba  # benchmarks/ is on the path when this script runs

    return time_jieba([p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))])


def in_process(repeat: int) -> None:
    """The per-article path in this process (CPU time, best of ``repeat``) against ``jieba.lcut``."""
    import gc

    from bench_pipeline import load_texts, time_jieba

    from textmine import Pipeline
    from textmine.normalize import build_converter
    from textmine.parallel import freeze_built_objects
    from textmine.records import Article
    from textmine.runner import _process_one

    texts, origin = load_texts(None)
    s2t = build_converter("s2t")
    sets = {
        "simplified": [Article.from_text(t, id=f"a{i:04d}") for i, t in enumerate(texts)],
        "traditional": [Article.from_text(s2t.convert(t), id=f"a{i:04d}") for i, t in enumerate(texts)],
    }
    chars = sum(map(len, texts))
    base = Pipeline.from_config()
    pipeline = base.with_model(base.fit([base.term_doc(r.doc, r.spans) for r in map(base.prepare, sets["simplified"])]))
    for article in sets["simplified"][:3]:  # every lazy resource built before the timing
        pipeline.process(article)
    freeze_built_objects()
    clock = time.process_time
    best: dict[str, float] = {}
    stages: dict[str, dict[str, float]] = {}
    wall = time.perf_counter
    time.perf_counter = clock  # the stages' own timings (and time_jieba) read the CPU clock too
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for round_ in range(repeat):
                best["jieba.lcut"] = min(best.get("jieba.lcut", float("inf")), time_jieba(texts))
                for name, articles in sets.items():
                    out = Path(tmp) / f"{name}-{round_}"  # written once, as in a run (no file replaced)
                    (out / "documents").mkdir(parents=True)
                    gc.collect()
                    t0 = clock()
                    outcomes = [_process_one(pipeline, out, "0" * 16, a) for a in articles]
                    elapsed = clock() - t0
                    assert not any(o.failure for o in outcomes), [o.failure for o in outcomes if o.failure][:3]
                    if elapsed < best.get(name, float("inf")):
                        best[name] = elapsed
                        totals: dict[str, float] = {}
                        for o in outcomes:
                            for k, v in o.timings.items():
                                key = "extractors" if k.startswith("extract.") else k
                                totals[key] = totals.get(key, 0.0) + v
                        stages[name] = totals
    finally:
        time.perf_counter = wall
    print(f"in one process: {len(texts)} articles, {chars:,} chars ({origin}); CPU time, best of {repeat}")
    print(f"  jieba.lcut             {best['jieba.lcut']:.3f} s")
    for name in ("simplified", "traditional"):
        shares = stages[name]
        whole = sum(shares.values())
        detail = ", ".join(f"{k} {best[name] * v / whole:.3f}" for k, v in sorted(shares.items(), key=lambda kv: -kv[1]))
        print(f"  textmine, {name:12s} {best[name]:.3f} s -> {best['jieba.lcut'] / best[name]:.2f}x jieba.lcut  ({detail})")
    print(f"  traditional / simplified: {best['simplified'] / best['traditional']:.2f} (target >= 0.95)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000, help="articles in the small corpus (default 1000)")
    parser.add_argument("--large", type=int, default=10000, help="articles in the large corpus (default 10000)")
    parser.add_argument("--skip-large", action="store_true", help="only the small corpus")
    parser.add_argument("--rerun-repeat", type=int, default=3, help="reruns measured, median reported (default 3)")
    parser.add_argument("--memory-workers", type=int, default=1, help="workers of the memory runs (default 1)")
    parser.add_argument("--worker-repeat", type=int, default=1, help="1- and 2-worker runs, alternately, best of N (default 1)")
    parser.add_argument("--in-process", action="store_true", help="time the per-article path in this process only")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (with --in-process; default 3)")
    args = parser.parse_args(argv)
    if args.in_process:
        in_process(args.repeat)
        return 0
    texts = dev_texts()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # Throughput per core: simplified vs traditional copies of the same 200 articles.
        n = min(args.small, 200)
        simp_chars = build_corpus(tmp_path / "simp", texts, n, script="simplified")
        trad_chars = build_corpus(tmp_path / "trad", texts, n, script="traditional")
        _, _, m_simp = run(tmp_path / "simp", tmp_path / "o-simp", workers=1)
        _, _, m_trad = run(tmp_path / "trad", tmp_path / "o-trad", workers=1)
        lcut = jieba_seconds(tmp_path / "simp")
        rate_simp = simp_chars / per_article_seconds(m_simp)
        rate_trad = trad_chars / per_article_seconds(m_trad)
        rate_jieba = simp_chars / lcut
        print(f"per-article path, one core ({n} articles, {simp_chars:,} chars):")
        print(f"  jieba.lcut             {rate_jieba / 1e6:6.3f} M chars/s")
        print(f"  textmine, simplified   {rate_simp / 1e6:6.3f} M chars/s  -> {rate_simp / rate_jieba:.2f}x jieba.lcut (target >= 2)")
        print(f"  textmine, traditional  {rate_trad / 1e6:6.3f} M chars/s  -> {rate_trad / rate_simp:.2f}x simplified (target >= 0.95)")
        stages = {k: round(v / per_article_seconds(m_simp), 3) for k, v in sorted(m_simp["timings"].items()) if k in PER_ARTICLE or k.startswith("extract.")}
        print(f"  shares of the per-article path: {stages}")

        small = tmp_path / "small"
        small_chars = build_corpus(small, texts, args.small)
        # 1 and 2 workers alternately, best of --worker-repeat each: on a shared machine a
        # neighbour's burst lands on one run, rarely on all of one kind.
        w1 = w2 = w1_cpu = float("inf")
        for i in range(args.worker_repeat):
            if i:
                shutil.rmtree(tmp_path / "o-w1")
                shutil.rmtree(tmp_path / "o-w2")
            cpu0 = children_cpu()
            w1_i, rss_small, _ = run(small, tmp_path / "o-w1", workers=1)
            w1_cpu = min(w1_cpu, children_cpu() - cpu0)
            w2_i, _, _ = run(small, tmp_path / "o-w2", workers=2)
            w1, w2 = min(w1, w1_i), min(w2, w2_i)
            if args.worker_repeat > 1:
                print(f"  run {i + 1}: 1 worker {w1_i:.1f} s, 2 workers {w2_i:.1f} s -> {w1_i / w2_i:.2f}x (load {os.getloadavg()[0]:.1f})")
        print(f"workers ({args.small} articles, {small_chars:,} chars): 1 worker {w1:.1f} s, 2 workers {w2:.1f} s -> {w1 / w2:.2f}x (target >= 1.7)")
        same = all(
            (tmp_path / "o-w1" / "documents" / p.name).read_bytes() == p.read_bytes()
            for p in (tmp_path / "o-w2" / "documents").glob("*.json")
        )
        print(f"  2-worker documents byte-identical to 1 worker: {same}")

        # Rerun with 1 % new articles.
        extra = max(1, args.small // 100)
        for i in range(extra):
            (small / f"new{i:04d}.txt").write_text(texts[i % len(texts)][::-1] + f"\n新{i}", encoding="utf-8")
        walls, cpus = [], []
        for k in range(args.rerun_repeat):  # each on a copy of the full run's outputs (modification times kept)
            again = tmp_path / f"o-rerun{k}"
            shutil.copytree(tmp_path / "o-w1", again)
            cpu0 = children_cpu()
            wall, _, m_rerun = run(small, again, workers=1)
            cpus.append(children_cpu() - cpu0)
            walls.append(wall)
            shutil.rmtree(again)
        rerun, rerun_cpu = statistics.median(walls), statistics.median(cpus)
        print(f"rerun with {extra} new articles: {rerun:.1f} s = {rerun / w1:.1%} of the full run (target <= 10 %), "
              f"CPU {rerun_cpu:.2f} s = {rerun_cpu / w1_cpu:.1%} of the full run's {w1_cpu:.1f} s "
              f"(median of {len(walls)}); written {m_rerun['written']}, unchanged {m_rerun['unchanged']}")

        mw = args.memory_workers
        if mw != 1:
            _, rss_small, _ = run(small, tmp_path / "o-mem", workers=mw)
        print(f"peak RSS per process, {args.small} articles, {mw} worker(s): {rss_small:.0f} MB")
        if not args.skip_large:
            large = tmp_path / "large"
            build_corpus(large, texts, args.large)
            wl, rss_large, _ = run(large, tmp_path / "o-large", workers=mw)
            print(f"peak RSS per process, {args.large} articles, {mw} worker(s): {rss_large:.0f} MB ({wl:.0f} s) -> "
                  f"{rss_large / rss_small:.2f}x the small corpus (target <= 1.3, <= 400 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
