"""segment: tokens rebuild the text, project dictionary, both backends, scripts agree."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmine.errors import ConfigError
from textmine.normalize import build_converter, build_normalizer
from textmine.segment import build_segmenter, read_userdict, split_paragraphs, split_sentences

WHOLE = ["省網信辦", "省經信廳", "省審計廳", "省直機關工委", "兩個維護", "八八戰略"]


@pytest.fixture(scope="module")
def normalizer():
    return build_normalizer()


@pytest.fixture(scope="module")
def rjieba_segmenter():
    return build_segmenter("rjieba")


@pytest.fixture(scope="module", params=["rjieba", "jieba"])
def segmenter(request):
    return build_segmenter(request.param)


def test_segment_keeps_project_words_whole(segmenter, normalizer) -> None:
    text = "省網信辦、省經信廳、省審計廳和省直機關工委堅決做到兩個維護，忠實踐行八八戰略"
    tokens = [t.text for t in segmenter.tokenize(normalizer.normalize(text))]
    for word in WHOLE:
        assert word in tokens, f"{word} cut into pieces: {tokens}"


def test_segment_tokens_rebuild_the_text_with_original_offsets(segmenter, normalizer, seed_text) -> None:
    tokens = segmenter.tokenize(normalizer.normalize(seed_text))
    assert "".join(t.text for t in tokens) == seed_text
    for t in tokens:
        assert seed_text[t.start : t.end] == t.text
    assert all(a.end == b.start for a, b in itertools.pairwise(tokens))


def test_segment_maps_offsets_through_a_length_changing_converter() -> None:
    n = build_normalizer("tw2sp").normalize("我的記憶體很大")
    tokens = build_segmenter().tokenize(n)
    assert "".join(t.text for t in tokens) == n.original
    assert "記憶體" in [t.text for t in tokens]


@pytest.mark.parametrize("text", ["\u00ad", "\u200b省委", "省委\u200b", "\u200b\u200b"])
def test_segment_covers_characters_dropped_from_norm(normalizer, text: str) -> None:
    tokens = build_segmenter().tokenize(normalizer.normalize(text))
    assert "".join(t.text for t in tokens) == text


def test_segment_unknown_backend_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="segment.backend"):
        build_segmenter("nope")


def test_segment_userdict_lines_are_validated() -> None:
    with pytest.raises(ConfigError, match="x.txt:1"):
        read_userdict(["词 12 nz extra!"], source="x.txt")


def test_segment_paragraphs_are_nonempty_trimmed_lines(seed_text) -> None:
    paras = split_paragraphs(seed_text)
    assert len(paras) == 26
    assert seed_text[paras[0].start : paras[0].end] == "本刊記者/徐曉鳳"
    crlf = " a \r\n\r\n b "
    assert [crlf[p.start : p.end] for p in split_paragraphs(crlf)] == ["a", "b"]


def test_segment_sentences_end_at_stops_and_closing_quotes() -> None:
    text = "他說：“好。”我們走！"
    sents = split_sentences(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in sents] == ["他說：“好。”", "我們走！"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_segment_property_tokens_rebuild_any_text(normalizer, rjieba_segmenter, text: str) -> None:
    n = normalizer.normalize(text)
    tokens = rjieba_segmenter.tokenize(n)
    assert "".join(t.text for t in tokens) == text
    assert all(t.start < t.end for t in tokens)


def test_segment_traditional_twin_gives_same_boundaries(dev_articles, normalizer) -> None:
    """s2t copies of the political dev articles cut like the originals (≥ 99.5 % of tokens)."""
    s2t = build_converter("s2t")
    seg = build_segmenter()
    same = total = 0
    for art in dev_articles:
        text = art["text"]
        a = {(t.start, t.end) for t in seg.tokenize(normalizer.normalize(text)) if not t.text.isspace()}
        b = {(t.start, t.end) for t in seg.tokenize(normalizer.normalize(s2t.convert(text))) if not t.text.isspace()}
        same += len(a & b)
        total += len(a)
    share = same / total
    print(f"\ntraditional twin: {share:.4%} of {total} tokens identical")
    assert share >= 0.995


def test_segment_backends_agree_on_political_text(dev_articles, normalizer) -> None:
    """rjieba (default) and pure-Python jieba (reference) give nearly the same tokens."""
    fast, reference = build_segmenter("rjieba"), build_segmenter("jieba")
    same = total = 0
    for art in dev_articles[:25]:
        n = normalizer.normalize(art["text"])
        a = {(t.start, t.end) for t in fast.tokenize(n) if not t.text.isspace()}
        b = {(t.start, t.end) for t in reference.tokenize(n) if not t.text.isspace()}
        same += len(a & b)
        total += len(b)
    share = same / total
    print(f"\nrjieba vs jieba: {share:.4%} of {total} reference tokens identical")
    assert share >= 0.99
