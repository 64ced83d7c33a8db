"""Taxonomy tags: paragraph texts → theme evidence → scores → ``ThemeTag`` lists.

Input: the simplified texts of an article's paragraphs, in order, and a
taxonomy (id, Chinese label, seed terms). Output: per paragraph, a score in
[0, 1) for every theme.

How a score is made (every step is a plain array operation):
1. Evidence: the seed terms are found in the text by one pass over an
   article's paragraphs (:class:`SeedFinder`; inside longer words too: 两个维护
   in 做到“两个维护”); each seed term found ``c`` times adds ``1 + ln c`` to
   its themes.
2. Context: a paragraph borrows ``neighbor_weight`` times the theme shares of
   the paragraph after it (half that of the one before), so that a short
   lead-in (欲筑室者，先治其基。) takes the theme of the section it opens.
3. Share: evidence divided by (total evidence + 1): one weak hit gives 0.5 at
   most, strong and focused evidence approaches 1.
4. Clusters (fitted models only): the share is mixed with the mean share of the
   paragraph's cluster (``cluster_weight``), so that a paragraph inherits
   evidence from paragraphs like it.
A theme is tagged when its score reaches the threshold; a paragraph without
one gets an empty list. Article scores are the paragraph scores averaged with
paragraph lengths as weights, tagged from a lower threshold (an article
spreads over several themes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..records import ArticleThemes, ThemeTag

#: Evidence added to the denominator of a share: how much evidence it takes to be sure.
DAMPING = 1.0
#: Joins an article's paragraphs for one matcher pass; seed terms never hold it.
_JOIN = "\n"


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme of a taxonomy.

    Example:
        >>> Theme("theory-study", "理论学习", ("理论学习", "读原著")).terms[1]
        '读原著'
    """

    id: str
    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    """Themes and a compiled matcher of their seed terms; build with :func:`build_taxonomy`.

    Example:
        >>> tax = build_taxonomy([Theme("a", "甲", ("党课",)), Theme("b", "乙", ("社区",))])
        >>> tax.evidence("党课进社区，社区党课").tolist()
        [1.6931, 1.6931]
    """

    themes: tuple[Theme, ...]
    _matcher: object = field(repr=False, compare=False)
    _term_themes: np.ndarray = field(repr=False, compare=False)
    #: (term, theme) of every 1 of ``_term_themes``, by term.
    _pairs: tuple[np.ndarray, np.ndarray] = field(repr=False, compare=False)
    #: No seed term holds ``_JOIN``: paragraphs can be matched joined by it.
    _joinable: bool = field(repr=False, compare=False)

    @property
    def ids(self) -> tuple[str, ...]:
        """Theme ids, in taxonomy order."""
        return tuple(t.id for t in self.themes)

    def evidence(self, text: str) -> np.ndarray:
        """Seed-term evidence of one text, one value per theme (rounded to 4 decimals)."""
        return self.evidence_many([text])[0]

    def evidence_many(self, texts: Sequence[str]) -> np.ndarray:
        """Seed-term evidence of several texts (rows) per theme (columns).

        Example:
            >>> build_taxonomy([Theme("a", "甲", ("党课",))]).evidence_many(["党课", "社区"]).tolist()
            [[1.0], [0.0]]
        """
        if self._joinable and not any(_JOIN in t for t in texts):
            return self._evidence_joined(texts)
        out = [self._evidence_joined([t]) for t in texts]
        return np.vstack(out) if out else np.zeros((0, len(self.themes)))

    def _evidence_joined(self, texts: Sequence[str]) -> np.ndarray:
        n_terms = self._term_themes.shape[0]
        out = np.zeros((len(texts), len(self.themes)))
        if not n_terms or not texts:
            return out
        # One pass over the paragraphs joined by a character no seed term holds.
        joined = _JOIN.join(texts)
        ends, terms = self._matcher.find(joined)
        if not len(ends):
            return out
        starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
        keys = (np.searchsorted(starts, ends, side="right") - 1) * n_terms + terms
        keys, counts = np.unique(keys, return_counts=True)  # by paragraph, then term
        weight = 1.0 + np.log(counts.astype(np.float64))
        # Each (paragraph, term) adds its weight to the term's themes, terms in order.
        rows, cols = self._pairs
        first, last = np.searchsorted(rows, keys % n_terms), np.searchsorted(rows, keys % n_terms, side="right")
        repeat = last - first
        at = np.repeat(first - np.cumsum(repeat) + repeat, repeat) + np.arange(repeat.sum())
        np.add.at(out, (np.repeat(keys // n_terms, repeat), cols[at]), np.repeat(weight, repeat))
        return np.round(out, 4)

    def scores(self, texts: Sequence[str], *, neighbor_weight: float) -> np.ndarray:
        """Theme shares of an article's paragraphs (in order): evidence, context, share.

        Example:
            >>> tax = build_taxonomy([Theme("a", "甲", ("党课",))])
            >>> tax.scores(["党课", "好"], neighbor_weight=0.5).round(3).tolist()
            [[0.5], [0.111]]
        """
        if not texts:
            return np.zeros((0, len(self.themes)))
        return paragraph_shares(self.evidence_many(texts), neighbor_weight=neighbor_weight)


def build_taxonomy(themes: Sequence[Theme]) -> Taxonomy:
    """Compile the seed terms of ``themes`` into one matcher (:class:`SeedFinder`).

    A term listed under several themes gives evidence to each of them.

    Example:
        >>> build_taxonomy([Theme("a", "甲", ("党课",))]).ids
        ('a',)
    """
    terms = sorted({term for theme in themes for term in theme.terms if term})
    index = {term: j for j, term in enumerate(terms)}
    matrix = np.zeros((len(terms), len(themes)))
    for t, theme in enumerate(themes):
        for term in theme.terms:
            if term:
                matrix[index[term], t] = 1.0
    return Taxonomy(tuple(themes), SeedFinder(terms), matrix, np.nonzero(matrix), not any(_JOIN in t for t in terms))


class SeedFinder:
    """Every occurrence of a set of terms in a text, overlapping ones included (as Aho–Corasick).

    Seed terms are few and their first two characters rare: positions whose
    character pair can open a term are found with array operations over the
    code points, and only those are compared with the terms of that pair, all
    at once (the code points of each term, padded, against those of the text).

    Example:
        >>> sorted(SeedFinder(["党课", "党", "课进社区"]).iter("党课进社区"))
        [(0, 1), (1, 0), (4, 2)]
    """

    def __init__(self, terms: Sequence[str]) -> None:
        singles: list[tuple[int, int]] = []
        by_pair: dict[int, list[int]] = {}
        # Code point → bits: 1 opens a pair, 2 closes one, 4 is a one-character term
        # (the last entry, 0, stands for every code point beyond the table).
        top = max((ord(c) for term in terms for c in term[:2]), default=0)
        table = np.zeros(top + 2, dtype=np.uint8)
        for j, term in enumerate(terms):
            if len(term) == 1:
                singles.append((ord(term), j))
                table[ord(term)] |= 4
            elif term:
                by_pair.setdefault(_pair_code(ord(term[0]), ord(term[1])), []).append(j)
                table[ord(term[0])] |= 1
                table[ord(term[1])] |= 2
        self._table = table
        self._has_singles = bool(singles)
        # One-character terms: code point → term (-1: none; the last term of a repeated character).
        self._singles = np.full(top + 2, -1, dtype=np.int64)
        for point, j in singles:
            self._singles[point] = j
        # Pairs in code order; the terms of pair k are _pair_terms[_pair_ptr[k]:_pair_ptr[k + 1]], in term order.
        pairs = sorted(by_pair)
        self._pairs = np.array(pairs, dtype=np.int64)
        self._pair_terms = np.array([j for p in pairs for j in by_pair[p]], dtype=np.int64)
        self._pair_ptr = np.cumsum([0] + [len(by_pair[p]) for p in pairs])
        # Each term's code points, padded with 0 (no text character compares equal to a pad inside the length).
        width = max((len(t) for t in terms), default=0)
        self._width = width
        self._lengths = np.array([len(t) for t in terms], dtype=np.int64)
        self._points = np.zeros((len(terms), width), dtype=np.uint32)
        for j, term in enumerate(terms):
            self._points[j, : len(term)] = [ord(c) for c in term]

    def iter(self, text: str) -> Iterator[tuple[int, int]]:
        """``(end index, term number)`` of each occurrence (end index: of its last character)."""
        ends, found = self.find(text)
        yield from zip(ends.tolist(), found.tolist())

    def find(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`iter` as two arrays: the end index of each occurrence and its term number.

        Example:
            >>> ends, terms = SeedFinder(["党课", "课进社区"]).find("党课进社区")
            >>> ends.tolist(), terms.tolist()
            ([1, 4], [0, 1])
        """
        empty = np.zeros(0, dtype=np.int64)
        if not text:
            return empty, empty
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        bits = self._table[np.minimum(points, len(self._table) - 1)]
        ends, found = [empty], [empty]
        if self._has_singles:
            at = np.flatnonzero(bits & 4)
            ends.append(at)
            found.append(self._singles[points[at]])
        if len(self._pairs):
            at = np.flatnonzero((bits[:-1] & 1) & (bits[1:] >> 1))
            codes = _pair_code(points[at].astype(np.int64), points[at + 1].astype(np.int64))
            k = np.minimum(np.searchsorted(self._pairs, codes), len(self._pairs) - 1)
            ok = self._pairs[k] == codes
            at, k = at[ok], k[ok]
            # Every (position, term of its pair), by position, then in term order.
            first, many = self._pair_ptr[k], self._pair_ptr[k + 1] - self._pair_ptr[k]
            at = np.repeat(at, many)
            terms = self._pair_terms[np.repeat(first - np.cumsum(many) + many, many) + np.arange(len(at))]
            padded = np.concatenate([points, np.zeros(self._width, dtype=np.uint32)])
            window = padded[at[:, None] + np.arange(self._width)]
            inside = np.arange(self._width) < self._lengths[terms][:, None]
            match = ((window == self._points[terms]) | ~inside).all(axis=1)
            ends.append(at[match] + self._lengths[terms[match]] - 1)
            found.append(terms[match])
        return np.concatenate(ends), np.concatenate(found)


def _pair_code(first, second):
    # The two code points of a pair as one integer (21 bits each).
    return (first << 21) | second


def paragraph_shares(evidence: np.ndarray, *, neighbor_weight: float) -> np.ndarray:
    """Turn the evidence rows of one article's paragraphs (in order) into theme shares.

    A paragraph borrows the theme shares (not the raw evidence, so that a long
    neighbour cannot drown it) of the paragraph after it, times
    ``neighbor_weight``, and of the one before it, times half that: a short
    line between two sections usually opens the one that follows.

    Example:
        >>> paragraph_shares(np.array([[0.0, 0.0], [3.0, 0.0]]), neighbor_weight=0.5).round(3).tolist()
        [[0.273, 0.0], [0.75, 0.0]]
    """
    own = evidence / (evidence.sum(axis=1, keepdims=True) + DAMPING)
    context = evidence.copy()
    if len(evidence) > 1 and neighbor_weight > 0:
        context[:-1] += neighbor_weight * own[1:]
        context[1:] += 0.5 * neighbor_weight * own[:-1]
    return context / (context.sum(axis=1, keepdims=True) + DAMPING)


def article_scores(scores: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
    """Average paragraph scores with paragraph lengths as weights.

    Example:
        >>> article_scores(np.array([[1.0, 0.0], [0.0, 1.0]]), [3, 1]).tolist()
        [0.75, 0.25]
    """
    if not len(scores):
        return np.zeros(scores.shape[1] if scores.ndim == 2 else 0)
    weights = np.asarray(lengths, dtype=np.float64)
    if weights.sum() <= 0:
        weights = np.ones(len(scores))
    return weights @ scores / weights.sum()


def tags(scores: np.ndarray, themes: Sequence[Theme], threshold: float) -> tuple[ThemeTag, ...]:
    """The themes whose score reaches ``threshold``, top first (ties in taxonomy order).

    Example:
        >>> th = [Theme("a", "甲", ("x",)), Theme("b", "乙", ("y",))]
        >>> tags(np.array([0.2, 0.61]), th, 0.15)
        (ThemeTag(id='b', label='乙', score=0.61), ThemeTag(id='a', label='甲', score=0.2))
    """
    return row_tags(np.asarray(scores)[None, :], themes, threshold)[0]


def row_tags(scores: np.ndarray, themes: Sequence[Theme], threshold: float) -> tuple[tuple[ThemeTag, ...], ...]:
    """:func:`tags` of each row of ``scores`` (only scores that can round up to ``threshold`` are rounded).

    Example:
        >>> th = [Theme("a", "甲", ("x",)), Theme("b", "乙", ("y",))]
        >>> row_tags(np.array([[0.2, 0.61], [0.0, 0.1]]), th, 0.15)
        ((ThemeTag(id='b', label='乙', score=0.61), ThemeTag(id='a', label='甲', score=0.2)), ())
    """
    out: list[list[tuple[float, int]]] = [[] for _ in range(len(scores))]
    rows, cols = np.nonzero(scores >= threshold - 1e-4)  # round() moves a score by 5e-5 at most
    for i, j, value in zip(rows.tolist(), cols.tolist(), scores[rows, cols].tolist()):
        rounded = round(value, 4)
        if rounded >= threshold:
            out[i].append((-rounded, j))
    return tuple(
        tuple(ThemeTag(themes[j].id, themes[j].label, -neg) for neg, j in sorted(row)) if row else () for row in out
    )


def tag_article(
    scores: np.ndarray,
    texts: Sequence[str],
    themes: Sequence[Theme],
    *,
    threshold: float,
    article_threshold: float | None = None,
    cluster: int | None = None,
    cluster_terms: tuple[str, ...] = (),
    paragraph_clusters: tuple[int | None, ...] | None = None,
) -> ArticleThemes:
    """Assemble an article's themes from its paragraph scores (rows, in order).

    Without a fitted model, ``cluster`` stays None and so do the paragraph
    clusters. ``article_threshold`` defaults to ``threshold``.

    Example:
        >>> th = [Theme("org", "组织", ("支部",))]
        >>> tax = build_taxonomy(th)
        >>> a = tag_article(tax.scores(["支部党课"], neighbor_weight=0.3), ["支部党课"], th, threshold=0.15)
        >>> a.themes, a.paragraph_clusters
        ((ThemeTag(id='org', label='组织', score=0.5),), (None,))
    """
    article = article_scores(scores, [len(t) for t in texts])
    return ArticleThemes(
        themes=tags(article, themes, threshold if article_threshold is None else article_threshold),
        cluster=cluster,
        cluster_terms=cluster_terms,
        paragraph_themes=row_tags(scores, themes, threshold),
        paragraph_clusters=paragraph_clusters if paragraph_clusters is not None else (None,) * len(texts),
    )
