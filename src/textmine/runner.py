"""Run a pipeline over a corpus: inputs → ``documents/*.json``, ``corpus.json``, ``run.json``.

The flow, streaming throughout (articles are read, processed and written one
by one; only small per-article summaries stay in memory):

1. **model**: when keywords or themes read corpus statistics and no model is
   given, the model saved in ``OUT/model`` by an earlier run with the same
   config is reused; otherwise one is fitted on a deterministic sample (the
   articles with the smallest hash of id and content, at most
   ``themes.fit_max_articles`` articles and ``themes.fit_max_paragraphs``
   paragraphs, whatever the input order) and saved there.
2. **apply**: every article is processed (normalize, segment, extract,
   keywords, themes) and its document written — in this process, in worker
   processes (``workers``) or on a Dask cluster (``engine="dask"``); each
   worker builds the pipeline once and writes its own documents, returning
   only a small summary. An article whose document already exists with the
   same sha256, config hash and model digest is skipped (incremental runs,
   resuming a killed run); its summary is read from the last run's
   ``summaries.tsv`` (:mod:`textmine.summaries`), not from the document.
3. **corpus**: ``corpus.json`` from the summaries, ``run.json`` with inputs,
   timings and failures.

Every document is a pure function of (config, model, article), so serial,
parallel and Dask runs write byte-identical files. A bad input or a failing
article becomes a ``Failure`` (reported through ``on_failure`` and listed in
``run.json``); every other article is still written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import __version__
from .config import PipelineConfig
from .corpus import ArticleSummary, CorpusSummary, summarize
from .errors import ConfigError, TextmineError
from .output import document_path, dumps, write_atomic
from .parallel import RunWorkers, batched, release_free_memory
from .pipeline import Pipeline
from .read import read_articles
from .records import Article, Failure, TermDoc
from .registry import Registry
from .segment import split_paragraphs
from .summaries import SummaryStore

if TYPE_CHECKING:
    import numpy as np

    from .themes import CorpusModel
    from .themes.clusters import BisectingRuns

logger = logging.getLogger(__name__)

ENGINES = ("local", "dask")
MODEL_DIR = "model"
#: Articles per batch of the fit pass (small: a sample of ~80 articles ends with both workers busy).
FIT_BATCH = 4
#: Modules a worker imports on its first article with a theme model (not before: the fit imports them after the fork).
APPLY_MODULES = ("scipy.sparse",)


@dataclass
class RunReport:
    """What a corpus run did: written, skipped and failed articles, timings."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
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
        skipped = f", {len(self.skipped)} unchanged" if self.skipped else ""
        total = self.timings.get("total", 0.0)
        return f"{len(self.written)} documents written{skipped}, {len(self.failures)} failed ({total:.2f} s)"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker returns for one article: never its tokens, only a summary."""

    id: str
    source: str
    sha256: str
    encoding: str
    summary: ArticleSummary | None
    failure: Failure | None
    timings: dict[str, float]


@dataclass(frozen=True)
class RunJob:
    """Picklable recipe for the workers of a run: build the pipeline once, then serve every pass.

    The same workers process the fit sample (:class:`TermsTask`), then the
    articles (:class:`ProcessTask`, which names the model to apply: a worker
    loads it on the first task that names it).

    Example:
        >>> import tempfile
        >>> job = RunJob(PipelineConfig(stages=("normalize", "segment")), Path(tempfile.mkdtemp()))
        >>> [o.id for o in job.build()(ProcessTask([Article.from_text("浙江省委", id="a")]))]
        ['a']
    """

    config: PipelineConfig
    out_dir: Path | None = None
    registry: Registry | None = None

    def build(self) -> RunWorker:
        """Build the pipeline and return the worker that serves the tasks (in a worker process)."""
        from .parallel import freeze_built_objects

        return RunWorker(Pipeline.from_config(self.config, registry=self.registry), self.out_dir, on_load=freeze_built_objects)


class RunWorker:
    """A built pipeline serving the tasks of a run; it keeps the model last applied.

    Args:
        pipeline: The built pipeline (without model).
        out_dir: Where documents are written.
        on_load: Called after a model is loaded (a worker process freezes its heap there).
    """

    def __init__(self, pipeline: Pipeline, out_dir: Path | None, *, on_load: Callable[[], None] | None = None) -> None:
        self.pipeline = pipeline
        self.out_dir = out_dir
        self.on_load = on_load
        self._digest: str | None = None
        self._applied: Pipeline | None = None

    def __call__(self, task: TermsTask | ProcessTask | RunsTask | WarmTask) -> Any:
        return task.run(self)

    def build(self) -> RunWorker:
        """This worker, already built (a :class:`~textmine.parallel.JobFactory` for the calling process)."""
        return self

    def use(self, digest: str | None, applied: Pipeline) -> None:
        """Apply ``applied`` (a pipeline with its model) to tasks naming ``digest``, without loading it."""
        self._digest, self._applied = digest, applied

    def applying(self, model_dir: Path | None, digest: str | None) -> Pipeline:
        """The pipeline with the model of ``model_dir`` (loaded once per digest)."""
        if model_dir is None:
            return self.pipeline
        if self._applied is None or digest != self._digest:
            self._applied = self.pipeline.with_model(self.pipeline.load_model(model_dir))
            self._digest = digest
            if self.on_load is not None:
                self.on_load()
        return self._applied


@dataclass(frozen=True, slots=True)
class TermsTask:
    """Fit pass: the terms (``TermDoc``) of a batch of articles, or their failures."""

    articles: list[Article]

    def run(self, worker: RunWorker) -> list[TermDoc | Failure]:
        """Prepare each article and return its terms."""
        return _terms_batch(worker.pipeline, self.articles)


@dataclass(frozen=True, slots=True)
class ProcessTask:
    """Processing pass: write the documents of a batch of articles with the model of ``model_dir``."""

    articles: list[Article]
    model_dir: Path | None = None
    digest: str | None = None

    def run(self, worker: RunWorker) -> list[Outcome]:
        """Process and write each article; return its summary or failure."""
        return _process_batch(worker.applying(self.model_dir, self.digest), worker.out_dir, self.digest, self.articles)


@dataclass(frozen=True, slots=True)
class RunsTask:
    """Fit: some of the bisecting runs of a consensus clustering (the labels of their rows)."""

    runs: BisectingRuns

    def run(self, worker: RunWorker) -> np.ndarray:
        """Compute the runs' labels (the worker's pipeline is not needed)."""
        return self.runs.labels()


@dataclass(frozen=True, slots=True)
class WarmTask:
    """Load in a worker, while it waits for the model, what its first article would otherwise load.

    The modules applying a theme model imports (``APPLY_MODULES``; ~0.25 s).
    jieba's IDF table comes with the model (saved with it), so it is not read here.
    """

    def run(self, worker: RunWorker) -> list[Any]:
        """Load them once (a failure is met again, and reported, by the articles)."""
        if "themes" in worker.pipeline.config.stages:
            _load_ahead("the articles", None, APPLY_MODULES)
        return []


def _map_runs(pool: RunWorkers, job: BisectingRuns) -> np.ndarray:
    """The labels of ``job``'s runs, computed in groups on ``pool`` (the fit waits for them meanwhile)."""
    import numpy as np

    from .themes.clusters import VOTE_MODULES

    parts = job.split(2 * pool.workers)  # two groups per worker: neither waits long for the other at the end
    # The vote that follows imports what it needs meanwhile (the workers are running: a thread is safe).
    loading = threading.Thread(target=_load_ahead, args=("the vote", None, VOTE_MODULES), daemon=True)
    loading.start()
    labels = dict(pool.map(RunsTask(part) for part in parts))
    loading.join()
    return np.vstack([labels[i] for i in range(len(parts))])


