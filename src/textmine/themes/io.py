"""Save and load fitted corpus models: ``CorpusModel`` ⇄ ``MODEL_DIR/model.json`` + ``arrays.npz``.

A model directory holds everything needed to apply a fit to new articles:
the keyword document frequencies, the fitted :class:`ThemeModel`
(vocabularies, IDF, LSA components, cluster centres, labels, theme profiles)
and the prior IDF table both were fitted with (jieba's, as hashed arrays: a
process applying the model does not read and hash jieba's table again).
Strings and parameters go to JSON, numbers to an ``.npz`` of plain numeric
arrays, read with ``np.load(allow_pickle=False)``: a shared model file can
carry data only, never code. Nothing is pickled, ever.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from ..errors import InputError
from ..keywords import HashedIdfTable, IdfPrior, KeywordIdf, LazyIdfPrior
from ..output import dumps, write_atomic
from .clusters import ClusterSet
from .features import Block, FeatureSpace, Projection
from .labelling import ClusterLabeller
from .model import ThemeModel
from .taxonomy import Theme, build_taxonomy

SCHEMA = "textmine.model/1"
MODEL_JSON = "model.json"
ARRAYS = "arrays.npz"

#: ThemeModel parameters stored as JSON (the others are objects rebuilt on load).
_PLAIN_PARAMS = (
    "article_clusters", "char_ngrams", "cluster_terms", "cluster_weight", "consensus_runs", "lsa_components", "max_clusters",
    "article_threshold", "max_features", "max_paragraphs", "min_df", "n_init", "neighbor_weight", "paragraph_clusters",
    "prior_weight", "random_state", "threshold", "word_weight",
)
#: Parameters added since the first model files: absent from older ones, which get the default.
_ADDED_PARAMS = frozenset({"consensus_runs", "max_paragraphs"})


@dataclass(frozen=True)
class CorpusModel:
    """What a corpus fit learns: keyword document frequencies and the theme model.

    Attributes:
        keywords: Document frequencies of terms over the fitted articles.
        themes: The fitted :class:`ThemeModel`, or None when the themes stage is off.
        pipeline: Name and config hash of the pipeline that fitted it.
        prior: The prior IDF table of the fit (saved with the model; None: not known,
            the applying pipeline reads jieba's).

    Example:
        >>> CorpusModel(KeywordIdf(0, {}), None).keywords.n_docs
        0
    """

    keywords: KeywordIdf
    themes: ThemeModel | None
    pipeline: dict[str, str] = field(default_factory=dict)
    prior: IdfPrior | None = field(default=None, compare=False, repr=False)


def save_model(model: CorpusModel, path: str | Path) -> Path:
    """Write ``model`` into the directory ``path`` (created if needed).

    Example:
        >>> import tempfile
        >>> d = save_model(CorpusModel(KeywordIdf(1, {"党建": 1}), None), tempfile.mkdtemp())
        >>> sorted(p.name for p in d.iterdir())
        ['arrays.npz', 'model.json']
    """
    out = Path(path)
    terms = sorted(model.keywords.df)
    meta: dict[str, Any] = {
        "schema": SCHEMA,
        "pipeline": dict(model.pipeline),
        "keywords": {"n_docs": model.keywords.n_docs, "terms": terms, "members": sorted(model.keywords.members)},
        "themes": None,
    }
    arrays: dict[str, np.ndarray] = {"keyword_df": np.array([model.keywords.df[t] for t in terms], dtype=np.int64)}
    if model.prior is not None:
        arrays["prior_keys"], arrays["prior_values"] = model.prior.hashed().arrays()
        meta["prior"] = {"median": model.prior.median}
    if model.themes is not None:
        meta["themes"] = _theme_meta(model.themes, arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    write_atomic(out / ARRAYS, buffer.getvalue())
    write_atomic(out / MODEL_JSON, dumps(meta))
    return out


def _theme_meta(m: ThemeModel, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    fs = m.features_
    arrays["word_idf"] = fs.word.idf
    arrays["char_idf"] = fs.char.idf
    if fs.projection is not None:
        arrays["lsa_components"] = fs.projection.components
        arrays["lsa_singular_values"] = fs.projection.singular_values
    arrays["paragraph_centers"] = m.paragraph_clusters_.centers
    arrays["article_centers"] = m.article_clusters_.centers
    arrays["theme_profiles"] = m.theme_profiles_
    params = m.get_params()
    return {
        "params": {k: params[k] for k in _PLAIN_PARAMS},
        "taxonomy": [{"id": t.id, "label": t.label, "terms": list(t.terms)} for t in m.taxonomy_.themes],
        "labellers": [getattr(lab, "name", type(lab).__name__) for lab in m.labellers],
        "features": {
            "char_ngrams": list(fs.char_ngrams),
            "word": {"weight": fs.word.weight, "features": list(fs.word.features)},
            "char": {"weight": fs.char.weight, "features": list(fs.char.features)},
        },
        "clusters": {
            level: {"sizes": list(cs.sizes), "terms": [list(t) for t in cs.terms]}
            for level, cs in (("paragraph", m.paragraph_clusters_), ("article", m.article_clusters_))
        },
        "n_articles": m.n_articles_,
        "n_paragraphs": m.n_paragraphs_,
    }


def load_model(
    path: str | Path,
    *,
    prior: IdfPrior | LazyIdfPrior | None = None,
    labeller: Callable[[str], ClusterLabeller] | None = None,
) -> CorpusModel:
    """Read a model directory written by :func:`save_model`; never unpickles.

    Args:
        path: The model directory.
        prior: jieba's IDF table, for a model saved without the table of its fit
            (a lazy one is read only then); the model's own table otherwise.
        labeller: Builds a labeller from its registered name (refits only); the
            saved cluster terms are used as they are.

    Raises:
        InputError: the directory, its JSON or its arrays are missing or malformed,
            or the arrays hold pickled objects.

    Example:
        >>> import tempfile
        >>> d = save_model(CorpusModel(KeywordIdf(1, {"党建": 1}), None), tempfile.mkdtemp())
        >>> load_model(d).keywords.df
        {'党建': 1}
    """
    root = Path(path)
    source = str(root)
    try:
        meta = orjson.loads((root / MODEL_JSON).read_bytes())
    except OSError as err:
        raise InputError(source, f"not a textmine model directory ({MODEL_JSON}: {err.strerror})") from err
    except orjson.JSONDecodeError as err:
        raise InputError(source, f"{MODEL_JSON} is not JSON ({err})") from err
    if not isinstance(meta, dict) or meta.get("schema") != SCHEMA:
        raise InputError(source, f"{MODEL_JSON}: expected schema {SCHEMA!r}")
    arrays = _read_arrays(root / ARRAYS, source)
    try:
        kw = meta["keywords"]
        df = arrays["keyword_df"]
        if len(df) != len(kw["terms"]):
            raise ValueError("keyword_df and terms differ in length")
        keywords = KeywordIdf(
            int(kw["n_docs"]), dict(zip(kw["terms"], (int(v) for v in df))), frozenset(map(str, kw["members"]))
        )
        own = _prior(meta.get("prior"), arrays)
        themes = None
        if meta["themes"] is not None:
            if own is not None:
                prior = own
            elif isinstance(prior, LazyIdfPrior):
                prior = prior.get()
            themes = _theme_model(meta["themes"], arrays, prior, labeller)
    except (KeyError, TypeError, ValueError, IndexError) as err:
        raise InputError(source, f"malformed model ({type(err).__name__}: {err})") from err
    return CorpusModel(keywords, themes, dict(meta.get("pipeline") or {}), own)


def _prior(meta: Any, arrays: dict[str, np.ndarray]) -> IdfPrior | None:
    """The prior IDF table saved with the model (None for a model saved without one)."""
    if meta is None:
        return None
    keys, values = arrays["prior_keys"], arrays["prior_values"]
    if keys.dtype != np.uint64 or values.dtype != np.float64 or keys.shape != values.shape or keys.ndim != 1:
        raise ValueError("prior_keys and prior_values are not parallel uint64 and float64 vectors")
    return IdfPrior(HashedIdfTable.from_arrays(keys, values), float(meta["median"]))


def _read_arrays(path: Path, source: str) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except OSError as err:
        raise InputError(source, f"cannot read {path.name}: {err}") from err
    except (ValueError, zipfile.BadZipFile, EOFError) as err:
        # allow_pickle=False: an object array raises ValueError instead of running code.
        raise InputError(source, f"{path.name}: not plain numeric arrays ({err})") from err


def _theme_model(
    meta: dict[str, Any],
    arrays: dict[str, np.ndarray],
    prior: IdfPrior | None,
    labeller: Callable[[str], ClusterLabeller] | None,
) -> ThemeModel:
    params = {k: meta["params"][k] for k in _PLAIN_PARAMS if k in meta["params"] or k not in _ADDED_PARAMS}
    params["char_ngrams"] = tuple(params["char_ngrams"])
    themes = tuple(Theme(t["id"], t["label"], tuple(t["terms"])) for t in meta["taxonomy"])
    labellers = tuple(labeller(name) for name in meta["labellers"]) if labeller else ()
    model = ThemeModel(taxonomy=themes, prior=prior, labellers=labellers, **params)
    f = meta["features"]
    word = Block("word", tuple(f["word"]["features"]), _vector(arrays, "word_idf", len(f["word"]["features"])), float(f["word"]["weight"]))
    char = Block("char", tuple(f["char"]["features"]), _vector(arrays, "char_idf", len(f["char"]["features"])), float(f["char"]["weight"]))
    projection = None
    if "lsa_components" in arrays:
        components = arrays["lsa_components"].astype(np.float64)
        if components.ndim != 2 or components.shape[1] != len(word.features) + len(char.features):
            raise ValueError("lsa_components do not match the vocabularies")
        projection = Projection(components, _vector(arrays, "lsa_singular_values", components.shape[0]))
    model.features_ = FeatureSpace(tuple(f["char_ngrams"]), word, char, projection)
    width = projection.components.shape[0] if projection is not None else len(word.features) + len(char.features)
    for level in ("paragraph", "article"):
        c = meta["clusters"][level]
        centers = arrays[f"{level}_centers"].astype(np.float64)
        if centers.ndim != 2 or centers.shape != (len(c["sizes"]), width):
            raise ValueError(f"{level}_centers have shape {centers.shape}, expected ({len(c['sizes'])}, {width})")
        cs = ClusterSet(centers, tuple(int(s) for s in c["sizes"]), tuple(tuple(t) for t in c["terms"]))
        setattr(model, f"{level}_clusters_", cs)
    profiles = arrays["theme_profiles"].astype(np.float64)
    if profiles.shape != (len(model.paragraph_clusters_.sizes), len(themes)):
        raise ValueError(f"theme_profiles have shape {profiles.shape}")
    model.taxonomy_ = build_taxonomy(themes)
    model.theme_profiles_ = profiles
    model.n_articles_ = int(meta["n_articles"])
    model.n_paragraphs_ = int(meta["n_paragraphs"])
    return model


def _vector(arrays: dict[str, np.ndarray], name: str, length: int) -> np.ndarray:
    value = arrays[name].astype(np.float64)
    if value.shape != (length,):
        raise ValueError(f"{name} has shape {value.shape}, expected ({length},)")
    return value
