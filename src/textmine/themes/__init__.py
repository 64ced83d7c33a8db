"""Themes: clusters and taxonomy tags per paragraph and article, fitted on a corpus.

``ThemeModel`` (scikit-learn estimator contract) fits feature spaces,
paragraph and article clusters and cluster theme profiles on ``TermDoc``
records, and ``transform`` applies them to new articles. Models are saved as
JSON + ``.npz`` (:mod:`textmine.themes.io`), never pickled.

Modules: ``features`` (TF-IDF blocks, LSA), ``taxonomy`` (seed-term scores),
``labelling`` (class-based TF-IDF terms, pluggable labellers), ``model``
(the estimator), ``io`` (model directories).

Example:
    >>> from textmine.records import TermDoc
    >>> docs = [TermDoc("a", ("社区志愿服务",), (("社区", "志愿"),))]
    >>> m = ThemeModel(taxonomy=(Theme("community", "社区共建", ("社区",)),), min_df=1).fit(docs)
    >>> m.transform(docs)[0].themes[0].id
    'community'
"""

from __future__ import annotations

from .clusters import ClusterSet
from .io import CorpusModel, load_model, save_model
from .labelling import ClusterLabeller, DedupeLabeller, LabelContext
from .model import ThemeModel
from .taxonomy import Taxonomy, Theme, build_taxonomy

__all__ = [
    "ClusterLabeller",
    "ClusterSet",
    "CorpusModel",
    "DedupeLabeller",
    "LabelContext",
    "Taxonomy",
    "Theme",
    "ThemeModel",
    "build_taxonomy",
    "load_model",
    "save_model",
]
