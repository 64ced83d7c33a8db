"""Write and validate outputs: ``ArticleResult`` → ``documents/<id>.json``.

The document schema is the pydantic model :class:`DocumentModel`; its JSON
Schema ships as ``textmine/data/document.schema.json``. Files are written with
orjson (sorted keys, 2-space indent, non-ASCII kept, trailing newline) through
a temporary file and a rename, so a reader never sees a half-written file and
the same input and config always give the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import InputError, TextmineError
from .records import SPAN_ORDER, Doc, Failure, Span
from .segment import token_lists

SCHEMA_ID = "textmine.document/1"
#: A span's start, as a C-level getter (one bisection per span, no Python call).
_SPAN_START = attrgetter("start")
_DUMP_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ThemeScore(_Model):
    """A taxonomy theme with its score."""

    id: str
    label: str
    score: float


class ParagraphModel(_Model):
    """A paragraph: ``[start, end)`` of the text and its themes (when tagged)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    themes: list[ThemeScore] | None = None
    cluster: int | None = None


class SpanModel(_Model):
    """An extracted span; ``text == document.text[start:end]``."""

    label: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    norm: str
    sentence: int = Field(ge=0)
    attrs: dict[str, Any] = {}


class KeywordModel(_Model):
    """A weighted keyword of the article."""

    term: str
    weight: float


class ClusterModel(_Model):
    """The article-level cluster and its top terms."""

    id: int
    terms: list[str]


class PipelineRef(_Model):
    """Which pipeline configuration produced the document."""

    name: str
    config_hash: str
    model: str | None = None


class DocumentModel(_Model):
    """One article as textmine writes it (``documents/<id>.json``)."""

    schema_: Literal["textmine.document/1"] = Field(alias="schema")
    id: str
    source: str
    sha256: str
    encoding: str
    format: str
    meta: dict[str, str] = {}
    script: Literal["traditional", "simplified", "mixed"]
    script_shares: dict[str, float]
    text: str
    paragraphs: list[ParagraphModel]
    spans: list[SpanModel]
    tokens: list[str] | None = None
    keywords: list[KeywordModel] | None = None
    themes: list[ThemeScore] | None = None
    cluster: ClusterModel | None = None
    pipeline: PipelineRef


def span_dict(span: Span, sentence: int) -> dict[str, Any]:
    """The JSON form of a span.

    Example:
        >>> span_dict(Span("PLACE", 0, 2, "浙江", "浙江"), 0)["label"]
        'PLACE'
    """
    return _span_dicts((span,), (sentence,))[0]


def _span_dicts(spans: Iterable[Span], sentences: Iterable[int]) -> list[dict[str, Any]]:
    # One comprehension for all of an article's spans: no call per span (hundreds per article).
    return [
        {
            "label": s.label,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "norm": s.norm,
            "sentence": k,
            "attrs": dict(s.attrs),
        }
        for s, k in zip(spans, sentences)
    ]


