"""Extractors: ``Doc`` → ``Span`` lists, one module per label family.

An extractor is built once per pipeline by a factory registered in
``textmine.registry`` and then called per document::

    extractor(doc, found) -> list[Span]

``found`` holds the spans of the extractors that ran before it (in the order of
``extract.extractors`` in the config), so that, e.g., figures inside slogans can
be suppressed. Extractors read ``doc.norm`` (simplified, width-folded, aligned
with the original) and build spans with :func:`make_span`, which maps offsets
back to the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from ..records import Doc, Span


class Extractor(Protocol):
    """What the pipeline needs of an extractor."""

    #: Labels this extractor may produce.
    labels: tuple[str, ...]

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:  # pragma: no cover - protocol
        """Return new spans for ``doc``; ``found`` are the spans of earlier extractors."""

    def dictionary_words(self) -> Iterable[str]:  # pragma: no cover - protocol
        """Words the tokenizer should keep whole (simplified forms)."""


def make_span(doc: Doc, label: str, start: int, end: int, attrs: Mapping[str, Any] | None = None) -> Span:
    """Build a span from a ``[start, end)`` range of ``doc.norm``.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("省網信辦")
        >>> make_span(doc, "DEPARTMENT", 0, 4).text
        '省網信辦'
    """
    a, b = doc.normalized.to_original(start, end)
    return Span(label, a, b, doc.article.text[a:b], doc.normalized.norm[start:end], dict(attrs or {}))
