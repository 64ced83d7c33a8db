"""One-call functions on plain strings, for users who import textmine.

Each builds a default :class:`~textmine.pipeline.Pipeline` unless one is
passed; for many texts, build the pipeline once and pass it (or call its
methods directly), since building loads the dictionary and lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .records import NormalizedText, Span, Token


def _pipeline(pipeline: Pipeline | None) -> Pipeline:
    from .pipeline import Pipeline

    return pipeline if pipeline is not None else Pipeline.from_config()


def normalize(text: str, *, pipeline: Pipeline | None = None) -> NormalizedText:
    """Convert ``text`` to simplified script, keeping offsets.

    Example:
        >>> normalize("中央和國家機關").norm
        '中央和国家机关'
    """
    return _pipeline(pipeline).normalizer.normalize(text)


def segment(text: str, *, pipeline: Pipeline | None = None) -> list[Token]:
    """Cut ``text`` into tokens with offsets into ``text`` (any script).

    Example:
        >>> [t.text for t in segment("省經信廳率先創新")]
        ['省經信廳', '率先', '創新']
    """
    return list(_pipeline(pipeline).analyze(text).tokens)


def extract(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Run every configured extractor on ``text``; spans carry offsets into ``text``.

    Example:
        >>> isinstance(extract("2019年7月9日"), list)
        True
    """
    return _pipeline(pipeline).extract(text)
