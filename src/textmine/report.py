"""Write the review page: an output folder → one self-contained ``report.html``.

Input: the documents of an output folder (``documents/*.json``, checked with
``output.check_document``) and its ``corpus.json`` when there is one. Output:
one HTML file with inline CSS and JavaScript and no network access at all
(a Content-Security-Policy with ``default-src 'none'`` and hashes of the two
inline blocks says so to the browser). The data sits in one
``<script type="application/json">`` block with every ``<``, ``>`` and ``&``
escaped, so no article text can close the block; the page script renders only
the current article, through DOM text nodes, never through HTML parsing.
Beyond :data:`COMPRESS_ABOVE` bytes of data (``compress="auto"``) the block
holds gzip + base64 instead, decompressed by the browser's
``DecompressionStream``: a thousand articles stay well under 20 MB.

Invariants: the same outputs give the same bytes (no timestamps); offsets in
the embedded data are code points, as in the documents.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from . import __version__
from .errors import ConfigError
from .output import read_corpus, read_documents, write_atomic
from .records import Failure
from .resources import read_data_text

#: Labels of ANNOTATION.md in display order; other labels follow, sorted.
KNOWN_LABELS = ("DEPARTMENT", "PERSON", "PLACE", "SLOGAN", "FIGURE", "DATE")
#: Labels with a corpus index (corpus.json ``index``).
INDEX_LABELS = ("DEPARTMENT", "SLOGAN", "PERSON", "PLACE")
#: Embedded data larger than this (bytes of JSON) is gzip-compressed under ``compress="auto"``.
COMPRESS_ABOVE = 5_000_000
_COLOURS = {
    "DEPARTMENT": "#1f6fd1",
    "PERSON": "#d62728",
    "PLACE": "#2e9b2e",
    "SLOGAN": "#e07b00",
    "FIGURE": "#7b3fbf",
    "DATE": "#0f8c8c",
}
_MORE_COLOURS = ("#8c564b", "#d4419b", "#6b6b6b", "#a3a312", "#1497b8", "#5a4fcf")
_KEYWORDS_SHOWN = 20
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
Compress = Literal["auto", "always", "never"]


@dataclass
class ReportResult:
    """What :func:`write_report` wrote.

    Attributes:
        path: The HTML file.
        documents: Number of articles in the page.
        skipped: Documents left out because they are unreadable or broken.
        size: Bytes written.
        compressed: Whether the embedded data is gzip + base64.
    """

    path: Path
    documents: int
    skipped: list[Failure] = field(default_factory=list)
    size: int = 0
    compressed: bool = False


class _Table:
    """Intern values into a list, so repeated strings and attributes are stored once."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[bytes, int] = {}

    def add(self, value: Any) -> int:
        key = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append(value)
        return self._index[key]


def ordered_labels(documents: Iterable[dict[str, Any]]) -> list[str]:
    """The labels of the spans of ``documents``: ANNOTATION.md's first, in its order, then the rest sorted.

    Example:
        >>> ordered_labels([{"spans": [{"label": "HONOR"}, {"label": "FIGURE"}, {"label": "PERSON"}]}])
        ['PERSON', 'FIGURE', 'HONOR']
    """
    seen = {s["label"] for d in documents for s in d["spans"]}
    return [x for x in KNOWN_LABELS if x in seen] + sorted(seen - set(KNOWN_LABELS))


def label_colours(labels: Sequence[str]) -> list[str]:
    """One colour per label: fixed for ANNOTATION.md's labels, a palette for the others.

    Example:
        >>> label_colours(["PLACE", "HONOR"])
        ['#2e9b2e', '#d4419b']
    """
    return [_COLOURS.get(x) or _MORE_COLOURS[i % len(_MORE_COLOURS)] for i, x in enumerate(labels)]


def _index_key(span: dict[str, Any]) -> str:
    # The corpus.json contract: the index key is attrs.canonical when present, else norm.
    canonical = span.get("attrs", {}).get("canonical")
    return canonical if isinstance(canonical, str) and canonical else span["norm"]


