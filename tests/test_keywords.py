"""keywords: term filter, spans as single terms, IDF blended with jieba's, TF-IDF and TextRank."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from textmine.config import config_from_dict
from textmine.errors import ConfigError
from textmine.keywords import (
    IdfPrior,
    KeywordIdf,
    _digest,
    _digests,
    _idf_lines,
    blended_idf,
    build_term_filter,
    extract_keywords,
    parse_stopwords,
    term_doc,
)
from textmine.records import Article, Span, TermDoc
from textmine.resources import read_data_text


@pytest.fixture(scope="module")
def term_filter():
    return build_term_filter()


def test_keywords_filter_drops_numbers_punctuation_single_characters_and_stopwords(term_filter) -> None:
    dropped = ["2021年", "7000", "三个", "十四五", "，", "——", "党", "我们", "进行", " ", "15.6%", "第一"]
    kept = ["机关党建", "三服务", "两个维护", "党员干部", "GDP"]
    assert [w for w in dropped if term_filter.keep(w)] == []
    assert [w for w in kept if term_filter.keep(w)] == kept


def test_keywords_stopword_list_is_curated() -> None:
    text = read_data_text("stopwords.txt")
    words = [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]
    assert len(words) == len(set(words)), "duplicate stopwords"
    assert all(len(w) > 1 for w in words), "single characters are dropped by rule, not listed"
    # Theme-bearing words stay out of the list even though they are frequent.
    assert not {"组织", "服务", "学习", "问题", "建设", "改革", "发展"} & set(words)
    assert parse_stopwords("甲乙 # 注释\n丙丁") == frozenset({"甲乙", "丙丁"})


def test_keywords_extra_stopword_files(tmp_path) -> None:
    extra = tmp_path / "stop.txt"
    extra.write_text("机关党建\n", encoding="utf-8")
    assert not build_term_filter([extra]).keep("机关党建")
    with pytest.raises(ConfigError, match="keywords.stopwords"):
        build_term_filter([tmp_path / "missing.txt"])


def test_keywords_spans_of_slogans_and_organs_count_as_single_terms(pipeline, term_filter) -> None:
    text = "省網信辦堅決做到“兩個維護”。\n深化拓展‘三服務’、凝心聚力‘十四五’"
    doc = pipeline.analyze(text)
    spans = [
        Span("DEPARTMENT", 0, 4, "省網信辦", "省网信办", {"canonical": "浙江省网信办"}),
        Span("SLOGAN", 9, 13, "兩個維護", "两个维护"),
        # Nested slogans: the outer one stands for both (one term).
        Span("SLOGAN", 16, 34, text[16:34], doc.norm[16:34]),
        Span("SLOGAN", 21, 24, "三服務", "三服务"),
        Span("FIGURE", 0, 2, "省網", "省网"),  # other labels never replace tokens
    ]
    td = term_doc(doc, spans, term_filter=term_filter, span_labels=("SLOGAN", "DEPARTMENT"))
    assert td.terms[0] == ("浙江省网信办", "两个维护")
    assert td.terms[1] == (doc.norm[16:34],)
    assert td.texts == tuple(doc.norm[p.start : p.end] for p in doc.paragraphs)
    assert td.sha256 == doc.article.sha256


def test_keywords_traditional_and_simplified_twins_give_the_same_terms(pipeline, seed_text, term_filter) -> None:
    from textmine.normalize import build_converter

    twin = build_converter("t2s").convert(seed_text)
    a = pipeline.term_doc(pipeline.analyze(seed_text), [])
    b = pipeline.term_doc(pipeline.analyze(twin), [])
    assert a.terms == b.terms and a.texts == b.texts


def test_keywords_idf_prior_rules_a_tiny_corpus_and_fades_with_a_large_one() -> None:
    assert blended_idf(0, 0, 7.0, 100.0) == pytest.approx(7.0)
    # A term in every one of 10,000 documents: the corpus wins over a high prior.
    assert blended_idf(10_000, 10_000, 12.0, 100.0) == pytest.approx(0.0, abs=0.01)
    # A term the corpus has never seen keeps its prior rarity as the corpus grows.
    assert blended_idf(0, 10_000, 12.0, 100.0) > blended_idf(0, 0, 12.0, 100.0)


def test_keywords_prior_is_jiebas_table_read_as_data() -> None:
    # In a fresh interpreter: reading the table must not import jieba.analyse
    # (module-level global tokenizer) nor jieba itself.
    code = (
        "import sys; from textmine.keywords import load_idf_prior; p = load_idf_prior(); "
        "assert round(p.idf('的'), 3) == 0.885 and p.idf('不存在的词语') == p.median; "
        "sys.exit('jieba.analyse' in sys.modules or 'jieba' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("党建 7.5\n机关 x\n", 2),  # a value that is no number
        ("党建 7.5\n机关 5.0 3\n\n社区\n", 2),  # three fields, then one: the counts agree, a blank line hides it
        ("党建\n", 1),
    ],
)
def test_keywords_idf_table_lines_are_checked_when_read_in_bulk(text: str, line: int) -> None:
    with pytest.raises(ConfigError, match=f"line {line}:"):
        _idf_lines(text)


def test_keywords_idf_table_read_in_bulk_as_line_by_line() -> None:
    words, values = _idf_lines("党建 7.5\n\n机关  5.0\nCOVID-19 11.2")
    assert words == ["党建", "机关", "COVID-19"] and values.tolist() == [7.5, 5.0, 11.2]
    assert [int(d) for d in _digests(words)] == [_digest(w) for w in words]


def test_keywords_an_article_is_measured_against_the_other_articles() -> None:
    prior = IdfPrior({}, 10.0)
    a = TermDoc("a", ("",), (("党建", "社区", "社区"),), "sha-a")
    b = TermDoc("b", ("",), (("党建", "农业"),), "sha-b")
    with_a = KeywordIdf.fit([a, b])
    without_a = KeywordIdf.fit([b])
    assert extract_keywords(a, idf=with_a, prior=prior) == extract_keywords(a, idf=without_a, prior=prior)
    # Alone in its corpus, an article gets the prior's view, not "every term is rare".
    alone = KeywordIdf.fit([a])
    assert extract_keywords(a, idf=alone, prior=prior) == extract_keywords(a, idf=KeywordIdf(0, {}), prior=prior)


def test_keywords_are_sorted_rounded_and_deterministic() -> None:
    prior = IdfPrior({"党建": 3.0, "社区": 9.0}, 10.0)
    doc = TermDoc("a", ("", ""), (("党建", "社区", "志愿"), ("志愿", "社区", "党建")))
    out = extract_keywords(doc, idf=KeywordIdf(0, {}), prior=prior, top_n=2)
    assert [k.term for k in out] == ["志愿", "社区"]
    assert all(round(k.weight, 4) == k.weight for k in out)
    assert out == extract_keywords(doc, idf=KeywordIdf(0, {}), prior=prior, top_n=2)


def test_keywords_textrank_option(pipeline) -> None:
    from textmine import Pipeline

    tm = Pipeline.from_config(config_from_dict({"keywords": {"method": "textrank", "top_n": 5}}))
    result = tm.process(Article.from_text("推進機關黨建，機關黨建引領發展。\n黨建聯盟服務社區，社區治理見成效。"))
    assert result.keywords[0].weight == 1.0
    assert len(result.keywords) <= 5
    with pytest.raises(ConfigError, match="keywords.method"):
        extract_keywords(TermDoc("a", ("",), (("x",),)), idf=KeywordIdf(0, {}), prior=IdfPrior({}, 1.0), method="lda")


def test_keywords_of_the_seed_article(pipeline, seed_text) -> None:
    terms = [k.term for k in pipeline.process(Article.from_text(seed_text)).keywords]
    assert len(terms) == pipeline.config.keywords.top_n
    assert {"机关", "党建", "三服务"} <= set(terms)
    assert not any(ch.isdigit() for t in terms for ch in t)


def test_keywords_idf_many_equals_idf_term_by_term() -> None:
    from textmine.keywords import IdfPrior, KeywordIdf

    k = KeywordIdf(3, {"党建": 2, "社区": 1}, frozenset({"d"}))
    prior = IdfPrior({"党建": 3.0, "志愿": 8.0}, 10.0)
    terms = ["党建", "社区", "志愿", "未知"]
    for own in (False, True):
        assert k.idf_many(terms, prior, 100.0, own=own) == [k.idf(t, prior, 100.0, own=own) for t in terms]


def test_keywords_term_filter_memo_never_loses_a_text_s_words(monkeypatch) -> None:
    """A text with more distinct words than the memo holds still gets a decision for each."""
    import textmine.keywords as kw

    monkeypatch.setattr(kw, "MEMO_SIZE", 3)
    f = kw.build_term_filter()
    words = ["机关", "党建", "社区", "志愿", "服务", "，", "机关"]
    assert list(f.flags(words)) == [f._decide(w) for w in words]
    assert list(f.flags(["群众", "机关"])) == [True, True] and f.keep("党建")
