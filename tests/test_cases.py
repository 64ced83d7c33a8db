"""Data-driven extraction cases: every ``tests/cases/*.json`` file.

A case file is a JSON list of cases::

    {"id": "fig-7000", "label": "FIGURE", "text": "…", "expected": [{"text": "7000多個",
     "attrs": {"value": 7000, "approx": "more_than"}}], "expect": "pass", "comment": "…"}

The spans of ``label`` predicted on ``text`` must be exactly the ``expected``
texts (in order of appearance; ``start`` may pin an occurrence), and each
expected ``attrs`` must agree with the predicted ones (numbers to 1e-6).
``expected: []`` means no span of that label. ``expect: "fail"`` marks a known
miss: the test is an expected failure until the extractor learns it.
Each case is also run on its OpenCC twin (s2t of a simplified text, t2s of a
traditional one): the same labels at the same offsets must come out.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

CASES_DIR = Path(__file__).parent / "cases"
_KEYS = {"id", "label", "text", "expected", "expect", "comment", "twin"}


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append((path.name, case))
    return out


CASES = _load()


def _same(a, b) -> bool:
    if isinstance(b, bool) or isinstance(a, bool):
        return a == b
    if isinstance(b, (int, float)) and isinstance(a, (int, float)):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return a == b


def test_cases_well_formed() -> None:
    ids = set()
    for name, case in CASES:
        assert set(case) <= _KEYS, f"{name}: unknown keys {set(case) - _KEYS} in {case.get('id')}"
        assert {"id", "label", "text", "expected", "expect"} <= set(case), f"{name}: incomplete case {case}"
        assert case["expect"] in ("pass", "fail"), f"{name}:{case['id']}: expect must be pass or fail"
        assert case["id"] not in ids, f"{name}: duplicate id {case['id']}"
        ids.add(case["id"])
        for exp in case["expected"]:
            assert exp["text"] in case["text"], f"{name}:{case['id']}: {exp['text']!r} not in text"
            if "start" in exp:
                assert case["text"][exp["start"] :].startswith(exp["text"]), f"{name}:{case['id']}: bad start"


def _check(case: dict, spans) -> None:
    got = [s for s in spans if s.label == case["label"]]
    assert [s.text for s in got] == [e["text"] for e in case["expected"]], (
        f"{case['id']}: got {[(s.text, s.start) for s in got]}"
    )
    for exp, span in zip(case["expected"], got):
        if "start" in exp:
            assert span.start == exp["start"], f"{case['id']}: {exp['text']} at {span.start}, expected {exp['start']}"
        for key, value in exp.get("attrs", {}).items():
            assert _same(span.attrs.get(key), value), f"{case['id']}: {exp['text']}.{key} = {span.attrs.get(key)!r}, expected {value!r}"


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True)] if c["expect"] == "fail" else []) for _, c in CASES],
)
def test_case(case: dict, pipeline) -> None:
    _check(case, pipeline.extract(case["text"]))


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for _, c in CASES if c.get("twin", True) and c["expect"] == "pass"])
def test_case_twin_script(case: dict, pipeline) -> None:
    from textmine.normalize import build_converter

    text = case["text"]
    script = pipeline.normalizer.detect_script(text)[0]
    twin = build_converter("t2s" if script == "traditional" else "s2t").convert(text)
    if twin == text or len(twin) != len(text):
        pytest.skip("no distinct same-length twin")
    ours = {(s.label, s.start, s.end) for s in pipeline.extract(text)}
    theirs = {(s.label, s.start, s.end) for s in pipeline.extract(twin)}
    assert ours == theirs, f"only in original: {sorted(ours - theirs)}; only in twin: {sorted(theirs - ours)}"
