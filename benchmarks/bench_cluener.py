"""Score DEPARTMENT, PERSON and PLACE against CLUENER2020 (train split), exact spans.

CLUENER labels are mapped as ``government`` → DEPARTMENT, ``name`` → PERSON,
``address`` → PLACE; a label is scored only when an extractor of the pipeline
produces it, so the script runs whichever of the three extractors are
registered. CLUENER's ``government`` covers state organs only (State Council,
ministries, courts, customs, police, the military, foreign governments), not
Party organs: DEPARTMENT precision is reported overall and on the predictions
whose ``kind`` is not ``party`` (Party organs that CLUENER does not annotate
are not errors of ours), and per ``kind`` (true and false positives).

Two pipelines are scored by default: ``default`` (the DEPARTMENT reading of
shared/ANNOTATION.md, which leaves bare organ nouns such as 法院 or 警方 out as
generic) and ``pipelines/news.toml`` (the ``news`` reading of departments.v1,
which reports them); ``--config`` scores one pipeline instead.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/bench_cluener.py [--data $TEXTMINE_SHARED/data/cluener/train.jsonl]
        [--config pipelines/news.toml] [--limit N] [--show 20] [--json]

Anchors on the CLUENER *test* set (published): RoBERTa-wwm-large government
F1 88.17, name 89.09, address 62.63; BERT overall 78.82.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from textmine import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))
MAPPING = {"DEPARTMENT": "government", "PERSON": "name", "PLACE": "address"}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(records: list[dict], pipeline: Pipeline) -> dict[str, dict]:
    """Pool exact-span counts per mapped label over ``records``."""
    labels = sorted({lab for _, ex in pipeline.extractors for lab in ex.labels} & set(MAPPING))
    counts = {lab: Counter() for lab in labels}
    misses = {lab: Counter() for lab in labels}
    wrong = {lab: Counter() for lab in labels}
    for rec in records:
        text = rec["text"]
        spans = pipeline.extract(text)
        for lab in labels:
            gold = {(s["start"], s["end"]) for s in rec["spans"] if s["label"] == MAPPING[lab]}
            pred = [s for s in spans if s.label == lab]
            got = {(s.start, s.end) for s in pred}
            counts[lab]["tp"] += len(gold & got)
            counts[lab]["fp"] += len(got - gold)
            counts[lab]["fn"] += len(gold - got)
            for s in pred:
                if (s.start, s.end) not in gold:
                    wrong[lab][s.text] += 1
                if lab == "DEPARTMENT":
                    kind = s.attrs.get("kind")
                    counts[lab][f"kind_{kind}_{'tp' if (s.start, s.end) in gold else 'fp'}"] += 1
                    if kind != "party":
                        counts[lab]["state_pred"] += 1
                        counts[lab]["state_tp"] += (s.start, s.end) in gold
            for a, b in gold - got:
                misses[lab][text[a:b]] += 1
    out = {}
    for lab in labels:
        c = counts[lab]
        row = _prf(c["tp"], c["fp"], c["fn"])
        if lab == "DEPARTMENT":
            row["precision_not_party"] = round(c["state_tp"] / c["state_pred"], 4) if c["state_pred"] else 0.0
            kinds = sorted({k[5:].rsplit("_", 1)[0] for k in c if k.startswith("kind_")})
            row["by_kind"] = {k: {"tp": c[f"kind_{k}_tp"], "fp": c[f"kind_{k}_fp"]} for k in kinds}
        row["top_false_positives"] = wrong[lab].most_common(40)
        row["top_misses"] = misses[lab].most_common(40)
        out[f"{lab} vs {MAPPING[lab]}"] = row
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "cluener" / "train.jsonl")
    parser.add_argument(
        "--config", type=Path, default=None, help="one pipeline TOML (default: the default and the news pipelines)"
    )
    parser.add_argument("--limit", type=int, default=None, help="score the first N records only")
    parser.add_argument("--show", type=int, default=15, help="print this many top false positives and misses")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found (pass --data)", file=sys.stderr)
        return 1
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[: args.limit] if args.limit else records
    configs = [args.config] if args.config else [None, ROOT / "pipelines" / "news.toml"]
    results = {}
    for config in configs:
        pipeline = Pipeline.from_config(config)
        t0 = time.perf_counter()
        results[pipeline.config.name] = (score(records, pipeline), time.perf_counter() - t0)
    if args.json:
        print(json.dumps({name: result for name, (result, _) in results.items()}, ensure_ascii=False, indent=2))
        return 0
    for pipeline_name, (result, seconds) in results.items():
        print(f"CLUENER {args.data.name}: {len(records)} records, pipeline {pipeline_name!r}, {seconds:.1f} s")
        if not result:
            print("no DEPARTMENT, PERSON or PLACE extractor in the pipeline")
        for name, row in result.items():
            extra = (
                f"  precision (kind != party) {row['precision_not_party']:.4f}" if "precision_not_party" in row else ""
            )
            print(
                f"{name}: P {row['precision']:.4f}  R {row['recall']:.4f}  F1 {row['f1']:.4f}"
                f"  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']}){extra}"
            )
            if "by_kind" in row:
                print("  by kind (tp/fp):", ", ".join(f"{k} {v['tp']}/{v['fp']}" for k, v in row["by_kind"].items()))
            if args.show:
                print(
                    "  top false positives:", ", ".join(f"{t}×{n}" for t, n in row["top_false_positives"][: args.show])
                )
                print("  top misses:", ", ".join(f"{t}×{n}" for t, n in row["top_misses"][: args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
