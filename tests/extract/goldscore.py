"""Helpers of the extractor tests: scoring against the development golds in ../shared, span invariants."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

#: (article, gold) pairs under ../shared: the seed in its three scripts and the Gansu report.
GOLDS = (
    ("seed/article-zj-party-building.txt", "seed/gold.json"),
    ("seed/article-zj-party-building.hans.txt", "seed/gold.hans.json"),
    ("seed/article-zj-party-building.hant.txt", "seed/gold.hant.json"),
    ("gold/gansu-gwr2026-review.txt", "gold/gansu-gwr2026-review.gold.json"),
)


def score_label(shared: Path, pipeline: Any, text_path: str, gold_path: str, label: str) -> dict[str, Any]:
    """Score ``label`` on one article with the project's scorer (``shared/eval/score_spans.py``)."""
    spec = importlib.util.spec_from_file_location("score_spans", shared / "eval" / "score_spans.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    text = (shared / text_path).read_text(encoding="utf-8")
    gold = [g for g in json.loads((shared / gold_path).read_text(encoding="utf-8"))["spans"] if g["label"] == label]
    pred = [{"label": s.label, "start": s.start, "end": s.end} for s in pipeline.extract(text) if s.label == label]
    return scorer.score([(gold, pred)])[label]


def check_spans_of(pipeline: Any, text: str, label: str) -> None:
    """Assert the invariants of ``label`` spans on ``text``: valid offsets, same spans on the OpenCC twin."""
    from textmine.normalize import build_converter

    spans = [s for s in pipeline.extract(text) if s.label == label]
    for s in spans:
        assert 0 <= s.start < s.end <= len(text) and s.text == text[s.start : s.end]
    twin = build_converter("s2t").convert(text)
    if len(twin) == len(text):
        assert {(s.start, s.end) for s in spans} == {
            (s.start, s.end) for s in pipeline.extract(twin) if s.label == label
        }
