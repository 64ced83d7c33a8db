"""spacy_component: the textmine extractors as the spaCy component "textmine_entities"."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    import textmine.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("textmine_entities")
    return nlp


def test_spacy_component_fills_ents_and_spans(nlp) -> None:
    doc = nlp("习近平总书记在浙江杭州市拱墅区考察")
    assert [(e.text, e.label_) for e in doc.ents] == [("习近平", "PERSON"), ("浙江杭州市拱墅区", "PLACE")]
    assert [(s.text, s.label_) for s in doc.spans["textmine"]] == [(e.text, e.label_) for e in doc.ents]
    assert doc.ents[1]._.textmine["chain"] == ["浙江省", "杭州市", "拱墅区"]
    assert doc.ents[0]._.textmine["title"] == "总书记"


def test_spacy_component_matches_textmine_extract(nlp, seed_text: str) -> None:
    from textmine.api import extract  # (textmine.extract is also the name of the extractor package)

    doc = nlp(seed_text)
    ours = [(s.label, s.start, s.end) for s in extract(seed_text)]
    spans = doc.spans["textmine"]
    assert len(spans) == len(ours)
    # "expand" alignment: each spaCy span covers the textmine span, whole tokens around it.
    for span, (label, start, end) in zip(spans, ours):
        assert span.label_ == label and span.start_char <= start and end <= span.end_char


def test_spacy_component_keeps_overlaps_in_spans_only() -> None:
    import textmine.spacy_component  # noqa: F401

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("textmine_entities", config={"labels": ["PLACE"]})
    doc = nlp("中国—吉尔吉斯斯坦")
    assert [e.text for e in doc.ents] == ["中国", "吉尔吉斯斯坦"]
    ents = nlp.get_pipe("textmine_entities")
    assert ents.labels == frozenset({"PLACE"})


def test_spacy_component_leaves_existing_entities(nlp) -> None:
    doc = nlp.make_doc("习近平在浙江")
    doc.ents = [doc.char_span(4, 6, label="GPE")]
    doc = nlp.get_pipe("textmine_entities")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("习近平", "PERSON"), ("浙江", "GPE")]
    assert {s.label_ for s in doc.spans["textmine"]} == {"PERSON", "PLACE"}


def test_spacy_component_is_declared_as_an_entry_point(root) -> None:
    import tomllib

    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        data["project"]["entry-points"]["spacy_factories"]["textmine_entities"]
        == "textmine.spacy_component:make_textmine_entities"
    )
