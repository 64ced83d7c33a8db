"""Clusters: unit vectors → ``ClusterSet`` (centres, sizes, label terms), deterministic and stable.

Dense (LSA) rows are clustered by consensus (:func:`consensus_centers`):
bisecting KMeans from principal-direction starts (no random draw) runs on
several subsamples of the rows, each row drawn by a hash of its content, and
the rows' labels are aligned across runs and put to a majority vote. One
bisecting run is a discontinuous function of the data: a 2-means split of a
fuzzy cluster flips when a few rows are added; the vote over subsamples
averages the flips out. Sparse rows (no LSA) use KMeans with k-means++
restarts, MiniBatchKMeans for large inputs. A row is assigned its nearest
centre, in the fit and afterwards alike. Cluster ids are ordered by size
class, then by label terms (:func:`cluster_order_key`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .labelling import ClusterLabeller, label_clusters

#: Above this many rows, MiniBatchKMeans replaces KMeans (linear time and memory).
MINIBATCH_ABOVE = 20_000
#: Lloyd iterations refining each bisection (more follow one local optimum further, and flip more).
SPLIT_REFINE = 2
#: Share of the rows in each base clustering of the consensus.
CONSENSUS_SAMPLE = 0.8
#: Rounds of aligning the base clusterings to the vote at most (it settles in 2–5).
CONSENSUS_ROUNDS = 20
#: Modules :func:`vote` imports (~0.25 s).
VOTE_MODULES = ("scipy.optimize",)


@dataclass(frozen=True)
class ClusterSet:
    """Fitted clusters of one level: centres, member counts in the fit, label terms.

    Example:
        >>> cs = ClusterSet(np.array([[1.0, 0.0], [0.0, 1.0]]), (2, 1), (("党建",), ("社区",)))
        >>> cs.assign(np.array([[0.1, 0.9], [0.0, 0.0]]), np.array([True, False])).tolist()
        [1, -1]
    """

    centers: np.ndarray
    sizes: tuple[int, ...]
    terms: tuple[tuple[str, ...], ...]

    def scores(self, vectors) -> np.ndarray:
        """Closeness of each vector to each centre (larger is closer; ``-|x - c|²/2`` up to a constant)."""
        if not len(self.sizes):
            return np.zeros((vectors.shape[0], 0))
        cross = np.asarray(vectors @ self.centers.T)
        return cross - 0.5 * np.einsum("ij,ij->i", self.centers, self.centers)

    def assign(self, vectors, has_features: np.ndarray) -> np.ndarray:
        """Nearest centre of each vector; -1 where a row has no feature (or there is no cluster)."""
        if not len(self.sizes):
            return np.full(vectors.shape[0], -1)
        labels = np.argmax(self.scores(vectors), axis=1)
        return np.where(has_features, labels, -1)


def row_keys(texts: Sequence[str]) -> np.ndarray:
    """A 64-bit hash of each text: what decides, whatever the row order, which subsamples hold the row.

    Example:
        >>> a, b = row_keys(["党建引领", "社区"]); (a == row_keys(["党建引领"])[0], a == b)
        (np.True_, np.False_)
    """
    return np.array(
        [int.from_bytes(hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little") for t in texts],
        dtype=np.uint64,
    )


def sample_mask(keys: np.ndarray, run: int, share: float) -> np.ndarray:
    """The rows of subsample ``run``: each row is in with probability ``share``, by its key alone.

    A row's membership depends on its key and ``run`` only, so adding rows
    to a corpus leaves every other row's memberships as they were.

    Example:
        >>> keys = row_keys([str(i) for i in range(1000)])
        >>> round(float(sample_mask(keys, 0, 0.8).mean()), 1), bool((sample_mask(keys, 0, 0.8) != sample_mask(keys, 1, 0.8)).any())
        (0.8, True)
    """
    with np.errstate(over="ignore"):  # splitmix64: wrapping arithmetic is the point
        x = keys ^ np.uint64((0x9E3779B97F4A7C15 * (run + 1)) % 2**64)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return (x >> np.uint64(11)) < np.uint64(int(share * 2**53))


def nearest(rows: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Index of the nearest centre of each row.

    Example:
        >>> nearest(np.array([[0.0, 1.0], [1.0, 0.2]]), np.array([[1.0, 0.0], [0.0, 1.0]])).tolist()
        [1, 0]
    """
    return np.argmax(rows @ centers.T - 0.5 * np.einsum("ij,ij->i", centers, centers), axis=1)