def _load_ahead(what: str, prior: Pipeline | None, modules: Sequence[str]) -> None:
    """Read ``prior``'s IDF table (when given) and import ``modules`` before ``what`` needs them.

    A failure is only logged: ``what`` meets it again and reports it.
    """
    from .themes.model import import_fit_modules

    try:
        if prior is not None:
            _ = prior.prior  # jieba's IDF table, read once per pipeline
        import_fit_modules(modules)
    except (TextmineError, OSError, ImportError) as err:
        logger.debug("loading ahead of %s failed: %s", what, err)


def _terms_batch(pipeline: Pipeline, batch: list[Article]) -> list[TermDoc | Failure]:
    out: list[TermDoc | Failure] = []
    for article in batch:
        try:
            result = pipeline.prepare(article)
            out.append(pipeline.term_doc(result.doc, result.spans))
        except TextmineError as err:
            out.append(Failure(article.source, str(err), article.id))
    return out


def _process_batch(pipeline: Pipeline, out: Path, model_digest: str | None, batch: list[Article]) -> list[Outcome]:
    return [_process_one(pipeline, out, model_digest, article) for article in batch]


def _process_one(pipeline: Pipeline, out: Path, model_digest: str | None, article: Article) -> Outcome:
    def failed(reason: str) -> Outcome:
        return Outcome(article.id, article.source, article.sha256, article.encoding, None, Failure(article.source, reason, article.id), {})

    try:
        result = pipeline.process(article)
        t0 = time.perf_counter()
        data = pipeline.document(result)
        if model_digest is not None:
            data["pipeline"]["model"] = model_digest
        write_atomic(document_path(out, article.id), dumps(data))
        result.timings["write"] = time.perf_counter() - t0
    except TextmineError as err:
        return failed(str(err))
    except Exception as err:  # one article's bug must not cost the others
        logger.exception("internal error on %s", article.source)
        return failed(f"internal error: {type(err).__name__}: {err}")
    return Outcome(article.id, article.source, article.sha256, article.encoding, summarize(result), None, result.timings)


