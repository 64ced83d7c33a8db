"""Compose the per-article stages: ``Article`` → ``ArticleResult`` → document JSON.

``Pipeline.from_config`` builds every heavy resource once (OpenCC converter,
tokenizer instance, extractors and their lexicons); ``Pipeline.process`` then
runs normalize → segment → extract on one article and keeps no state between
calls, so one pipeline per worker process serves a whole corpus.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import PipelineConfig, load_config
from .errors import StageError, TextmineError
from .extract import Extractor
from .normalize import Normalizer, build_normalizer
from .output import document_dict
from .records import Article, Doc, Span
from .registry import Registry, build_registry
from .resources import Resources
from .segment import Segmenter, build_segmenter, split_paragraphs, split_sentences


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the per-article stages produced for one article.

    Attributes:
        doc: The normalized, segmented article.
        spans: Extracted spans, sorted by (start, end, label).
        timings: Seconds spent per stage on this article.
    """

    doc: Doc
    spans: tuple[Span, ...]
    timings: dict[str, float] = field(default_factory=dict)


class Pipeline:
    """The per-article pipeline with all resources built once.

    Example:
        >>> tm = Pipeline.from_config()
        >>> [t.text for t in tm.analyze("省網信辦").tokens]
        ['省網信辦']
    """

    def __init__(
        self,
        config: PipelineConfig,
        *,
        normalizer: Normalizer,
        segmenter: Segmenter,
        extractors: Sequence[tuple[str, Extractor]] = (),
    ) -> None:
        self.config = config
        self.normalizer = normalizer
        self.segmenter = segmenter
        self.extractors = tuple(extractors)
        self.config_hash = config.digest()

    @classmethod
    def from_config(
        cls, config: PipelineConfig | str | Path | None = None, *, registry: Registry | None = None
    ) -> Pipeline:
        """Build a pipeline from a config object, a TOML path, or the defaults.

        Raises:
            ConfigError: the config is invalid or names unknown extractors.

        Example:
            >>> Pipeline.from_config().config.segment.backend
            'rjieba'
        """
        if not isinstance(config, PipelineConfig):
            config = load_config(config)
        registry = registry or build_registry()
        resources = Resources()
        extractors: list[tuple[str, Extractor]] = []
        if "extract" in config.stages:
            options = config.extract.options
            extractors = [
                (name, registry.build_extractor(name, resources, options.get(name)))
                for name in config.extract.extractors
            ]
        words = sorted({w for _, ex in extractors for w in ex.dictionary_words()})
        normalizer = build_normalizer(config.normalize.converter, fold_width=config.normalize.fold_width)
        segmenter = build_segmenter(
            config.segment.backend,
            hmm=config.segment.hmm,
            userdicts=config.segment.userdicts,
            extra_words=words,
        )
        return cls(config, normalizer=normalizer, segmenter=segmenter, extractors=extractors)

    def analyze(self, article: Article | str, *, timings: dict[str, float] | None = None) -> Doc:
        """Normalize and segment one article (or string) into a :class:`Doc`.

        Example:
            >>> doc = Pipeline.from_config().analyze("兩個維護")
            >>> doc.norm
            '两个维护'
        """
        if isinstance(article, str):
            article = Article.from_text(article)
        clock = time.perf_counter
        t0 = clock()
        normalized = self.normalizer.normalize(article.text)
        t1 = clock()
        tokens = self.segmenter.tokenize(normalized)
        paragraphs = split_paragraphs(article.text)
        sentences = split_sentences(article.text, paragraphs)
        t2 = clock()
        if timings is not None:
            timings["normalize"] = timings.get("normalize", 0.0) + (t1 - t0)
            timings["segment"] = timings.get("segment", 0.0) + (t2 - t1)
        return Doc(article, normalized, tokens, paragraphs, sentences)

    def extract(self, doc: Doc | Article | str, *, timings: dict[str, float] | None = None) -> list[Span]:
        """Run every configured extractor in order; return spans sorted by (start, end, label).

        Example:
            >>> Pipeline.from_config().extract("2019年7月9日") == sorted(
            ...     Pipeline.from_config().extract("2019年7月9日"), key=Span.sort_key)
            True
        """
        if not isinstance(doc, Doc):
            doc = self.analyze(doc)
        found: list[Span] = []
        clock = time.perf_counter
        for name, extractor in self.extractors:
            t0 = clock()
            try:
                found.extend(extractor(doc, tuple(found)))
            except TextmineError:
                raise
            except Exception as err:
                raise StageError(f"extract.{name}", doc.article.id, f"{type(err).__name__}: {err}") from err
            if timings is not None:
                timings[f"extract.{name}"] = timings.get(f"extract.{name}", 0.0) + (clock() - t0)
        return sorted(found, key=Span.sort_key)

    def process(self, article: Article) -> ArticleResult:
        """Run every per-article stage on ``article``.

        Raises:
            StageError: a stage failed on this article (naming the stage).

        Example:
            >>> r = Pipeline.from_config().process(Article.from_text("浙江省委。"))
            >>> r.doc.paragraphs[0].end
            5
        """
        timings: dict[str, float] = {}
        try:
            doc = self.analyze(article, timings=timings)
        except TextmineError:
            raise
        except Exception as err:
            raise StageError("segment", article.id, f"{type(err).__name__}: {err}") from err
        spans = self.extract(doc, timings=timings) if "extract" in self.config.stages else []
        return ArticleResult(doc, tuple(spans), timings)

    def document(self, result: ArticleResult) -> dict[str, Any]:
        """The JSON document of a processed article.

        Example:
            >>> tm = Pipeline.from_config()
            >>> tm.document(tm.process(Article.from_text("浙江")))["text"]
            '浙江'
        """
        return document_dict(
            result.doc,
            result.spans,
            pipeline_name=self.config.name,
            config_hash=self.config_hash,
            with_tokens=self.config.write.tokens,
        )
