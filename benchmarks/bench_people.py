"""Benchmark the PERSON and PLACE extractors: speed against segmentation, accuracy on CLUENER.

usage: python benchmarks/bench_people.py [--shared ../shared] [--repeat 3] [--limit N]

Speed: the political dev articles (``shared/data/political/dev.jsonl``) are
normalized and segmented, then each extractor runs on every article; each
figure is the best of ``--repeat`` runs of process CPU time (the machine is
shared: wall-clock times swing with the load of other processes, CPU time
much less), and ratios are taken within one run.

Accuracy: PERSON against CLUENER ``name`` and PLACE against ``address`` on
``shared/data/cluener/train.jsonl`` (exact spans, pooled P/R/F1), plus the share
of gold spans that a predicted span overlaps (CLUENER addresses are long,
fine-grained strings such as 北京市海淀区中关村大街, where our PLACE is the
division name). CLUENER is news text, not official text: a reference point only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from textmine import Pipeline
from textmine.config import config_from_dict


def _lines(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def bench_speed(tm: Pipeline, articles: list[dict], repeat: int) -> dict:
    tm.extract(articles[0]["text"])  # warm-up
    texts = [a["text"] for a in articles]
    best: dict[str, float] = {}
    for _ in range(repeat):
        t0 = time.process_time()
        normalized = [tm.normalizer.normalize(t) for t in texts]
        t1 = time.process_time()
        for n in normalized:
            tm.segmenter.tokenize(n)
        t2 = time.process_time()
        docs = [tm.analyze(t) for t in texts]
        times = {"normalize": t1 - t0, "segment": t2 - t1}
        for doc in docs:
            found: list = []
            for name, extractor in tm.extractors:
                t = time.process_time()
                found.extend(extractor(doc, tuple(found)))
                times[name] = times.get(name, 0.0) + time.process_time() - t
        for key, value in times.items():
            best[key] = min(best.get(key, value), value)
    chars = sum(map(len, texts))
    out = {"articles": len(texts), "chars": chars, "seconds": {k: round(v, 4) for k, v in best.items()}}
    out["segment_chars_per_s"] = round(chars / best["segment"])
    out["ratio_to_segment"] = {k: round(v / best["segment"], 4) for k, v in best.items() if k.endswith(".v1")}
    together = sum(v for k, v in best.items() if k.endswith(".v1"))
    out["ratio_to_segment"]["together"] = round(together / best["segment"], 4)
    out["ratio_to_normalize_and_segment"] = round(together / (best["segment"] + best["normalize"]), 4)
    return out


def bench_cluener(tm: Pipeline, rows: list[dict]) -> dict:
    pairs = {"PERSON": "name", "PLACE": "address"}
    counts = {label: {"tp": 0, "fp": 0, "fn": 0, "overlapped": 0, "gold": 0} for label in pairs}
    for row in rows:
        spans = tm.extract(row["text"])
        for label, theirs in pairs.items():
            gold = {(g["start"], g["end"]) for g in row["spans"] if g["label"] == theirs}
            pred = {(s.start, s.end) for s in spans if s.label == label}
            c = counts[label]
            c["tp"] += len(gold & pred)
            c["fp"] += len(pred - gold)
            c["fn"] += len(gold - pred)
            c["gold"] += len(gold)
            c["overlapped"] += sum(1 for a, b in gold if any(x < b and a < y for x, y in pred))
    out = {}
    for label, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[f"{label} vs {pairs[label]}"] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold_overlapped": round(c["overlapped"] / c["gold"], 4) if c["gold"] else 0.0,
            **c,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="first N CLUENER records only")
    args = parser.parse_args(argv)
    tm = Pipeline.from_config(config_from_dict({"extract": {"extractors": ["places.v1", "persons.v1"]}}))
    result = {
        "speed": bench_speed(tm, _lines(args.shared / "data/political/dev.jsonl", None), args.repeat),
        "cluener_train": bench_cluener(tm, _lines(args.shared / "data/cluener/train.jsonl", args.limit)),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