def run_corpus(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    pipeline: Pipeline,
    model: CorpusModel | str | Path | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 4,
    incremental: bool = True,
    refit: bool = False,
) -> RunReport:
    """Process every article of ``inputs`` and write the outputs into ``out_dir``.

    Args:
        inputs: Files, folders (recursive) or ``-`` for stdin.
        out_dir: Output folder (``documents/``, ``model/``, ``corpus.json``, ``run.json``).
        pipeline: A built :class:`Pipeline` (its config is what workers rebuild).
        model: A fitted corpus model, or the directory of a saved one, to apply
            without fitting; None reuses ``out_dir/model`` or fits one.
        strict: Stop at the first failure instead of going on.
        stdin: Binary stream read for ``-``.
        on_failure: Called with each failure as it happens.
        on_progress: Called with the report after each article.
        workers: Worker processes (1: all in this process).
        engine: ``local`` (process pool) or ``dask`` (``dask.distributed``).
        scheduler: Address of a Dask scheduler (None: a local cluster).
        batch_size: Articles sent to a worker at a time.
        incremental: Skip articles whose document is already up to date.
        refit: Fit the model again even when ``out_dir/model`` has one.

    Raises:
        ConfigError: unknown engine, or a model that cannot be loaded.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("浙江省委。", encoding="utf-8")
        >>> run_corpus([d], d / "out", pipeline=Pipeline.from_config()).written
        ['a']
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    out = Path(out_dir)
    report = RunReport()
    started = time.perf_counter()
    _remove_stale_temporaries(out)
    source = _article_source(inputs, stdin, exclude=out, max_chars=pipeline.config.read.max_chars)

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def to_process() -> Iterator[Article]:
        clock = time.perf_counter
        for item in _timed(source(), report.timings, "read"):
            if isinstance(item, Failure):
                fail(item)
            else:
                report.inputs.append({"id": item.id, "source": item.source, "sha256": item.sha256, "encoding": item.encoding})
                t0 = clock()
                existing = store.find(item) if incremental else None
                _add(report.timings, "check", clock() - t0)
                if existing is not None:
                    summary.add(existing)
                    report.skipped.append(item.id)
                    if on_progress is not None:
                        on_progress(report)
                else:
                    yield item
            if strict and report.failures:
                report.stopped_early = True
                return

    local = RunWorker(pipeline, out)
    job = RunJob(pipeline.config, out, pipeline.registry)
    with RunWorkers(job, local, workers=workers, engine=engine, scheduler=scheduler) as pool:
        # Workers start once the input holds more than a batch per worker: they build while the fit sample is read.
        model_dir, digest, applied = _resolve_model(model, out, pipeline, source, report, fail, pool, refit, start_after=batch_size * (workers + 1))
        worker = pipeline.with_model(applied) if applied is not None else pipeline
        local.use(digest, worker)
        summary = CorpusSummary(_taxonomy(worker), applied.themes if applied is not None else None)
        store = SummaryStore(out, config_hash=pipeline.config_hash, model_digest=digest, reuse=incremental)
        tasks = (ProcessTask(batch, model_dir, digest) for batch in batched(to_process(), batch_size))
        for _, outcomes in pool.map(tasks):
            for outcome in outcomes:
                if outcome.failure is not None:
                    fail(outcome.failure)
                else:
                    summary.add(outcome.summary)
                    store.add(outcome.summary, source=outcome.source, sha256=outcome.sha256)
                    report.written.append(outcome.id)
                    for stage, seconds in outcome.timings.items():
                        _add(report.timings, stage, seconds)
                if on_progress is not None:
                    on_progress(report)
            if strict and report.failures:
                report.stopped_early = True
                break
    t0 = time.perf_counter()
    write_atomic(out / "corpus.json", summary.to_chunks(pipeline_name=pipeline.config.name, config_hash=pipeline.config_hash))
    store.commit()
    _add(report.timings, "write", time.perf_counter() - t0)
    report.timings["total"] = time.perf_counter() - started
    write_atomic(out / "run.json", dumps(_run_manifest(report, pipeline, workers, engine)))
    return report


def fit_corpus(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    stdin: BinaryIO | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    workers: int = 1,
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

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    source = _article_source(inputs, stdin, max_chars=pipeline.config.read.max_chars)
    with RunWorkers(RunJob(pipeline.config, None, pipeline.registry), RunWorker(pipeline, None), workers=workers) as pool:
        model = _fit(pipeline, source, report, fail, pool, start_after=FIT_BATCH * (workers + 1))
    report.model = {"source": "fitted", **_model_stats(model)}
    report.timings["total"] = time.perf_counter() - started
    return model, report


def _article_source(
    inputs: Iterable[str | Path], stdin: BinaryIO | None, *, max_chars: int, exclude: Path | None = None
) -> Callable[[], Iterator[Article | Failure]]:
    """A way to read the inputs again for each pass (stdin is read once and kept).

    The output folder is never read as input, even inside an input folder.
    """
    inputs = list(inputs)
    read = partial(read_articles, inputs, stdin=stdin, max_chars=max_chars, exclude=[exclude] if exclude else [])
    if any(str(i) == "-" for i in inputs):
        items = list(read())
        return lambda: iter(items)
    return lambda: iter(read())


def _resolve_model(model, out: Path, pipeline: Pipeline, source, report: RunReport, fail, pool: RunWorkers, refit: bool, *, start_after: int):
    """Find the model to apply: given, saved in ``out/model``, or fitted now (and saved) on ``pool``."""
    if not pipeline.needs_corpus and model is None:
        return None, None, None
    from .themes import CorpusModel

    if isinstance(model, CorpusModel):
        path = _save_model(model, out / MODEL_DIR)
        report.model = {"source": "given", **_model_stats(model), "pipeline": dict(model.pipeline)}
        return path, model_digest(path), model
    if model is not None:
        path = Path(model)
        loaded = pipeline.load_model(path)
        report.model = {"source": "given", **_model_stats(loaded), "pipeline": dict(loaded.pipeline)}
        return path, model_digest(path), loaded
    saved = out / MODEL_DIR
    if not refit and (saved / "model.json").is_file():
        try:
            loaded = pipeline.load_model(saved)
        except TextmineError as err:
            logger.warning("%s: saved model unreadable (%s); fitting again", saved, err)
        else:
            if loaded.pipeline.get("config_hash") == pipeline.config_hash:
                report.model = {"source": "saved by an earlier run", **_model_stats(loaded)}
                return saved, model_digest(saved), loaded
    fitted = _fit(pipeline, source, report, lambda f: None, pool, start_after=start_after, warm=True)
    report.model = {"source": "fitted on this corpus", **_model_stats(fitted)}
    path = _save_model(fitted, saved)
    release_free_memory()  # the fit's arrays are garbage now: the run need not carry their pages
    return path, model_digest(path), fitted


def _save_model(model: CorpusModel, path: Path) -> Path:
    """Save a model directory so that a reader never sees half of it (write aside, then swap)."""
    from .themes import save_model

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}."))
    save_model(model, tmp)
    if path.exists():
        old = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.old."))
        os.replace(path, old / path.name)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, path)
    return path


def model_digest(path: str | Path) -> str:
    """A short digest identifying a saved model: the hash of its ``model.json``.

    ``model.json`` names the fit's settings, the articles it was fitted on
    (their sha256), its features, clusters and taxonomy, so it identifies the
    model; the arrays are left out because null-space directions of the LSA
    may differ in the last bits from one process to the next without changing
    any output.

    Example:
        >>> import tempfile
        >>> from textmine.themes import CorpusModel, save_model
        >>> from textmine.keywords import KeywordIdf
        >>> d = save_model(CorpusModel(KeywordIdf(1, {"党建": 1}), None), tempfile.mkdtemp())
        >>> len(model_digest(d))
        16
    """
    return hashlib.sha256((Path(path) / "model.json").read_bytes()).hexdigest()[:16]


def _fit(pipeline: Pipeline, source, report: RunReport, fail, pool: RunWorkers, *, start_after: int, warm: bool = False) -> CorpusModel:
    """Pick the fit sample in one read, process it on ``pool``, fit the model.

    The workers are started once ``start_after`` articles are read: they
    build their pipelines while the rest of the input is read. With ``warm``
    (they go on to process articles), they load what the articles need
    meanwhile (:class:`WarmTask`).
    """
    from .themes.model import FIT_MODULES
    from .themes.sampling import sample_key  # the order the themes sample paragraphs in, too

    clock = time.perf_counter
    themes = pipeline.config.themes
    t0 = clock()
    heap: list[tuple[str, int]] = []  # the smallest keys, kept with a max-heap of inverted keys
    for seen, item in enumerate(source(), 1):
        if seen == start_after:
            pool.start()
        if isinstance(item, Failure):
            fail(item)
            continue
        entry = (_invert(sample_key(item.id, item.sha256)), len(split_paragraphs(item.text)))
        if len(heap) < themes.fit_max_articles:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    chosen: set[str] = set()
    paragraphs = 0
    for inverted, n_paragraphs in sorted(heap, reverse=True):  # smallest key first
        if chosen and paragraphs + n_paragraphs > themes.fit_max_paragraphs:
            break
        chosen.add(_invert(inverted))
        paragraphs += n_paragraphs
    _add(report.timings, "read", clock() - t0)
    sample = (a for a in source() if isinstance(a, Article) and sample_key(a.id, a.sha256) in chosen)
    terms: list[tuple[str, TermDoc]] = []
    shared: dict[str, str] = {}  # one string object per distinct term across the sample
    # While workers process the sample, this process reads the prior and imports what the fit needs
    # (~2 s otherwise spent in the fit). Only once the workers run: a thread must not be forked.
    needs = ("the fit", pipeline, FIT_MODULES) if "themes" in pipeline.config.stages else None
    preload = threading.Thread(target=_load_ahead, args=needs, daemon=True) if pool.started and needs else None
    if preload is not None:
        preload.start()
    for _, results in pool.map(TermsTask(batch) for batch in batched(sample, FIT_BATCH)):
        for item in results:
            if isinstance(item, Failure):
                fail(item)
            else:
                terms.append((sample_key(item.id, item.sha256), _share_terms(item, shared)))
    # Each worker loads now what its first article would load (one task each: it keeps a worker busy
    # long enough for the other to take the second); the fit needs the workers only for its consensus runs.
    if warm:
        pool.post(WarmTask() for _ in range(pool.workers))
    if preload is not None:
        preload.join()
    t0 = clock()
    # The consensus runs of the fit go to the workers, which wait for the model meanwhile.
    map_runs = partial(_map_runs, pool) if pool.started else None
    model = pipeline.fit([doc for _, doc in sorted(terms, key=lambda kv: kv[0])], map_runs=map_runs)  # smallest key first, any order in
    _add(report.timings, "fit", clock() - t0)
    return model


def _share_terms(doc: TermDoc, shared: dict[str, str]) -> TermDoc:
    """The same TermDoc with each term string shared with equal ones already seen.

    Every token is its own string object; a sample of thousands of paragraphs
    holds a few hundred thousand terms but only tens of thousands of distinct
    ones.
    """
    share = shared.setdefault
    return dataclasses.replace(doc, terms=tuple(tuple(share(t, t) for t in para) for para in doc.terms))


def _invert(key: str) -> str:
    # heapq is a min-heap; keeping the smallest keys needs the largest on top.
    return key.translate(_INVERT)


_INVERT = str.maketrans("0123456789abcdef", "fedcba9876543210")


def _remove_stale_temporaries(out: Path) -> None:
    """Delete half-written files a killed run left behind (``.<name>.*.tmp``)."""
    for folder in (out, out / "documents"):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)
    if out.is_dir():
        for tmp in out.glob(f".{MODEL_DIR}.*"):
            shutil.rmtree(tmp, ignore_errors=True)


def _timed(items: Iterator[Any], timings: dict[str, float], key: str) -> Iterator[Any]:
    clock = time.perf_counter
    while True:
        t0 = clock()
        item = next(items, None)
        _add(timings, key, clock() - t0)
        if item is None:
            return
        yield item


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


def _add(timings: dict[str, float], key: str, seconds: float) -> None:
    timings[key] = timings.get(key, 0.0) + seconds


def _run_manifest(report: RunReport, pipeline: Pipeline, workers: int, engine: str) -> dict:
    return {
        "version": __version__,
        "pipeline": pipeline.config.name,
        "config": pipeline.config.resolved(),
        "config_hash": pipeline.config_hash,
        "engine": {"name": engine, "workers": workers},
        "inputs": report.inputs,
        "documents": len(report.written) + len(report.skipped),
        "written": len(report.written),
        "unchanged": len(report.skipped),
        "failures": [{"source": f.source, "id": f.id, "reason": f.reason} for f in report.failures],
        "stopped_early": report.stopped_early,
        "themes_model": report.model,
        "timings": {k: round(v, 4) for k, v in sorted(report.timings.items())},
    }
