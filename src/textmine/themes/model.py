"""ThemeModel: ``TermDoc`` records → clusters and theme scores (scikit-learn estimator contract).

``fit`` learns, on the paragraphs of a corpus: the feature space (word and
character TF-IDF, LSA), paragraph clusters and article clusters (KMeans, a
fixed or automatically chosen number), their labels (class-based TF-IDF
terms through the labellers) and, per paragraph cluster, the mean theme
shares of its members. ``transform`` applies all of it to any articles:
a new article's paragraph gets the cluster it would have got in the fit,
because fit labels are computed by the very function ``transform`` uses
(nearest centre) on the very same vectors.

Cluster ids are canonical: ordered by size (largest first), ties by top
term, where sizes tie when they are of the same order (the same power of
two, see :func:`textmine.themes.clusters.cluster_order_key`): two fits on the
same data give the same ids, and a refit on a slightly larger corpus keeps
them. Estimator contract: ``__init__`` only stores its keyword arguments,
fitted attributes end with ``_``, ``transform`` and ``predict`` start with
``check_is_fitted``, ``random_state`` seeds every random choice.
scikit-learn is imported inside methods only.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..records import ArticleThemes, TermDoc
from .clusters import ClusterSet, MapRuns, fit_clusters, group_matrix, row_features, row_keys
from .features import fit_features
from .labelling import ClusterLabeller
from .sampling import sample_paragraphs
from .taxonomy import Theme, build_taxonomy, tag_article

if TYPE_CHECKING:
    from ..config import ThemesConfig

#: Modules a fit imports on first use before its clusters (about 0.15 s; the fit imports no scikit-learn).
FIT_MODULES = ("threadpoolctl", "scipy.sparse.linalg")

#: Paragraphs shorter than this (headings, bylines, page furniture) do not shape
#: the clusters; they are still assigned the nearest one.
MIN_FIT_CHARS = 10


class ThemeModel:
    """Clusters and taxonomy scores for paragraphs and articles, fitted on a corpus.

    Args:
        taxonomy: Themes (:class:`Theme`) to score.
        paragraph_clusters: Number of paragraph clusters, or ``"auto"`` (``√(n/2)``, bounded).
        article_clusters: Number of article clusters, or ``"auto"``.
        max_clusters: Upper bound when a number is ``"auto"``.
        char_ngrams: Character n-gram lengths (min, max).
        word_weight: Weight of the word block against the character block.
        prior: jieba's IDF table (:class:`textmine.keywords.IdfPrior`) or None.
        prior_weight: Pseudo-documents given to the prior IDF.
        min_df: Features seen in fewer paragraphs are dropped.
        max_features: Features kept per block.
        lsa_components: LSA dimensions (0: none).
        consensus_runs: Bisecting runs on subsamples voting on the clusters (LSA rows; 1: one run on all rows).
        n_init: KMeans restarts (sparse rows, without LSA).
        cluster_terms: Label terms kept per cluster.
        labellers: :class:`ClusterLabeller` objects applied in order.
        cluster_weight: Share of a paragraph's scores inherited from its cluster.
        neighbor_weight: Theme shares borrowed from the next paragraph (half from the previous one).
        threshold: Score from which a paragraph is tagged with a theme.
        article_threshold: Score from which an article is tagged (its scores
            are paragraph means, spread over several themes: lower).
        random_state: Seed of every random choice.
        max_paragraphs: Fit on at most this many paragraphs, a deterministic
            sample (:func:`textmine.themes.sampling.sample_paragraphs`); None: all.

    Example:
        >>> docs = [TermDoc("a", ("支部党课", "社区志愿"), (("支部", "党课"), ("社区", "志愿"))),
        ...         TermDoc("b", ("支部建设",), (("支部", "建设"),))]
        >>> m = ThemeModel(taxonomy=(Theme("org", "组织", ("支部",)),), min_df=1).fit(docs)
        >>> [t.id for t in m.transform(docs[1:])[0].themes]
        ['org']
    """

    def __init__(
        self,
        *,
        taxonomy: Sequence[Theme] = (),
        paragraph_clusters: int | str = "auto",
        article_clusters: int | str = "auto",
        max_clusters: int = 20,
        char_ngrams: tuple[int, int] = (1, 2),
        word_weight: float = 0.5,
        prior: Any = None,
        prior_weight: float = 100.0,
        min_df: int = 2,
        max_features: int = 65536,
        lsa_components: int = 50,
        consensus_runs: int = 40,
        n_init: int = 10,
        cluster_terms: int = 8,
        labellers: Sequence[ClusterLabeller] = (),
        cluster_weight: float = 0.2,
        neighbor_weight: float = 0.5,
        threshold: float = 0.15,
        article_threshold: float = 0.1,
        random_state: int = 0,
        max_paragraphs: int | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.paragraph_clusters = paragraph_clusters
        self.article_clusters = article_clusters
        self.max_clusters = max_clusters
        self.char_ngrams = char_ngrams
        self.word_weight = word_weight
        self.prior = prior
        self.prior_weight = prior_weight
        self.min_df = min_df
        self.max_features = max_features
        self.lsa_components = lsa_components
        self.consensus_runs = consensus_runs
        self.n_init = n_init
        self.cluster_terms = cluster_terms
        self.labellers = labellers
        self.cluster_weight = cluster_weight
        self.neighbor_weight = neighbor_weight
        self.threshold = threshold
        self.article_threshold = article_threshold
        self.random_state = random_state
        self.max_paragraphs = max_paragraphs

    # -- estimator protocol (as sklearn.base.BaseEstimator, without importing it) --

    @classmethod
    def _param_names(cls) -> list[str]:
        return sorted(p for p in inspect.signature(cls.__init__).parameters if p != "self")

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor arguments, by name.

        Example:
            >>> ThemeModel(n_init=3).get_params()["n_init"]
            3
        """
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> ThemeModel:
        """Set constructor arguments; unknown names raise ``ValueError``.

        Example:
            >>> ThemeModel().set_params(random_state=7).random_state
            7
        """
        valid = set(self._param_names())
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for ThemeModel; valid: {', '.join(sorted(valid))}")
            setattr(self, name, value)
        return self

    def __sklearn_tags__(self):
        """Estimator tags for scikit-learn utilities (``check_is_fitted``, ``clone``)."""
        from sklearn.utils import Tags, TargetTags, TransformerTags

        return Tags(estimator_type=None, target_tags=TargetTags(required=False), transformer_tags=TransformerTags())

    def _require_fitted(self) -> None:
        # scikit-learn (and pandas, when installed) cost ~100 MB: only an unfitted model imports it,
        # to raise its NotFittedError; applying a fitted model never does.
        if not hasattr(self, "theme_profiles_"):
            from sklearn.utils.validation import check_is_fitted

            check_is_fitted(self, "theme_profiles_")

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.get_params().items() if k not in ("prior", "taxonomy", "labellers")}
        args = ", ".join(f"{k}={v!r}" for k, v in shown.items())
        return f"ThemeModel({args}, taxonomy=<{len(self.taxonomy)} themes>)"

    # -- fitting --

    def fit(self, X: Sequence[TermDoc], y: None = None, *, map_runs: MapRuns | None = None) -> ThemeModel:
        """Learn features, clusters and theme profiles from the articles ``X``.

        Numeric libraries run on one thread here: their results then do not
        depend on the machine's core count (byte-identical outputs), and a
        corpus run parallelises over processes instead: ``map_runs`` computes
        the bisecting runs of the consensus clusterings
        (:class:`~textmine.themes.clusters.BisectingRuns`), in this process
        when None; the model is the same either way.

        Returns:
            self

        Example:
            >>> docs = [TermDoc("a", ("支部党课", "社区志愿"), (("支部", "党课"), ("社区", "志愿"))),
            ...         TermDoc("b", ("支部建设",), (("支部", "建设"),))]
            >>> m = ThemeModel(min_df=1).fit(docs)
            >>> m.n_articles_, m.n_paragraphs_
            (2, 3)
        """
        from threadpoolctl import threadpool_limits

        # threadpoolctl limits the libraries loaded when the limit is set: scipy's own BLAS
        # (loaded with ARPACK) must be loaded before, or a process's first fit runs it on all cores
        # and differs in the last bits from the next fit and from a fit on another machine.
        # (The vote's scipy.optimize needs no BLAS, and would only add to the fit's peak memory.)
        import_fit_modules(FIT_MODULES)
        with threadpool_limits(limits=1):
            return self._fit(sample_paragraphs(list(X), self.max_paragraphs), map_runs)

    def _fit(self, docs: list[TermDoc], map_runs: MapRuns | None = None) -> ThemeModel:
        units = [(text, terms) for doc in docs for text, terms in zip(doc.texts, doc.terms)]
        owner = np.array([i for i, doc in enumerate(docs) for _ in doc.texts], dtype=np.int64)
        features, counts, rows = fit_features(
            units,
            char_ngrams=tuple(self.char_ngrams),
            word_weight=self.word_weight,
            min_df=self.min_df,
            max_features=self.max_features,
            prior=self.prior,
            prior_weight=self.prior_weight,
            lsa_components=self.lsa_components,
            random_state=self.random_state,
        )
        self.features_ = features
        vectors = features.vectors(counts, rows)
        del rows
        has = row_features(counts)
        fit_rows = has & np.array([len(text) >= MIN_FIT_CHARS for text, _ in units], dtype=bool)
        self.paragraph_clusters_ = self._fit_level(
            vectors,
            fit_rows if fit_rows.any() else has,
            row_keys([text for text, _ in units]),
            features.word_counts(counts),
            self.paragraph_clusters,
            "paragraph",
            map_runs,
        )
        article_counts = (group_matrix(owner, len(docs)) @ counts).tocsr()
        self.article_clusters_ = self._fit_level(
            features.vectors(article_counts),
            row_features(article_counts),
            row_keys(["\0".join((doc.id, *doc.texts)) for doc in docs]),
            features.word_counts(article_counts),
            self.article_clusters,
            "article",
            map_runs,
        )
        self.taxonomy_ = build_taxonomy(tuple(self.taxonomy))
        shares = self._shares(docs)
        labels = self.paragraph_clusters_.assign(vectors, has)
        k = len(self.paragraph_clusters_.sizes)
        sums = np.asarray(group_matrix(labels, k) @ shares) if k else np.zeros((0, shares.shape[1]))
        sizes = np.bincount(labels[labels >= 0], minlength=k).astype(np.float64)
        self.theme_profiles_ = np.round(sums / np.maximum(sizes, 1.0)[:, None], 6)
        self.n_articles_ = len(docs)
        self.n_paragraphs_ = len(units)
        return self

    def _fit_level(
        self, vectors, fit_rows: np.ndarray, keys: np.ndarray, word_counts, n_clusters: int | str, level: str, map_runs: MapRuns | None
    ) -> ClusterSet:
        return fit_clusters(
            vectors,
            fit_rows,
            keys,
            word_counts,
            self.features_.word.features,
            n_clusters,
            level=level,
            max_clusters=self.max_clusters,
            consensus_runs=self.consensus_runs,
            n_init=self.n_init,
            random_state=self.random_state,
            n_terms=self.cluster_terms,
            labellers=self.labellers,
            map_runs=map_runs,
        )

    def _shares(self, docs: Sequence[TermDoc]) -> np.ndarray:
        rows = [self.taxonomy_.scores(doc.texts, neighbor_weight=self.neighbor_weight) for doc in docs if doc.texts]
        return np.vstack(rows) if rows else np.zeros((0, len(self.taxonomy_.themes)))

    # -- applying --

    def transform(self, X: Sequence[TermDoc]) -> list[ArticleThemes]:
        """Cluster ids, cluster terms and theme tags for each article of ``X``.

        Raises:
            sklearn.exceptions.NotFittedError: the model is not fitted.

        Example:
            >>> docs = [TermDoc("a", ("支部党课", "社区志愿"), (("支部", "党课"), ("社区", "志愿"))),
            ...         TermDoc("b", ("支部建设",), (("支部", "建设"),))]
            >>> m = ThemeModel(taxonomy=(Theme("org", "组织", ("支部",)),), min_df=1).fit(docs)
            >>> [[t.id for t in tags] for tags in m.transform(docs[:1])[0].paragraph_themes]
            [['org'], ['org']]
        """
        self._require_fitted()
        docs = list(X)
        units = [(text, terms) for doc in docs for text, terms in zip(doc.texts, doc.terms)]
        owner = np.array([i for i, doc in enumerate(docs) for _ in doc.texts], dtype=np.int64)
        # Paragraph rows, then one row per article (its paragraphs' counts summed),
        # weighed and projected together; nearest centres are found article by
        # article, so that an article gets the same labels in any batch.
        counts = self.features_.counts(units, owner, len(docs))
        vectors = self.features_.vectors(counts)
        has = row_features(counts)
        n = len(units)
        out = []
        start = 0
        for i, doc in enumerate(docs):
            end = start + len(doc.texts)
            p_labels = self.paragraph_clusters_.assign(vectors[start:end], has[start:end])
            a_label = self.article_clusters_.assign(vectors[n + i : n + i + 1], has[n + i : n + i + 1])
            out.append(self._tag(doc, p_labels, int(a_label[0])))
            start = end
        return out

    def fit_transform(self, X: Sequence[TermDoc], y: None = None) -> list[ArticleThemes]:
        """Fit on ``X``, then transform it.

        Example:
            >>> docs = [TermDoc("a", ("社区志愿",), (("社区", "志愿"),))]
            >>> ThemeModel(min_df=1).fit_transform(docs)[0].cluster
            0
        """
        docs = list(X)
        return self.fit(docs).transform(docs)

    def predict(self, X: Sequence[TermDoc]) -> np.ndarray:
        """Article cluster id of each article (-1 for an article without features).

        Raises:
            sklearn.exceptions.NotFittedError: the model is not fitted.

        Example:
            >>> docs = [TermDoc("a", ("支部党课", "社区志愿"), (("支部", "党课"), ("社区", "志愿"))),
            ...         TermDoc("b", ("支部建设",), (("支部", "建设"),))]
            >>> ThemeModel(min_df=1).fit(docs).predict(docs).tolist()
            [0, 0]
        """
        self._require_fitted()
        return np.array([-1 if a.cluster is None else a.cluster for a in self.transform(X)], dtype=np.int64)

    def _tag(self, doc: TermDoc, p_labels: np.ndarray, a_label: int) -> ArticleThemes:
        scores = self.taxonomy_.scores(doc.texts, neighbor_weight=self.neighbor_weight)
        clustered = p_labels >= 0
        if clustered.any() and self.cluster_weight > 0:
            inherited = self.theme_profiles_[p_labels[clustered]]
            scores[clustered] = (1 - self.cluster_weight) * scores[clustered] + self.cluster_weight * inherited
        return tag_article(
            scores,
            doc.texts,
            self.taxonomy_.themes,
            threshold=self.threshold,
            article_threshold=self.article_threshold,
            cluster=None if a_label < 0 else a_label,
            cluster_terms=() if a_label < 0 else self.article_clusters_.terms[a_label],
            paragraph_clusters=tuple(None if c < 0 else int(c) for c in p_labels),
        )


