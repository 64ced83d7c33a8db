"""The corpus file: per-article summaries → ``outputs/corpus.json``.

Each processed article is reduced to a small :class:`ArticleSummary` (its
cluster ids, top themes and index entries) as soon as it is written, so a
corpus run never holds all documents in memory; :class:`CorpusSummary` adds
the summaries up and renders the corpus file (schema ``textmine.corpus/1``):

- ``themes``: the taxonomy and, per theme, how many articles and paragraphs
  have it as their top theme;
- ``clusters``: paragraph and article clusters of the fitted model, with
  their terms and the members found in this corpus;
- ``index``: every DEPARTMENT, SLOGAN, PERSON and PLACE across the corpus,
  keyed by ``attrs["canonical"]`` (else the span's ``norm``), with counts,
  articles and surface variants.

Deterministic: keys sorted by the writer, members and articles sorted,
clusters in id order.
"""

from __future__ import annotations

import secrets
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from .keywords import span_term

if TYPE_CHECKING:
    from .pipeline import ArticleResult
    from .themes import ThemeModel

SCHEMA_ID = "textmine.corpus/1"
#: Labels indexed across the corpus.
INDEX_LABELS = ("DEPARTMENT", "SLOGAN", "PERSON", "PLACE")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the corpus file needs of one article.

    Attributes:
        id: The article id.
        cluster: Article cluster id, or None.
        paragraph_clusters: Paragraph cluster ids (None where unclustered).
        top_theme: Id of the article's top theme, or None.
        paragraph_top_themes: Top theme id of each paragraph, or None.
        entries: ``(label, key, surface text, count)`` of each distinct indexed
            name: how many of the article's spans have it (see :func:`count_entries`).

    Example:
        >>> ArticleSummary("a", None, (), None, (), (("PLACE", "浙江", "浙江", 1),)).entries[0][1]
        '浙江'
    """

    id: str
    cluster: int | None
    paragraph_clusters: tuple[int | None, ...]
    top_theme: str | None
    paragraph_top_themes: tuple[str | None, ...]
    entries: tuple[tuple[str, str, str, int], ...]


def count_entries(entries: Iterable[tuple[str, str, str]]) -> tuple[tuple[str, str, str, int], ...]:
    """Count the ``(label, key, surface text)`` of an article's indexed spans, in first-seen order.

    A name recurs within an article: counted once, it is added to the corpus
    index, kept in the summary file and sent from a worker once.

    Example:
        >>> count_entries([("PLACE", "浙江", "浙江"), ("PLACE", "浙江", "浙江"), ("PLACE", "浙江", "浙江省")])
        (('PLACE', '浙江', '浙江', 2), ('PLACE', '浙江', '浙江省', 1))
    """
    return tuple((label, key, surface, n) for (label, key, surface), n in Counter(entries).items())


def summarize(result: ArticleResult) -> ArticleSummary:
    """Reduce a processed article to its corpus summary.

    Example:
        >>> from textmine import Pipeline, Span
        >>> from textmine.pipeline import ArticleResult
        >>> tm = Pipeline.from_config()
        >>> r = ArticleResult(tm.analyze("浙江"), (Span("PLACE", 0, 2, "浙江", "浙江"),))
        >>> summarize(r).entries
        (('PLACE', '浙江', '浙江', 1),)
    """
    entries = count_entries((s.label, span_term(s), s.text) for s in result.spans if s.label in INDEX_LABELS)
    th = result.themes
    if th is None:
        n = len(result.doc.paragraphs)
        return ArticleSummary(result.doc.article.id, None, (None,) * n, None, (None,) * n, entries)
    return ArticleSummary(
        id=result.doc.article.id,
        cluster=th.cluster,
        paragraph_clusters=th.paragraph_clusters,
        top_theme=th.themes[0].id if th.themes else None,
        paragraph_top_themes=tuple(tags[0].id if tags else None for tags in th.paragraph_themes),
        entries=entries,
    )


class _Entry:
    """One key of the index: its count, the numbers of the articles it is in, its surface forms' counts."""

    __slots__ = ("articles", "count", "variants")

    def __init__(self) -> None:
        self.count = 0
        self.articles = array("i")  # ascending: articles are numbered as they are added
        self.variants: dict[str, int] = {}


