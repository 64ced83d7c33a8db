"""Span records shared by the export formats: what every ``read_*`` function returns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def span_record(label: str, start: int, end: int, text: str, attrs: dict[str, Any] | None = None) -> dict[str, Any]:
    """A span read back from a tool's file: ``{"label", "start", "end", "text", "attrs"}``.

    Example:
        >>> span_record("PLACE", 0, 2, "浙江省委")["text"]
        '浙江'
    """
    return {"label": label, "start": start, "end": end, "text": text[start:end], "attrs": dict(attrs or {})}


def sorted_spans(spans: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans in the documents' order: (start, end, label).

    Example:
        >>> [s["label"] for s in sorted_spans([span_record("B", 0, 1, "ab"), span_record("A", 0, 1, "ab")])]
        ['A', 'B']
    """
    return sorted(spans, key=lambda s: (s["start"], s["end"], s["label"]))
