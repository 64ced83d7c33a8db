"""Pipeline configuration: TOML file → frozen, validated ``PipelineConfig``.

Defaults live here and only here. Unknown keys, unknown stages and bad values
fail at load time with a message naming the key, before any article is read.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from .errors import ConfigError

#: Stages a pipeline may list, in the order they run.
STAGES = ("normalize", "segment", "extract", "keywords", "themes")

#: Extractors run by default, in order (later ones see earlier spans).
DEFAULT_EXTRACTORS: tuple[str, ...] = ("slogans.v1", "dates.v1", "figures.v1", "departments.v1", "places.v1", "persons.v1")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReadConfig(_Section):
    """Options of reading the corpus."""

    max_chars: int = Field(
        1_000_000, ge=1000, description="Articles longer than this are split into parts at line ends (never an out-of-memory)."
    )


class NormalizeConfig(_Section):
    """Options of the ``normalize`` stage."""

    converter: str = Field("t2s", description="OpenCC configuration used to reach simplified script.")
    fold_width: bool = Field(True, description="Fold full-width digits and Latin letters to ASCII in `norm`.")


class SegmentConfig(_Section):
    """Options of the ``segment`` stage."""

    backend: Literal["rjieba", "jieba"] = Field(
        "rjieba", description="rjieba (jieba-rs, fast) or jieba (pure Python, the reference)."
    )
    hmm: bool = Field(True, description="Let jieba's HMM join unknown words.")
    userdicts: tuple[Path, ...] = Field((), description="More jieba user dictionaries, relative to the config file.")


class ExtractConfig(_Section):
    """Options of the ``extract`` stage.

    ``options`` maps a listed extractor's registered name to its own options
    (TOML ``[extract.options."departments.v1"]``); the extractor's options
    model validates them when the pipeline is built (see
    :meth:`textmine.registry.Registry.build_extractor`).

    Example:
        >>> ExtractConfig(options={"departments.v1": {"reading": "news"}}).options["departments.v1"]
        {'reading': 'news'}
    """

    extractors: tuple[str, ...] = Field(DEFAULT_EXTRACTORS, description="Registered extractor names, run in order.")
    options: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Options per extractor, keyed by its registered name."
    )

    @field_validator("options")
    @classmethod
    def _options_of_listed_extractors(
        cls, options: dict[str, dict[str, Any]], info: ValidationInfo
    ) -> dict[str, dict[str, Any]]:
        listed = info.data.get("extractors", ())
        for name in options:
            if name not in listed:
                raise ValueError(f"{name!r} is not in extract.extractors")
        return options


class KeywordsConfig(_Section):
    """Options of the ``keywords`` stage (per-article weighted terms)."""

    method: Literal["tfidf", "textrank"] = Field(
        "tfidf", description="tfidf: term frequency x corpus IDF; textrank: PageRank over term co-occurrence."
    )
    top_n: int = Field(20, ge=1, description="Keywords written per article.")
    prior_weight: float = Field(
        100.0,
        ge=0,
        description="Weight of jieba's bundled IDF, in pseudo-documents: it dominates a tiny corpus and fades as the corpus grows.",
    )
    span_labels: tuple[str, ...] = Field(
        ("SLOGAN", "DEPARTMENT"), description="Spans of these labels count as single terms (canonical form, else norm)."
    )
    stopwords: tuple[Path, ...] = Field((), description="More stopword files (one word a line), relative to the config file.")
    window: int = Field(5, ge=2, description="TextRank: terms co-occur within this many terms of a paragraph.")


class ThemeSpec(_Section):
    """One theme of the taxonomy: id, Chinese label and seed terms (simplified)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stable id, lowercase with dashes.")
    label: str = Field(min_length=1, description="Chinese label shown to readers.")
    terms: tuple[str, ...] = Field(min_length=1, description="Seed terms (simplified); matched inside the text.")


def _packaged_taxonomy() -> tuple[ThemeSpec, ...]:
    from .resources import iter_jsonl

    return tuple(ThemeSpec.model_validate(record) for record in iter_jsonl("themes.jsonl"))


