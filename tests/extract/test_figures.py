"""figures: FIGURE spans with value, approx, unit and subject; the rules of ANNOTATION.md.

Also the property test of figures and dates: on arbitrary strings of digits,
Chinese numerals, units and punctuation, no extractor raises, every span is a
valid slice of the text, and the OpenCC twin gives the same spans.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textmine.extract import figures
from textmine.records import Span
from textmine.resources import Resources, iter_jsonl


@pytest.fixture(scope="module")
def extractor():
    return figures.build(Resources())


def _figures(pipeline, extractor, text: str, found=()) -> list[Span]:
    return extractor(pipeline.analyze(text), tuple(found))


def test_figures_suppressed_inside_found_slogans_and_honours(pipeline, extractor) -> None:
    # Unquoted, as slogans from the lexicon stand (quoted ones are caught by the quotation rule too).
    text = "開展深化拓展36項服務活動,評出十佳100名標兵,共舉辦120場"
    a = text.index("深化")
    b = text.index("活動")
    c = text.index("十佳")
    d = text.index("標兵")
    found = [Span("SLOGAN", a, b, text[a:b], text[a:b]), Span("HONOR", c, d, text[c:d], text[c:d])]
    assert [s.text for s in _figures(pipeline, extractor, text)] == ["36項", "100名", "120場"]
    assert [s.text for s in _figures(pipeline, extractor, text, found)] == ["120場"]


def test_figures_suppressed_inside_found_dates(pipeline, extractor) -> None:
    text = "共有150名代表"
    found = [Span("DATE", 2, 6, text[2:6], text[2:6])]  # a made-up date over the number
    assert _figures(pipeline, extractor, text, found) == []


@pytest.mark.parametrize(
    "text",
    [
        "堅決做到兩個維護",
        "對標三個表率要求",
        "一個支部一座堡壘,一個黨員一面旗幟",
        "百名處長話改革、千名支書講黨課、萬名黨員談體會",
        "為十四五開局,黨的十九大以來",
        "第十四屆全國人大,居第5位",
        "經濟總量實現翻一番",
        "牢固樹立四個意識,堅定四個自信",
    ],
)
def test_figures_formula_numerals_are_never_figures_on_their_own(pipeline, extractor, text: str) -> None:
    # No SLOGAN spans given: the guard of the figure extractor alone keeps these out.
    assert _figures(pipeline, extractor, text) == []


def test_figures_short_quotations_are_names_long_ones_keep_their_figures(pipeline, extractor) -> None:
    # The extractor alone (no SLOGAN spans given): a short quotation is a name or formula,
    # a long one (a quoted target) still holds quantities.
    short = "迭代升级我省“民营经济32条”"
    long = "提出“到2025年全省新增就业岗位100万个以上，城镇调查失业率控制在5.5%以内”的目标"
    assert _figures(pipeline, extractor, short) == []
    assert [s.text for s in _figures(pipeline, extractor, long)] == ["100万个以上", "5.5%以内"]


def test_figures_unit_and_subject_in_the_script_of_the_text(pipeline, extractor) -> None:
    trad = _figures(pipeline, extractor, "收集問題32659個")[0]
    simp = _figures(pipeline, extractor, "收集问题32659个")[0]
    assert (trad.attrs["unit"], trad.attrs["subject"]) == ("個", "問題")
    assert (simp.attrs["unit"], simp.attrs["subject"]) == ("个", "问题")
    assert (trad.start, trad.end, trad.norm) == (simp.start, simp.end, simp.norm)


def test_figures_values_are_exact_ints_when_whole(pipeline, extractor) -> None:
    spans = _figures(pipeline, extractor, "安排1.2億元,增長15.6%,新增8041.6萬千瓦")
    assert [s.attrs["value"] for s in spans] == [120000000, 15.6, 80416000]
    assert [type(s.attrs["value"]) for s in spans] == [int, float, int]


def test_figures_numbers_longer_than_any_figure_are_not_read(pipeline, extractor) -> None:
    # Thousands of digits: no figure, and no error (Python reads at most 4300 digits as an int).
    long_run = "9" * 5000
    for text in (f"{long_run}個", f"{long_run}.5萬元", f"百分之{long_run}", f"{long_run}分之一", f"十點{'一' * 5000}個"):
        assert _figures(pipeline, extractor, text) == []
    assert [s.text for s in _figures(pipeline, extractor, "1,234,567,890.12億元")] == ["1,234,567,890.12億元"]


def test_figures_every_span_carries_the_four_attributes(pipeline, extractor) -> None:
    for span in _figures(pipeline, extractor, "近三成企業,46萬群眾,三分之二"):
        assert set(span.attrs) == {"value", "approx", "unit", "subject"}
        assert span.attrs["approx"] in ("exact", "more_than", "about", "less_than", "at_least")


def test_figures_data_tables_are_well_formed() -> None:
    kinds = {"classifier", "measure", "money", "ratio", "anniversary", "time", "noun"}
    units = list(iter_jsonl("figure_units.jsonl"))
    assert len({u["pattern"] for u in units}) == len(units), "duplicate unit"
    assert all(u["attrs"]["kind"] in kinds for u in units)
    positions = {"pre", "mid", "post", "outside"}
    approx = list(iter_jsonl("figure_approx.jsonl"))
    assert all(a["attrs"]["position"] in positions for a in approx)
    assert all(a["attrs"]["approx"] in {"more_than", "about", "less_than", "at_least"} for a in approx)
    formulas = [f["pattern"] for f in iter_jsonl("figure_formulas.jsonl")]
    assert len(set(formulas)) == len(formulas), "duplicate formula"
    assert all(any(c in "一二两三四五六七八九十百千万" for c in f) for f in formulas), "a formula without a numeral"


@pytest.fixture(scope="module")
def s2t():
    from textmine.normalize import build_converter

    return build_converter("s2t")


_FIGURE_PIECES = list("0123456789一二两三四五六七八九十百千万亿廿零〇几数") + [
    "個", "个", "名", "元", "億元", "萬", "%", "％", "分之", "百分之", "點", "点", "多", "余", "餘", "以上", "左右", "近", "超",
    "上", "約", "年", "月", "日", "第", "屆", ".", ",", "，", "、", " ", "“", "”", "《", "》", "黨員", "群眾", "問題", "增長",
]  # fmt: skip
_DATE_PIECES = list("0123456789〇零一二三四五六七八九十") + [
    "年", "月", "日", "号", "年代", "世紀", "上世纪", "至", "—", "-", "以來", "初", "近年來", "十四五", "十九大", "二十大",
    "去年", "過去", "第", "，", "。", " ", "\n", "黨", "會議", "12月", "16日", "50年代", "2021年",
]  # fmt: skip


@pytest.mark.parametrize(("label", "pieces"), [("FIGURE", _FIGURE_PIECES), ("DATE", _DATE_PIECES)])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_figures_and_dates_property_valid_spans_and_same_on_the_twin(pipeline, s2t, label: str, pieces, data) -> None:
    text = data.draw(st.lists(st.sampled_from(pieces), max_size=30).map("".join), label="text")
    spans = [s for s in pipeline.extract(text) if s.label == label]
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
        # (a value is null only for stacked multipliers past 10**18, a misreading: figure-value-beyond-any-quantity)
        assert label != "FIGURE" or s.attrs["value"] is not None or "亿亿" in s.norm
    twin = s2t.convert(text)
    if len(twin) == len(text):
        assert [(s.start, s.end) for s in pipeline.extract(twin) if s.label == label] == [(s.start, s.end) for s in spans]
