"""Cluster labels: class-based TF-IDF top terms, refined by pluggable labellers.

As BERTopic does, each cluster is treated as one document: a term's weight
is its frequency in the cluster (relative to the cluster's term count) times
``ln(1 + A / f)``, where ``A`` is the average number of terms per cluster and
``f`` the term's frequency over all clusters. The candidates (three times as
many as will be kept) then go through the configured labellers, in order, and
the first ``n_terms`` remain.

A labeller is a :class:`ClusterLabeller`: one method, ``label(topics,
context)``, the same arguments for every labeller. The base class returns its
input unchanged, which is how a step is skipped; labellers read only the public
:class:`LabelContext`, never the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

#: Candidate terms of one cluster: (term, weight), best first.
Topic = list[tuple[str, float]]


@dataclass(frozen=True)
class LabelContext:
    """What a labeller may read about the clusters it labels.

    Attributes:
        level: ``paragraph`` or ``article``.
        sizes: Members per cluster (index = cluster).
        vocabulary: Term of each column of ``counts``.
        counts: Cluster × term frequencies (sparse).
        n_terms: How many terms will be kept per cluster.
    """

    level: str
    sizes: tuple[int, ...]
    vocabulary: tuple[str, ...]
    counts: sparse.csr_matrix
    n_terms: int


class ClusterLabeller:
    """Base labeller: returns the topics unchanged. Subclass and override :meth:`label`.

    Example:
        >>> ClusterLabeller().label({0: [("党建", 0.5)]}, None)
        {0: [('党建', 0.5)]}
    """

    #: Registered name (see ``textmine.registry``).
    name = "keep.v1"

    def label(self, topics: Mapping[int, Topic], context: LabelContext) -> dict[int, Topic]:
        """Return new candidate terms per cluster (best first)."""
        return {c: list(terms) for c, terms in topics.items()}


class DedupeLabeller(ClusterLabeller):
    """Drop a term that overlaps a better one (机关党建 before 党建: 党建 goes).

    Example:
        >>> DedupeLabeller().label({0: [("机关党建", 0.5), ("党建", 0.4), ("服务", 0.3)]}, None)
        {0: [('机关党建', 0.5), ('服务', 0.3)]}
    """

    name = "dedupe.v1"

    def label(self, topics: Mapping[int, Topic], context: LabelContext) -> dict[int, Topic]:
        """Keep each term only if it neither contains nor is contained in a kept, better term."""
        out: dict[int, Topic] = {}
        for c, terms in topics.items():
            kept: Topic = []
            for term, weight in terms:
                if not any(term in k or k in term for k, _ in kept):
                    kept.append((term, weight))
            out[c] = kept
        return out


def class_tfidf(counts: sparse.csr_matrix, vocabulary: Sequence[str], n_candidates: int) -> dict[int, Topic]:
    """Top terms of each cluster (rows of ``counts``) by class-based TF-IDF.

    Example:
        >>> from scipy import sparse
        >>> m = sparse.csr_matrix(np.array([[3.0, 1.0, 0.0], [0.0, 1.0, 2.0]]))
        >>> class_tfidf(m, ["党建", "工作", "社区"], 2)[0][0][0]
        '党建'
    """
    dense_total = np.asarray(counts.sum(axis=0)).ravel()
    per_class = np.asarray(counts.sum(axis=1)).ravel()
    avg = per_class.mean() if len(per_class) else 0.0
    idf = np.log1p(avg / np.where(dense_total > 0, dense_total, 1.0))
    topics: dict[int, Topic] = {}
    for c in range(counts.shape[0]):
        row = counts.getrow(c)
        if row.nnz == 0:
            topics[c] = []
            continue
        weights = row.data / max(per_class[c], 1.0) * idf[row.indices]
        ranked = sorted(
            ((round(float(w), 6), vocabulary[j]) for w, j in zip(weights, row.indices) if w > 0),
            key=lambda x: (-x[0], x[1]),
        )
        topics[c] = [(t, w) for w, t in ranked[:n_candidates]]
    return topics


def label_clusters(
    counts: sparse.csr_matrix,
    vocabulary: Sequence[str],
    sizes: Sequence[int],
    *,
    level: str,
    n_terms: int,
    labellers: Sequence[ClusterLabeller],
) -> list[tuple[str, ...]]:
    """Label every cluster: class-based TF-IDF candidates → labellers in order → top ``n_terms``.

    Example:
        >>> from scipy import sparse
        >>> m = sparse.csr_matrix(np.array([[3.0, 2.0], [0.0, 1.0]]))
        >>> label_clusters(m, ["机关党建", "党建"], [2, 1], level="paragraph", n_terms=2, labellers=[DedupeLabeller()])
        [('机关党建',), ('党建',)]
    """
    topics = class_tfidf(counts, vocabulary, 3 * n_terms)
    context = LabelContext(level, tuple(int(s) for s in sizes), tuple(vocabulary), counts, n_terms)
    for labeller in labellers:
        topics = labeller.label(topics, context)
    return [tuple(t for t, _ in topics.get(c, [])[:n_terms]) for c in range(counts.shape[0])]
