"""Exceptions raised by textmine. Callers catch ``TextmineError``."""

from __future__ import annotations


class TextmineError(Exception):
    """Base class of every error textmine raises on purpose."""


class ConfigError(TextmineError):
    """A pipeline configuration is invalid (unknown key, bad value, missing file)."""


class InputError(TextmineError):
    """An input cannot be read: undecodable, binary, empty or malformed.

    Attributes:
        source: The file (or file:line) the error is about.
        reason: A short explanation, without the source.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NormalizationError(TextmineError):
    """Normalization could not keep offsets aligned with the original text."""


class StageError(TextmineError):
    """A stage failed on one article.

    Attributes:
        stage: Name of the failing stage.
        article_id: Id of the article being processed.
    """

    def __init__(self, stage: str, article_id: str, message: str) -> None:
        super().__init__(f"{article_id}: stage {stage!r} failed: {message}")
        self.stage = stage
        self.article_id = article_id