def document_dict(
    doc: Doc,
    spans: Sequence[Span],
    *,
    pipeline_name: str,
    config_hash: str,
    with_tokens: bool = True,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Assemble the JSON document of one analysed article.

    Args:
        doc: The segmented article.
        spans: Its spans (any order; written sorted by start, end, label).
        pipeline_name: Name of the pipeline config.
        config_hash: Digest of the resolved config.
        with_tokens: Include the token strings (one JSON line).
        extra: More top-level fields (keywords, themes, cluster, paragraph themes).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江。")
        >>> document_dict(doc, [], pipeline_name="default", config_hash="0")["schema"]
        'textmine.document/1'
    """
    art = doc.article
    starts = [s.start for s in doc.sentences]
    ordered = sorted(spans, key=SPAN_ORDER)
    # The sentence of each span: the last one starting at or before it (the first for a span before any).
    sentence_of = [i - 1 if i else 0 for i in map(bisect_right, repeat(starts), map(_SPAN_START, ordered))]
    data: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "id": art.id,
        "source": art.source,
        "sha256": art.sha256,
        "encoding": art.encoding,
        "format": art.format,
        "meta": dict(art.meta),
        "script": doc.normalized.script,
        "script_shares": dict(doc.normalized.shares),
        "text": art.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in doc.paragraphs],
        "spans": _span_dicts(ordered, sentence_of),
        "pipeline": {"name": pipeline_name, "config_hash": config_hash},
    }
    if with_tokens:
        # One line for the whole list keeps documents short and diffs readable.
        data["tokens"] = orjson.Fragment(orjson.dumps(token_lists(doc).texts))
    if extra:
        data.update(extra)
    return data


def dumps(data: Any) -> bytes:
    """Serialize deterministically: sorted keys, 2-space indent, trailing newline.

    Example:
        >>> dumps({"b": 1, "a": "浙江"})
        b'{\\n  "a": "\\xe6\\xb5\\x99\\xe6\\xb1\\x9f",\\n  "b": 1\\n}\\n'
    """
    return orjson.dumps(data, option=_DUMP_OPTIONS)


def dumps_expanding(data: Any, lists: Mapping[str, Callable[[], list[str]]]) -> Iterator[bytes]:
    """:func:`dumps` of ``data`` in chunks; each string ``"\\0NAME"`` (NUL, NAME) becomes ``lists[NAME]()``.

    The same bytes as :func:`dumps` of the data with the lists in place, but
    only one list is held at a time: a corpus file lists every paragraph of
    the corpus, which need not sit in memory as strings.

    Example:
        >>> data = {"b": "\\0m", "a": 1}
        >>> b"".join(dumps_expanding(data, {"m": lambda: ["甲", "乙"]})) == dumps({"b": ["甲", "乙"], "a": 1})
        True
    """
    text = dumps(data)
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        make = lists.get(m.group(1).decode("utf-8"))
        if make is None:
            continue  # a string of the data that happens to start with NUL
        line = text[text.rfind(b"\n", 0, m.start()) + 1 : m.start()]
        indent = b"\n" + b" " * (len(line) - len(line.lstrip(b" ")))
        yield text[pos : m.start()]
        yield orjson.dumps(make(), option=orjson.OPT_INDENT_2).replace(b"\n", indent)
        pos = m.end()
    yield text[pos:]


#: A placeholder string as orjson writes it (NUL escaped).
_PLACEHOLDER = re.compile(rb'"\\u0000([^"\\]*)"')


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or chunks of bytes) to ``path`` through a temporary file and a rename.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.json"
        >>> write_atomic(p, b"{}\\n"); p.read_bytes()
        b'{}\\n'
    """
    fd, tmp = _open_temporary(path)
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes | bytearray):
                f.write(data)
            else:
                f.writelines(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _open_temporary(path: Path) -> tuple[int, str]:
    # A name of this process first (no random name to draw; one open, no directory
    # check when the folder exists), a random one if that name is taken.
    tmp = f"{path.parent}{os.sep}.{path.name}.{os.getpid()}.tmp"
    try:
        return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        pass
    return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")


def document_path(out_dir: Path, article_id: str) -> Path:
    """Where the document of ``article_id`` goes, refusing ids that escape ``out_dir``.

    Raises:
        TextmineError: the id is not a plain file name.

    Example:
        >>> document_path(Path("out"), "seed").as_posix()
        'out/documents/seed.json'
    """
    return out_dir / "documents" / f"{check_id(article_id)}.json"


def check_id(article_id: str) -> str:
    """Return ``article_id`` when it is safe as a file name; raise otherwise.

    Raises:
        TextmineError: empty, hidden, or containing a path separator.

    Example:
        >>> check_id("seed")
        'seed'
    """
    if not article_id or "/" in article_id or "\\" in article_id or article_id.startswith("."):
        raise TextmineError(f"refusing to write a document with unsafe id {article_id!r}")
    return article_id


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a document file (generated from :class:`DocumentModel`).

    Example:
        >>> json_schema()["title"]
        'DocumentModel'
    """
    return DocumentModel.model_json_schema(by_alias=True)


def check_document(data: Any) -> list[str]:
    """Return every problem of one parsed document: schema errors and broken invariants.

    Checks beyond the schema: spans inside the text with ``text == text[start:end]``
    and sorted by (start, end, label); paragraphs inside the text; tokens (when
    present) rebuilding the text.

    Example:
        >>> check_document({"schema": "x"})[0].startswith("schema:")
        True
    """
    try:
        model = DocumentModel.model_validate(data)
    except ValidationError as err:
        return [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in err.errors()]
    problems = []
    text = model.text
    keys = []
    for i, s in enumerate(model.spans):
        if not 0 <= s.start < s.end <= len(text):
            problems.append(f"spans[{i}]: offsets {s.start}..{s.end} outside the text")
        elif text[s.start : s.end] != s.text:
            problems.append(f"spans[{i}]: text {s.text!r} != text[{s.start}:{s.end}]")
        keys.append((s.start, s.end, s.label))
    if keys != sorted(keys):
        problems.append("spans are not sorted by (start, end, label)")
    for i, p in enumerate(model.paragraphs):
        if not 0 <= p.start < p.end <= len(text):
            problems.append(f"paragraphs[{i}]: offsets {p.start}..{p.end} outside the text")
    if model.tokens is not None and "".join(model.tokens) != text:
        problems.append("tokens do not rebuild the text")
    return problems


def iter_documents(out_dir: Path) -> Iterator[Path]:
    """The document files of an output folder, sorted.

    Raises:
        InputError: the folder has no ``documents/`` subfolder.
    """
    docs = out_dir / "documents"
    if not docs.is_dir():
        raise InputError(str(out_dir), "not a textmine output folder (no documents/ inside)")
    return iter(sorted(docs.glob("*.json")))


def read_document(path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    """Read one document file; return it (``None`` when unreadable) and its problems.

    Example:
        >>> read_document(Path("/nonexistent.json"))[1][0].startswith("not readable JSON")
        True
    """
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as err:
        return None, [f"not readable JSON: {err}"]
    return data, check_document(data)


def read_documents(out_dir: Path) -> tuple[list[dict[str, Any]], list[Failure]]:
    """Load the valid documents of an output folder (sorted by file name) and why others were left out.

    Reviewing tools (report, exports) rely on the invariants ``check_document``
    guarantees, so a broken document is reported rather than shown wrong.

    Raises:
        InputError: the folder has no ``documents/`` subfolder.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "documents").mkdir()
        >>> read_documents(d)
        ([], [])
    """
    documents: list[dict[str, Any]] = []
    failures: list[Failure] = []
    for path in iter_documents(out_dir):
        data, problems = read_document(path)
        if problems:
            failures.append(Failure(str(path), "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")))
        else:
            documents.append(data)
    return documents, failures


def read_corpus(out_dir: Path) -> dict[str, Any] | None:
    """The parsed ``corpus.json`` of an output folder, or ``None`` when there is none.

    Raises:
        InputError: the file exists but is not a JSON object.

    Example:
        >>> read_corpus(Path("/nonexistent")) is None
        True
    """
    path = out_dir / "corpus.json"
    if not path.is_file():
        return None
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as err:
        raise InputError(str(path), f"not readable JSON: {err}") from err
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a JSON object")
    return data


def validate_outputs(out_dir: Path) -> dict[str, list[str]]:
    """Check every document of an output folder; map file name → problems (empty: all good).

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "documents").mkdir()
        >>> validate_outputs(d)
        {}
    """
    report: dict[str, list[str]] = {}
    for path in iter_documents(out_dir):
        problems = read_document(path)[1]
        if problems:
            report[path.name] = problems
    return report
