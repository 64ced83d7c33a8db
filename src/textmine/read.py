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

    Returns:
        ``(text, encoding)`` where encoding is one of ``utf-8``, ``utf-8-sig``,
        ``utf-16-le``, ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, ``gb18030``, ``big5``.

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
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding, codec in (("gb18030", "gb18030"), ("big5", "cp950")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), encoding, text))
    if not candidates:
        raise InputError(source, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5")
    score, encoding, text = max(candidates)
    if score < 0.6:
        raise InputError(source, "cannot decode: bytes look like binary data or an unsupported encoding")
    return _checked(text, source), encoding


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
        if ch not in memo:
            if "\u4e00" <= ch <= "\u9fff":
                memo[ch] = _is_common_hanzi(ch)
            else:
                memo[ch] = unicodedata.category(ch)[0] in "PSN" or "\u3000" <= ch <= "\u303f"
        good += memo[ch]
    return good / len(sample)


class _VisibleText(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    _SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
    _BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt",
        "title", "main", "aside", "nav", "figcaption", "form",
    }  # fmt: skip

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


def iter_sources(inputs: Iterable[str | Path]) -> list[Source]:
    """List the input files: files as given, folders recursively (hidden entries skipped).

    The list is sorted by output name, so ids do not depend on argument order.
    ``-`` stands for stdin.

    Raises:
        InputError: an input path does not exist.

    Example:
        >>> [s.stem_id for s in iter_sources(["-"])]
        ['stdin']
    """
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


def read_articles(inputs: Iterable[str | Path], *, stdin: BinaryIO | None = None) -> Iterator[Article | Failure]:
    """Yield every article of the inputs, or a ``Failure`` for each that cannot be read.

    A bad file or JSONL line never stops the others.

    Args:
        inputs: Files, folders or ``-`` for stdin.
        stdin: The binary stream ``-`` reads (default: none, ``-`` then fails).

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("浙江省委", encoding="utf-8")
        >>> [a.id for a in read_articles([d])]
        ['a']
    """
    ids = _Ids()
    for source in iter_sources(inputs):
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
            yield from _read_jsonl(data, source, ids)
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
        yield Article(ids.claim(source.stem_id), text, source.name, _digest(text), encoding, source.format, meta)


def _read_jsonl(data: bytes, source: Source, ids: _Ids) -> Iterator[Article | Failure]:
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
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield Failure(where, f"malformed JSON line ({err.msg})")
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
        yield Article(ids.claim(wanted), body, where, _digest(body), encoding, "jsonl", meta)
