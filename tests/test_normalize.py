"""normalize: script detection, length-keeping conversion, offset maps, width folding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.errors import ConfigError
from textmine.normalize import build_converter, build_normalizer


@pytest.fixture(scope="module")
def normalizer():
    return build_normalizer()


def test_normalize_converts_traditional_keeping_length(normalizer) -> None:
    n = normalizer.normalize("省網信辦牢牢抓住“思想政治工作是一切工作的生命線”")
    assert n.norm == "省网信办牢牢抓住“思想政治工作是一切工作的生命线”"
    assert len(n.norm) == len(n.original) and n.offsets is None


def test_normalize_folds_full_width_digits_without_moving_offsets(normalizer) -> None:
    n = normalizer.normalize("收集問題３２６５９個，占１５．６％")
    assert n.norm == "收集问题32659个，占15.6%"
    assert len(n.norm) == len(n.original)


def test_normalize_detects_script(normalizer, seed_text) -> None:
    assert normalizer.normalize(seed_text).script in ("traditional", "mixed")
    assert normalizer.normalize("浙江省直机关工委部署开展活动").script == "simplified"
    assert normalizer.normalize("浙江省直機關工委部署開展活動").script == "traditional"
    script, shares = normalizer.detect_script("國家机关")
    assert script == "mixed" and shares["traditional"] + shares["simplified"] == pytest.approx(1.0, abs=1e-3)


def test_normalize_text_without_script_specific_characters_is_simplified(normalizer) -> None:
    assert normalizer.detect_script("大中小 2021") == ("simplified", {"simplified": 0.0, "traditional": 0.0})


def test_normalize_length_changing_converter_keeps_an_offset_map() -> None:
    n = build_normalizer("tw2sp").normalize("我的記憶體很大，軟體也是。")
    assert n.norm == "我的内存很大，软件也是。"
    assert n.offsets is not None and len(n.offsets) == len(n.norm) + 1
    start, end = n.to_original(n.norm.index("内存"), n.norm.index("内存") + 2)
    assert n.original[start:end] == "記憶體"
    start, end = n.to_original(n.norm.index("软件"), n.norm.index("软件") + 2)
    assert n.original[start:end] == "軟體"


def test_normalize_drops_zero_width_characters_through_the_offset_map(normalizer) -> None:
    text = "省委\u200b組織部和省\ufeff網信辦"
    n = normalizer.normalize(text)
    assert n.norm == "省委组织部和省网信办"
    start, end = n.to_original(0, 5)
    assert text[start:end] == "省委\u200b組織部"
    start, end = n.to_original(6, 10)
    assert text[start:end] == "省\ufeff網信辦"


def test_normalize_joins_digits_printed_one_by_one(normalizer) -> None:
    text = "由4 0 個減少到2 9 個，1 9 9 9 年1 2 月2 0 日；2021 5個，第1章 2節"
    n = normalizer.normalize(text)
    assert n.norm == "由40个减少到29个，1999年12月20日；2021 5个，第1章 2节"
    start, end = n.to_original(1, 4)
    assert text[start:end] == "4 0 個"
    start, end = n.to_original(n.norm.index("1999"), n.norm.index("日") + 1)
    assert text[start:end] == "1 9 9 9 年1 2 月2 0 日"
    # A decimal point joins the run, with or without a space before it; a single digit loses the
    # space before a Han character only.
    text = "1 9 9 7 年增長8 ．8 ％，1 5 ．3 ％，2 ．5 億千瓦，1 億噸以上"
    n = normalizer.normalize(text)
    assert n.norm == "1997年增长8.8 %，15.3 %，2.5亿千瓦，1亿吨以上"
    start, end = n.to_original(n.norm.index("15.3"), n.norm.index("15.3") + 4)
    assert text[start:end] == "1 5 ．3"


def test_normalize_folds_variants_opencc_keeps(normalizer) -> None:
    text = "開展愛國衞生運動，擧行會議"
    n = normalizer.normalize(text)
    assert n.norm == "开展爱国卫生运动，举行会议" and n.offsets is None
    assert n.script == "traditional"
    n = normalizer.normalize("寶鶏成都綫，囘到北京")
    assert n.norm == "宝鸡成都线，回到北京" and n.offsets is None


def test_normalize_unknown_converter_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="normalize.converter"):
        build_converter("no-such-config")


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("國國家機關兩個維護干部示範區戰鬥堡壘记忆体１２３％“”「」 \n\t"),
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_normalize_property_keeps_length_or_maps_offsets(normalizer, text: str) -> None:
    n = normalizer.normalize(text)
    if n.offsets is None:
        assert len(n.norm) == len(text)
    else:
        assert len(n.offsets) == len(n.norm) + 1 and n.offsets[-1] == len(text)
        assert list(n.offsets) == sorted(n.offsets)


def test_normalize_keeps_a_lone_surrogate_in_place(normalizer) -> None:
    """OpenCC cannot take a lone surrogate: it is converted as U+FFFD, one character for one."""
    n = normalizer.normalize("a\ud800b兩個")
    assert n.norm == "a\ufffdb两个" and n.offsets is None
