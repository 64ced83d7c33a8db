"""places: PLACE spans with the administrative chain (gold scores, rules, properties)."""

from __future__ import annotations

import pytest
from goldscore import GOLDS, check_spans_of, score_label
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textmine.errors import ConfigError
from textmine.extract.places import build, load_place_lexicon
from textmine.gazetteer import load_gazetteer
from textmine.resources import Resources, iter_jsonl

# Recorded floors: raise them when scores rise (targets: PLACE F1 >= 0.90 on each seed gold).
FLOORS = {
    "seed/gold.json": 1.0,
    "seed/gold.hans.json": 1.0,
    "seed/gold.hant.json": 1.0,
    "gold/gansu-gwr2026-review.gold.json": 1.0,
}


@pytest.mark.parametrize(("text_path", "gold_path"), GOLDS, ids=[g for _, g in GOLDS])
def test_places_gold_scores_at_least_the_floor(shared, pipeline, text_path: str, gold_path: str) -> None:
    row = score_label(shared, pipeline, text_path, gold_path, "PLACE")
    assert row["f1"] >= FLOORS[gold_path], f"PLACE on {gold_path}: {row}"


def test_places_curated_records_are_well_formed() -> None:
    gazetteer = load_gazetteer()
    records = list(iter_jsonl("places.jsonl"))
    patterns = [r["pattern"] for r in records if r["label"] == "PLACE"]
    assert len(patterns) == len(set(patterns)), "a PLACE pattern is listed twice"
    for record in records:
        chain = (record.get("attrs") or {}).get("chain")
        if chain and record["attrs"].get("level") == "new_area":
            # The parents of a new area are divisions of the gazetteer, province first.
            assert gazetteer.lookup(chain[0])[0].level == "province", record
            for name in chain[1:-1]:
                assert any(r.name == name for r in gazetteer.lookup(name)), record


def test_places_countries_come_from_the_shared_country_table() -> None:
    countries = list(iter_jsonl("countries.jsonl"))
    ids = [c["id"] for c in countries if c.get("id")]
    assert len(ids) == len(set(ids)), "a country id is listed twice"
    names = {n for c in countries for n in (c["name"], *c["aliases"])}
    # Written once: places.jsonl lists no country name of countries.jsonl again.
    assert not names & {r["pattern"] for r in iter_jsonl("places.jsonl") if r["label"] == "PLACE"}
    lexicon = load_place_lexicon(load_gazetteer())
    guarded = {r["pattern"] for r in iter_jsonl("places.jsonl") if r["label"] == "NOT_PLACE"}  # 黑山: also a county
    for country in countries:
        assert set(country.get("not_places", ())) <= {country["name"], *country["aliases"]}, country
        for name in (country["name"], *country["aliases"]):
            entry = lexicon.names.get(name)
            if name not in country.get("not_places", ()) and name not in guarded:
                assert entry.attrs["canonical"] == country["name"] and entry.attrs.get("id") == country.get("id"), name
    assert "蒙古" not in lexicon.names and lexicon.names["蒙古国"].attrs["level"] == "country"


def test_places_lexicon_rejects_unknown_labels_and_dangling_refs() -> None:
    gazetteer = load_gazetteer()
    with pytest.raises(ConfigError, match="unknown label"):
        load_place_lexicon(gazetteer, [{"label": "TOWN", "pattern": "城关镇"}])
    with pytest.raises(ConfigError, match="refers to"):
        load_place_lexicon(gazetteer, [{"label": "PLACE", "pattern": "羊城", "attrs": {"ref": "羊城市"}}])
    with pytest.raises(ConfigError, match="two characters"):
        load_place_lexicon(gazetteer, [{"label": "PLACE", "pattern": "浙"}])


def test_places_guards_remove_common_word_short_forms() -> None:
    lexicon = load_place_lexicon(load_gazetteer())
    for word in ("合作", "和平", "磐石", "资源", "城区"):
        assert word not in lexicon.names
    assert lexicon.names["合作市"].kind == "full"


