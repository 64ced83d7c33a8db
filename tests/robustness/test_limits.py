"""Limits that protect the machine: hostile articles cost linear time."""

from __future__ import annotations

import time

import pytest

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
