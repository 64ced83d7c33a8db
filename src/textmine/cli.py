"""Command line: ``textmine run|extract|themes fit|validate|report|export`` (also ``python -m textmine``).

Thin by design: parse arguments, load the config, call the library, map
errors to exit codes. Exit codes: 0 all good, 2 some inputs failed (or
documents are invalid), 1 usage or configuration error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Self

from . import __version__
from .errors import TextmineError
from .export import FORMATS
from .records import Failure

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit(2); usage errors are 1 here
        raise _UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="textmine", description="Chinese text mining: normalize, segment, extract, write JSON.")
    parser.add_argument("--version", action="version", version=f"textmine {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="process a corpus into an output folder", description="Process files, folders (recursively) or - (stdin) into OUT/documents/*.json and OUT/run.json.")
    run.add_argument("inputs", nargs="*", default=["corpus"], metavar="INPUT", help="file, folder or - (default: corpus)")
    run.add_argument("-o", "--output", default="outputs", type=Path, help="output folder (default: outputs)")
    run.add_argument("--pipeline", type=Path, help="pipeline config (TOML); default: built-in defaults")
    run.add_argument("--themes", type=Path, metavar="MODEL_DIR", help="apply a model saved by 'textmine themes fit' instead of fitting on the inputs")
    run.add_argument("--strict", action="store_true", help="stop at the first failing input")
    run.add_argument("-w", "--workers", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: all cores, %(default)s here)")
    run.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool (default) or a dask.distributed cluster")
    run.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)")
    run.add_argument("--force", action="store_true", help="process every article, even those whose document is up to date")
    run.add_argument("--refit", action="store_true", help="fit the theme model again even when OUT/model holds one")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")

    extract = sub.add_parser("extract", help="print one document's JSON to stdout", description="Analyse one file (or - for stdin) and print its document JSON.")
    extract.add_argument("input", metavar="FILE", help="a file, or - for stdin")
    extract.add_argument("--pipeline", type=Path, help="pipeline config (TOML)")

    themes = sub.add_parser("themes", help="fit a theme model once, apply it later", description="Fit keywords IDF, clusters and theme profiles on a corpus; apply with 'textmine run --themes MODEL_DIR'.")
    themes_sub = themes.add_subparsers(dest="themes_command", required=True, parser_class=_Parser)
    fit = themes_sub.add_parser("fit", help="fit on a corpus and save the model", description="Fit on files, folders or - (stdin) and save MODEL_DIR/model.json + arrays.npz (no pickle).")
    fit.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or -")
    fit.add_argument("-o", "--output", required=True, type=Path, metavar="MODEL_DIR", help="model directory to write")
    fit.add_argument("--pipeline", type=Path, help="pipeline config (TOML); default: built-in defaults")
    fit.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    validate = sub.add_parser("validate", help="check an output folder against the document schema", description="Validate every OUT/documents/*.json: schema and offsets.")
    validate.add_argument("output", type=Path, metavar="DIR", help="an output folder written by textmine run")

    report = sub.add_parser("report", help="write a self-contained HTML review page", description="Write one HTML file (inline CSS and JavaScript, no network) showing every article with its spans highlighted, and the corpus: themes, clusters, index, figures.")
    report.add_argument("output", type=Path, metavar="OUTPUTS", help="an output folder written by textmine run")
    report.add_argument("-o", "--html", type=Path, metavar="FILE", help="where the page goes (default: OUTPUTS/report.html)")
    report.add_argument("--title", help="page title (default: textmine report)")
    report.add_argument("--compress", choices=("auto", "always", "never"), help="gzip the embedded data: auto (the default: beyond 5 MB), always or never")

    export = sub.add_parser("export", help="export spans for Label Studio, doccano, brat or spaCy", description="Write the spans of every document in an annotation tool's format into DIR.")
    export.add_argument("output", type=Path, metavar="OUTPUTS", help="an output folder written by textmine run")
    export.add_argument("--format", required=True, choices=FORMATS, help="target format")
    export.add_argument("-o", "--dest", required=True, type=Path, metavar="DIR", help="destination folder")
    return parser


def _report_failure(failure: Failure) -> None:
    print(f"textmine: {failure.line()}", file=sys.stderr)


def _cmd_run(args: argparse.Namespace) -> int:
    from .parallel import freeze_built_objects
    from .pipeline import Pipeline
    from .runner import run_corpus

    if args.workers < 1:
        raise _UsageError("textmine run: --workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise _UsageError("textmine run: --scheduler needs --engine dask")
    pipeline = Pipeline.from_config(args.pipeline)
    freeze_built_objects()
    with _Progress(enabled=not args.quiet and sys.stderr.isatty()) as progress:
        report = run_corpus(
            args.inputs,
            args.output,
            pipeline=pipeline,
            model=args.themes,
            strict=args.strict,
            stdin=sys.stdin.buffer,
            on_failure=progress.wrap(_report_failure),
            on_progress=progress.update,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            incremental=not args.force,
            refit=args.refit,
        )
    if not args.quiet:
        print(f"textmine: {report.summary()} → {args.output}", file=sys.stderr)
    return report.exit_code


class _Progress:
    """A tqdm bar on stderr (articles/s, failures) when it is a terminal; silent otherwise."""

    def __init__(self, *, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            class Bar(tqdm):
                # No monitor thread: worker processes are forked only from a process running one thread.
                monitor_interval = 0

            self.bar = Bar(unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def update(self, report) -> None:
        if self.bar is not None:
            done = len(report.written) + len(report.skipped) + len(report.failures)
            self.bar.update(done - self.bar.n)
            self.bar.set_postfix(failed=len(report.failures), unchanged=len(report.skipped), refresh=False)

    def wrap(self, report_failure):
        def write(failure: Failure) -> None:
            if self.bar is not None:
                self.bar.clear()
            report_failure(failure)

        return write


def _cmd_extract(args: argparse.Namespace) -> int:
    from .output import dumps
    from .pipeline import Pipeline
    from .read import read_articles

    pipeline = Pipeline.from_config(args.pipeline)
    status = EXIT_OK
    for item in read_articles([args.input], stdin=sys.stdin.buffer, max_chars=pipeline.config.read.max_chars):
        if isinstance(item, Failure):
            _report_failure(item)
            status = EXIT_PARTIAL
            continue
        try:
            sys.stdout.buffer.write(dumps(pipeline.document(pipeline.process(item))))
        except TextmineError as err:
            _report_failure(Failure(item.source, str(err), item.id))
            status = EXIT_PARTIAL
    sys.stdout.flush()
    return status


def _cmd_themes(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline
    from .runner import fit_corpus
    from .themes import save_model

    pipeline = Pipeline.from_config(args.pipeline)
    if not pipeline.needs_corpus:
        print("textmine: the pipeline runs neither keywords nor themes: nothing to fit", file=sys.stderr)
        return EXIT_USAGE
    model, report = fit_corpus(args.inputs, pipeline=pipeline, stdin=sys.stdin.buffer, on_failure=_report_failure)
    if model.keywords.n_docs == 0:
        print("textmine: no article could be read: no model written", file=sys.stderr)
        return EXIT_USAGE
    save_model(model, args.output)
    if not args.quiet:
        stats = report.model or {}
        print(
            f"textmine: fitted on {stats.get('articles')} articles, {stats.get('paragraphs')} paragraphs"
            f" ({stats.get('paragraph_clusters')} paragraph and {stats.get('article_clusters')} article clusters)"
            f" → {args.output}",
            file=sys.stderr,
        )
    return EXIT_PARTIAL if report.failures else EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from .output import iter_documents, validate_outputs

    report = validate_outputs(args.output)
    total = len(list(iter_documents(args.output)))
    for name, problems in report.items():
        for problem in problems:
            print(f"textmine: {args.output / 'documents' / name}: {problem}", file=sys.stderr)
    print(f"textmine: {total - len(report)} of {total} documents valid", file=sys.stderr)
    return EXIT_PARTIAL if report else EXIT_OK


def _report_skipped(skipped: list[Failure]) -> int:
    for failure in skipped:
        _report_failure(failure)
    return EXIT_PARTIAL if skipped else EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    options = {k: v for k in ("title", "compress") if (v := getattr(args, k)) is not None}
    result = write_report(args.output, args.html, **options)
    status = _report_skipped(result.skipped)
    size = f"{result.size / 1e6:.1f} MB" + (", data compressed" if result.compressed else "")
    print(f"textmine: {result.documents} articles → {result.path} ({size})", file=sys.stderr)
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export_outputs

    try:
        result = export_outputs(args.output, args.format, args.dest)
    except ImportError as err:  # an optional dependency (spaCy) is missing: a usage problem, not a bug
        print(f"textmine: {err}", file=sys.stderr)
        return EXIT_USAGE
    status = _report_skipped(result.skipped)
    for warning in result.warnings:
        print(f"textmine: warning: {warning}", file=sys.stderr)
    print(f"textmine: {result.documents} articles → {len(result.files)} {args.format} files in {args.dest}", file=sys.stderr)
    return status


_COMMANDS = {
    "run": _cmd_run,
    "extract": _cmd_extract,
    "themes": _cmd_themes,
    "validate": _cmd_validate,
    "report": _cmd_report,
    "export": _cmd_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting.

    Example:
        >>> main(["validate", "/nonexistent"])
        1
    """
    try:
        args = _parser().parse_args(argv)
        return _COMMANDS[args.command](args)
    except _UsageError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    except TextmineError as err:
        print(f"textmine: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("textmine: interrupted", file=sys.stderr)
        return 130