class CorpusSummary:
    """Accumulate article summaries and render ``corpus.json``.

    Args:
        taxonomy: ``(id, label)`` of each theme, in taxonomy order.
        model: The fitted theme model whose clusters are reported (or None).

    Example:
        >>> cs = CorpusSummary([("theory-study", "理论学习")])
        >>> cs.add(ArticleSummary("a", None, (None,), "theory-study", ("theory-study",), ()))
        >>> cs.to_dict(pipeline_name="default", config_hash="0")["themes"]["totals"]
        {'theory-study': {'articles': 1, 'paragraphs': 1}}
    """

    def __init__(self, taxonomy: Sequence[tuple[str, str]], model: ThemeModel | None = None) -> None:
        self._taxonomy = [(i, label) for i, label in taxonomy]
        self._model = model
        self._documents = 0
        self._totals = {i: {"articles": 0, "paragraphs": 0} for i, _ in self._taxonomy}
        # Members as numbers, not strings: one id per article, then article number << 32 | paragraph.
        self._ids: list[str] = []
        self._paragraph_members: dict[int, array] = {}
        self._article_members: dict[int, array] = {}
        self._index: dict[str, dict[str, _Entry]] = {label: {} for label in INDEX_LABELS}

    def add(self, summary: ArticleSummary) -> None:
        """Count one written article.

        Example:
            >>> cs = CorpusSummary([])
            >>> cs.add(ArticleSummary("a", 0, (0, None), None, (None, None), (("PLACE", "浙江", "浙江", 1),)))
            >>> cs.to_dict(pipeline_name="p", config_hash="0")["index"]["PLACE"]["浙江"]["articles"]
            ['a']
        """
        self._documents += 1
        number = len(self._ids)
        self._ids.append(summary.id)
        if summary.top_theme in self._totals:
            self._totals[summary.top_theme]["articles"] += 1
        for theme in summary.paragraph_top_themes:
            if theme in self._totals:
                self._totals[theme]["paragraphs"] += 1
        if summary.cluster is not None:
            self._article_members.setdefault(summary.cluster, array("q")).append(number)
        for i, cluster in enumerate(summary.paragraph_clusters):
            if cluster is not None:
                self._paragraph_members.setdefault(cluster, array("q")).append(number << 32 | i)
        index = self._index
        for label, key, surface, n in summary.entries:
            entries = index[label]
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry()
            entry.count += n
            if not entry.articles or entry.articles[-1] != number:
                entry.articles.append(number)
            entry.variants[surface] = entry.variants.get(surface, 0) + n

    def to_dict(self, *, pipeline_name: str, config_hash: str) -> dict[str, Any]:
        """The corpus file as JSON-able data (the writer sorts the keys).

        Example:
            >>> cs = CorpusSummary([])
            >>> cs.add(ArticleSummary("a", None, (None,), None, (None,), (("PLACE", "浙江", "浙江", 2),)))
            >>> cs.to_dict(pipeline_name="p", config_hash="0")["index"]["PLACE"]["浙江"]["count"]
            2
        """
        data = self._data(pipeline_name, config_hash, self._articles)
        for level in ("paragraph", "article"):
            for cluster in data["clusters"][level]:
                cluster["members"] = self._members(level, cluster["id"])
        return data

    def to_chunks(self, *, pipeline_name: str, config_hash: str) -> Iterator[bytes]:
        """The bytes of ``dumps(self.to_dict(...))``, one member or article list at a time.

        The lists of a cluster's members and of the articles an index key is
        in make most of the file; they are rendered one by one as the file is
        written, never all together.

        Example:
            >>> from textmine.output import dumps
            >>> cs = CorpusSummary([])
            >>> cs.add(ArticleSummary("a", None, (None,), None, (None,), (("PLACE", "浙江", "浙江", 1),)))
            >>> chunks = cs.to_chunks(pipeline_name="p", config_hash="0")
            >>> b"".join(chunks) == dumps(cs.to_dict(pipeline_name="p", config_hash="0"))
            True
        """
        from .output import dumps_expanding

        lists: dict[str, Callable[[], list[str]]] = {}
        nonce = secrets.token_hex(8)  # no string of the corpus can pass for a placeholder

        def articles(entry: _Entry) -> str:
            name = f"{nonce}/index/{len(lists)}"
            lists[name] = partial(self._articles, entry)
            return "\0" + name

        data = self._data(pipeline_name, config_hash, articles)
        for level in ("paragraph", "article"):
            for cluster in data["clusters"][level]:
                name = f"{nonce}/{level}/{cluster['id']}"
                cluster["members"] = "\0" + name
                lists[name] = partial(self._members, level, cluster["id"])
        return dumps_expanding(data, lists)

    def _members(self, level: str, cluster: int) -> list[str]:
        ids = self._ids
        if level == "article":
            return sorted(ids[n] for n in self._article_members.get(cluster, ()))
        return sorted(f"{ids[m >> 32]}#{m & 0xFFFFFFFF}" for m in self._paragraph_members.get(cluster, ()))

    def _articles(self, entry: _Entry) -> list[str]:
        ids = self._ids
        return sorted({ids[n] for n in entry.articles})

    def _data(self, pipeline_name: str, config_hash: str, articles: Callable[[_Entry], Any]) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "pipeline": {"name": pipeline_name, "config_hash": config_hash},
            "documents": self._documents,
            "themes": {
                "taxonomy": [{"id": i, "label": label} for i, label in self._taxonomy],
                "totals": self._totals,
            },
            "clusters": {
                "paragraph": self._clusters("paragraph", self._paragraph_members),
                "article": self._clusters("article", self._article_members),
            },
            "index": {
                label: {
                    key: {"count": e.count, "articles": articles(e), "variants": dict(e.variants)}
                    for key, e in entries.items()
                }
                for label, entries in self._index.items()
            },
        }

    def _clusters(self, level: str, members: dict[int, array]) -> list[dict[str, Any]]:
        if self._model is None:
            return []
        clusters = getattr(self._model, f"{level}_clusters_")
        return [{"id": c, "size": len(members.get(c, ())), "terms": list(terms)} for c, terms in enumerate(clusters.terms)]
