"""dates: DATE spans and their ISO-like values; gold scores of FIGURE and DATE with floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from textmine.extract import dates
from textmine.resources import Resources, iter_jsonl

#: Scores reached on the development golds (F1 and, for FIGURE, share of right value/approx/unit).
#: Raise them when scores rise; a drop below is a regression.
FLOORS = {
    "seed": {"FIGURE": (1.0, 1.0), "DATE": (1.0, None)},
    "gansu": {"FIGURE": (1.0, 1.0), "DATE": (1.0, None)},
}
_GOLDS = {
    "seed": [
        ("seed/article-zj-party-building.txt", "seed/gold.json"),
        ("seed/article-zj-party-building.hans.txt", "seed/gold.hans.json"),
        ("seed/article-zj-party-building.hant.txt", "seed/gold.hant.json"),
    ],
    "gansu": [("gold/gansu-gwr2026-review.txt", "gold/gansu-gwr2026-review.gold.json")],
}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_spans", shared / "eval" / "score_spans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.mark.parametrize("gold_set", sorted(_GOLDS))
@pytest.mark.parametrize("label", ["FIGURE", "DATE"])
def test_dates_and_figures_gold_scores_stay_above_their_floors(shared: Path, pipeline, gold_set: str, label: str) -> None:
    score = _scorer(shared)
    for text_path, gold_path in _GOLDS[gold_set]:  # each script of the seed scores on its own
        text = (shared / text_path).read_text(encoding="utf-8")
        gold = json.loads((shared / gold_path).read_text(encoding="utf-8"))["spans"]
        pred = [{"label": s.label, "start": s.start, "end": s.end, "attrs": dict(s.attrs)} for s in pipeline.extract(text)]
        row = score([(gold, pred)])[label]
        f1_floor, attrs_floor = FLOORS[gold_set][label]
        assert row["f1"] >= f1_floor, f"{text_path} {label}: {row}"
        if attrs_floor is not None:
            assert row["attributes_right"] >= attrs_floor, f"{text_path} {label}: {row}"


@pytest.fixture(scope="module")
def extractor():
    return dates.build(Resources())


def test_dates_resolve_a_month_day_from_the_paragraph_year(pipeline, extractor) -> None:
    text = "2019年,會議召開。\n2021年,省直機關工委部署;12月16日召開推進會"
    spans = extractor(pipeline.analyze(text), ())
    assert [(s.text, s.attrs.get("resolved")) for s in spans][-1] == ("12月16日", "2021-12-16")


def test_dates_resolve_nothing_when_the_year_is_open(pipeline, extractor) -> None:
    text = "2019年和2021年各召開一次。\n12月16日召開推進會"
    spans = extractor(pipeline.analyze(text), ())
    assert spans[-1].text == "12月16日" and "resolved" not in spans[-1].attrs


def test_dates_term_table_is_well_formed() -> None:
    terms = list(iter_jsonl("date_terms.jsonl"))
    assert len({t["pattern"] for t in terms}) == len(terms)
    for t in terms:
        assert t["attrs"]["kind"] in {"event", "plan", "relative"}
        value = t["attrs"]["value"]
        assert value is None or value[:4].isdigit()


def _resolved_with_date(pipeline, text: str, date: str | None) -> dict[str, str | None]:
    from textmine.records import Article

    article = Article.from_text(text)
    if date is not None:
        article = Article(article.id, text, article.source, article.sha256, meta={"date": date})
    spans = dates.build(Resources())(pipeline.analyze(article), ())
    return {s.norm: s.attrs.get("resolved") for s in spans if s.attrs.get("kind") == "relative" or (s.attrs.get("value") or "").startswith("--")}


def test_months_resolve_against_the_article_own_date(pipeline) -> None:
    text = "新华社北京12月31日电。去年10月以来，今年三月初，同年八月。"
    # Without a date of its own the article fixes no year: nothing is resolved, never guessed.
    assert _resolved_with_date(pipeline, text, None) == {"12月31日": None, "去年": None, "10月": None, "今年": None, "三月": None, "八月": None}
    # With one (a JSONL record's date), the dateline and the months counted from it are.
    assert _resolved_with_date(pipeline, text, "2025-12-31 19:35:10") == {
        "12月31日": "2025-12-31",
        "去年": "2024",
        "10月": "2024-10",
        "今年": "2025",
        "三月": "2025-03",
        "八月": "2025-08",
    }
    # A date that is no year (a bare number, a code) is ignored.
    assert _resolved_with_date(pipeline, text, "20251231")["12月31日"] is None


def test_months_never_take_a_target_or_a_later_year(pipeline) -> None:
    # 力争2060年前 is a deadline, not the year of the dateline after it.
    text = "力争2030年前二氧化碳排放达到峰值，2060年前实现碳中和。（新华社北京11月12日电）"
    assert _resolved_with_date(pipeline, text, None) == {"11月12日": None}
    assert _resolved_with_date(pipeline, text, "2020-11-13") == {"11月12日": "2020-11-12"}
    # A year after the article's own date is a plan's year; the article's year stands.
    assert _resolved_with_date(pipeline, "2027年将举办博览会。3月5日，会议开幕。", "2024-03-06") == {"3月5日": "2024-03-05"}
    # 到2035年 is a target: the month takes the only other year the article names.
    assert _resolved_with_date(pipeline, "到2035年基本实现现代化。3月5日，會議開幕。2024年的工作", None) == {"3月5日": "2024-03-05"}


def test_a_dateline_takes_the_article_own_year(pipeline) -> None:
    # The last year the text names (2016, a history) is not the year of the dateline after it.
    text = "亚投行于2016年1月16日开业。（新华社北京7月28日电）"
    assert _resolved_with_date(pipeline, text, None) == {"7月28日": "2016-07-28"}
    assert _resolved_with_date(pipeline, text, "2020-07-29") == {"7月28日": "2020-07-28"}
    # A dateline of December in an article out in January is of the year before.
    assert _resolved_with_date(pipeline, "新年贺词。（新华社北京12月31日电）", "2026-01-01") == {"12月31日": "2025-12-31"}
    # 电 starting a word (电视台) makes no dateline: the paragraph's year stands.
    assert _resolved_with_date(pipeline, "2019年，12月31日电视台播出。", "2026-01-01") == {"12月31日": "2019-12-31"}