def build_index(documents: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Index DEPARTMENT, SLOGAN, PERSON and PLACE spans as ``corpus.json`` does.

    Used when an output folder has no ``corpus.json`` (yet): key → count,
    sorted article ids and surface variants with their counts.

    Example:
        >>> doc = {"id": "a", "spans": [{"label": "PLACE", "text": "浙江", "norm": "浙江", "attrs": {}}]}
        >>> build_index([doc])["PLACE"]["浙江"]
        {'articles': ['a'], 'count': 1, 'variants': {'浙江': 1}}
    """
    index: dict[str, dict[str, dict[str, Any]]] = {}
    for doc in documents:
        for span in doc["spans"]:
            if span["label"] not in INDEX_LABELS:
                continue
            entry = index.setdefault(span["label"], {}).setdefault(
                _index_key(span), {"articles": set(), "count": 0, "variants": {}}
            )
            entry["count"] += 1
            entry["articles"].add(doc["id"])
            entry["variants"][span["text"]] = entry["variants"].get(span["text"], 0) + 1
    for entries in index.values():
        for entry in entries.values():
            entry["articles"] = sorted(entry["articles"])
    return index


class _Themes:
    """Theme ids → positions in the taxonomy list the page shows."""

    def __init__(self, taxonomy: Iterable[dict[str, Any]]) -> None:
        self.items: list[dict[str, str]] = []
        self._pos: dict[str, int] = {}
        for theme in taxonomy:
            self.position(str(theme.get("id", "")), str(theme.get("label", "")))

    def position(self, theme_id: str, label: str = "") -> int:
        if theme_id not in self._pos:
            self._pos[theme_id] = len(self.items)
            self.items.append({"id": theme_id, "label": label or theme_id})
        return self._pos[theme_id]

    def scores(self, themes: list[dict[str, Any]] | None) -> list[list[float]]:
        return [[self.position(t["id"], t.get("label", "")), round(float(t["score"]), 3)] for t in themes or ()]


def _document_data(doc: dict[str, Any], labels: dict[str, int], strings: _Table, attrs: _Table, themes: _Themes) -> dict:
    meta = doc.get("meta") or {}
    spans = []
    for s in doc["spans"]:
        norm = -1 if s["norm"] == s["text"] else strings.add(s["norm"])
        spans.append([s["start"], s["end"], labels[s["label"]], norm, attrs.add(s["attrs"]) if s["attrs"] else -1])
    cluster = doc.get("cluster")
    return {
        "id": doc["id"],
        "title": meta.get("title", ""),
        "date": meta.get("date", ""),
        "source": doc.get("source", ""),
        "script": doc.get("script", ""),
        "text": doc["text"],
        "paras": [[p["start"], p["end"], themes.scores(p.get("themes")), p.get("cluster")] for p in doc["paragraphs"]],
        "spans": spans,
        "themes": themes.scores(doc.get("themes")),
        "cluster": [cluster["id"], cluster["terms"]] if cluster else None,
        "keywords": [[k["term"], round(float(k["weight"]), 4)] for k in (doc.get("keywords") or ())[:_KEYWORDS_SHOWN]],
    }


def _theme_totals(corpus: dict[str, Any], documents: Sequence[dict[str, Any]], themes: _Themes) -> list[list[int]]:
    totals = (corpus.get("themes") or {}).get("totals")
    if totals is None:
        # No corpus.json: count the top theme of each article and paragraph, as its writer does.
        totals = {}

        def count(scores: list[dict[str, Any]] | None, kind: str) -> None:
            if scores:
                themes.position(scores[0]["id"], scores[0].get("label", ""))
                entry = totals.setdefault(scores[0]["id"], {"articles": 0, "paragraphs": 0})
                entry[kind] += 1

        for doc in documents:
            count(doc.get("themes"), "articles")
            for p in doc["paragraphs"]:
                count(p.get("themes"), "paragraphs")
    return [[themes.position(tid), int(c.get("articles", 0)), int(c.get("paragraphs", 0))] for tid, c in totals.items()]


def _clusters(corpus: dict[str, Any], documents: Sequence[dict[str, Any]], positions: dict[str, int]) -> dict:
    clusters = corpus.get("clusters")
    if clusters is None:
        # No corpus.json: rebuild the groups from the documents (terms only at article level).
        groups: dict[str, dict[int, dict[str, Any]]] = {"article": {}, "paragraph": {}}
        for doc in documents:
            if doc.get("cluster"):
                c = groups["article"].setdefault(doc["cluster"]["id"], {"terms": doc["cluster"]["terms"], "members": []})
                c["members"].append(doc["id"])
            for i, p in enumerate(doc["paragraphs"]):
                if p.get("cluster") is not None:
                    c = groups["paragraph"].setdefault(p["cluster"], {"terms": [], "members": []})
                    c["members"].append(f"{doc['id']}#{i}")
        clusters = {
            level: [{"id": k, "size": len(v["members"]), **v} for k, v in sorted(found.items())]
            for level, found in groups.items()
        }

    def member(ref: str, level: str) -> list[int] | None:
        if level == "article":
            return [positions[ref]] if ref in positions else None
        doc_id, _, para = ref.rpartition("#")
        return [positions[doc_id], int(para)] if doc_id in positions and para.isdigit() else None

    out = {}
    for level in ("article", "paragraph"):
        rows = []
        for c in clusters.get(level) or ():
            members = sorted(m for m in (member(r, level) for r in c.get("members", ())) if m is not None)
            rows.append([c["id"], int(c.get("size", len(members))), list(c.get("terms", ())), members])
        out[level] = rows
    return out


def _index(corpus: dict[str, Any], documents: Sequence[dict[str, Any]], positions: dict[str, int]) -> dict:
    index = corpus.get("index")
    if index is None:
        index = build_index(documents)
    out = {}
    for label, entries in sorted(index.items()):
        rows = [
            [
                key,
                int(e.get("count", 0)),
                [positions[a] for a in e.get("articles", ()) if a in positions],
                [[v, n] for v, n in sorted((e.get("variants") or {}).items(), key=lambda kv: (-kv[1], kv[0]))],
            ]
            for key, e in entries.items()
        ]
        out[label] = sorted(rows, key=lambda r: (-r[1], r[0]))
    return out


def report_data(
    documents: Sequence[dict[str, Any]], corpus: dict[str, Any] | None = None, *, title: str = ""
) -> dict[str, Any]:
    """The data the page renders: compact, interned, offsets in code points.

    Args:
        documents: Parsed, valid documents (``output.read_documents``).
        corpus: The parsed ``corpus.json``, or ``None``: themes, clusters and
            the index are then rebuilt from the documents.
        title: Page title.

    Example:
        >>> doc = {"id": "a", "text": "浙江", "paragraphs": [{"start": 0, "end": 2}],
        ...        "spans": [{"label": "PLACE", "start": 0, "end": 2, "text": "浙江", "norm": "浙江", "attrs": {}}]}
        >>> data = report_data([doc])
        >>> data["labels"], data["docs"][0]["spans"]
        (['PLACE'], [[0, 2, 0, -1, -1]])
    """
    corpus = corpus or {}
    labels = ordered_labels(documents)
    label_pos = {label: i for i, label in enumerate(labels)}
    strings, attrs = _Table(), _Table()
    themes = _Themes((corpus.get("themes") or {}).get("taxonomy") or ())
    docs = [_document_data(d, label_pos, strings, attrs, themes) for d in documents]
    positions = {d["id"]: i for i, d in enumerate(documents)}
    pipelines = sorted({(d["pipeline"]["name"], d["pipeline"]["config_hash"]) for d in documents if "pipeline" in d})
    return {
        "title": title,
        "generator": f"textmine {__version__}",
        "pipelines": [list(p) for p in pipelines],
        "labels": labels,
        "colours": label_colours(labels),
        "strings": strings.items,
        "attrs": attrs.items,
        "docs": docs,
        "totals": _theme_totals(corpus, documents, themes),
        "taxonomy": themes.items,
        "clusters": _clusters(corpus, documents, positions),
        "index": _index(corpus, documents, positions),
    }


def embed_json(data: Any) -> str:
    """Serialize ``data`` for a ``<script type="application/json">`` block.

    Every ``<``, ``>`` and ``&`` becomes a JSON ``\\u`` escape, so the text can
    never contain ``</script>`` or ``<!--``; ``JSON.parse`` reads it back unchanged.

    Example:
        >>> embed_json({"t": "</script><!--&"})
        '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u0026"}'
    """
    raw = orjson.dumps(data).decode("utf-8")
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _label_css(colours: Sequence[str]) -> str:
    # Classes use label positions, never label text: a label is data and stays out of CSS.
    rules = []
    for i, colour in enumerate(colours):
        rules.append(f".L{i}{{--c:{colour};--bg:{colour}1f}}")
        rules.append(f".hide-L{i} .L{i}{{--c:transparent;--bg:transparent}}")
    return "\n".join(rules)


def _asset(name: str) -> str:
    text = read_data_text("report", name)
    # The assets are inlined: they must not end their own element early.
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise ConfigError(f"textmine/data/report/{name}: contains a closing </script> or </style> tag")
    return text


def render_report(
    documents: Sequence[dict[str, Any]],
    corpus: dict[str, Any] | None = None,
    *,
    title: str = "",
    compress: Compress = "auto",
) -> tuple[str, bool]:
    """Render the self-contained HTML page; return it and whether its data is compressed.

    Args:
        documents: Parsed, valid documents.
        corpus: The parsed ``corpus.json`` or ``None``.
        title: Page title (default: "textmine report").
        compress: ``auto`` (gzip beyond :data:`COMPRESS_ABOVE` bytes), ``always`` or ``never``.

    Example:
        >>> page, compressed = render_report([], title="<审阅>")
        >>> "<title>&lt;审阅&gt;</title>" in page, compressed
        (True, False)
    """
    if compress not in ("auto", "always", "never"):
        raise ConfigError(f"compress must be auto, always or never, not {compress!r}")
    title = title or "textmine report"
    data = report_data(documents, corpus, title=title)
    payload = embed_json(data)
    compressed = compress == "always" or (compress == "auto" and len(payload.encode("utf-8")) > COMPRESS_ABOVE)
    if compressed:
        packed = gzip.compress(orjson.dumps(data), compresslevel=6, mtime=0)
        block = '<script type="application/octet-stream" id="tm-data" data-encoding="gzip+base64">'
        block += base64.b64encode(packed).decode("ascii") + "</script>"
    else:
        block = f'<script type="application/json" id="tm-data">{payload}</script>'
    style = _asset("report.css") + "\n" + _label_css(data["colours"])
    script = _asset("report.js")
    parts = {
        "CSP": (
            f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)};"
            " img-src data:; base-uri 'none'; form-action 'none'"
        ),
        "TITLE": html.escape(title),
        "STYLE": style,
        "DATA": block,
        "SCRIPT": script,
    }
    # One pass over the template: inserted text is never scanned for placeholders again.
    page = _PLACEHOLDER.sub(lambda m: parts[m.group(1)], read_data_text("report", "report.html"))
    return page, compressed


def write_report(
    out_dir: str | Path,
    path: str | Path | None = None,
    *,
    title: str = "",
    compress: Compress = "auto",
) -> ReportResult:
    """Write the review page of an output folder.

    Args:
        out_dir: An output folder written by ``textmine run``.
        path: Where the page goes (default: ``OUT_DIR/report.html``).
        title: Page title.
        compress: See :func:`render_report`.

    Returns:
        What was written, with the documents left out and why.

    Raises:
        InputError: ``out_dir`` is not an output folder, or its corpus.json is broken.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "documents").mkdir()
        >>> write_report(d).path.name
        'report.html'
    """
    out = Path(out_dir)
    documents, skipped = read_documents(out)
    page, compressed = render_report(documents, read_corpus(out), title=title, compress=compress)
    target = Path(path) if path is not None else out / "report.html"
    data = page.encode("utf-8")
    write_atomic(target, data)
    return ReportResult(target, len(documents), skipped, len(data), compressed)