def _principal_split(rows: np.ndarray, refine: int) -> np.ndarray | None:
    """Split rows in two: halves along the first principal direction, refined by a few 2-means steps.

    Returns True for the rows of the second half, or None when the rows cannot be split.
    """
    mean = rows.mean(axis=0)
    centred = rows - mean
    _, vectors = np.linalg.eigh(centred.T @ centred)
    direction = vectors[:, -1]
    direction = direction * np.sign(direction[np.argmax(np.abs(direction))])  # a fixed sign
    side = centred @ direction > 0
    for _ in range(refine):
        if side.all() or not side.any():
            break
        a, b = rows[~side].mean(axis=0), rows[side].mean(axis=0)
        moved = rows @ (b - a) > 0.5 * (b @ b - a @ a)
        if np.array_equal(moved, side):
            break
        side = moved
    return None if side.all() or not side.any() else side


def divisive_centers(rows: np.ndarray, k: int, *, refine: int = SPLIT_REFINE) -> np.ndarray:
    """Cluster centres by bisecting KMeans with principal-direction starts (no random draw).

    Start from one cluster; repeatedly split the cluster with the largest sum
    of squared distances in two (:func:`_principal_split`) until there are
    ``k`` clusters or none can be split. Nothing depends on row order or on
    random draws.

    Example:
        >>> pts = np.array([[0.0, 1.0], [0.1, 1.0], [1.0, 0.0], [1.0, 0.1]])
        >>> divisive_centers(pts, 2).round(2).tolist()
        [[1.0, 0.05], [0.05, 1.0]]
    """
    clusters = [np.arange(len(rows))]

    def spread(idx: np.ndarray) -> float:
        part = rows[idx]
        return float(((part - part.mean(axis=0)) ** 2).sum()) if len(idx) > 1 else -1.0

    spreads = [spread(clusters[0])]
    while len(clusters) < k and max(spreads) > 0:
        i = int(np.argmax(spreads))
        side = _principal_split(rows[clusters[i]], refine)
        if side is None:
            spreads[i] = -1.0
            continue
        left, right = clusters[i][~side], clusters[i][side]
        clusters[i : i + 1] = [left, right]
        spreads[i : i + 1] = [spread(left), spread(right)]
    return np.stack([rows[c].mean(axis=0) for c in clusters])


def vote(labels: np.ndarray) -> np.ndarray:
    """Consensus of several labellings of the same rows (one per row of ``labels``).

    Each labelling is matched to the current consensus (the assignment of its
    labels to consensus labels that keeps most rows together, Hungarian
    method), then every row takes the label most labellings give it; this is
    repeated until nothing changes. The first labelling is the start; the
    result hardly depends on it (measured: 100 % of the paragraphs of the
    political dev articles get the same cluster from three different starts).

    Example:
        >>> vote(np.array([[0, 0, 1, 1, 1], [1, 1, 0, 0, 1], [2, 2, 1, 1, 1]])).tolist()  # the same up to names but one row
        [0, 0, 1, 1, 1]
    """
    from scipy.optimize import linear_sum_assignment

    k = int(labels.max()) + 1
    n = labels.shape[1]
    consensus = labels[0]
    every = np.arange(n)
    for _ in range(CONSENSUS_ROUNDS):
        votes = np.zeros((n, k), dtype=np.int32)
        for lab in labels:
            table = np.bincount(consensus * k + lab, minlength=k * k).reshape(k, k)
            ours, theirs = linear_sum_assignment(-table)
            to_ours = np.empty(k, dtype=np.int64)
            to_ours[theirs] = ours
            votes[every, to_ours[lab]] += 1
        agreed = np.argmax(votes, axis=1)
        if np.array_equal(agreed, consensus):
            break
        consensus = agreed
    return consensus


