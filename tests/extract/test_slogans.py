"""extract.slogans: lexicon and cue data, quote pairing, gold scores, robustness, linear time.

Case-by-case behaviour lives in tests/cases/slogans.json; these tests check
the data files, the pieces the cases cannot reach, and properties.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from textmine.errors import ConfigError
from textmine.extract.quotes import MAX_LEN, QuoteFinder, find_quotes
from textmine.extract.slogan_lexicon import (
    CUE_IDS,
    SLOGAN_KINDS,
    TERM_KINDS,
    canonical_key,
    load_cues,
    load_lexicon,
)
from textmine.extract.slogans import build
from textmine.normalize import build_converter
from textmine.records import Article
from textmine.resources import Resources, iter_jsonl

#: SLOGAN F1 recorded per gold file; raise a floor when the score rises.
GOLD_FLOORS = {
    "seed/gold.json": ("seed/article-zj-party-building.txt", 1.0),
    "seed/gold.hans.json": ("seed/article-zj-party-building.hans.txt", 1.0),
    "seed/gold.hant.json": ("seed/article-zj-party-building.hant.txt", 1.0),
    "gold/gansu-gwr2026-review.gold.json": ("gold/gansu-gwr2026-review.txt", 1.0),
}


@pytest.fixture(scope="module")
def lexicon_records() -> list[dict]:
    return list(iter_jsonl("slogans.jsonl"))


@pytest.fixture(scope="module")
def extractor(pipeline):
    return dict(pipeline.extractors)["slogans.v1"]


# -- data files ---------------------------------------------------------------


def test_slogans_lexicon_is_well_formed(lexicon_records) -> None:
    entries = load_lexicon(lexicon_records)  # raises on unknown keys, labels, kinds, shared forms
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)), "canonical ids must be unique"
    assert len(entries) >= 300, "several hundred reviewed entries"
    t2s = build_converter("t2s")
    for e in entries:
        if e.label == "SLOGAN":
            assert e.kind in SLOGAN_KINDS, e.id
        elif e.label == "TERM":
            assert e.kind in TERM_KINDS, e.id
        else:
            assert e.kind is None, e.id
        for form in e.forms:
            assert t2s.convert(form) == form, f"{form!r} is not simplified as OpenCC t2s writes it"
            assert form == form.strip() and not any(c in '“”‘’「」『』"' for c in form), form
            assert canonical_key(form) == form or "," in form or ";" in form, (
                f"{form!r}: use full-width clause punctuation"
            )
        assert e.first_year is None or 1900 <= e.first_year <= 2026, e.id


def test_slogans_lexicon_covers_the_required_formulas(lexicon_records) -> None:
    by_id = {r["id"]: r for r in lexicon_records}
    national = [
        "习近平新时代中国特色社会主义思想",
        "全面从严治党",
        "两个维护",
        "四个意识",
        "四个自信",
        "两个确立",
        "三个代表",
        "一带一路",
        "中国式现代化",
        "高质量发展",
    ]
    zhejiang = ["八八战略", "重要窗口", "三服务", "共同富裕示范区", "红色根脉", "最多跑一次", "千万工程"]
    for form in national + zhejiang:
        assert by_id[form]["label"] == "SLOGAN", form
    assert by_id["时代楷模"]["label"] == "HONOR"
    assert by_id["两委"]["label"] == "DEPARTMENT"
    assert by_id["小巨人"]["label"] == "TERM"


def test_slogans_cues_name_the_tables_the_extractor_reads() -> None:
    records = list(iter_jsonl("slogan_cues.jsonl"))
    assert sorted(r["id"] for r in records) == sorted(CUE_IDS)
    assert all(r.get("comment") for r in records), "every cue says why it exists"
    load_cues(records)


_CUE_RECORDS = list(iter_jsonl("slogan_cues.jsonl"))
#: Every character the cue data writes, a line break and a few others: texts
#: made of them hit the cues often.
_CUE_ALPHABET = "".join(sorted({c for r in _CUE_RECORDS for p in r["patterns"] for c in p if c not in "\\"} | set("\n：:的是")))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CUE_ALPHABET, max_size=12), st.sampled_from(CUE_IDS))
def test_slogans_cue_edges_hold_every_match(text: str, cue: str) -> None:
    """A cue matches only where its edge characters allow: the set lookups before the calls lose no match."""
    cues = load_cues(_CUE_RECORDS)
    finder, (firsts, lasts) = cues.finder(cue), cues.edges(cue)
    for pos in range(len(text) + 1):
        for endpos in range(pos, len(text) + 1):
            m = finder(text, pos, endpos)
            if m is not None:
                assert m.end() > m.start(), (cue, text)
                assert text[m.start()] in firsts and text[m.end() - 1] in lasts, (cue, text, pos, endpos)


def test_slogans_cue_edges_of_patterns_that_do_not_tell() -> None:
    cues = load_cues(
        [
            {"id": "a", "where": "prefix", "patterns": ["[一-鿿]{1,6}主义"]},
            {"id": "b", "where": "after", "patterns": ["x?"]},
            {"id": "c", "where": "suffix", "patterns": ["(?:说|讲)[：:]?"]},
        ]
    )
    assert "甲" in cues.edges("a")[0] and sorted(cues.edges("a")[1]) == ["\n", "义"]
    assert "甲" in cues.edges("b")[0] and "甲" in cues.edges("b")[1]  # may match nothing: no test
    assert sorted(cues.edges("c")[0]) == ["讲", "说"] and sorted(cues.edges("c")[1]) == ["\n", ":", "讲", "说", "："]
    assert cues.edges("missing") == (frozenset(), frozenset())


@pytest.mark.parametrize(
    "record, message",
    [
        ({"label": "SLOGAN", "id": "两个维护", "kind": "slogan"}, "kind"),
        ({"label": "PERSON", "id": "两个维护"}, "label"),
        ({"label": "SLOGAN", "id": "两个维护", "kind": "formula", "year": 2018}, "unknown keys"),
        ({"label": "SLOGAN", "id": " 两个维护", "kind": "formula"}, "id"),
        ({"label": "SLOGAN", "id": "两个维护", "kind": "formula", "first_year": 18}, "first_year"),
        ({"label": "SLOGAN", "id": "马克思主义", "kind": "formula", "doctrine": True}, "doctrine"),
        ({"label": "TERM", "id": "马克思主义", "kind": "word", "unquoted": True, "doctrine": True}, "doctrine"),
    ],
)
def test_slogans_lexicon_rejects_bad_records(record: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_lexicon([record])


def test_slogans_lexicon_rejects_a_form_claimed_twice() -> None:
    records = [
        {"label": "SLOGAN", "id": "让党中央放心，让人民群众满意", "kind": "directive"},
        {"label": "SLOGAN", "id": "让党中央放心,让人民群众满意", "kind": "directive"},
    ]
    with pytest.raises(ConfigError, match="already belongs"):
        load_lexicon(records)


def test_slogans_cues_reject_bad_patterns() -> None:
    with pytest.raises(ConfigError, match="bad pattern"):
        load_cues([{"id": "numbered", "where": "prefix", "patterns": ["[一"]}])
    with pytest.raises(ConfigError, match="where"):
        load_cues([{"id": "numbered", "where": "middle", "patterns": ["一"]}])


def test_slogans_dictionary_words_are_short_han_forms() -> None:
    words = list(build(Resources()).dictionary_words())
    assert "两个维护" in words and "八八战略" in words
    assert all(3 <= len(w) <= 7 and all("\u4e00" <= c <= "\u9fff" for c in w) for w in words)
    assert "两委" not in words and "习近平新时代中国特色社会主义思想" not in words


# -- quote pairing ------------------------------------------------------------


def test_slogans_quotes_nest_and_report_depth() -> None:
    text = "“深化拓展‘三服务’、凝心聚力‘十四五’”"
    assert [(text[q.start : q.end], q.depth) for q in find_quotes(text)] == [
        ("深化拓展‘三服务’、凝心聚力‘十四五’", 0),
        ("三服务", 1),
        ("十四五", 1),
    ]


def test_slogans_quotes_trim_spaces_and_cap_length() -> None:
    text = "“ 四人帮 ”，“" + "长" * (MAX_LEN + 1) + "”"
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["四人帮"]


def test_slogans_quotes_never_cross_a_line_break() -> None:
    text = "他说“没有闭合\n第二段”结束"
    assert find_quotes(text) == []


def test_slogans_quotes_pair_block_quotations_only() -> None:
    # “⏎…⏎”: the marks on lines of their own enclose whole paragraphs.
    text = "毛主席说：“\n她\n（指江青）\n算上海帮呢！\n”毛主席一再说：“\n她代表她自己。\n”"
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["她\n（指江青）\n算上海帮呢！", "她代表她自己。"]
    # An opening mark that ends its line but is never closed at the start of
    # a line pairs with nothing, and a far closing mark does not reach it.
    assert find_quotes("他说：“\n第一段。”\n第二段。") == []
    assert find_quotes("他说：“\n" + "长" * (MAX_LEN + 1) + "\n”") == []


_QUOTE_ALPHABET = "“”‘’「」『』\"'＂＇\n \u3000两个维a1"


_QUOTE_FINDER = QuoteFinder()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_QUOTE_ALPHABET, max_size=40))
def test_slogans_quote_finder_agrees_with_find_quotes(text: str) -> None:
    assert _QUOTE_FINDER(text) == find_quotes(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "「", "」", "两个", " ", "\u3000", "\n", "\u2028", "\xa0"]), max_size=16))
def test_slogans_quote_finder_agrees_on_plain_pairs_and_spaces(parts: list[str]) -> None:
    """Texts of plain pairs, with spaces inside the marks at times: the finder's shortcut and the stacks agree."""
    text = "".join(parts)
    assert _QUOTE_FINDER(text) == find_quotes(text)