def test_places_context_resolves_shared_names(pipeline) -> None:
    # 海南: the province, unless the article is about 青海, where 海南藏族自治州 lies.
    assert [s.attrs["canonical"] for s in pipeline.extract("海南自由贸易港建设") if s.label == "PLACE"] == ["海南省"]
    spans = [s for s in pipeline.extract("青海西宁和海南两地") if s.label == "PLACE"]
    assert [s.attrs["canonical"] for s in spans] == ["西宁市", "海南藏族自治州"]  # 青海西宁 is one chain


def test_places_inside_a_department_span_are_dropped(pipeline) -> None:
    from textmine.records import Span

    doc = pipeline.analyze("省商務廳和杭州市拱墅區天水街道共同發起")
    dept = Span("DEPARTMENT", 5, 15, "杭州市拱墅區天水街道", "杭州市拱墅区天水街道")
    spans = build(Resources())(doc, (dept,))
    assert [s.text for s in spans] == ["杭州市拱墅區"]


def test_places_that_cut_an_earlier_span_are_dropped(pipeline) -> None:
    from textmine.records import Span

    doc = pipeline.analyze("推进杭州都市圈建设")
    slogan = Span("SLOGAN", 3, 8, "州都市圈建", "州都市圈建")  # cuts 杭州 and 杭州都市圈 alike
    assert build(Resources())(doc, (slogan,)) == []


_CHINESE = st.text(
    alphabet=st.sampled_from(list("浙江省杭州市拱墅区甘肃庆阳兰州新区中国吉尔吉斯斯坦合作和平委直政府、，。“”全国我 ")),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(_CHINESE, st.text(max_size=40)))
def test_places_property_offsets_valid_and_twins_identical(pipeline, text: str) -> None:
    check_spans_of(pipeline, text, "PLACE")


def test_places_at_the_edge_of_a_slogan_kept_whole_by_the_tokenizer(pipeline) -> None:
    from textmine.records import Span

    # The slogan extractor adds its slogans to the tokenizer: 甘肃 is then no token of its own.
    doc = pipeline.analyze("推动幸福美好新甘肃建设")
    slogan = Span("SLOGAN", 2, 9, "幸福美好新甘肃", "幸福美好新甘肃", {"quoted": False})
    assert [s.text for s in build(Resources())(doc, (slogan,))] == ["甘肃"]


def _longest_first_by_definition(cands):
    """Longest first, then leftmost, then in the order found; each kept one overlaps none kept before."""
    taken = []
    for _, _, i in sorted((c[0] - c[1], c[0], i) for i, c in enumerate(cands)):
        if all(cands[i][1] <= t[0] or t[1] <= cands[i][0] for t in taken):
            taken.append(cands[i])
    return sorted(taken, key=lambda c: c[0])


_RANGES = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)).map(lambda r: (r[0], r[0] + r[1])), max_size=25)


@given(_RANGES)
@settings(max_examples=300, deadline=None)
def test_places_longest_first_within_runs_equals_the_global_choice(ranges) -> None:
    from textmine.extract.places import _candidate, _longest_first

    cands = [_candidate((a, b, i, ())) for i, (a, b) in enumerate(ranges)]  # the entry marks the order found
    assert (_longest_first(cands) if cands else []) == _longest_first_by_definition(cands)


@given(_RANGES, st.integers(0, 36), st.integers(1, 6))
@settings(max_examples=300, deadline=None)
def test_places_department_reach_says_when_a_place_lies_inside_an_organ_name(departments, start, length) -> None:
    from textmine.extract.places import _LONGEST_DEPARTMENT, _department_reach

    end = start + length
    inside = any(start - _LONGEST_DEPARTMENT <= a < start and b >= end for a, b in departments)
    assert (_department_reach(departments).get(start, 0) >= end) == inside


def test_places_parts_follow_whole_names_only() -> None:
    lexicon = load_place_lexicon(load_gazetteer())
    assert "同胞" in lexicon.parts
    assert lexicon.prefixes["台湾同胞"] == ((2, lexicon.names["台湾"]),)
    assert lexicon.prefixes["美国当局"] == ((2, lexicon.names["美国"]),)
    # Literary aliases, prefectures and curated names without a country code take no part.
    for word in ("陇原人民", "庆阳地区", "神州各地"):
        assert word not in lexicon.prefixes
