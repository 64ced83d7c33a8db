"""Compose the per-article stages: ``Article`` → ``ArticleResult`` → document JSON.

``Pipeline.from_config`` builds every heavy resource once (OpenCC converter,
tokenizer instance, extractors and their lexicons, stopwords, taxonomy);
``Pipeline.process`` then runs normalize → segment → extract → keywords →
themes on one article and keeps no state between calls, so one pipeline per
worker process serves a whole corpus.

Keywords and themes read corpus statistics: ``Pipeline.fit`` learns them from
``TermDoc`` records (a ``CorpusModel``) and ``Pipeline.with_model`` returns
the pipeline that applies them, so the per-article path stays a pure function
of (pipeline with its fitted model, article). Without a model, keywords use
jieba's IDF alone and themes come from the taxonomy's seed terms alone.
"""

from __future__ import annotations

import dataclasses
import time
import warnings
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import PipelineConfig, load_config
from .errors import StageError, TextmineError
from .extract import Extractor
from .keywords import IdfPrior, KeywordIdf, LazyIdfPrior, TermFilter, build_term_filter, extract_keywords, term_doc
from .normalize import Normalizer, build_normalizer
from .output import document_dict
from .records import Article, ArticleThemes, Doc, Keyword, Span, TermDoc
from .registry import Registry, build_registry
from .resources import Resources
from .segment import TOKEN_LISTS, Segmenter, build_segmenter, split_paragraphs, split_sentences

