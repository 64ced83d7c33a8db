"""Run a pipeline over a corpus: inputs → ``documents/*.json``, ``corpus.json``, ``run.json``.

When a stage reads corpus statistics (keywords, themes) and no fitted model
is given, the run has two passes:

1. fit: read every input, keep a deterministic sample of at most
   ``themes.fit_max_articles`` articles (those with the smallest hash of id
   and content, so the sample does not depend on input order), process them
   (normalize, segment, extract), fit the corpus model on their terms;
2. apply: read the inputs again and process each article with the fitted
   model (keywords, themes), write its document and add its small summary to
   the corpus file.

Articles processed in the fit pass are kept, up to ``themes.cache_chars``
characters, and only get keywords and themes in the second pass: a small
corpus is segmented once. With a model given (``textmine run --themes``)
there is one pass. Either way each document is a pure function of (pipeline
with fitted model, article), so the second pass can run in parallel.

A bad input or a failing article becomes a ``Failure`` (reported through
``on_failure`` and listed in ``run.json``); every other article is still
written.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import __version__
from .corpus import CorpusSummary, summarize
from .errors import TextmineError
from .output import document_path, dumps, write_atomic
from .pipeline import ArticleResult, Pipeline
from .read import read_articles
from .records import Article, Failure, TermDoc

if TYPE_CHECKING:
    from .themes import CorpusModel

logger = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a corpus run did: written documents, failures, timings."""

    written: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    inputs: list[dict[str, str]] = field(default_factory=list)
    stopped_early: bool = False
    model: dict[str, Any] | None = None

    @property
    def exit_code(self) -> int:
        """0 when every input gave a document, 2 when some failed."""
        return 2 if self.failures else 0

    def summary(self) -> str:
        """One line for humans: counts and time."""
        total = sum(v for k, v in self.timings.items() if k != "total")
        return (
            f"{len(self.written)} documents written, {len(self.failures)} failed"
            f" ({self.timings.get('total', total):.2f} s)"
        )


