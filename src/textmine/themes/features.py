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
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..keywords import IdfPrior

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

    @property
    def index(self) -> dict[str, int]:
        """Feature → column."""
        return {f: i for i, f in enumerate(self.features)}


def fit_block(
    name: str,
    counts: sparse.csr_matrix,
    vocabulary: dict[str, int],
    *,
    weight: float,
    min_df: int,
    max_features: int,
    prior: IdfPrior | None,
    prior_weight: float,
) -> tuple[Block, sparse.csr_matrix]:
    """Select features by document frequency and compute their IDF.

    Keeps features seen in at least ``min_df`` units (lowered to 1 for a
    corpus too small for it), at most ``max_features`` of them (most frequent
    first, ties by feature), sorted by feature so the model is the same
    whatever the order of the corpus.

    Returns:
        The block and the count matrix restricted to its columns.

    Example:
        >>> units = [("党建", ()), ("党建引领", ()), ("引领", ()), ("服务", ())]
        >>> m, v = count_matrix(units, char_analyzer((2, 2)), None)
        >>> b, sub = fit_block("char", m, v, weight=1.0, min_df=2, max_features=10, prior=None, prior_weight=0)
        >>> b.features, sub.shape
        (('党建', '引领'), (4, 2))
    """
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    names = np.empty(len(vocabulary), dtype=object)
    for feature, j in vocabulary.items():
        names[j] = feature
    floor = min_df if n >= 2 * min_df else 1
    candidates = [j for j in np.flatnonzero(df >= floor)]
    candidates.sort(key=lambda j: (-df[j], names[j]))
    chosen = sorted(candidates[:max_features], key=lambda j: names[j])
    features = tuple(names[j] for j in chosen)
    cols = np.asarray(chosen, dtype=np.int64)
    sub = counts[:, cols].tocsr() if len(cols) else counts[:, :0].tocsr()
    chosen_df = df[cols] if len(cols) else np.zeros(0)
    if prior is not None and prior_weight > 0:
        p0 = np.exp(-np.array([prior.idf(f) for f in features], dtype=np.float64))
        idf = np.log((n + prior_weight) / (chosen_df + prior_weight * p0))
    else:
        idf = np.log((1.0 + n) / (1.0 + chosen_df)) + 1.0
    return Block(name, features, np.asarray(idf, dtype=np.float64), float(weight)), sub


def weigh(counts: sparse.csr_matrix, blocks: Sequence[Block]) -> sparse.csr_matrix:
    """Turn per-block count matrices (stacked in ``blocks`` order) into normalised TF-IDF rows.

    Example:
        >>> from scipy import sparse
        >>> b = Block("c", ("党",), np.array([2.0]), 1.0)
        >>> weigh(sparse.csr_matrix([[3.0]]), [b]).toarray().tolist()
        [[1.0]]
    """
    from scipy import sparse
    from sklearn.preprocessing import normalize

    parts = []
    start = 0
    for block in blocks:
        width = len(block.features)
        part = counts[:, start : start + width].astype(np.float64)
        start += width
        if width == 0:  # a block with no feature (a tiny corpus) adds no column
            continue
        # In place on the data array: a 50k-paragraph corpus has tens of millions of entries.
        np.log(part.data, out=part.data)
        part.data += 1.0
        part.data *= block.idf[part.indices]
        part = normalize(part, copy=False)
        part.data *= block.weight
        parts.append(part)
    if not parts:
        return sparse.csr_matrix((counts.shape[0], 0))
    rows = sparse.hstack(parts, format="csr")
    del parts
    return normalize(rows, copy=False)


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

    def apply(self, rows) -> np.ndarray:
        """Project rows and scale each component by its singular value, then L2-normalise.

        ``rows @ components.T`` is ``U * S`` for the fitted rows; one more factor
        of ``S`` weighs components by the variance they explain (``U * S**2``).
        """
        z = np.asarray(rows @ self.components.T) * self.singular_values
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
    from sklearn.utils.extmath import svd_flip

    k = min(n_components, rows.shape[0] - 1, rows.shape[1] - 1)
    if k < 2:
        return None
    # ARPACK (as TruncatedSVD(algorithm="arpack"), without its variance
    # bookkeeping, which copies the matrix): the exact top components, so a
    # refit on a slightly larger corpus gives nearly the same space, where
    # randomized SVD drifts. A seeded start vector and sign flips make it
    # deterministic.
    start = np.random.RandomState(random_state).uniform(-1, 1, min(rows.shape))
    u, sigma, vt = svds(rows, k=k, tol=0, v0=start)
    order = np.argsort(sigma)[::-1]
    u, vt = svd_flip(u[:, order], vt[order], u_based_decision=False)
    return Projection(np.ascontiguousarray(vt, dtype=np.float64), np.asarray(sigma[order], dtype=np.float64))


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

    @property
    def blocks(self) -> tuple[Block, Block]:
        """The blocks, in column order."""
        return (self.word, self.char)

    def counts(self, units: Sequence[tuple[str, Sequence[str]]]) -> sparse.csr_matrix:
        """Raw feature counts of ``(text, terms)`` units, word columns then character columns."""
        from scipy import sparse

        words, _ = count_matrix(units, word_analyzer, self.word.index)
        chars, _ = count_matrix(units, char_analyzer(self.char_ngrams), self.char.index)
        return sparse.hstack([words, chars], format="csr")

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

    blocks = []
    matrices = []
    for name, analyzer, weight in (
        ("word", word_analyzer, word_weight),
        ("char", char_analyzer(char_ngrams), 1.0),
    ):
        counts, vocab = count_matrix(units, analyzer, None)
        block, sub = fit_block(
            name, counts, vocab, weight=weight, min_df=min_df, max_features=max_features,
            prior=prior, prior_weight=prior_weight,
        )
        blocks.append(block)
        matrices.append(sub)
    counts = sparse.hstack(matrices, format="csr")
    del matrices
    rows = weigh(counts, blocks)
    projection = fit_projection(rows, lsa_components, random_state) if lsa_components > 0 else None
    return FeatureSpace(tuple(char_ngrams), blocks[0], blocks[1], projection), counts, rows
