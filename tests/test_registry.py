"""Registry: versioned extractor names, per-extractor options validated by the extractor's model."""

from __future__ import annotations

import pytest

from textmine import Pipeline
from textmine.config import config_from_dict, load_config
from textmine.errors import ConfigError
from textmine.registry import build_registry
from textmine.resources import Resources


def _config(options: dict) -> dict:
    return {"extract": {"extractors": ["dates.v1", "departments.v1"], "options": options}}


def test_registry_options_reach_the_extractor() -> None:
    tm = Pipeline.from_config(config_from_dict(_config({"departments.v1": {"reading": "news"}})))
    assert dict(tm.extractors)["departments.v1"].rules.reading == "news"
    assert dict(Pipeline.from_config().extractors)["departments.v1"].rules.reading == "guide"


def test_registry_unknown_option_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r'extract\.options\."departments\.v1"\.reding: unknown key'):
        Pipeline.from_config(config_from_dict(_config({"departments.v1": {"reding": "news"}})))


def test_registry_bad_option_value_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r'extract\.options\."departments\.v1"\.reading: .*guide.*news'):
        Pipeline.from_config(config_from_dict(_config({"departments.v1": {"reading": "tabloid"}})))


def test_registry_options_of_an_extractor_without_options_fail() -> None:
    with pytest.raises(ConfigError, match=r'extract\.options\."dates\.v1": .*takes no options'):
        Pipeline.from_config(config_from_dict(_config({"dates.v1": {"x": 1}})))


def test_registry_options_of_an_unlisted_extractor_fail_at_load(tmp_path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[extract]\nextractors = ["dates.v1"]\n[extract.options."departments.v1"]\nreading = "news"\n')
    with pytest.raises(
        ConfigError, match=r"p\.toml: extract\.options: 'departments\.v1' is not in extract\.extractors"
    ):
        load_config(path)


def test_registry_build_without_options_uses_the_defaults() -> None:
    extractor = build_registry().build_extractor("departments.v1", Resources(), {})
    assert extractor.rules.reading == "guide"


def test_registry_news_pipeline_config_loads(root) -> None:
    config = load_config(root / "pipelines" / "news.toml")
    assert config.extract.options["departments.v1"] == {"reading": "news"}
    assert config.digest() != load_config(root / "pipelines" / "default.toml").digest()
