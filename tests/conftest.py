"""Shared fixtures. Data from ../shared is optional: tests that need it skip."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden and outputs/ from the pipeline")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run should rewrite golden files instead of comparing."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


def shared_path() -> Path:
    """Where the development data lives (``$TEXTMINE_SHARED`` or ``../shared``)."""
    return Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared development data folder; skips the test when it is absent."""
    path = shared_path()
    if not (path / "seed").is_dir():
        pytest.skip(f"development data not found at {path} (set TEXTMINE_SHARED)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, built once for the whole test session."""
    from textmine import Pipeline

    return Pipeline.from_config()


@pytest.fixture(scope="session")
def seed_text(root: Path) -> str:
    """The user's sample article, as committed in corpus/."""
    return (root / "corpus" / "article-zj-party-building.txt").read_text(encoding="utf-8")


#: Three short articles (traditional, simplified, traditional) for corpus runs.
SMALL_CORPUS = {
    "a.txt": "省網信辦堅決做到“兩個維護”。\n省網信辦組織黨員進社區開展志願服務。",
    "b.txt": "省网信办推进“两个维护”，支部书记讲党课。\n新冠肺炎疫情发生后，省经信厅助力复工复产。",
    "c.txt": "浙江省委召開會議，部署數字化改革。\n各級黨組織深化拓展“三服務”。",
}


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    """A folder ``in/`` holding the three articles of ``SMALL_CORPUS``."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in SMALL_CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def dev_articles(shared: Path) -> list[dict]:
    """The political dev articles of ../shared/data/political (skips when absent)."""
    path = shared / "data" / "political" / "dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
