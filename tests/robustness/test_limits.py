"""Limits that protect the machine (hostile articles cost linear time, a maximum article size), and
determinism whatever the input order or the number of workers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from textmine.cli import main
from textmine.config import config_from_dict
from textmine.records import Article

SIZE = 100_000


def _seconds(pipeline, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        pipeline.process(Article.from_text(text, id="x"))
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.fixture(scope="module")
def normal_seconds(pipeline, seed_text: str) -> float:
    text = (seed_text * (SIZE // len(seed_text) + 1))[:SIZE]
    return _seconds(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“" * (SIZE // 2) + "”" * (SIZE // 2), id="nested-quotes"),
        pytest.param("“‘" * (SIZE // 4) + "’”" * (SIZE // 4), id="alternating-nested-quotes"),
        pytest.param("“" * SIZE, id="unclosed-quotes"),
        pytest.param("9" * SIZE, id="digits"),
        pytest.param("一" * SIZE, id="chinese-numerals"),
        pytest.param("萬億" * (SIZE // 2), id="multipliers"),
        pytest.param(("1" * 20 + "個") * (SIZE // 21), id="figure-like"),
        pytest.param("1." * (SIZE // 2), id="digits-and-separators"),
        pytest.param("1萬，" * (SIZE // 3), id="multipliers-and-commas"),
        pytest.param(("9" * 5000 + "個") * (SIZE // 5001), id="long-numbers"),
        pytest.param("省委" * (SIZE // 2), id="organ-words"),
        pytest.param("\n" * SIZE, id="newlines"),
    ],
)
def test_limits_pathological_inputs_take_linear_time(pipeline, normal_seconds: float, text: str) -> None:
    """A hostile article of 10^5 characters costs no more than a few normal ones of that size."""
    assert _seconds(pipeline, text) <= max(10 * normal_seconds, 2.0)


def test_limits_article_size_is_a_config_option(tmp_path: Path) -> None:
    config = config_from_dict({"read": {"max_chars": 1000}})
    assert config.read.max_chars == 1000
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(("省委辦公廳印發通知。\n" * 300), encoding="utf-8")
    (tmp_path / "cfg.toml").write_text("[read]\nmax_chars = 1000\n", encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--pipeline", str(tmp_path / "cfg.toml"), "-q", "-w", "1"]) == 0
    parts = sorted((tmp_path / "out" / "documents").glob("long--part-*.json"))
    assert len(parts) == 4


def test_limits_same_outputs_whatever_the_input_order_and_workers(tmp_path: Path, seed_text: str) -> None:
    lines = [line for line in seed_text.splitlines() if line.strip()]
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    for i, line in enumerate(lines):
        (tmp_path / ("a" if i % 2 else "b") / f"p{i:02d}.txt").write_text(line, encoding="utf-8")
    runs = {
        "ab-1": [str(tmp_path / "a"), str(tmp_path / "b"), "-w", "1"],
        "ba-1": [str(tmp_path / "b"), str(tmp_path / "a"), "-w", "1"],
        "ab-2": [str(tmp_path / "a"), str(tmp_path / "b"), "-w", "2"],
    }
    outputs = {}
    for name, args in runs.items():
        out = tmp_path / f"out-{name}"
        assert main(["run", *args, "-o", str(out), "-q"]) == 0
        outputs[name] = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.json") if p.name != "run.json"}
    assert outputs["ab-1"] == outputs["ba-1"] == outputs["ab-2"]
    assert len(outputs["ab-1"]) == len(lines) + 2  # documents, corpus.json, model/model.json