def import_fit_modules(names: Sequence[str] = FIT_MODULES) -> None:
    """Import the numeric modules :meth:`ThemeModel.fit` uses, ahead of the fit.

    A corpus run calls it in a thread while its workers process the fit
    sample (and, for the vote of the clusterings,
    :data:`~textmine.themes.clusters.VOTE_MODULES`, while they compute the
    bisecting runs), so the imports overlap that wait instead of lengthening
    the fit.

    Example:
        >>> import_fit_modules()
        >>> import sys; all(name in sys.modules for name in FIT_MODULES)
        True
    """
    import importlib

    for name in names:
        importlib.import_module(name)


def build_theme_model(config: ThemesConfig, *, prior: Any = None, labellers: Sequence[ClusterLabeller] = ()) -> ThemeModel:
    """An unfitted :class:`ThemeModel` with the settings of a ``[themes]`` config section.

    Example:
        >>> from textmine.config import ThemesConfig
        >>> build_theme_model(ThemesConfig()).taxonomy[0].id
        'political-building'
    """
    return ThemeModel(
        taxonomy=tuple(Theme(t.id, t.label, t.terms) for t in config.taxonomy),
        paragraph_clusters=config.paragraph_clusters,
        article_clusters=config.article_clusters,
        max_clusters=config.max_clusters,
        char_ngrams=tuple(config.char_ngrams),
        word_weight=config.word_weight,
        prior=prior,
        prior_weight=config.prior_weight,
        min_df=config.min_df,
        max_features=config.max_features,
        lsa_components=config.lsa_components,
        consensus_runs=config.consensus_runs,
        n_init=config.n_init,
        cluster_terms=config.cluster_terms,
        labellers=tuple(labellers),
        cluster_weight=config.cluster_weight,
        neighbor_weight=config.neighbor_weight,
        threshold=config.threshold,
        article_threshold=config.article_threshold,
        random_state=config.random_state,
        max_paragraphs=config.fit_max_paragraphs,
    )