@dataclass(frozen=True)
class BisectingRuns:
    """Base clusterings of a consensus: bisecting runs on the subsamples ``runs`` of ``rows``.

    Picklable, so that the runs of one fit can be computed in several
    processes (:meth:`split`); each run depends on its number alone, so the
    labels are the same wherever and in whatever grouping they are computed.

    Example:
        >>> pts = np.array([[0.0, 1.0], [0.1, 1.0], [1.0, 0.0], [1.0, 0.1]])
        >>> job = BisectingRuns(pts, row_keys("abcd"), 2, (0, 1, 2))
        >>> [part.runs for part in job.split(2)], job.labels().shape
        ([(0, 1), (2,)], (3, 4))
    """

    rows: np.ndarray
    keys: np.ndarray
    k: int
    runs: tuple[int, ...]
    share: float = CONSENSUS_SAMPLE

    def labels(self) -> np.ndarray:
        """The nearest centre of every row in each run (one row of labels per run)."""
        out = np.empty((len(self.runs), len(self.rows)), dtype=np.int64)
        for i, run in enumerate(self.runs):
            mask = sample_mask(self.keys, run, self.share)
            part = self.rows[mask] if mask.sum() >= self.k else self.rows
            out[i] = nearest(self.rows, divisive_centers(part, self.k))
        return out

    def split(self, parts: int) -> list[BisectingRuns]:
        """The same runs in at most ``parts`` consecutive groups (their labels stacked are :meth:`labels`)."""
        size = -(-len(self.runs) // max(1, parts))
        return [BisectingRuns(self.rows, self.keys, self.k, self.runs[i : i + size], self.share) for i in range(0, len(self.runs), size)]


#: Computes the labels of bisecting runs (``BisectingRuns.labels`` by default; a corpus run spreads them over its workers).
MapRuns = Callable[[BisectingRuns], np.ndarray]


def consensus_centers(
    rows: np.ndarray, k: int, *, keys: np.ndarray, runs: int, share: float = CONSENSUS_SAMPLE, map_runs: MapRuns | None = None
) -> np.ndarray:
    """Cluster centres by a vote over bisecting KMeans runs on subsamples of the rows.

    Run :func:`divisive_centers` on ``runs`` subsamples (each row drawn by its
    key, :func:`sample_mask`), label every row with its nearest centre of each
    run, take the :func:`vote` and return the mean of each consensus cluster.
    A corpus and the same corpus with a few more articles share almost all of
    each subsample, so most runs do not change and the vote keeps the
    clusters. Measured on the political dev articles refitted with one
    article fewer, 1 % of the paragraphs dropped, five articles fewer (means
    over 5, 3 and 4 draws, benchmarks/bench_themes.py --stability): 0.93,
    0.91 and 0.80 of the paragraphs stay in matching clusters, against 0.90,
    0.86 and 0.73 for one bisecting run on all rows refined by full 2-means.
    ``runs=1`` is one bisecting run on all rows. ``map_runs`` computes the
    runs' labels (:class:`BisectingRuns`), in this process when None.

    Example:
        >>> rng = np.random.RandomState(0)
        >>> pts = np.vstack([rng.normal(c, 0.05, size=(20, 2)) for c in ((0, 1), (1, 0))])
        >>> consensus_centers(pts, 2, keys=row_keys([str(i) for i in range(40)]), runs=5).round(1) + 0.0
        array([[1., 0.],
               [0., 1.]])
    """
    if runs <= 1:
        return divisive_centers(rows, k)
    job = BisectingRuns(rows, keys, k, tuple(range(runs)), share)
    consensus = vote(job.labels() if map_runs is None else map_runs(job))
    return np.stack([rows[consensus == c].mean(axis=0) for c in np.unique(consensus)])


def cluster_order_key(size: int, terms: Sequence[str], index: int) -> tuple:
    """Sort key of a cluster: size class (largest first), then its terms, then its index.

    Size classes are powers of two (32–63, 64–127 …): clusters of the same
    order of size count as tied and are ordered by their top terms. Exact
    sizes would renumber near-equal clusters whenever a few articles are
    added (measured on the political dev articles refitted with the seed
    article: 65 % of paragraphs kept their id with exact sizes, 98 % with
    size classes, while 96 % kept their cluster mates).

    Example:
        >>> sorted([(300, ("经济",)), (500, ("党建",)), (120, ("社区",))],
        ...        key=lambda c: cluster_order_key(c[0], c[1], 0))
        [(500, ('党建',)), (300, ('经济',)), (120, ('社区',))]
        >>> cluster_order_key(300, ("经济",), 0) < cluster_order_key(260, ("党建",), 1)
        False
    """
    return (-max(int(size), 1).bit_length(), tuple(terms), index)


def row_features(counts) -> np.ndarray:
    """True for each row of a sparse matrix that has at least one feature.

    Example:
        >>> from scipy import sparse
        >>> row_features(sparse.csr_matrix([[0.0, 1.0], [0.0, 0.0]])).tolist()
        [True, False]
    """
    return np.diff(counts.indptr) > 0


def group_matrix(labels: np.ndarray, n_groups: int):
    """Sparse ``n_groups`` × ``len(labels)`` indicator matrix (rows with label -1 belong nowhere).

    Example:
        >>> group_matrix(np.array([1, 0, -1, 1]), 2).toarray().tolist()
        [[0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 1.0]]
    """
    from scipy import sparse

    rows = np.flatnonzero(labels >= 0)
    return sparse.csr_matrix((np.ones(len(rows)), (labels[rows], rows)), shape=(n_groups, len(labels)))


def choose_k(n: int, max_clusters: int) -> int:
    """The automatic number of clusters for ``n`` rows: ``√(n/2)``, at least 2, at most ``max_clusters``.

    Silhouette was measured and rejected: on the 4,150 paragraphs of the
    political dev articles it peaks at k = 2 (headings and licence lines
    against the rest) or rises up to the bound, and it went from 18 to 2
    clusters when 26 paragraphs were added. A rule of thumb keeps refits
    comparable.

    Example:
        >>> choose_k(26, 20), choose_k(4150, 20), choose_k(3, 20)
        (4, 20, 1)
    """
    if n < 4:
        return 1
    return max(2, min(max_clusters, round(math.sqrt(n / 2))))


def kmeans_centers(
    data, k: int, *, keys: np.ndarray, runs: int, n_init: int, random_state: int, map_runs: MapRuns | None = None
) -> np.ndarray:
    """Centres of ``k`` clusters of the rows ``data`` (dense: consensus; sparse: k-means++).

    Example:
        >>> pts = np.array([[0.0, 1.0], [0.1, 1.0], [1.0, 0.0], [1.0, 0.1]])
        >>> kmeans_centers(pts, 1, keys=row_keys("abcd"), runs=1, n_init=1, random_state=0).round(3).tolist()
        [[0.525, 0.525]]
    """
    if k <= 1:
        return np.asarray(data.mean(axis=0)).reshape(1, -1)
    if isinstance(data, np.ndarray):
        return consensus_centers(data, k, keys=keys, runs=runs, map_runs=map_runs)
    from sklearn.cluster import KMeans, MiniBatchKMeans  # sparse rows only (the import costs ~0.2 s)

    if data.shape[0] > MINIBATCH_ABOVE:
        km = MiniBatchKMeans(n_clusters=k, n_init=min(n_init, 3), batch_size=4096, random_state=random_state)
    else:
        km = KMeans(n_clusters=k, n_init=n_init, random_state=random_state)
    km.fit(data)
    return np.asarray(km.cluster_centers_, dtype=np.float64)


def fit_clusters(
    vectors,
    fit_rows: np.ndarray,
    keys: np.ndarray,
    word_counts,
    vocabulary: Sequence[str],
    n_clusters: int | str,
    *,
    level: str,
    max_clusters: int,
    consensus_runs: int,
    n_init: int,
    random_state: int,
    n_terms: int,
    labellers: Sequence[ClusterLabeller],
    map_runs: MapRuns | None = None,
) -> ClusterSet:
    """Cluster the rows ``fit_rows`` of ``vectors``; label and order the clusters.

    Args:
        vectors: Unit vectors (dense LSA rows or sparse TF-IDF rows).
        fit_rows: Boolean mask of the rows that shape the clusters.
        keys: Content hash of every row (:func:`row_keys`): draws the consensus subsamples.
        word_counts: Word counts of every row (for class-based TF-IDF labels).
        vocabulary: The word of each column of ``word_counts``.
        n_clusters: A number, or ``"auto"`` (:func:`choose_k`).
        level: ``paragraph`` or ``article`` (passed to the labellers).
        max_clusters: Bound for ``"auto"``.
        consensus_runs: Bisecting runs voting on dense rows (:func:`consensus_centers`).
        n_init: k-means++ restarts (sparse rows only).
        random_state: Seed of every random choice.
        n_terms: Label terms kept per cluster.
        labellers: Applied in order to the candidate terms.
        map_runs: Computes the consensus runs' labels (None: in this process).

    Example:
        >>> from scipy import sparse
        >>> v = np.array([[0.0, 1.0], [0.1, 1.0], [1.0, 0.0], [1.0, 0.1], [0.9, 0.0]])
        >>> w = sparse.csr_matrix(np.array([[1.0, 0], [1, 0], [0, 1], [0, 1], [0, 1]]))
        >>> cs = fit_clusters(v, np.ones(5, bool), row_keys("abcde"), w, ["党建", "社区"], 2, level="paragraph",
        ...                   max_clusters=20, consensus_runs=1, n_init=1, random_state=0, n_terms=1, labellers=[])
        >>> cs.sizes, cs.terms  # sizes 2 and 3 are one size class: ordered by terms
        ((2, 3), (('党建',), ('社区',)))
    """
    rows = np.flatnonzero(fit_rows)
    data = vectors[rows]
    n = len(rows)
    if n == 0:
        return ClusterSet(np.zeros((0, vectors.shape[1])), (), ())
    k = choose_k(n, max_clusters) if n_clusters == "auto" else min(int(n_clusters), n)
    centers = kmeans_centers(data, k, keys=keys[rows], runs=consensus_runs, n_init=n_init, random_state=random_state, map_runs=map_runs)
    provisional = ClusterSet(centers, (0,) * len(centers), ((),) * len(centers))
    labels = provisional.assign(data, np.ones(n, dtype=bool))
    sizes = np.bincount(labels, minlength=len(centers))
    keep = np.flatnonzero(sizes > 0)  # a centre nobody is nearest to is no cluster
    remap = np.full(len(centers), -1)
    remap[keep] = np.arange(len(keep))
    labels = remap[labels]
    sizes = sizes[keep]
    per_cluster = (group_matrix(labels, len(keep)) @ word_counts[rows]).tocsr()
    terms = label_clusters(per_cluster, vocabulary, sizes, level=level, n_terms=n_terms, labellers=tuple(labellers))
    order = sorted(range(len(keep)), key=lambda c: cluster_order_key(int(sizes[c]), terms[c], c))
    return ClusterSet(
        np.ascontiguousarray(centers[keep][order]),
        tuple(int(sizes[c]) for c in order),
        tuple(terms[c] for c in order),
    )
