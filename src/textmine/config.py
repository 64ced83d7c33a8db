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
    stages: tuple[str, ...] = ("normalize", "segment", "extract")
    normalize: NormalizeConfig = NormalizeConfig()
    segment: SegmentConfig = SegmentConfig()
    extract: ExtractConfig = ExtractConfig()
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
    segment = data.get("segment")
    if isinstance(segment, dict) and isinstance(segment.get("userdicts"), list):
        segment["userdicts"] = [str(base / p) for p in segment["userdicts"]]
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