class ThemesConfig(_Section):
    """Options of the ``themes`` stage: clusters and taxonomy tags, fitted on the corpus."""

    taxonomy: tuple[ThemeSpec, ...] = Field(
        default_factory=_packaged_taxonomy,
        description="Themes to tag; by default the party-building taxonomy of textmine/data/themes.jsonl.",
    )
    paragraph_clusters: int | Literal["auto"] = Field(
        "auto", description="Number of paragraph clusters, or auto: sqrt(n/2), at least 2, at most max_clusters."
    )
    article_clusters: int | Literal["auto"] = Field("auto", description="Number of article clusters, or auto.")
    max_clusters: int = Field(20, ge=2, description="Upper bound when a number of clusters is auto.")
    char_ngrams: tuple[int, int] = Field((1, 2), description="Character n-gram lengths (min, max) used as features.")
    word_weight: float = Field(0.5, ge=0, description="Weight of the word block against the character block.")
    prior_weight: float = Field(100.0, ge=0, description="Weight of jieba's IDF in the feature IDF, in pseudo-documents.")
    min_df: int = Field(2, ge=1, description="Features seen in fewer paragraphs are dropped.")
    max_features: int = Field(65536, ge=16, description="Keep at most this many features per block (by document frequency).")
    lsa_components: int = Field(50, ge=0, description="Latent semantic analysis dimensions (0: cluster the sparse vectors).")
    consensus_runs: int = Field(
        40, ge=1, description="Bisecting KMeans runs on subsamples that vote on the clusters (LSA rows); more: steadier, slower."
    )
    n_init: int = Field(10, ge=1, description="KMeans restarts when clustering without LSA (the LSA path is deterministic).")
    random_state: int = Field(0, description="Seed of every random choice: same data and seed, same model.")
    cluster_terms: int = Field(8, ge=1, description="Top terms (class-based TF-IDF) kept per cluster.")
    labellers: tuple[str, ...] = Field(("dedupe.v1",), description="Registered cluster labellers applied in order.")
    cluster_weight: float = Field(0.2, ge=0, le=1, description="Share of a paragraph's theme scores inherited from its cluster.")
    neighbor_weight: float = Field(
        0.5, ge=0, description="Theme shares borrowed from the following paragraph (half as much from the preceding one)."
    )
    threshold: float = Field(0.15, gt=0, lt=1, description="A paragraph is tagged with a theme whose score reaches this.")
    article_threshold: float = Field(
        0.1, gt=0, lt=1, description="An article is tagged with a theme whose score (mean over its paragraphs) reaches this."
    )
    fit_max_articles: int = Field(5000, ge=1, description="Fit on at most this many articles (a deterministic sample).")
    fit_max_paragraphs: int = Field(
        4_500, ge=1, description="…and at most this many paragraphs of those articles: bounds the memory (~400 MB peak) and time of the fit."
    )

    @field_validator("taxonomy")
    @classmethod
    def _unique_ids(cls, taxonomy: tuple[ThemeSpec, ...]) -> tuple[ThemeSpec, ...]:
        ids = [t.id for t in taxonomy]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate theme ids: {', '.join(dupes)}")
        return taxonomy

    @field_validator("char_ngrams")
    @classmethod
    def _ngram_range(cls, value: tuple[int, int]) -> tuple[int, int]:
        if not 1 <= value[0] <= value[1] <= 4:
            raise ValueError("expected [min, max] with 1 <= min <= max <= 4")
        return value

    @field_validator("paragraph_clusters", "article_clusters")
    @classmethod
    def _cluster_count(cls, value: int | str) -> int | str:
        if value != "auto" and value < 1:
            raise ValueError("expected auto or a number >= 1")
        return value


class WriteConfig(_Section):
    """Options of the document writer."""

    tokens: bool = Field(True, description="Write the token list (surface strings, one line) into each document.")


class PipelineConfig(_Section):
    """A whole pipeline: which stages run and with which options.

    Example:
        >>> PipelineConfig().segment.backend
        'rjieba'
    """

    name: str = "default"
    stages: tuple[str, ...] = STAGES
    read: ReadConfig = ReadConfig()
    normalize: NormalizeConfig = NormalizeConfig()
    segment: SegmentConfig = SegmentConfig()
    extract: ExtractConfig = ExtractConfig()
    keywords: KeywordsConfig = KeywordsConfig()
    themes: ThemesConfig = Field(default_factory=ThemesConfig)
    write: WriteConfig = WriteConfig()

    @field_validator("stages")
    @classmethod
    def _known_stages(cls, stages: tuple[str, ...]) -> tuple[str, ...]:
        for stage in stages:
            if stage not in STAGES:
                raise ValueError(f"unknown stage {stage!r}; known stages: {', '.join(STAGES)}")
        for required in ("normalize", "segment"):
            if required not in stages:
                raise ValueError(f"stage {required!r} is required")
        return tuple(s for s in STAGES if s in stages)

    def resolved(self) -> dict[str, Any]:
        """The full configuration as plain JSON-able data, defaults filled in.

        Example:
            >>> PipelineConfig().resolved()["normalize"]["converter"]
            't2s'
        """
        return self.model_dump(mode="json")

    def digest(self) -> str:
        """A short hash of the resolved configuration and the package version.

        Two runs with the same digest produce the same documents for the same
        input, so the digest decides whether an existing output can be reused.

        Example:
            >>> len(PipelineConfig().digest())
            16
        """
        from . import __version__

        payload = orjson.dumps({"config": self.resolved(), "version": __version__}, option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(payload).hexdigest()[:16]


def _format_error(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        key = ".".join(str(x) for x in e["loc"]) or "(top level)"
        msg = "unknown key" if e["type"] == "extra_forbidden" else e["msg"].removeprefix("Value error, ")
        parts.append(f"{key}: {msg}")
    return "; ".join(parts)


def _resolve_paths(data: dict[str, Any], base: Path) -> dict[str, Any]:
    for section, key in (("segment", "userdicts"), ("keywords", "stopwords")):
        table = data.get(section)
        if isinstance(table, dict) and isinstance(table.get(key), list):
            data[section] = {**table, key: [str(base / p) for p in table[key]]}
    return data


def config_from_dict(data: dict[str, Any], *, source: str = "<config>", base: Path | None = None) -> PipelineConfig:
    """Validate a configuration given as a mapping (as read from TOML).

    Raises:
        ConfigError: naming the source and every offending key.

    Example:
        >>> config_from_dict({"segment": {"backend": "jieba"}}).segment.backend
        'jieba'
    """
    if base is not None:
        data = _resolve_paths(dict(data), base)
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(f"{source}: {_format_error(err)}") from err


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Load a pipeline configuration from a TOML file (defaults when ``path`` is None).

    Raises:
        ConfigError: the file is missing, is not TOML, or has unknown keys.

    Example:
        >>> load_config().name
        'default'
    """
    if path is None:
        return PipelineConfig()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read pipeline config: {err.strerror}") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    return config_from_dict(data, source=str(path), base=path.parent)
