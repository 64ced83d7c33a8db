"""Export an output folder to the annotation tools reviewers use, and read their files back.

Input: the valid documents of an output folder (``output.read_documents``).
Output, in a destination folder, per format (one module each):

- ``labelstudio``: ``tasks.json`` (tasks with one prediction; attributes as
  region meta) and ``labeling-config.xml``.
- ``doccano``: ``doccano.jsonl`` (labels and offsets; doccano has no attributes).
- ``brat``: ``<id>.txt`` + ``<id>.ann`` per article, ``annotation.conf``,
  ``visual.conf``; spans across line breaks become discontinuous fragments.
- ``spacy``: ``textmine.spacy``, a ``DocBin`` (spaCy imported only for it).

Offsets are code points of the original text in every format, as in the
documents; a tool that counts UTF-16 units would misplace spans after
characters outside the Basic Multilingual Plane (rare in Chinese: CJK
extension B and later). The ``read_*`` functions give spans back as
``{"label", "start", "end", "text", "attrs"}``, for round trips and for taking
reviewed annotations back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..errors import ConfigError, TextmineError
from ..output import check_id, read_documents, write_atomic
from ..records import Failure
from ..report import ordered_labels
from .brat import brat_annotations, brat_config, read_brat
from .docbin import read_docbin, spacy_docbin
from .doccano import doccano_jsonl, doccano_records, read_doccano
from .labelstudio import labelstudio_config, labelstudio_tasks, read_labelstudio

FORMATS = ("labelstudio", "doccano", "brat", "spacy")

__all__ = [
    "FORMATS",
    "ExportResult",
    "brat_annotations",
    "brat_config",
    "doccano_jsonl",
    "doccano_records",
    "export_outputs",
    "labelstudio_config",
    "labelstudio_tasks",
    "read_brat",
    "read_docbin",
    "read_doccano",
    "read_labelstudio",
    "spacy_docbin",
]


@dataclass
class ExportResult:
    """What :func:`export_outputs` wrote.

    Attributes:
        format: One of :data:`FORMATS`.
        files: The files written.
        documents: Articles exported.
        skipped: Documents left out (unreadable or broken), with the reason.
        warnings: Spans or articles a format could not carry, each saying where and why.
    """

    format: str
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    skipped: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _write_labelstudio(documents: Sequence[dict[str, Any]], dest: Path) -> tuple[list[Path], list[str]]:
    tasks, config = dest / "tasks.json", dest / "labeling-config.xml"
    write_atomic(tasks, orjson.dumps(labelstudio_tasks(documents), option=orjson.OPT_APPEND_NEWLINE))
    write_atomic(config, labelstudio_config(ordered_labels(documents)).encode("utf-8"))
    return [tasks, config], []


def _write_doccano(documents: Sequence[dict[str, Any]], dest: Path) -> tuple[list[Path], list[str]]:
    path = dest / "doccano.jsonl"
    write_atomic(path, doccano_jsonl(documents))
    return [path], []


def _write_brat(documents: Sequence[dict[str, Any]], dest: Path) -> tuple[list[Path], list[str]]:
    files, warnings = [], []
    for doc in documents:
        try:
            check_id(doc["id"])
        except TextmineError as err:
            warnings.append(f"{err}; article left out of the brat export")
            continue
        ann, problems = brat_annotations(doc)
        warnings += problems
        for suffix, data in ((".txt", doc["text"]), (".ann", ann)):
            files.append(dest / f"{doc['id']}{suffix}")
            write_atomic(files[-1], data.encode("utf-8", "surrogatepass"))
    conf, visual = brat_config(documents)
    for name, data in (("annotation.conf", conf), ("visual.conf", visual)):
        files.append(dest / name)
        write_atomic(files[-1], data.encode("utf-8"))
    return files, warnings


def _write_spacy(documents: Sequence[dict[str, Any]], dest: Path) -> tuple[list[Path], list[str]]:
    docbin, warnings = spacy_docbin(documents)
    path = dest / "textmine.spacy"
    write_atomic(path, docbin.to_bytes())
    return [path], warnings


_WRITERS = {"labelstudio": _write_labelstudio, "doccano": _write_doccano, "brat": _write_brat, "spacy": _write_spacy}


def export_outputs(out_dir: str | Path, fmt: str, dest: str | Path) -> ExportResult:
    """Export the documents of an output folder into ``dest`` in format ``fmt``.

    Raises:
        ConfigError: unknown format.
        InputError: ``out_dir`` is not an output folder.
        ImportError: ``spacy`` asked for but spaCy is not installed.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "documents").mkdir()
        >>> [p.name for p in export_outputs(d, "doccano", d / "x").files]
        ['doccano.jsonl']
    """
    if fmt not in _WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    documents, skipped = read_documents(Path(out_dir))
    files, warnings = _WRITERS[fmt](documents, Path(dest))
    return ExportResult(fmt, files, len(documents), skipped, warnings)