if TYPE_CHECKING:
    from .themes import CorpusModel, ThemeModel
    from .themes.clusters import MapRuns
    from .themes.taxonomy import Taxonomy


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the per-article stages produced for one article.

    Attributes:
        doc: The normalized, segmented article.
        spans: Extracted spans, sorted by (start, end, label).
        timings: Seconds spent per stage on this article.
        keywords: Weighted keywords (when the keywords stage runs).
        themes: Clusters and theme tags (when the themes stage runs).
    """

    doc: Doc
    spans: tuple[Span, ...]
    timings: dict[str, float] = field(default_factory=dict)
    keywords: tuple[Keyword, ...] = ()
    themes: ArticleThemes | None = None


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
        term_filter: TermFilter | None = None,
        labellers: Sequence[Any] = (),
        taxonomy: Taxonomy | None = None,
        model: CorpusModel | None = None,
        prior: LazyIdfPrior | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.config = config
        self.normalizer = normalizer
        self.segmenter = segmenter
        self.extractors = tuple(extractors)
        self.term_filter = term_filter or build_term_filter()
        self.labellers = tuple(labellers)
        self.taxonomy = taxonomy
        self.model = model
        self._prior = prior or LazyIdfPrior()
        self.registry = registry or build_registry()
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
        taxonomy = labellers = None
        if "themes" in config.stages:
            from .themes.taxonomy import Theme, build_taxonomy

            labellers = [registry.labeller(name)() for name in config.themes.labellers]
            taxonomy = build_taxonomy([Theme(t.id, t.label, t.terms) for t in config.themes.taxonomy])
        return cls(
            config,
            normalizer=normalizer,
            segmenter=segmenter,
            extractors=extractors,
            term_filter=build_term_filter(config.keywords.stopwords),
            labellers=labellers or (),
            taxonomy=taxonomy,
            registry=registry,
        )

    @property
    def prior(self) -> IdfPrior:
        """jieba's bundled IDF table (read on first use, once per pipeline)."""
        return self._prior.get()

    def with_model(self, model: CorpusModel | None) -> Pipeline:
        """The same pipeline applying a fitted corpus model (keyword IDF, themes).

        Example:
            >>> from textmine.themes import CorpusModel
            >>> tm = Pipeline.from_config()
            >>> tm.with_model(CorpusModel(KeywordIdf(0, {}), None)).model.keywords.n_docs
            0
        """
        return Pipeline(
            self.config,
            normalizer=self.normalizer,
            segmenter=self.segmenter,
            extractors=self.extractors,
            term_filter=self.term_filter,
            labellers=self.labellers,
            taxonomy=self.taxonomy,
            model=model,
            prior=self._prior if model is None or model.prior is None else LazyIdfPrior(model.prior),
            registry=self.registry,
        )

    def load_model(self, path: str | Path) -> CorpusModel:
        """Read a model directory saved by ``textmine themes fit`` (never unpickles).

        A model whose taxonomy differs from this pipeline's is applied as saved,
        with a warning: its themes are the ones written.

        Raises:
            InputError: the directory is not a readable model.

        Example:
            >>> import tempfile
            >>> from textmine.themes import CorpusModel, save_model
            >>> d = save_model(CorpusModel(KeywordIdf(2, {"党建": 1}), None), tempfile.mkdtemp())
            >>> Pipeline.from_config().load_model(d).keywords.n_docs
            2
        """
        from .themes import load_model

        model = load_model(path, prior=self._prior, labeller=lambda name: self.registry.labeller(name)())
        if model.themes is not None and "themes" in self.config.stages:
            ours = [(t.id, t.label, t.terms) for t in self.config.themes.taxonomy]
            theirs = [(t.id, t.label, t.terms) for t in model.themes.taxonomy_.themes]
            if ours != theirs:
                warnings.warn(
                    f"{path}: the model's taxonomy differs from pipeline {self.config.name!r}; "
                    "the model's themes are applied",
                    stacklevel=2,
                )
        return model

    @property
    def needs_corpus(self) -> bool:
        """True when a stage reads corpus statistics (keywords, themes)."""
        return "keywords" in self.config.stages or "themes" in self.config.stages

    def term_doc(self, doc: Doc, spans: Sequence[Span]) -> TermDoc:
        """The terms of each paragraph (the input of keywords and themes).

        Example:
            >>> tm = Pipeline.from_config()
            >>> tm.term_doc(tm.analyze("推進機關黨建"), []).terms
            (('机关', '党建'),)
        """
        return term_doc(doc, spans, term_filter=self.term_filter, span_labels=self.config.keywords.span_labels)

    def fit(self, docs: Sequence[TermDoc], *, map_runs: MapRuns | None = None) -> CorpusModel:
        """Learn the corpus model (keyword IDF, themes) from articles' terms.

        ``map_runs`` computes the themes' consensus runs (:meth:`ThemeModel.fit`; None: in this process).

        Example:
            >>> tm = Pipeline.from_config()
            >>> docs = [tm.term_doc(tm.analyze("推進機關黨建"), [])]
            >>> tm.fit(docs).keywords.df["党建"]
            1
        """
        from .themes import CorpusModel

        docs = list(docs)
        keywords = KeywordIdf.fit(docs)
        themes = self.theme_model().fit(docs, map_runs=map_runs) if "themes" in self.config.stages else None
        return CorpusModel(keywords, themes, {"name": self.config.name, "config_hash": self.config_hash}, self.prior)

    def theme_model(self) -> ThemeModel:
        """An unfitted :class:`~textmine.themes.ThemeModel` with this pipeline's settings.

        Example:
            >>> Pipeline.from_config().theme_model().n_init
            10
        """
        from .themes.model import build_theme_model

        return build_theme_model(self.config.themes, prior=self.prior, labellers=self.labellers)

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
        tokens, lists = self.segmenter.tokenize_lists(normalized)
        paragraphs = split_paragraphs(article.text)
        sentences = split_sentences(article.text, paragraphs)
        t2 = clock()
        if timings is not None:
            timings["normalize"] = timings.get("normalize", 0.0) + (t1 - t0)
            timings["segment"] = timings.get("segment", 0.0) + (t2 - t1)
        return Doc(article, normalized, tokens, paragraphs, sentences, {TOKEN_LISTS: lists})

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
        return sorted(_names_over_parts(found), key=Span.sort_key)

    def process(self, article: Article) -> ArticleResult:
        """Run every per-article stage on ``article``.

        Raises:
            StageError: a stage failed on this article (naming the stage).

        Example:
            >>> r = Pipeline.from_config().process(Article.from_text("浙江省委。"))
            >>> r.doc.paragraphs[0].end
            5
        """
        return self.enrich(self.prepare(article))

    def prepare(self, article: Article) -> ArticleResult:
        """Normalize, segment and extract ``article`` (the stages that need no corpus model).

        Raises:
            StageError: a stage failed on this article (naming the stage).

        Example:
            >>> Pipeline.from_config().prepare(Article.from_text("浙江省委。")).themes is None
            True
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

    def enrich(self, result: ArticleResult, *, terms: TermDoc | None = None) -> ArticleResult:
        """Add keywords and themes to a processed article (with the fitted model, if any).

        Args:
            result: The article after normalize, segment and extract.
            terms: Its :meth:`term_doc`, when already computed.

        Example:
            >>> tm = Pipeline.from_config()
            >>> r = tm.enrich(ArticleResult(tm.analyze("黨員進社區開展志願服務"), ()))
            >>> r.themes.themes[0].id
            'community-volunteering'
        """
        stages = self.config.stages
        if "keywords" not in stages and "themes" not in stages:
            return result
        article_id = result.doc.article.id
        timings = dict(result.timings)
        clock = time.perf_counter
        keywords: tuple[Keyword, ...] = ()
        themes = None
        try:
            t0 = clock()
            terms = terms or self.term_doc(result.doc, result.spans)
            if "keywords" in stages:
                c = self.config.keywords
                keywords = extract_keywords(
                    terms,
                    idf=self.model.keywords if self.model is not None else KeywordIdf(0, {}),
                    prior=self.prior,
                    prior_weight=c.prior_weight,
                    method=c.method,
                    top_n=c.top_n,
                    window=c.window,
                )
            t1 = clock()
            if "themes" in stages:
                themes = self._themes(terms)
            t2 = clock()
        except TextmineError:
            raise
        except Exception as err:
            raise StageError("themes", article_id, f"{type(err).__name__}: {err}") from err
        timings["keywords"] = timings.get("keywords", 0.0) + (t1 - t0)
        timings["themes"] = timings.get("themes", 0.0) + (t2 - t1)
        return dataclasses.replace(result, timings=timings, keywords=keywords, themes=themes)

    def _themes(self, terms: TermDoc) -> ArticleThemes:
        if self.model is not None and self.model.themes is not None:
            return self.model.themes.transform([terms])[0]
        from .themes.taxonomy import tag_article

        c = self.config.themes
        scores = self.taxonomy.scores(terms.texts, neighbor_weight=c.neighbor_weight)
        return tag_article(
            scores, terms.texts, self.taxonomy.themes, threshold=c.threshold, article_threshold=c.article_threshold
        )

    def document(self, result: ArticleResult) -> dict[str, Any]:
        """The JSON document of a processed article.

        Example:
            >>> tm = Pipeline.from_config()
            >>> tm.document(tm.process(Article.from_text("浙江")))["text"]
            '浙江'
        """
        extra: dict[str, Any] = {}
        if "keywords" in self.config.stages:
            extra["keywords"] = [{"term": k.term, "weight": k.weight} for k in result.keywords]
        if result.themes is not None:
            th = result.themes
            extra["themes"] = [_tag_dict(t) for t in th.themes]
            extra["cluster"] = None if th.cluster is None else {"id": th.cluster, "terms": list(th.cluster_terms)}
            extra["paragraphs"] = [
                {"start": p.start, "end": p.end, "themes": [_tag_dict(t) for t in tags], "cluster": cluster}
                for p, tags, cluster in zip(result.doc.paragraphs, th.paragraph_themes, th.paragraph_clusters)
            ]
        return document_dict(
            result.doc,
            result.spans,
            pipeline_name=self.config.name,
            config_hash=self.config_hash,
            with_tokens=self.config.write.tokens,
            extra=extra,
        )


#: Labels whose spans inside a person's name are part of it.
_PARTS_OF_NAMES = frozenset({"PLACE", "DEPARTMENT"})


def _names_over_parts(spans: list[Span]) -> list[Span]:
    """Drop the PLACE and DEPARTMENT spans that lie inside a PERSON span: part of the name
    (王思明 holds no 思明, 郭海军 no 海军), or the same span (the reporter 武山 of a byline).

    Places and organs are found before people, and cannot tell a division's or
    an organ's name from the given name of a person found later.

    Example:
        >>> person, place = Span("PERSON", 4, 7, "王思明", "王思明", {}), Span("PLACE", 5, 7, "思明", "思明", {})
        >>> [s.label for s in _names_over_parts([person, place])]
        ['PERSON']
    """
    names = sorted((s.start, s.end) for s in spans if s.label == "PERSON")
    if not names:
        return spans
    starts = [a for a, _ in names]

    def inside(span: Span) -> bool:
        i = bisect_right(starts, span.start) - 1  # names do not overlap: the last one starting before is the one
        return i >= 0 and names[i][1] >= span.end

    return [s for s in spans if s.label not in _PARTS_OF_NAMES or not inside(s)]


def _tag_dict(tag) -> dict[str, Any]:
    return {"id": tag.id, "label": tag.label, "score": tag.score}