def run_corpus(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    pipeline: Pipeline,
    model: CorpusModel | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> RunReport:
    """Process every article of ``inputs`` and write the outputs into ``out_dir``.

    Args:
        inputs: Files, folders (recursive) or ``-`` for stdin.
        out_dir: Output folder (``documents/``, ``corpus.json`` and ``run.json`` go inside).
        pipeline: A built :class:`Pipeline`.
        model: A fitted corpus model to apply; None fits one on the corpus
            first when keywords or themes are on.
        strict: Stop at the first failure instead of going on.
        stdin: Binary stream read for ``-``.
        on_failure: Called with each failure as it happens.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("浙江省委。", encoding="utf-8")
        >>> run_corpus([d], d / "out", pipeline=Pipeline.from_config()).written
        ['a']
    """
    out = Path(out_dir)
    report = RunReport()
    started = time.perf_counter()
    clock = time.perf_counter
    inputs = list(inputs)
    # stdin can be read once only: keep what it gave for both passes.
    kept = list(read_articles(inputs, stdin=stdin)) if any(str(i) == "-" for i in inputs) else None

    def source() -> Iterator[Article | Failure]:
        return iter(kept) if kept is not None else iter(read_articles(inputs, stdin=stdin))
    cache: dict[tuple[str, str], tuple[ArticleResult, TermDoc]] = {}
    if pipeline.needs_corpus and model is None:
        model, cache = _fit_pass(source(), pipeline, report)
        report.model = {"source": "fitted on this corpus", **_model_stats(model)}
    elif model is not None:
        report.model = {"source": "given", **_model_stats(model), "pipeline": dict(model.pipeline)}
    worker = pipeline.with_model(model) if model is not None else pipeline
    themes_on = model is not None and "themes" in pipeline.config.stages
    summary = CorpusSummary(_taxonomy(worker), model.themes if themes_on else None)

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    articles = source()
    while True:
        t0 = clock()
        item = next(articles, None)
        _add(report.timings, "read", clock() - t0)
        if item is None:
            break
        if isinstance(item, Failure):
            fail(item)
        else:
            done = _process_one(item, out, worker, report, fail, cache.pop((item.id, item.sha256), None))
            if done is not None:
                summary.add(done)
        if strict and report.failures:
            report.stopped_early = True
            break
    t0 = clock()
    corpus = summary.to_dict(pipeline_name=pipeline.config.name, config_hash=pipeline.config_hash)
    write_atomic(out / "corpus.json", dumps(corpus))
    _add(report.timings, "write", clock() - t0)
    report.timings["total"] = clock() - started
    write_atomic(out / "run.json", dumps(_run_manifest(report, pipeline)))
    return report


def _sample_key(article: Article) -> str:
    return hashlib.sha256(f"{article.id}\0{article.sha256}".encode("utf-8", "surrogatepass")).hexdigest()


def fit_corpus(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    stdin: BinaryIO | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> tuple[CorpusModel, RunReport]:
    """Fit the corpus model (keyword IDF, themes) on a deterministic sample of ``inputs``.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("推進機關黨建。", encoding="utf-8")
        >>> fit_corpus([d], pipeline=Pipeline.from_config())[0].keywords.n_docs
        1
    """
    report = RunReport()
    started = time.perf_counter()
    model, _ = _fit_pass(iter(read_articles(list(inputs), stdin=stdin)), pipeline, report, on_failure)
    report.model = {"source": "fitted", **_model_stats(model)}
    report.timings["total"] = time.perf_counter() - started
    return model, report


def _fit_pass(
    articles: Iterator[Article | Failure],
    pipeline: Pipeline,
    report: RunReport,
    on_failure: Callable[[Failure], None] | None = None,
) -> tuple[CorpusModel, dict[tuple[str, str], tuple[ArticleResult, TermDoc]]]:
    """Sample, process and fit; return the model and the processed articles kept for reuse.

    Failures go to ``on_failure`` when given (a fit on its own); in a run the
    second pass meets and reports them.
    """
    clock = time.perf_counter
    limit = pipeline.config.themes.fit_max_articles
    budget = pipeline.config.themes.cache_chars
    heap: list[tuple[str, int, Article]] = []  # max-heap on the key via inverted order
    t0 = clock()
    for n, item in enumerate(articles):
        if isinstance(item, Failure):
            if on_failure is not None:
                report.failures.append(item)
                on_failure(item)
            continue
        entry = (_invert(_sample_key(item)), n, item)
        if len(heap) < limit:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    _add(report.timings, "read", clock() - t0)
    sample = sorted(heap, reverse=True)  # smallest key first: the same order whatever the input order
    terms: list[TermDoc] = []
    cache: dict[tuple[str, str], tuple[ArticleResult, TermDoc]] = {}
    kept = 0
    for _, _, article in sample:
        try:
            result = pipeline.prepare(article)
        except TextmineError as err:
            if on_failure is not None:
                failure = Failure(article.source, str(err), article.id)
                report.failures.append(failure)
                on_failure(failure)
            continue
        doc_terms = pipeline.term_doc(result.doc, result.spans)
        terms.append(doc_terms)
        if kept + len(article.text) <= budget:
            kept += len(article.text)
            cache[(article.id, article.sha256)] = (result, doc_terms)
        for stage, seconds in result.timings.items():
            _add(report.timings, stage, seconds)
    t0 = clock()
    model = pipeline.fit(terms)
    _add(report.timings, "fit", clock() - t0)
    return model, cache


def _invert(key: str) -> str:
    # heapq is a min-heap; keeping the smallest keys needs the largest on top.
    return key.translate(_INVERT)


_INVERT = str.maketrans("0123456789abcdef", "fedcba9876543210")


def _model_stats(model: CorpusModel) -> dict[str, Any]:
    themes = model.themes
    return {
        "articles": model.keywords.n_docs,
        "paragraphs": themes.n_paragraphs_ if themes is not None else None,
        "paragraph_clusters": len(themes.paragraph_clusters_.sizes) if themes is not None else None,
        "article_clusters": len(themes.article_clusters_.sizes) if themes is not None else None,
    }


def _taxonomy(pipeline: Pipeline) -> list[tuple[str, str]]:
    if "themes" not in pipeline.config.stages:
        return []
    if pipeline.model is not None and pipeline.model.themes is not None:
        return [(t.id, t.label) for t in pipeline.model.themes.taxonomy_.themes]
    return [(t.id, t.label) for t in pipeline.config.themes.taxonomy]


def _process_one(
    article: Article,
    out: Path,
    pipeline: Pipeline,
    report: RunReport,
    fail: Callable[[Failure], None],
    cached: tuple[ArticleResult, TermDoc] | None,
):
    report.inputs.append(
        {"id": article.id, "source": article.source, "sha256": article.sha256, "encoding": article.encoding}
    )
    try:
        if cached is not None:
            result = pipeline.enrich(cached[0], terms=cached[1])
        else:
            result = pipeline.process(article)
        t0 = time.perf_counter()
        write_atomic(document_path(out, article.id), dumps(pipeline.document(result)))
        result.timings["write"] = time.perf_counter() - t0
    except TextmineError as err:
        fail(Failure(article.source, str(err), article.id))
        return None
    except Exception as err:  # noqa: BLE001 - one article's bug must not cost the others
        logger.exception("internal error on %s", article.source)
        fail(Failure(article.source, f"internal error: {type(err).__name__}: {err}", article.id))
        return None
    for stage, seconds in result.timings.items():
        if cached is None or stage in ("keywords", "themes", "write"):
            _add(report.timings, stage, seconds)
    report.written.append(article.id)
    return summarize(result)


def _add(timings: dict[str, float], key: str, seconds: float) -> None:
    timings[key] = timings.get(key, 0.0) + seconds


def _run_manifest(report: RunReport, pipeline: Pipeline) -> dict:
    return {
        "version": __version__,
        "pipeline": pipeline.config.name,
        "config": pipeline.config.resolved(),
        "config_hash": pipeline.config_hash,
        "inputs": report.inputs,
        "documents": len(report.written),
        "failures": [{"source": f.source, "id": f.id, "reason": f.reason} for f in report.failures],
        "stopped_early": report.stopped_early,
        "themes_model": report.model,
        "timings": {k: round(v, 4) for k, v in sorted(report.timings.items())},
    }
