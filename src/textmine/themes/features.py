"""Theme features: paragraph terms and text → sparse TF-IDF rows → (optional) LSA vectors.

Two blocks of features, each fitted on the paragraphs of the corpus:
- words: the paragraph's terms (already segmented and filtered by
  :mod:`textmine.keywords`; slogans and organs are single terms);
- characters: n-grams (1–2 by default) inside runs of CJK characters and
  Latin letters of the simplified text. Short texts share few words but many
  characters, which is why they help.

Weights: sublinear term frequency ``1 + ln(tf)`` times an IDF blended with
jieba's bundled IDF (see :func:`textmine.keywords.blended_idf`); each block is
L2-normalised, the word block scaled by ``word_weight``, the row normalised
again. LSA (truncated SVD) then projects rows onto the top components, scaled
by the squared singular values so that the strongest co-occurrence patterns
dominate the distances (measured on THUCNews headlines: NMI 0.42 against 0.40
unscaled; see benchmarks/bench_themes.py), and normalises them.

Everything here is deterministic: vocabularies are sorted, ties broken by
feature, and the SVD has a fixed ``random_state``.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

from ..keywords import IdfPrior
from .ngrams import CharColumns, char_codes, decode_char_code

if TYPE_CHECKING:
    from scipy import sparse

#: Runs of CJK characters or Latin letters: n-grams never cross punctuation or digits.
_RUN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z]+")

Analyzer = Callable[[str, Sequence[str]], list[str]]


def char_analyzer(ngrams: tuple[int, int]) -> Analyzer:
    """Return an analyzer giving the character n-grams of a paragraph's text.

    Example:
        >>> char_analyzer((1, 2))("党建引领。", ())
        ['党', '建', '引', '领', '党建', '建引', '引领']
    """
    low, high = ngrams

    def analyze(text: str, terms: Sequence[str]) -> list[str]:
        out: list[str] = []
        for run in _RUN.findall(text):
            for n in range(low, high + 1):
                if n == 1:
                    out.extend(run)
                else:
                    out.extend(run[i : i + n] for i in range(len(run) - n + 1))
        return out

    return analyze


def word_analyzer(text: str, terms: Sequence[str]) -> list[str]:
    """Return a paragraph's terms as its word features (they are segmented already).

    Example:
        >>> word_analyzer("……", ("机关", "党建"))
        ['机关', '党建']
    """
    return list(terms)


#: Paragraphs encoded at a time when fitting (bounds the temporary arrays).
_CHUNK = 4096


def count_chars(texts: Sequence[str], ngrams: tuple[int, int]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Count character n-grams per text into a CSR matrix whose columns are the sorted codes seen.

    Returns:
        The matrix and the code of each column.

    Example:
        >>> m, codes = count_chars(["党建党建"], (2, 2))
        >>> [decode_char_code(c) for c in codes], m.toarray().astype(int).tolist()
        (['党建', '建党'], [[2, 1]])
    """
    from scipy import sparse

    parts = []
    for start in range(0, len(texts), _CHUNK):
        chunk = texts[start : start + _CHUNK]
        codes, units = char_codes(chunk, ngrams)
        seen, columns = np.unique(codes, return_inverse=True)
        part = sparse.csr_matrix(
            (np.ones(len(codes), dtype=np.float32), (units, columns.ravel())), shape=(len(chunk), len(seen))
        )
        part.sum_duplicates()
        parts.append((seen, part))
    vocabulary = np.unique(np.concatenate([seen for seen, _ in parts])) if parts else np.zeros(0, dtype=np.uint64)
    rows = [
        sparse.csr_matrix(
            (part.data, np.searchsorted(vocabulary, seen)[part.indices], part.indptr), shape=(part.shape[0], len(vocabulary))
        )
        for seen, part in parts
    ]
    matrix = sparse.vstack(rows, format="csr") if rows else sparse.csr_matrix((0, 0), dtype=np.float32)
    matrix.sort_indices()
    return matrix, vocabulary


