"""Time each extractor of the default pipeline against segmentation, on the political dev articles.

The machine may be shared and wall-clock timings noisy, so the clock is the
CPU time of this process (``time.process_time``: time spent waiting for a
core does not count), segmentation and each extractor are timed back to back
``--repeat`` times, and the median of the per-round ratios is reported. The
budget: all extractors together ≤ 50 % of segmentation time.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/bench_extract_speed.py [--data $TEXTMINE_SHARED/data/political/dev.jsonl] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from textmine import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))


def _time(func) -> float:
    t0 = time.process_time()
    func()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "political" / "dev.jsonl")
    parser.add_argument("--config", type=Path, default=None, help="pipeline TOML (default pipeline when omitted)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found (pass --data)", file=sys.stderr)
        return 1
    texts = [json.loads(line)["text"] for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    chars = sum(map(len, texts))
    pipeline = Pipeline.from_config(args.config)
    normalized = [pipeline.normalizer.normalize(t) for t in texts]
    docs = [pipeline.analyze(t) for t in texts]
    found: list[list] = [[] for _ in docs]
    stages = []
    for name, extractor in pipeline.extractors:
        before = [tuple(f) for f in found]
        stages.append((name, lambda ex=extractor, before=before: [ex(d, f) for d, f in zip(docs, before)]))
        for d, f in zip(docs, found):
            f.extend(extractor(d, tuple(f)))
    segment_times = []
    ratios: dict[str, list[float]] = {name: [] for name, _ in stages}
    for _ in range(args.repeat):
        seg = _time(lambda: [pipeline.segmenter.tokenize(n) for n in normalized])
        segment_times.append(seg)
        for name, run in stages:
            ratios[name].append(_time(run) / seg)
    seg = statistics.median(segment_times)
    print(
        f"{len(texts)} articles, {chars:,} characters; segmentation {seg:.3f} s ({chars / seg / 1e6:.2f} M chars/s), "
        f"median of {args.repeat} rounds"
    )
    total = 0.0
    for name, values in ratios.items():
        ratio = statistics.median(values)
        total += ratio
        print(f"  {name:16s} {ratio:6.1%} of segmentation  (rounds: {', '.join(f'{v:.1%}' for v in values)})")
    print(f"  {'all extractors':16s} {total:6.1%} of segmentation (budget 50 %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
