"""gazetteer: divisions, chains, short forms, province abbreviations."""

from __future__ import annotations

import sys

import pytest

from textmine.gazetteer import load_gazetteer, short_form


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "chain"),
    [
        ("拱墅区", ["浙江省", "杭州市", "拱墅区"]),
        ("积石山", ["甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县"]),
        ("玉门", ["甘肃省", "酒泉市", "玉门市"]),
        ("塔什库尔干", ["新疆维吾尔自治区", "喀什地区", "塔什库尔干塔吉克自治县"]),
        ("浙江", ["浙江省"]),
        ("陇原", ["甘肃省"]),
    ],
)
def test_gazetteer_chain(gazetteer, name: str, chain: list[str]) -> None:
    region = gazetteer.lookup(name)[0]
    assert [r.name for r in gazetteer.chain(region)] == chain


def test_gazetteer_counts_and_abbreviations(gazetteer) -> None:
    levels = [r.level for r in gazetteer.regions.values()]
    assert levels.count("province") == 34
    assert levels.count("city") > 300 and levels.count("county") > 2800
    assert gazetteer.abbreviations["浙"].name == "浙江省"


def test_gazetteer_one_character_short_forms_are_dropped() -> None:
    assert short_form("礼县") is None
    assert short_form("杭州市") == "杭州"


def test_gazetteer_loads_without_importing_cpca_or_pandas() -> None:
    # In a fresh interpreter: other tests import scikit-learn, which imports pandas.
    import os
    import subprocess

    code = (
        "import sys; from textmine.gazetteer import load_gazetteer; load_gazetteer(); "
        "sys.exit('cpca' in sys.modules or 'pandas' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0
