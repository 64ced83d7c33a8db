"""Read a corpus: files, folders (recursively) or stdin → ``Article`` records.

Formats: ``.txt`` and ``.md`` (text as is), ``.html``/``.htm`` (visible text
only, one line per block), ``.jsonl`` (one article per line: ``text``, optional
``id``, ``title``, ``date``, ``url``). Any other file in a folder is read as
text, so binary and undecodable files are reported rather than skipped.

Encodings are detected and recorded: UTF-8 (with or without BOM), UTF-16/32
with BOM, GB18030 (a superset of GBK and GB2312) and Big5.

Ids are stable and safe as file names: derived from the path below its input
folder (``sub/a.txt`` → ``sub__a``), or the ``id`` field of a JSONL record;
duplicates get ``-2``, ``-3`` … in the sorted order of their sources.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

import orjson

from .errors import InputError
from .records import Article, Failure

logger = logging.getLogger(__name__)

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, carriage return, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNSAFE_ID = re.compile(r"[^\w.\-]+")
_MAX_ID = 120
_SURROGATE = re.compile("[\ud800-\udfff]")

#: Articles longer than this many characters are split into parts at line
#: (or sentence) boundaries, so that no single input can exhaust memory.
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Source:
    """One input file (or stdin) and the name it gets in outputs."""

    path: Path | None
    name: str
    stem_id: str
    format: str


def sanitize_id(raw: str) -> str:
    """Turn any string into an id safe as a file name (no separators, no leading dot).

    Example:
        >>> sanitize_id("../報告 2021/01.txt")
        '報告_2021_01.txt'
    """
    text = unicodedata.normalize("NFC", raw)
    text = _UNSAFE_ID.sub("_", text).strip("._-")
    if len(text) > _MAX_ID:
        digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        text = f"{text[:_MAX_ID]}-{digest}"
    return text or "article"


def decode_bytes(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode raw bytes, detecting the encoding.

    Order: byte-order mark; UTF-16/32 without BOM when NUL bytes say so;
    strict UTF-8 (repairing Latin-1 mojibake of UTF-8 Chinese); otherwise the
    most plausible of GB18030, Big5, BOM-less UTF-16 and UTF-8 with its
    invalid bytes replaced by U+FFFD (a few bad bytes in a UTF-8 file).

    Returns:
        ``(text, encoding)``; encoding is ``utf-8``, ``utf-8-sig``, ``utf-16-le``,
        ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, ``gb18030``, ``big5``, or
        ``utf-8+replaced`` / ``utf-8+demojibaked`` when the text was repaired.

    Raises:
        InputError: empty, binary, or in none of the supported encodings.

    Example:
        >>> decode_bytes("黨建".encode("big5"), source="x.txt")
        ('黨建', 'big5')
    """
    if not data:
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding.replace("-sig", "")), source), encoding
            except UnicodeDecodeError as err:
                raise InputError(source, f"starts with a {encoding} byte-order mark but does not decode: {err.reason}") from None
    nuls = data.count(0)
    if nuls > max(8, len(data) // 100):
        best = _most_plausible(data, ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
        if best is None:
            raise InputError(source, "binary file (contains NUL bytes)")
        return _checked(best[1], source), best[0]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        repaired = _demojibake(text)
        if repaired is not None:
            return _checked(repaired, source), "utf-8+demojibaked"
        return _checked(text, source), "utf-8"
    best = _most_plausible(data, ("gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8+replaced"))
    if best is None:
        raise InputError(source, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 (or binary data)")
    return _checked(best[1], source), best[0]


_CODECS = {"big5": "cp950"}
_ERRORS = {"utf-8+replaced": ("utf-8", "replace")}
_MOJIBAKE = re.compile(r"[\u00c0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]{1,3}")


def _most_plausible(data: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """The decoding that looks most like Chinese text, if any looks like text at all."""
    candidates = []
    for encoding in encodings:
        codec, errors = _ERRORS.get(encoding, (_CODECS.get(encoding, encoding), "strict"))
        try:
            text = data.decode(codec, errors)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), encoding, text))
    if not candidates:
        return None
    score, encoding, text = max(candidates)
    return (encoding, text) if score >= 0.6 else None


def _demojibake(text: str) -> str | None:
    """Undo UTF-8 bytes that were decoded as Latin-1/cp1252 and saved again as UTF-8.

    Only when mojibake sequences make up much of the text and the repaired text
    is plausible Chinese; otherwise None (the text is left alone).
    """
    sample = text[:4000]
    hits = sum(len(m) for m in _MOJIBAKE.findall(sample))
    if hits < 0.3 * len(sample.replace(" ", "")):
        return None
    for codec in ("latin-1", "cp1252"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _plausibility(repaired) >= 0.8:
            return repaired
    return None


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "no text (whitespace only)")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(source, "binary file (too many control characters)")
    return text


def _is_common_hanzi(ch: str) -> bool:
    """True for the most frequent hanzi: GB2312 level 1 or Big5 level 1."""
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA4 <= ch.encode("cp950")[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """Share of a decoded sample that looks like real Chinese text.

    A wrong decoding of GB18030 as Big5 (or the reverse) turns about half of the
    characters into rare hanzi; a right one keeps almost all of them common.
    """
    sample = [c for c in text[:4000] if not c.isspace()]
    if not sample:
        return 1.0
    memo: dict[str, bool] = {}
    good = 0
    for ch in sample:
        if ch.isascii():
            good += ch.isprintable()
            continue
        if ch == "\ufffd":  # a replaced invalid byte
            continue
        if ch not in memo:
            if "\u4e00" <= ch <= "\u9fff":
                memo[ch] = _is_common_hanzi(ch)
            else:
                memo[ch] = unicodedata.category(ch)[0] in "PSN" or "\u3000" <= ch <= "\u303f"
        good += memo[ch]
    return good / len(sample)


class _VisibleText(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
    _BLOCK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt",
        "title", "main", "aside", "nav", "figcaption", "form",
    })  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def _flush(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            self.skip_depth += 1
        elif tag in self._BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self.current.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """Return the visible text of an HTML page (one line per block) and its title.

    Example:
        >>> html_to_text("<p>浙江&amp;杭州</p><script>x()</script><p>省委</p>")
        ('浙江&杭州\\n省委', '')
    """
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return "\n".join(parser.lines), re.sub(r"\s+", " ", "".join(parser.title)).strip()


def iter_sources(inputs: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> list[Source]:
    """List the input files: files as given, folders recursively (hidden entries skipped).

    The list is sorted by output name, so ids do not depend on argument order.
    ``-`` stands for stdin. Files under an ``exclude`` folder (the output folder
    of a run, when it sits inside an input folder) are left out.

    Raises:
        InputError: an input path does not exist.

    Example:
        >>> [s.stem_id for s in iter_sources(["-"])]
        ['stdin']
    """
    skip = [Path(p).resolve() for p in exclude]
    folders: dict[Path, Path] = {}  # folder → resolved: one resolve per folder, not per file

    def resolved(child: Path) -> Path:
        if child.is_symlink():
            return child.resolve()
        parent = folders.get(child.parent)
        if parent is None:
            parent = folders[child.parent] = child.parent.resolve()
        return parent / child.name

    sources: list[Source] = []
    for raw in inputs:
        if str(raw) == "-":
            sources.append(Source(None, "<stdin>", "stdin", "txt"))
            continue
        path = Path(raw)
        if path.is_dir():
            root_name = path.resolve().name or "input"
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if skip and any(resolved(child).is_relative_to(folder) for folder in skip):
                    continue
                rel_noext = rel.with_suffix("") if rel.suffix.lower() in FORMATS else rel
                stem = "__".join(rel_noext.parts)
                sources.append(Source(child, f"{root_name}/{rel.as_posix()}", sanitize_id(stem), _format_of(child)))
        elif path.is_file():
            stem = path.stem if path.suffix.lower() in FORMATS else path.name
            sources.append(Source(path, path.name, sanitize_id(stem), _format_of(path)))
        else:
            raise InputError(str(raw), "no such file or folder")
    return sorted(sources, key=lambda s: (s.name, s.stem_id))


def _format_of(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), "txt")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Ids:
    """Hands out unique ids: the first claimant keeps the id, later ones get -2, -3 …"""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            candidate = f"{wanted}-{n}"
        self.used.add(candidate)
        return candidate


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    r"""Cut ``text`` into parts of at most ``max_chars``, at line ends where possible.

    Returns ``(offset, part)`` pairs; the parts joined give ``text`` back. A
    line longer than ``max_chars`` is cut after a sentence end (。！？；) when
    one is near, else exactly at the limit.

    Example:
        >>> split_text("甲。\n乙。\n丙。", 4)
        [(0, '甲。\n'), (3, '乙。\n'), (6, '丙。')]
    """
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = window.rfind("\n") + 1
        if cut <= max_chars // 2:
            stops = [window.rfind(c) for c in "。！？；!?;"]
            cut = max(stops) + 1 if max(stops) + 1 > max_chars // 2 else max_chars
        parts.append((start, text[start : start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _articles(ids: _Ids, wanted: str, text: str, source: str, encoding: str, fmt: str, meta: dict[str, str], max_chars: int) -> Iterator[Article]:
    """One article, or its parts when it is longer than ``max_chars``."""
    if len(text) <= max_chars:
        yield Article(ids.claim(wanted), text, source, _digest(text), encoding, fmt, meta)
        return
    parts = split_text(text, max_chars)
    logger.warning("%s: %d characters, split into %d parts of at most %d", source, len(text), len(parts), max_chars)
    for n, (offset, part) in enumerate(parts, 1):
        part_meta = {**meta, "part": str(n), "parts": str(len(parts)), "part_of": wanted, "part_offset": str(offset)}
        yield Article(ids.claim(f"{wanted}--part-{n:04d}"), part, source, _digest(part), encoding, fmt, part_meta)


def read_articles(
    inputs: Iterable[str | Path],
    *,
    stdin: BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Article | Failure]:
    """Yield every article of the inputs, or a ``Failure`` for each that cannot be read.

    A bad file or JSONL line never stops the others. An article longer than
    ``max_chars`` comes out as parts (ids ``<id>--part-0001`` …, with ``part``,
    ``parts``, ``part_of`` and ``part_offset`` in ``meta``).

    Args:
        inputs: Files, folders or ``-`` for stdin.
        stdin: The binary stream ``-`` reads (default: none, ``-`` then fails).
        max_chars: Longest article kept whole.
        exclude: Folders whose files are not inputs (a run's own output folder).

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("浙江省委", encoding="utf-8")
        >>> [a.id for a in read_articles([d])]
        ['a']
    """
    ids = _Ids()
    for source in iter_sources(inputs, exclude=exclude):
        try:
            if source.path is None:
                if stdin is None:
                    raise InputError(source.name, "stdin is not available")
                data = stdin.read()
            else:
                data = source.path.read_bytes()
        except OSError as err:
            yield Failure(source.name, f"cannot read: {err.strerror or err}")
            continue
        if source.format == "jsonl":
            yield from _read_jsonl(data, source, ids, max_chars)
            continue
        try:
            text, encoding = decode_bytes(data, source=source.name)
            meta: dict[str, str] = {}
            if source.format == "html":
                text, title = html_to_text(text)
                if not text.strip():
                    raise InputError(source.name, "no visible text in the HTML")
                if title:
                    meta["title"] = title
        except InputError as err:
            yield Failure(source.name, err.reason)
            continue
        yield from _articles(ids, source.stem_id, text, source.name, encoding, source.format, meta, max_chars)


def _loads_line(line: str) -> object:
    """Parse one JSON line; lone surrogate escapes (\\ud800) become U+FFFD."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        if "\\u" not in line:
            raise
    record = json.loads(line)  # the standard parser accepts lone surrogates; orjson does not
    return _replace_surrogates(record)


def _replace_surrogates(value: object) -> object:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


def _read_jsonl(data: bytes, source: Source, ids: _Ids, max_chars: int) -> Iterator[Article | Failure]:
    try:
        text, encoding = decode_bytes(data, source=source.name)
    except InputError as err:
        yield Failure(source.name, err.reason)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source.name}:{lineno}"
        try:
            record = _loads_line(line)
        except ValueError as err:  # orjson.JSONDecodeError and json.JSONDecodeError both are
            yield Failure(where, f"malformed JSON line ({getattr(err, 'msg', err)})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Failure(where, "a JSONL record must be an object with a string 'text'")
            continue
        body = record["text"]
        if not body.strip():
            yield Failure(where, "no text (empty 'text' field)")
            continue
        raw_id = record.get("id")
        wanted = sanitize_id(str(raw_id)) if raw_id not in (None, "") else f"{source.stem_id}-{lineno}"
        meta = {k: str(record[k]) for k in ("title", "date", "url") if record.get(k) not in (None, "")}
        yield from _articles(ids, wanted, body, where, encoding, "jsonl", meta, max_chars)
