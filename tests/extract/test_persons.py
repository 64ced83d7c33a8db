"""persons: PERSON spans with title, role and honor (gold scores, rules, properties)."""

from __future__ import annotations

import pytest
from goldscore import GOLDS, check_spans_of, score_label
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textmine.errors import ConfigError
from textmine.extract.persons import build, load_person_lexicon
from textmine.resources import Resources

# Recorded floors: raise them when scores rise (targets: PERSON F1 >= 0.95 on each seed gold).
FLOORS = {
    "seed/gold.json": 1.0,
    "seed/gold.hans.json": 1.0,
    "seed/gold.hant.json": 1.0,
    "gold/gansu-gwr2026-review.gold.json": 1.0,
}


@pytest.mark.parametrize(("text_path", "gold_path"), GOLDS, ids=[g for _, g in GOLDS])
def test_persons_gold_scores_at_least_the_floor(shared, pipeline, text_path: str, gold_path: str) -> None:
    row = score_label(shared, pipeline, text_path, gold_path, "PERSON")
    assert row["f1"] >= FLOORS[gold_path], f"PERSON on {gold_path}: {row}"


def test_persons_gansu_titles_match_the_gold(shared, pipeline) -> None:
    import json

    text = (shared / "gold/gansu-gwr2026-review.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "gold/gansu-gwr2026-review.gold.json").read_text(encoding="utf-8"))["spans"]
    titles = {(g["start"], g["end"]): g["attrs"]["title"] for g in gold if g["label"] == "PERSON" and "attrs" in g}
    got = {(s.start, s.end): s.attrs["title"] for s in pipeline.extract(text) if s.label == "PERSON"}
    assert titles and all(got.get(k) == v for k, v in titles.items())


def test_persons_lexicon_rejects_bad_records() -> None:
    with pytest.raises(ConfigError, match="bad record"):
        load_person_lexicon([{"label": "NICKNAME", "pattern": "老王"}])
    with pytest.raises(ConfigError, match="position"):
        load_person_lexicon([{"label": "TITLE", "pattern": "书记", "attrs": {"position": "middle"}}])


def test_persons_name_after_an_honor_span(pipeline) -> None:
    # The slogan extractor reports “改革先锋” as HONOR (inside the marks); the name follows the closing mark.
    from textmine.records import Span

    doc = pipeline.analyze("榜样“最美奋斗者”张三丰、李四光等")
    honor = Span("HONOR", 3, 8, "最美奋斗者", "最美奋斗者")
    spans = build(Resources())(doc, (honor,))
    assert [(s.text, s.attrs["honor"]) for s in spans] == [("张三丰", "最美奋斗者"), ("李四光", None)]


def test_persons_skip_a_name_equal_to_a_place(pipeline) -> None:
    from textmine.records import Span

    doc = pipeline.analyze("“时代楷模”张家口等")
    place = Span("PLACE", 6, 9, "张家口", "张家口")
    assert build(Resources())(doc, (place,)) == []


_CHINESE = st.text(
    alphabet=st.sampled_from(list("习近平总书记同志王李张浩谢高华记者本刊/“”改革先锋、，。等主持 ")), max_size=40
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(_CHINESE, st.text(max_size=40)))
def test_persons_property_offsets_valid_and_twins_identical(pipeline, text: str) -> None:
    check_spans_of(pipeline, text, "PERSON")


@pytest.mark.parametrize("text", ["總書記習近平", "总书记习近平", "记者习近平", "總書記習近平。"])
def test_persons_known_name_closing_the_text_keeps_its_length(pipeline, text: str) -> None:
    """A well-known name at the very end: its span ends at the end of the text, not beyond."""
    from textmine import extract_people

    spans = extract_people(text, pipeline=pipeline)
    assert [(s.text, s.end) for s in spans] == [(text[text.index("近") - 1 : text.index("近") + 2], text.index("近") + 2)]
