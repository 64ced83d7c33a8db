"""Run a pipeline over a corpus: inputs → ``documents/*.json`` + ``run.json``.

Articles are read, processed and written one at a time. A bad input or a
failing article becomes a ``Failure`` (reported through ``on_failure`` and
listed in ``run.json``); every other article is still written.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from . import __version__
from .errors import TextmineError
from .output import document_path, dumps, write_atomic
from .pipeline import Pipeline
from .read import read_articles
from .records import Article, Failure

logger = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a corpus run did: written documents, failures, timings."""

    written: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    inputs: list[dict[str, str]] = field(default_factory=list)
    stopped_early: bool = False

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
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> RunReport:
    """Process every article of ``inputs`` and write the outputs into ``out_dir``.

    Args:
        inputs: Files, folders (recursive) or ``-`` for stdin.
        out_dir: Output folder (``documents/`` and ``run.json`` go inside).
        pipeline: A built :class:`Pipeline`.
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

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    articles = iter(read_articles(inputs, stdin=stdin))
    while True:
        t0 = clock()
        item = next(articles, None)
        _add(report.timings, "read", clock() - t0)
        if item is None:
            break
        if isinstance(item, Failure):
            fail(item)
        else:
            _process_one(item, out, pipeline, report, fail)
        if strict and report.failures:
            report.stopped_early = True
            break
    report.timings["total"] = clock() - started
    write_atomic(out / "run.json", dumps(_run_manifest(report, pipeline)))
    return report


def _process_one(article: Article, out: Path, pipeline: Pipeline, report: RunReport, fail) -> None:
    report.inputs.append(
        {"id": article.id, "source": article.source, "sha256": article.sha256, "encoding": article.encoding}
    )
    try:
        result = pipeline.process(article)
        t0 = time.perf_counter()
        write_atomic(document_path(out, article.id), dumps(pipeline.document(result)))
        result.timings["write"] = time.perf_counter() - t0
    except TextmineError as err:
        fail(Failure(article.source, str(err), article.id))
        return
    except Exception as err:  # noqa: BLE001 - one article's bug must not cost the others
        logger.exception("internal error on %s", article.source)
        fail(Failure(article.source, f"internal error: {type(err).__name__}: {err}", article.id))
        return
    for stage, seconds in result.timings.items():
        _add(report.timings, stage, seconds)
    report.written.append(article.id)


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
        "timings": {k: round(v, 4) for k, v in sorted(report.timings.items())},
    }
