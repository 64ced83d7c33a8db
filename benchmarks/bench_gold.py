"""Accuracy of the default pipeline on the held-out gold of ``benchmarks/gold/``.

Usage (from the repository root, with textmine importable)::

    python benchmarks/bench_gold.py [--doc ID ...] [--no-dev] [--no-lists] [--json]

Each gold file of ``benchmarks/gold/`` names an article of
``shared/data/political/dev.jsonl`` and a character range of its text; the
passage is rebuilt from ``$TEXTMINE_SHARED`` (else the nearest ``shared/``
folder above the working directory or this repository) and converted with
OpenCC ``s2t`` where the gold says ``"script": "traditional"``. Every passage
goes through ``Pipeline.from_config()`` and is scored with the shared scorer
(``shared/eval/score_spans.py``: exact spans, optional gold spans neither hit
nor false positive, FIGURE value/approx/unit). Printed: per-label
precision/recall/F1 pooled over the set, the same per document, FIGURE
attribute accuracy with the attribute that is wrong, and every false
positive and miss with its text and context. The seed article and the Gansu
excerpt (the development golds) are scored alongside for comparison. Without
``shared/`` the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "benchmarks" / "gold"
LABELS = ("DEPARTMENT", "PERSON", "PLACE", "SLOGAN", "FIGURE", "DATE")


def find_shared() -> Path | None:
    """``$TEXTMINE_SHARED``, else the nearest ``shared/`` above the working directory or the repository."""
    if os.environ.get("TEXTMINE_SHARED"):
        path = Path(os.environ["TEXTMINE_SHARED"])
        return path if path.is_dir() else None
    for base in (Path.cwd(), ROOT):
        for up in (base, *base.parents):
            if (up / "shared" / "eval" / "score_spans.py").exists():
                return up / "shared"
    return None


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_spans", shared / "eval" / "score_spans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def load_cases(shared: Path, *, only: list[str] | None, with_dev: bool) -> list[dict]:
    """Gold cases: {"name", "set", "text", "gold"}; held-out ones first."""
    articles = {}
    with open(shared / "data" / "political" / "dev.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                articles[d["id"]] = d
    converter = None
    cases = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if only and gold["document"] not in only and path.stem not in only:
            continue
        a, b = gold["source_range"]
        text = articles[gold["document"]]["text"][a:b]
        if gold.get("script") == "traditional":
            if converter is None:
                import opencc

                converter = opencc.OpenCC("s2t")
            text = converter.convert(text)
        for span in gold["spans"]:
            if text[span["start"]:span["end"]] != span["text"]:
                raise SystemExit(f"{path.name}: span {span} does not match the rebuilt passage")
        cases.append({"name": path.stem, "set": "held-out", "text": text, "gold": gold["spans"]})
    if with_dev and not only:
        dev = [
            ("seed", shared / "seed" / "article-zj-party-building.txt", shared / "seed" / "gold.json"),
            ("gansu", shared / "gold" / "gansu-gwr2026-review.txt", shared / "gold" / "gansu-gwr2026-review.gold.json"),
        ]
        for name, text_path, gold_path in dev:
            if text_path.exists() and gold_path.exists():
                cases.append({
                    "name": name, "set": "dev", "text": text_path.read_text(encoding="utf-8"),
                    "gold": json.loads(gold_path.read_text(encoding="utf-8"))["spans"],
                })
    return cases


def predict(cases: list[dict]) -> None:
    from textmine import Article, Pipeline

    tm = Pipeline.from_config()
    for case in cases:
        doc = tm.document(tm.process(Article.from_text(case["text"], id=case["name"])))
        assert doc["text"] == case["text"], case["name"]
        case["pred"] = doc["spans"]


def _attr(span: dict, key: str):
    return span[key] if key in span else (span.get("attrs") or {}).get(key)


def figure_attribute_errors(case: dict) -> list[tuple[dict, dict, list[str]]]:
    """Matched required FIGUREs whose value, approx or unit is wrong, with the wrong keys."""
    pred = {(p["start"], p["end"]): p for p in case["pred"] if str(p.get("label")).upper() == "FIGURE"}
    out = []
    for g in case["gold"]:
        if g["label"] != "FIGURE" or not g.get("required", True) or (g["start"], g["end"]) not in pred:
            continue
        p, ga = pred[(g["start"], g["end"])], g.get("attrs", {})
        wrong = []
        try:
            if abs(float(_attr(p, "value")) - float(ga.get("value"))) > 1e-6 * max(1.0, abs(float(ga.get("value")))):
                wrong.append("value")
        except (TypeError, ValueError):
            wrong.append("value")
        if str(_attr(p, "approx")) not in str(ga.get("approx", "exact")).split("|"):
            wrong.append("approx")
        if str(_attr(p, "unit")).strip() != str(ga.get("unit", "")).strip():
            wrong.append("unit")
        if wrong:
            out.append((g, p, wrong))
    return out


def classify_errors(case: dict) -> tuple[list[tuple[str, dict]], list[dict]]:
    """False positives (with a cause) and misses of one document, as the scorer counts them."""
    gold = case["gold"]
    gold_keys = {(g["label"], g["start"], g["end"]) for g in gold}
    required = {(g["label"], g["start"], g["end"]) for g in gold if g.get("required", True)}
    labels = {g["label"] for g in gold} | set(LABELS)
    pred = [p for p in case["pred"] if str(p.get("label")).upper() in labels]
    pred_keys = {(str(p["label"]).upper(), p["start"], p["end"]) for p in pred}
    fps = []
    for p in pred:
        lab = str(p["label"]).upper()
        if (lab, p["start"], p["end"]) in gold_keys:
            continue
        same = [g for g in gold if g["label"] == lab and g["start"] < p["end"] and p["start"] < g["end"]]
        other = [g for g in gold if g["label"] != lab and (g["start"], g["end"]) == (p["start"], p["end"])]
        if same:
            cause = "boundary (gold " + " / ".join(g["text"] for g in same[:2]) + ")"
        elif other:
            cause = "label (gold " + other[0]["label"] + ")"
        else:
            cause = "spurious"
        fps.append((cause, p))
    misses = [g for g in gold if (g["label"], g["start"], g["end"]) in required - pred_keys]
    return fps, misses


def context(text: str, start: int, end: int, width: int = 8) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", "⏎").replace("\u3000", "　")


def table(res: dict, *, labels=LABELS) -> list[str]:
    lines = [f"  {'label':11s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}  figure attrs"]
    for lab in labels:
        if lab not in res:
            continue
        row = res[lab]
        attrs = f"  {row['attributes_right']:.3f}" if "attributes_right" in row else ""
        lines.append(f"  {lab:11s} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}"
                     f" {row['tp']:4d} {row['fp']:4d} {row['fn']:4d}{attrs}")
    a = res["ALL"]
    lines.append(f"  {'ALL':11s} {a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc", action="append", help="only this gold (article id or file stem); repeatable")
    parser.add_argument("--no-dev", action="store_true", help="skip the seed and Gansu comparison")
    parser.add_argument("--no-lists", action="store_true", help="scores only, no error lists")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    shared = find_shared()
    if shared is None or not (shared / "data" / "political" / "dev.jsonl").exists():
        print("bench_gold: skipped, no shared/ folder with data/political/dev.jsonl "
              "(set TEXTMINE_SHARED)")
        return 0
    score = load_scorer(shared)
    cases = load_cases(shared, only=args.doc, with_dev=not args.no_dev)
    predict(cases)

    held = [c for c in cases if c["set"] == "held-out"]
    pooled = score([(c["gold"], c["pred"]) for c in held]) if held else {}
    per_doc = {c["name"]: score([(c["gold"], c["pred"])]) for c in cases}
    if args.json:
        print(json.dumps({"shared": str(shared), "held_out": pooled, "documents": per_doc},
                         ensure_ascii=False, default=list))
        return 0

    def req(c):
        return sum(1 for g in c["gold"] if g.get("required", True))

    print(f"gold: {len(held)} held-out passages, {sum(req(c) for c in held)} required spans "
          f"({sum(len(c['text']) for c in held):,} chars); shared: {shared}")
    if held:
        print("\nheld-out, pooled")
        print("\n".join(table(pooled)))
    print("\nper document: F1 per label (tp/required; - none required, fp N: none required but N predicted), ALL P/R/F1")
    head = f"  {'document':30s} " + " ".join(f"{lab[:6]:>12s}" for lab in LABELS) + f"  {'P':>6s} {'R':>6s} {'F1':>6s}"
    print(head)
    for c in cases:
        res = per_doc[c["name"]]
        cells = []
        for lab in LABELS:
            row = res.get(lab)
            if not row or (row["tp"] + row["fn"] == 0 and row["fp"] == 0):
                cells.append("-")
            elif row["tp"] + row["fn"] == 0:
                cells.append(f"fp {row['fp']}")
            else:
                cells.append(f"{row['f1']:.2f}({row['tp']}/{row['tp'] + row['fn']})")
        a = res["ALL"]
        tag = " (dev)" if c["set"] == "dev" else ""
        print(f"  {(c['name'] + tag):30s} " + " ".join(f"{x:>12s}" for x in cells)
              + f"  {a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f}")
    for dev_name in ("seed", "gansu"):
        if dev_name in per_doc:
            print(f"\n{dev_name} (development gold)")
            print("\n".join(table(per_doc[dev_name])))

    wrong_attrs = Counter()
    n_matched = 0
    for c in held:
        pred = {(p["start"], p["end"]) for p in c["pred"] if str(p.get("label")).upper() == "FIGURE"}
        n_matched += sum(1 for g in c["gold"] if g["label"] == "FIGURE" and g.get("required", True)
                         and (g["start"], g["end"]) in pred)
        for _, _, wrong in figure_attribute_errors(c):
            wrong_attrs.update(wrong)
    if n_matched:
        print(f"\nFIGURE attributes on the {n_matched} matched required figures (held-out): "
              + ", ".join(f"{k} wrong {wrong_attrs[k]}" for k in ("value", "approx", "unit")))

    if args.no_lists:
        return 0
    for c in held:
        fps, misses = classify_errors(c)
        attr_errors = figure_attribute_errors(c)
        print(f"\n== {c['name']}: {len(fps)} false positives, {len(misses)} misses, "
              f"{len(attr_errors)} figure attribute errors")
        for lab in LABELS:
            for cause, p in sorted((x for x in fps if str(x[1]["label"]).upper() == lab), key=lambda x: x[1]["start"]):
                print(f"  FP   {lab:10s} {p['start']:5d} {context(c['text'], p['start'], p['end'])}  — {cause}")
            for g in sorted((g for g in misses if g["label"] == lab), key=lambda g: g["start"]):
                print(f"  MISS {lab:10s} {g['start']:5d} {context(c['text'], g['start'], g['end'])}")
        for g, p, wrong in attr_errors:
            ga, pa = g.get("attrs", {}), p.get("attrs", {})
            diff = ", ".join(f"{k} {pa.get(k)!r} (gold {ga.get(k)!r})" for k in wrong)
            print(f"  ATTR FIGURE     {g['start']:5d} {context(c['text'], g['start'], g['end'])}  {diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