def test_slogans_attributes_of_unknown_and_known_slogans(pipeline) -> None:
    spans = [
        s for s in pipeline.extract("开展“学榜样、践初心、担使命”活动，忠实践行“八八战略”。") if s.label == "SLOGAN"
    ]
    assert [sorted(s.attrs) for s in spans] == [
        ["canonical", "kind", "quoted"],
        ["canonical", "first_year", "kind", "quoted"],
    ]


# -- gold scores --------------------------------------------------------------


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_spans", shared / "eval" / "score_spans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold_name", sorted(GOLD_FLOORS))
def test_slogans_gold_score_floor(gold_name: str, shared: Path, pipeline) -> None:
    text_name, floor = GOLD_FLOORS[gold_name]
    gold = json.loads((shared / gold_name).read_text(encoding="utf-8"))["spans"]
    text = (shared / text_name).read_text(encoding="utf-8")
    spans = pipeline.process(Article.from_text(text, id="gold")).spans
    predicted = [{"label": s.label, "start": s.start, "end": s.end, "attrs": dict(s.attrs)} for s in spans]
    row = _scorer(shared).score([(gold, predicted)])["SLOGAN"]
    assert row["f1"] >= floor, (
        f"SLOGAN F1 {row['f1']} below {floor}: fp={row['false_positives']} missed={row['missed']}"
    )