def count_matrix(
    units: Iterable[tuple[str, Sequence[str]]], analyzer: Analyzer, vocabulary: dict[str, int] | None
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Count features per unit into a CSR matrix.

    With ``vocabulary=None`` every feature seen is added (the returned
    vocabulary is in order of first sight); otherwise unknown features are
    ignored.

    Example:
        >>> m, v = count_matrix([("党建党建", ())], char_analyzer((2, 2)), None)
        >>> sorted(v), m.toarray().astype(int).tolist()
        (['党建', '建党'], [[2, 1]])
    """
    from scipy import sparse

    grow = vocabulary is None
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    # Typed arrays, not lists: tens of millions of entries at 50k paragraphs;
    # counts are small integers, exact in float32.
    indices = array("i")
    values = array("f")
    indptr = array("q", [0])
    for text, terms in units:
        counts = Counter(analyzer(text, terms))
        if grow:
            for feature in counts:
                if feature not in vocab:
                    vocab[feature] = len(vocab)
            indices.extend(vocab[f] for f in counts)
            values.extend(counts.values())
        else:
            for feature, c in counts.items():
                j = vocab.get(feature)
                if j is not None:
                    indices.append(j)
                    values.append(c)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.frombuffer(values, dtype=np.float32), np.frombuffer(indices, dtype=np.int32), np.frombuffer(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, len(vocab)),
        copy=True,
    )
    matrix.sort_indices()
    return matrix, vocab


@dataclass(frozen=True)
class Block:
    """One fitted feature block: its vocabulary (index order), IDF and weight.

    Example:
        >>> b = Block("word", ("党建", "机关"), np.array([1.0, 2.0]), 1.0)
        >>> b.index["机关"]
        1
    """

    name: str
    features: tuple[str, ...]
    idf: np.ndarray
    weight: float
    #: Feature → column (built once: applying a model looks every feature up).
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {f: i for i, f in enumerate(self.features)})


def fit_block(
    name: str,
    counts: sparse.csr_matrix,
    keys: np.ndarray,
    *,
    decode: Callable[[object], str] = str,
    weight: float,
    min_df: int,
    max_features: int,
    prior: IdfPrior | None,
    prior_weight: float,
) -> tuple[Block, sparse.csr_matrix]:
    """Select features by document frequency and compute their IDF.

    Keeps features seen in at least ``min_df`` units (lowered to 1 for a
    corpus too small for it), at most ``max_features`` of them (most frequent
    first, ties by key), in key order, so the model is the same whatever the
    order of the corpus.

    Args:
        name: Block name.
        counts: Units × columns counts.
        keys: The sort key of each column (the word, or the n-gram code).
        decode: Turns a key into the feature string.
        weight: Block weight.
        min_df: Minimum document frequency.
        max_features: Maximum number of features.
        prior: jieba's IDF table, or None.
        prior_weight: Pseudo-documents given to the prior.

    Returns:
        The block and the count matrix restricted to its columns.

    Example:
        >>> texts = ["党建", "党建引领", "引领", "服务"]
        >>> m, codes = count_chars(texts, (2, 2))
        >>> b, sub = fit_block("char", m, codes, decode=decode_char_code, weight=1.0, min_df=2,
        ...                    max_features=10, prior=None, prior_weight=0)
        >>> b.features, sub.shape
        (('党建', '引领'), (4, 2))
    """
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    floor = min_df if n >= 2 * min_df else 1
    candidates = np.flatnonzero(df >= floor)
    by_key = candidates[np.argsort(keys[candidates], kind="stable")]
    best = by_key[np.argsort(-df[by_key], kind="stable")][:max_features]
    cols = np.sort(best)  # columns are in key order already
    cols = cols[np.argsort(keys[cols], kind="stable")]
    features = tuple(decode(keys[j]) for j in cols)
    sub = counts[:, cols].tocsr()
    chosen_df = df[cols]
    if prior is not None and prior_weight > 0:
        p0 = np.exp(-prior.idf_many(features))
        idf = np.log((n + prior_weight) / (chosen_df + prior_weight * p0))
    else:
        idf = np.log((1.0 + n) / (1.0 + chosen_df)) + 1.0
    return Block(name, features, np.asarray(idf, dtype=np.float64), float(weight)), sub


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Scale each row of a CSR matrix to unit L2 norm, in place (empty rows stay empty).

    Example:
        >>> from scipy import sparse
        >>> normalize_rows(sparse.csr_matrix([[3.0, 4.0], [0.0, 0.0]])).toarray().tolist()
        [[0.6, 0.8], [0.0, 0.0]]
    """
    lengths = np.diff(matrix.indptr)
    if matrix.nnz:
        norms = np.sqrt(np.add.reduceat(matrix.data * matrix.data, matrix.indptr[:-1][lengths > 0]))
        norms[norms == 0] = 1.0
        matrix.data /= np.repeat(norms, lengths[lengths > 0])
    return matrix


def weigh(counts: sparse.csr_matrix, blocks: Sequence[Block]) -> sparse.csr_matrix:
    """Turn per-block count matrices (stacked in ``blocks`` order) into normalised TF-IDF rows.

    Example:
        >>> from scipy import sparse
        >>> b = Block("c", ("党",), np.array([2.0]), 1.0)
        >>> weigh(sparse.csr_matrix([[3.0]]), [b]).toarray().tolist()
        [[1.0]]
    """
    from scipy import sparse

    widths = [len(block.features) for block in blocks]
    idf = np.concatenate([block.idf for block in blocks]) if blocks else np.zeros(0)
    # One float64 copy of the counts, weighed in place (no per-block slices
    # and no stacking: tens of millions of entries at 50k paragraphs).
    rows = sparse.csr_matrix(
        (counts.data.astype(np.float64), counts.indices.copy(), counts.indptr.copy()), shape=(counts.shape[0], sum(widths))
    )
    rows.sort_indices()  # blocks are column ranges: each row's entries come grouped by block
    np.log(rows.data, out=rows.data)
    rows.data += 1.0
    rows.data *= idf[rows.indices]
    # Each block's part of each row to unit norm, times the block's weight,
    # by chunks of rows, so that the per-entry temporaries stay small.
    ends = np.cumsum(widths)
    scale = np.array([block.weight for block in blocks], dtype=np.float64)
    for a in range(0, rows.shape[0], _CHUNK):
        b = min(a + _CHUNK, rows.shape[0])
        lo, hi = rows.indptr[a], rows.indptr[b]
        if lo == hi:
            continue
        data = rows.data[lo:hi]  # a view: edited in place
        block_of = np.searchsorted(ends, rows.indices[lo:hi], side="right")
        group = np.repeat(np.arange(b - a), np.diff(rows.indptr[a : b + 1])) * len(blocks) + block_of
        starts = np.flatnonzero(np.diff(group, prepend=-1))
        norms = np.sqrt(np.add.reduceat(data * data, starts))
        norms[norms == 0] = 1.0
        data /= np.repeat(norms, np.diff(starts, append=len(data)))
        data *= scale[block_of]
    return normalize_rows(rows)


@dataclass(frozen=True)
class Projection:
    """A fitted LSA projection: components and their singular values.

    Example:
        >>> p = Projection(np.eye(2), np.array([2.0, 1.0]))
        >>> p.apply(np.array([[1.0, 1.0]])).round(4).tolist()
        [[0.8944, 0.4472]]
    """

    components: np.ndarray
    singular_values: np.ndarray
    #: ``components.T``, contiguous (a sparse-dense product would copy a strided view each call);
    #: ``components`` becomes a view of it (one copy of a matrix of LSA dimensions × features).
    _basis: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_basis", np.ascontiguousarray(self.components.T))
        object.__setattr__(self, "components", self._basis.T)

    def apply(self, rows) -> np.ndarray:
        """Project rows and scale each component by its singular value, then L2-normalise.

        ``rows @ components.T`` is ``U * S`` for the fitted rows; one more factor
        of ``S`` weighs components by the variance they explain (``U * S**2``).
        """
        z = np.asarray(rows @ self._basis) * self.singular_values
        norms = np.linalg.norm(z, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return z / norms


def fit_projection(rows: sparse.csr_matrix, n_components: int, random_state: int) -> Projection | None:
    """Fit LSA on the TF-IDF rows; None when there are too few rows or features for it.

    Example:
        >>> from scipy import sparse
        >>> fit_projection(sparse.csr_matrix(np.eye(3)), 50, 0) is None
        False
    """
    from scipy.sparse.linalg import svds

    k = min(n_components, rows.shape[0] - 1, rows.shape[1] - 1)
    if k < 2:
        return None
    # ARPACK (as TruncatedSVD(algorithm="arpack"), without its variance
    # bookkeeping, which copies the matrix): the exact top components, so a
    # refit on a slightly larger corpus gives nearly the same space, where
    # randomized SVD drifts. A seeded start vector and sign flips make it
    # deterministic (the flips of scikit-learn's svd_flip(u_based_decision=False),
    # written here: importing scikit-learn costs the fit ~0.8 s).
    start = np.random.RandomState(random_state).uniform(-1, 1, min(rows.shape))
    _, sigma, vt = svds(rows, k=k, tol=0, v0=start)
    order = np.argsort(sigma)[::-1]
    vt = vt[order]
    vt *= np.sign(vt[np.arange(len(vt)), np.argmax(np.abs(vt), axis=1)])[:, np.newaxis]
    return Projection(np.ascontiguousarray(vt, dtype=np.float64), np.asarray(sigma[order], dtype=np.float64))


def _runs(keys: np.ndarray, width: int, weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Sorted ``row * width + column`` keys → distinct (row, column) and the count (or summed weight) of each.
    starts = np.flatnonzero(np.diff(keys, prepend=-1))
    if weights is None:
        counts = np.diff(np.append(starts, len(keys)))
    else:
        counts = np.add.reduceat(weights, starts) if len(starts) else weights[:0]
    keys = keys[starts]
    return keys // width, keys % width, counts


@dataclass(frozen=True)
class FeatureSpace:
    """Fitted features: word and character blocks, and the LSA projection (or None).

    Build with :func:`fit_features`; then :meth:`counts` → :meth:`vectors`.

    Example:
        >>> units = [("机关党建", ("机关", "党建")), ("机关服务", ("机关", "服务"))]
        >>> fs, counts, rows = fit_features(units, char_ngrams=(1, 2), word_weight=0.5, min_df=1,
        ...                           max_features=100, prior=None, prior_weight=0.0,
        ...                           lsa_components=0, random_state=0)
        >>> fs.vectors(fs.counts(units)).shape[0]
        2
    """

    char_ngrams: tuple[int, int]
    word: Block
    char: Block
    projection: Projection | None
    #: Character n-grams → character columns (built once per space, on first use: a run's main
    #: process fits the space while its workers apply it, and never counts with it).
    _char_columns: CharColumns | None = field(init=False, repr=False, compare=False, default=None)

    def _columns(self) -> CharColumns:
        columns = self._char_columns
        if columns is None:
            columns = CharColumns(self.char.features, tuple(self.char_ngrams))
            object.__setattr__(self, "_char_columns", columns)
        return columns

    @property
    def blocks(self) -> tuple[Block, Block]:
        """The blocks, in column order."""
        return (self.word, self.char)

    def counts(
        self, units: Sequence[tuple[str, Sequence[str]]], owner: np.ndarray | None = None, n_groups: int = 0
    ) -> sparse.csr_matrix:
        """Raw feature counts of ``(text, terms)`` units, word columns then character columns.

        With ``owner`` (the group of each unit, e.g. its article), ``n_groups``
        rows follow the units' rows: the summed counts of each group's units.

        Example:
            >>> units = [("机关党建", ("机关", "党建")), ("机关服务", ("机关", "服务"))]
            >>> fs, _, _ = fit_features(units, char_ngrams=(1, 2), word_weight=0.5, min_df=1, max_features=100,
            ...                         prior=None, prior_weight=0.0, lsa_components=0, random_state=0)
            >>> m = fs.counts(units, np.array([0, 0]), 1)
            >>> m.shape[0], int(m[2].sum()) == int(m[0].sum() + m[1].sum())
            (3, True)
        """
        from scipy import sparse

        n = len(units)
        width = len(self.word.features) + len(self.char.features)
        w_rows, w_cols, w_counts = _runs(self._word_keys(units, width), width)
        c_rows, c_cols, c_counts = self._columns().count([text for text, _ in units])
        c_cols += len(self.word.features)
        # Each row: its word entries, then its character entries (word columns come first).
        w_ptr = np.searchsorted(w_rows, np.arange(n + 1))
        c_ptr = np.searchsorted(c_rows, np.arange(n + 1))
        indptr = w_ptr + c_ptr
        cols = np.empty(len(w_cols) + len(c_cols), dtype=np.int64)
        counts = np.empty(len(cols), dtype=np.int64)
        w_at = np.arange(len(w_cols)) + c_ptr[w_rows]  # after the row's earlier words and the earlier rows' entries
        c_at = np.arange(len(c_cols)) + w_ptr[c_rows + 1]
        cols[w_at], counts[w_at] = w_cols, w_counts
        cols[c_at], counts[c_at] = c_cols, c_counts
        if owner is not None and n_groups:
            # Group rows: the units' entries summed per (group, column).
            if n_groups == 1:
                total = np.bincount(cols, weights=counts, minlength=width)
                g_rows, g_cols = np.zeros(0, dtype=np.int64), np.flatnonzero(total)
                g_counts, g_ptr = total[g_cols], np.array([0, len(g_cols)])
            else:
                rows = np.repeat(np.asarray(owner, dtype=np.int64), np.diff(indptr))
                keys = rows * width + cols
                order = np.argsort(keys, kind="stable")
                g_rows, g_cols, g_counts = _runs(keys[order], width, counts[order])
                g_ptr = np.searchsorted(g_rows, np.arange(n_groups + 1))
            cols = np.concatenate([cols, g_cols])
            counts = np.concatenate([counts, g_counts])
            indptr = np.concatenate([indptr, indptr[-1] + g_ptr[1:]])
            n += n_groups
        return sparse.csr_matrix(
            (counts.astype(np.float32), cols.astype(np.int32), indptr.astype(np.int64)), shape=(n, width)
        )

    def _word_keys(self, units: Sequence[tuple[str, Sequence[str]]], width: int) -> np.ndarray:
        # ``row * width + column`` of each known term occurrence, sorted.
        get, missing = self.word.index.get, repeat(-1)
        lengths = [len(terms) for _, terms in units]
        flat = chain.from_iterable(terms for _, terms in units)
        cols = np.fromiter(map(get, flat, missing), dtype=np.int64, count=sum(lengths))
        rows = np.repeat(np.arange(len(units), dtype=np.int64), lengths)
        known = cols >= 0
        return np.sort(rows[known] * width + cols[known])

    def vectors(self, counts: sparse.csr_matrix, rows: sparse.csr_matrix | None = None):
        """Unit vectors for clustering: dense LSA rows, or sparse TF-IDF rows without LSA.

        ``rows``: the TF-IDF rows of ``counts`` when already computed.
        """
        rows = weigh(counts, self.blocks) if rows is None else rows
        return rows if self.projection is None else self.projection.apply(rows)

    def word_counts(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """The word columns of a count matrix (for class-based TF-IDF labels)."""
        return counts[:, : len(self.word.features)].tocsr()


def fit_features(
    units: Sequence[tuple[str, Sequence[str]]],
    *,
    char_ngrams: tuple[int, int],
    word_weight: float,
    min_df: int,
    max_features: int,
    prior: IdfPrior | None,
    prior_weight: float,
    lsa_components: int,
    random_state: int,
) -> tuple[FeatureSpace, sparse.csr_matrix, sparse.csr_matrix]:
    """Fit the feature space on the paragraphs of a corpus.

    Returns:
        The fitted space, the count matrix of ``units`` in its columns and its
        TF-IDF rows (so the fit data is not analysed or weighed twice).
    """
    from scipy import sparse

    settings = {"min_df": min_df, "max_features": max_features, "prior": prior, "prior_weight": prior_weight}
    word_counts, vocab = count_matrix(units, word_analyzer, None)
    words = np.empty(len(vocab), dtype=object)
    for feature, j in vocab.items():
        words[j] = feature
    word, word_sub = fit_block("word", word_counts, words, weight=word_weight, **settings)
    del word_counts, words  # every intermediate goes as soon as it is used: the peak is what scales
    char_counts, codes = count_chars([text for text, _ in units], tuple(char_ngrams))
    char, char_sub = fit_block("char", char_counts, codes, decode=decode_char_code, weight=1.0, **settings)
    del char_counts, codes
    blocks = [word, char]
    counts = sparse.hstack([word_sub, char_sub], format="csr")
    del word_sub, char_sub
    rows = weigh(counts, blocks)
    projection = fit_projection(rows, lsa_components, random_state) if lsa_components > 0 else None
    return FeatureSpace(tuple(char_ngrams), blocks[0], blocks[1], projection), counts, rows
