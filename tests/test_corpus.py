"""corpus: the corpus file (index, clusters, theme totals) and the two-pass corpus run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from textmine import Pipeline
from textmine.config import config_from_dict
from textmine.extract import make_span
from textmine.registry import build_registry
from textmine.runner import fit_corpus, run_corpus


class _FakeExtractor:
    """Marks fixed strings (searched in the simplified text), as the real extractors will."""

    labels = ("DEPARTMENT", "SLOGAN", "PLACE")
    _words: ClassVar[dict[str, tuple[str, dict]]] = {
        "省网信办": ("DEPARTMENT", {"canonical": "浙江省委网信办"}),
        "省经信厅": ("DEPARTMENT", {}),
        "两个维护": ("SLOGAN", {"kind": "formula"}),
        "三服务": ("SLOGAN", {"kind": "formula"}),
        "浙江": ("PLACE", {}),
    }

    def __call__(self, doc, found):
        spans = []
        for word, (label, attrs) in self._words.items():
            start = doc.norm.find(word)
            while start >= 0:
                spans.append(make_span(doc, label, start, start + len(word), attrs))
                start = doc.norm.find(word, start + 1)
        return spans

    def dictionary_words(self):
        return list(self._words)


@pytest.fixture(scope="module")
def fake_pipeline() -> Pipeline:
    registry = build_registry()
    registry.register_extractor("fake.v1", lambda resources: _FakeExtractor())
    return Pipeline.from_config(config_from_dict({"extract": {"extractors": ["fake.v1"]}}), registry=registry)


def _read(out: Path) -> tuple[dict, dict[str, dict]]:
    corpus = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "documents").glob("*.json")}
    return corpus, docs


def test_corpus_file_indexes_spans_by_canonical_form(fake_pipeline, corpus_dir, tmp_path) -> None:
    out = tmp_path / "out"
    report = run_corpus([corpus_dir], out, pipeline=fake_pipeline)
    assert report.failures == [] and report.written == ["a", "b", "c"]
    corpus, docs = _read(out)
    assert corpus["schema"] == "textmine.corpus/1" and corpus["documents"] == 3
    assert corpus["pipeline"] == {"name": "default", "config_hash": fake_pipeline.config_hash}
    index = corpus["index"]
    assert sorted(index) == ["DEPARTMENT", "PERSON", "PLACE", "SLOGAN"]
    assert index["DEPARTMENT"]["浙江省委网信办"] == {
        "count": 3,
        "articles": ["a", "b"],
        "variants": {"省網信辦": 2, "省网信办": 1},
    }
    assert index["DEPARTMENT"]["省经信厅"]["articles"] == ["b"]
    assert index["SLOGAN"]["两个维护"]["variants"] == {"兩個維護": 1, "两个维护": 1}
    assert index["SLOGAN"]["三服务"]["count"] == 1 and index["PERSON"] == {}
    # Slogans and organs are single keyword terms in the documents.
    assert "浙江省委网信办" in [k["term"] for k in docs["a"]["keywords"]]


def test_corpus_file_lists_clusters_members_and_theme_totals(fake_pipeline, corpus_dir, tmp_path) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=fake_pipeline)
    corpus, docs = _read(out)
    taxonomy = [t["id"] for t in corpus["themes"]["taxonomy"]]
    assert taxonomy == [t.id for t in fake_pipeline.config.themes.taxonomy]
    assert set(corpus["themes"]["totals"]) == set(taxonomy)
    tops = [d["themes"][0]["id"] for d in docs.values() if d["themes"]]
    assert sum(t["articles"] for t in corpus["themes"]["totals"].values()) == len(tops)
    paragraph_tops = [p["themes"][0]["id"] for d in docs.values() for p in d["paragraphs"] if p["themes"]]
    assert sum(t["paragraphs"] for t in corpus["themes"]["totals"].values()) == len(paragraph_tops)
    for level, key in (("paragraph", "cluster"), ("article", "cluster")):
        clusters = corpus["clusters"][level]
        assert [c["id"] for c in clusters] == list(range(len(clusters)))
        for c in clusters:
            assert c["size"] == len(c["members"]) and c["members"] == sorted(c["members"])
    members = {m: c["id"] for c in corpus["clusters"]["paragraph"] for m in c["members"]}
    for doc_id, doc in docs.items():
        for i, paragraph in enumerate(doc["paragraphs"]):
            assert members.get(f"{doc_id}#{i}") == paragraph["cluster"]
        article = next(c for c in corpus["clusters"]["article"] if doc_id in c["members"])
        assert doc["cluster"] == {"id": article["id"], "terms": article["terms"]}


def test_corpus_fit_sample_and_model_do_not_depend_on_input_order(corpus_dir, tmp_path) -> None:
    import numpy as np

    tm = Pipeline.from_config(config_from_dict({"themes": {"fit_max_articles": 2}}))
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(corpus_dir.iterdir())]
    models = []
    for order in (records, records[::-1]):
        path = tmp_path / f"{order[0]['id']}.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in order), encoding="utf-8")
        model, report = fit_corpus([path], pipeline=tm)
        assert report.model["articles"] == 2
        models.append(model)
    a, b = models
    assert a.keywords == b.keywords
    assert np.array_equal(a.themes.paragraph_clusters_.centers, b.themes.paragraph_clusters_.centers)
    assert a.themes.paragraph_clusters_.terms == b.themes.paragraph_clusters_.terms


def test_corpus_run_with_a_given_model_applies_it_without_fitting(corpus_dir, tmp_path) -> None:
    tm = Pipeline.from_config()
    model, _ = fit_corpus([corpus_dir], pipeline=tm)
    report = run_corpus([corpus_dir], tmp_path / "given", pipeline=tm, model=model)
    assert report.model["source"] == "given" and "fit" not in report.timings
    run_corpus([corpus_dir], tmp_path / "fitted", pipeline=tm)
    corpus_a, docs_a = _read(tmp_path / "given")
    corpus_b, docs_b = _read(tmp_path / "fitted")
    assert docs_a == docs_b and corpus_a == corpus_b


def test_corpus_run_without_corpus_stages_writes_an_empty_corpus_file(corpus_dir, tmp_path) -> None:
    tm = Pipeline.from_config(config_from_dict({"stages": ["normalize", "segment", "extract"]}))
    run_corpus([corpus_dir], tmp_path / "out", pipeline=tm)
    corpus, docs = _read(tmp_path / "out")
    assert corpus["clusters"] == {"paragraph": [], "article": []}
    assert corpus["themes"] == {"taxonomy": [], "totals": {}}
    assert "keywords" not in docs["a"] and "themes" not in docs["a"]