# -- robustness ---------------------------------------------------------------

_ALPHABET = "“”‘’「」『』\"'《》、，,。；\n 两兩个個维維护護三服务務十四五八战略戰习近平思想的德是让放心满意a1"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_slogans_property_spans_valid_on_arbitrary_quotes(pipeline, text: str) -> None:
    spans = [s for s in pipeline.extract(text) if s.label not in ("DATE", "FIGURE", "DEPARTMENT", "PLACE", "PERSON")]
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
        assert s.label in ("SLOGAN", "HONOR", "TERM")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_slogans_property_twin_scripts_give_the_same_spans(pipeline, text: str) -> None:
    t2s, s2t = build_converter("t2s"), build_converter("s2t")
    simplified = t2s.convert(text)
    twin = s2t.convert(simplified)
    assume(len(twin) == len(simplified) and t2s.convert(twin) == simplified)
    ours = [(s.label, s.start, s.end) for s in pipeline.extract(simplified)]
    theirs = [(s.label, s.start, s.end) for s in pipeline.extract(twin)]
    assert ours == theirs


def _best_time(extractor, doc, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        extractor(doc, ())
        best = min(best, time.process_time() - t0)
    return best


def _nested(n: int) -> str:
    return "“" * (n // 2) + "两个维护" + "”" * (n // 2)


def _variants(n: int) -> str:
    # Distinct multi-clause slogans sharing their first clause, quoted then repeated.
    quoted = "".join(f"“学习新思想、争当{i}号青年”" for i in range(n // 16))
    return quoted + "，".join(f"学习新思想、争当{i}号青年" for i in range(n // 16))


_LINEAR_CASES = {
    "nested": _nested,
    "alternating-openers": lambda n: "“‘" * (n // 2),
    "unclosed-formulas": lambda n: "“两个维护" * (n // 5),
    "chained-pairs": lambda n: "“两个维护”" * (n // 6),
    "stray-closers": lambda n: "‘”" * (n // 2),
    "variants": _variants,
    "unclosed-openers": lambda n: "“" * n,
    "block-openers": lambda n: "“\n" * (n // 2),
    "block-pairs": lambda n: "“\n" * (n // 4) + "\n”" * (n // 4),
}

#: 10^5 marks in the shapes that stress the stacks of the pairing.
_PATHOLOGICAL_MARKS = {
    "nested": "“" * 50_000 + "”" * 50_000,
    "alternating-openers": "“‘" * 50_000,
    "unclosed-openers": "“" * 100_000,
    "block-pairs": "“\n" * 25_000 + "\n”" * 25_000,
}


@pytest.mark.parametrize("case", sorted(_PATHOLOGICAL_MARKS))
def test_quote_pairing_takes_linear_time_on_pathological_marks(seed_text: str, case: str) -> None:
    """10^5 nested or unclosed marks pair within 10× the time of plain text of that size (or 2 s)."""
    text = _PATHOLOGICAL_MARKS[case]
    plain = (seed_text * (len(text) // len(seed_text) + 1))[: len(text)]
    finder = QuoteFinder()

    def best(f, arg: str) -> float:
        times = []
        for _ in range(3):
            t0 = time.process_time()
            f(arg)
            times.append(time.process_time() - t0)
        return min(times)

    for pair in (finder, find_quotes):
        assert best(pair, text) <= max(10 * best(pair, plain), 2.0), case


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(_LINEAR_CASES))
def test_slogans_nested_quotes_take_linear_time(pipeline, extractor, seed_text: str, case: str) -> None:
    """2·10^5 characters of nested (or chained, or unclosed) quotes cost about what plain text of that size costs."""
    text = _LINEAR_CASES[case](200_000)
    plain = (seed_text * (len(text) // len(seed_text) + 1))[: len(text)]
    nested_doc, plain_doc = pipeline.analyze(text), pipeline.analyze(plain)
    ratio = _best_time(extractor, nested_doc) / _best_time(extractor, plain_doc)
    # Quadratic work would be ~10^10 steps (hours); linear work stays within a
    # small factor of the plain text, whatever the machine's speed.
    assert ratio < 20, f"{case}: {len(text)} chars took {ratio:.1f}× the time of plain text"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="两个维护三农新八战略，", min_size=2, max_size=6), min_size=1, max_size=8, unique=True),
    st.text(alphabet="两个维护三农新八战略，、的", max_size=60),
)
def test_slogans_key_index_finds_what_str_find_finds(keys: list[str], text: str) -> None:
    from textmine.extract.slogan_unquoted import KeyIndex

    expected = sorted((i + len(k), k) for k in keys for i in range(len(text)) if text.startswith(k, i))
    assert sorted((end, items[0]) for end, items in KeyIndex({k: [k] for k in keys}).find(text)) == expected


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="两个维护三农新八战略，、的", max_size=80))
def test_slogans_key_index_with_a_second_table_finds_what_str_find_finds(text: str) -> None:
    """An index of hundreds of four-character prefixes (as the lexicon's) filters hits by a second table: nothing is lost."""
    from itertools import product

    from textmine.extract.slogan_keys import KeyIndex

    keys = ["".join(p) for p in product("两个维护三农新八", repeat=4)][::9] + ["两个维护", "三农新八战略"]
    index = KeyIndex({k: [k] for k in keys})
    assert index._second is not None
    expected = sorted((i + len(k), k) for k in set(keys) for i in range(len(text)) if text.startswith(k, i))
    assert sorted((end, items[0]) for end, items in index.find(text)) == expected


def test_slogans_key_index_finds_keys_beyond_the_basic_plane() -> None:
    """A key with a character beyond U+FFFF hashes as the text's code units do (the character counts as U+FFFF)."""
    from textmine.extract.slogan_keys import KeyIndex

    text = "推进“𠀀𠀁工程”，落实𠀀𠀁工程"
    assert KeyIndex({"𠀀𠀁工程": ["a"], "𠀁工程": ["b"]}).find(text) == [(7, ("a",)), (15, ("a",)), (7, ("b",)), (15, ("b",))]
    assert KeyIndex({"𠀀𠀂工程": ["c"]}).find(text) == []  # U+FFFF in both hashes: the text decides


def test_slogans_repeats_of_quoted_slogans_and_their_variants() -> None:
    from textmine.extract.slogan_unquoted import Target, build_index, find_matches

    targets = [
        Target("产业链链长制", "formula", None, ("产业链链长制",)),
        Target("学习新思想、争当新时代好青年", "campaign", None, ("学习新思想、争当新时代好青年",)),
    ]
    text = "推行产业链链长制，引导团员学习新思想、争当好青年，产业链链长制"
    assert sorted((m.start, m.end, m.target.canonical) for m in find_matches(build_index(targets), text)) == [
        (2, 8, "产业链链长制"),
        (13, 24, "学习新思想、争当新时代好青年"),
        (25, 31, "产业链链长制"),
    ]


def test_slogans_astral_character_is_no_quotation_mark(pipeline) -> None:
    """U+2201C ends in the bits of “ (U+201C): it must not open a quotation."""
    from textmine import extract_slogans
    from textmine.extract.slogan_keys import code_units

    assert code_units("𢀜“").tolist() == [0xFFFF, 0x201C]
    assert extract_slogans("𢀜", pipeline=pipeline) == []
    assert [s.text for s in extract_slogans("他说𢀜“三服务”", pipeline=pipeline)] == ["三服务"]


def test_slogans_quote_profiles_leave_results_unchanged(pipeline, seed_text: str, monkeypatch) -> None:
    """The table of quoted texts' profiles changes no span: a fresh classifier, a warm one and one whose table starts over agree."""
    from textmine.extract import slogan_quoted

    doc = pipeline.analyze(seed_text + "\n“三服务”“让党中央放心、让人民群众满意”“德”“改革先锋”谢高华、“小巨人”企业")
    fresh = build(Resources())
    cold = fresh(doc, ())
    assert fresh(doc, ()) == cold  # every profile read from the table
    monkeypatch.setattr(slogan_quoted, "_MAX_PROFILES", 2)
    small = build(Resources())
    assert small(doc, ()) == cold
    assert len(small.classify_quotes._profiles) <= 2
