"""The summary file: each article's corpus summary kept for the next run (``OUT/summaries.tsv``).

A rerun writes ``corpus.json`` from every article, old and new, so it needs
the :class:`~textmine.corpus.ArticleSummary` of every unchanged article.
Reading it back from the article's document means parsing the whole document
(text, spans, themes): for a corpus of thousands of articles that costs more
than processing the few new ones. A run therefore writes each summary, as the
article is written or found unchanged, to a summary file, and the next run
reads it from there.

The file: a header line (JSON: schema, textmine version, config hash, model
digest), then one line per article, two tab-separated JSON values (JSON
escapes every tab inside a string): the article id, and its record (the
article's sha256 and source, the size and modification time of its document,
and the summary fields). Only the ids are read when the file is opened; a
record is parsed when its article comes up.

A record is trusted only when its document is the very file it was taken
from (same size and modification time, in nanoseconds), for the same article
(sha256, source), config and model; anything else (no record, a document
written after the file, as by a run killed before it renamed its summary
file) falls back to reading the document. The file is written under a
temporary name and renamed at the end of the run, so a reader never sees half
of it. Nothing else reads it: validation, the review page and the exports
read ``documents/`` and ``corpus.json`` only.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Any

import orjson

from . import __version__
from .corpus import INDEX_LABELS, ArticleSummary, count_entries
from .keywords import span_term
from .output import document_path
from .records import Article, Span

#: The summary file's name inside an output folder.
SUMMARY_FILE = "summaries.tsv"
SCHEMA_ID = "textmine.summaries/2"


class SummaryStore:
    """Summaries of an output folder's articles: read from the last run's file, written for the next.

    Args:
        out: The output folder.
        config_hash: Hash of the run's resolved config.
        model_digest: Digest of the applied model (None: no model).
        reuse: Read the last run's summaries (False: only write this run's).

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp())
        >>> article = Article.from_text("浙江", id="a")
        >>> store = SummaryStore(out, config_hash="0", model_digest=None)
        >>> store.find(article) is None  # no document yet
        True
        >>> _ = (out / "documents").mkdir(), (out / "documents" / "a.json").write_bytes(b"{}")
        >>> summary = ArticleSummary("a", None, (None,), None, (None,), (("PLACE", "浙江", "浙江", 1),))
        >>> store.add(summary, source=article.source, sha256=article.sha256)
        >>> store.commit()
        >>> SummaryStore(out, config_hash="0", model_digest=None).find(article).entries
        (('PLACE', '浙江', '浙江', 1),)
    """

    def __init__(self, out: Path, *, config_hash: str, model_digest: str | None, reuse: bool = True) -> None:
        self._out = out
        self._config_hash = config_hash
        self._model_digest = model_digest
        header = {"schema": SCHEMA_ID, "version": __version__, "config_hash": config_hash, "model": model_digest}
        self._offsets: dict[str, tuple[int, int]] = {}
        self._old: IO[bytes] | None = None
        if reuse:
            self._old = _open_matching(out / SUMMARY_FILE, header)
            if self._old is not None:
                self._offsets = _index(self._old)
        out.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{SUMMARY_FILE}.", suffix=".tmp")
        self._tmp = Path(tmp)
        self._new = os.fdopen(fd, "wb")
        self._new.write(orjson.dumps(header) + b"\n")

    def find(self, article: Article) -> ArticleSummary | None:
        """The summary of ``article`` when its document is up to date, else None (and nothing kept).

        Args:
            article: An input article.

        Returns:
            The summary file's record when it still describes the document,
            else the summary read from the document itself (kept for the next
            run either way); None when the document is missing or out of date.
        """
        path = document_path(self._out, article.id)
        try:
            stat = path.stat()
        except OSError:
            return None
        key = orjson.dumps(article.id)
        place = self._offsets.pop(article.id, None)
        if place is not None and self._old is not None:
            self._old.seek(place[0])
            line = self._old.read(place[1])
            record = orjson.loads(line)
            if (
                record["sha256"] == article.sha256
                and record["source"] == article.source
                and record["document"] == [stat.st_size, stat.st_mtime_ns]
            ):
                self._new.write(b"%s\t%s" % (key, line))
                return ArticleSummary(
                    id=article.id,
                    cluster=record["cluster"],
                    paragraph_clusters=tuple(record["paragraph_clusters"]),
                    top_theme=record["top_theme"],
                    paragraph_top_themes=tuple(record["paragraph_top_themes"]),
                    entries=tuple(map(tuple, record["entries"])),
                )
        summary = up_to_date(self._out, article, self._config_hash, self._model_digest)
        if summary is not None:
            self._write(key, article.sha256, article.source, stat, summary)
        return summary

    def add(self, summary: ArticleSummary, *, source: str, sha256: str) -> None:
        """Keep the summary of an article whose document this run wrote.

        Args:
            summary: The article's summary.
            source: The article's source.
            sha256: The article's sha256.
        """
        try:
            stat = document_path(self._out, summary.id).stat()
        except OSError:
            return  # removed behind the run's back: the next run reads the folder again
        self._write(orjson.dumps(summary.id), sha256, source, stat, summary)

    def commit(self) -> None:
        """Close the files and put the new summary file in place of the old one."""
        if self._old is not None:
            self._old.close()
            self._old = None
        self._new.close()
        os.replace(self._tmp, self._out / SUMMARY_FILE)

    def _write(self, key: bytes, sha256: str, source: str, stat: os.stat_result, summary: ArticleSummary) -> None:
        record = {
            "sha256": sha256,
            "source": source,
            "document": [stat.st_size, stat.st_mtime_ns],
            "cluster": summary.cluster,
            "paragraph_clusters": summary.paragraph_clusters,
            "top_theme": summary.top_theme,
            "paragraph_top_themes": summary.paragraph_top_themes,
            "entries": summary.entries,
        }
        self._new.write(b"%s\t%s\n" % (key, orjson.dumps(record)))


def _open_matching(path: Path, header: dict[str, Any]) -> IO[bytes] | None:
    """The summary file opened past its header, when the header is ``header``; else None."""
    try:
        f = path.open("rb")
    except OSError:
        return None
    try:
        if orjson.loads(f.readline()) == header:
            return f
    except orjson.JSONDecodeError:
        pass
    f.close()
    return None


def _index(f: IO[bytes]) -> dict[str, tuple[int, int]]:
    """Map each article id of the summary file to where its record is (offset, length)."""
    offsets: dict[str, tuple[int, int]] = {}
    pos = f.tell()
    for line in f:
        tab = line.find(b"\t")
        if tab > 0 and line.endswith(b"\n"):  # a line cut short is no record
            try:
                offsets[orjson.loads(line[:tab])] = (pos + tab + 1, len(line) - tab - 1)
            except orjson.JSONDecodeError:
                pass
        pos += len(line)
    return offsets


def up_to_date(out: Path, article: Article, config_hash: str, digest: str | None) -> ArticleSummary | None:
    """The summary of an existing document for ``article`` when nothing it depends on changed.

    Example:
        >>> import tempfile, pathlib
        >>> up_to_date(pathlib.Path(tempfile.mkdtemp()), Article.from_text("浙江", id="a"), "0", None) is None
        True
    """
    path = document_path(out, article.id)
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    ref = data.get("pipeline") or {}
    if (
        data.get("sha256") != article.sha256
        or data.get("source") != article.source
        or ref.get("config_hash") != config_hash
        or ref.get("model") != digest
    ):
        return None
    return summary_from_document(data)


def summary_from_document(data: dict[str, Any]) -> ArticleSummary:
    """Rebuild the corpus summary of an article from its written document.

    Example:
        >>> summary_from_document({"id": "a", "paragraphs": [{"start": 0, "end": 2}],
        ...     "spans": [{"label": "PLACE", "text": "浙江", "norm": "浙江", "attrs": {}}]}).entries
        (('PLACE', '浙江', '浙江', 1),)
    """
    paragraphs = data.get("paragraphs") or []
    entries = count_entries(
        (s["label"], span_term(Span(s["label"], 0, 0, s["text"], s["norm"], s.get("attrs") or {})), s["text"])
        for s in data.get("spans") or []
        if s["label"] in INDEX_LABELS
    )
    themes = data.get("themes")
    cluster = data.get("cluster")
    return ArticleSummary(
        id=data["id"],
        cluster=cluster["id"] if cluster else None,
        paragraph_clusters=tuple(p.get("cluster") for p in paragraphs),
        top_theme=themes[0]["id"] if themes else None,
        paragraph_top_themes=tuple(p["themes"][0]["id"] if p.get("themes") else None for p in paragraphs),
        entries=entries,
    )
