"""Throughput of read + normalize + segment + write against plain ``jieba.lcut``.

Usage (from the repository root, with textmine installed)::

    python benchmarks/bench_pipeline.py [--repeat 3] [--limit N]

Texts: the political dev articles of ``../shared/data/political/dev.jsonl``
(simplified) and their OpenCC ``s2t`` conversion (traditional); without
``../shared``, the articles of ``corpus/``. Each set is written to a temporary
folder as ``.txt`` files and run through ``run_corpus`` (extraction off, token
lists written), then timed against ``jieba.lcut`` over the same texts in the
same process. Reported: chars/s, the ratio to jieba (acceptance ≥ 2×), the
traditional/simplified ratio (acceptance ≥ 0.9) and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))


def load_texts(limit: int | None) -> tuple[list[str], str]:
    """The simplified benchmark texts and where they came from."""
    path = SHARED / "data" / "political" / "dev.jsonl"
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [t for t in texts if t.strip()]
        origin = str(path)
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
        origin = "corpus/"
    return texts[:limit] if limit else texts, origin


def write_folder(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def time_textmine(folder: Path, out: Path, pipeline) -> float:
    from textmine.runner import run_corpus

    t0 = time.perf_counter()
    report = run_corpus([folder], out, pipeline=pipeline, incremental=False)  # every round does the work
    elapsed = time.perf_counter() - t0
    assert not report.failures, report.failures[:3]
    return elapsed


def time_jieba(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.lcut("预热")  # build jieba's global dictionary outside the timing
    t0 = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)

    from textmine import Pipeline, PipelineConfig
    from textmine.normalize import build_converter

    texts, origin = load_texts(args.limit)
    traditional = [build_converter("s2t").convert(t) for t in texts]
    chars = sum(map(len, texts))
    config = PipelineConfig(stages=("normalize", "segment"))
    pipeline = Pipeline.from_config(config)
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        write_folder(texts, tmp_path / "hans")
        write_folder(traditional, tmp_path / "hant")
        for _ in range(args.repeat):
            for name, folder in (("simplified", tmp_path / "hans"), ("traditional", tmp_path / "hant")):
                elapsed = time_textmine(folder, tmp_path / f"out-{name}", pipeline)
                best[name] = min(best.get(name, float("inf")), elapsed)
            best["jieba.lcut"] = min(best.get("jieba.lcut", float("inf")), time_jieba(texts))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = {k: chars / v for k, v in best.items()}
    print(f"texts: {len(texts)} articles, {chars:,} chars ({origin}); best of {args.repeat}")
    for name in ("jieba.lcut", "simplified", "traditional"):
        print(f"  {name:12s} {rate[name] / 1e6:6.2f} M chars/s  ({best[name]:.3f} s)")
    print(f"textmine read+normalize+segment+write / jieba.lcut (simplified): {rate['simplified'] / rate['jieba.lcut']:.2f}x  (target >= 2)")
    print(f"traditional / simplified input: {rate['traditional'] / rate['simplified']:.2f}  (target >= 0.9)")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
