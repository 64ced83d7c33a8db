"""report: the page's data, escaping, self-containment, size, determinism and CLI (no browser here)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
from pathlib import Path

import orjson
import pytest
from report_fixtures import corpus_json, fixture_documents, write_outputs

from textmine.cli import main
from textmine.report import build_index, embed_json, render_report, report_data, write_report
from textmine.resources import read_data_text

REPORT_ASSETS = Path(__file__).resolve().parents[1] / "src" / "textmine" / "data" / "report"


@pytest.fixture(scope="module")
def documents(pipeline, seed_text) -> list[dict]:
    return fixture_documents(pipeline, seed_text)


def _embedded(page: str):
    m = re.search(r'<script type="application/(json|octet-stream)" id="tm-data"[^>]*>(.*?)</script>', page, re.DOTALL)
    if m[1] == "json":
        return orjson.loads(m[2])
    return orjson.loads(gzip.decompress(base64.b64decode(m[2])))


def test_report_data_keeps_every_span_and_attribute(documents) -> None:
    data = report_data(documents, corpus_json(documents))
    assert data["labels"][:6] == ["DEPARTMENT", "PERSON", "PLACE", "SLOGAN", "FIGURE", "DATE"]
    for doc, page_doc in zip(documents, data["docs"], strict=True):
        assert page_doc["text"] == doc["text"]
        assert len(page_doc["spans"]) == len(doc["spans"])
        for span, (start, end, label, norm, attrs) in zip(doc["spans"], page_doc["spans"], strict=True):
            assert (start, end, data["labels"][label]) == (span["start"], span["end"], span["label"])
            assert (data["strings"][norm] if norm >= 0 else span["text"]) == span["norm"]
            assert (data["attrs"][attrs] if attrs >= 0 else {}) == span["attrs"]
        assert [p[:2] for p in page_doc["paras"]] == [[p["start"], p["end"]] for p in doc["paragraphs"]]
    seed = data["docs"][0]
    assert seed["paras"][1][2] and seed["paras"][1][3] is not None  # paragraph themes and cluster
    assert {t["id"] for t in data["taxonomy"]} >= {"political-building", "theory-study"}


def test_report_index_and_clusters_rebuilt_without_corpus_json(documents) -> None:
    with_corpus = report_data(documents, corpus_json(documents))
    without = report_data(documents, None)
    assert without["index"] == with_corpus["index"]
    def totals(data):
        return {data["taxonomy"][t]["id"]: (a, p) for t, a, p in data["totals"]}

    assert totals(without) == totals(with_corpus)
    assert [c[3] for c in without["clusters"]["article"]] == [c[3] for c in with_corpus["clusters"]["article"]]
    assert build_index(documents) == corpus_json(documents)["index"]


def test_report_index_follows_corpus_json_when_present(documents) -> None:
    corpus = corpus_json(documents)
    corpus["index"]["PERSON"]["习近平"]["variants"]["習主席"] = 1
    rows = {r[0]: r for r in report_data(documents, corpus)["index"]["PERSON"]}
    assert ["習主席", 1] in rows["习近平"][3]


def test_report_embedded_json_cannot_close_its_script_block() -> None:
    nasty = {"t": "</script><script>alert(1)</script><!-- -->&amp;\u2028"}
    text = embed_json(nasty)
    assert "<" not in text and ">" not in text and "&" not in text
    assert orjson.loads(text) == nasty


def test_report_page_is_self_contained_and_escaped(documents) -> None:
    page, compressed = render_report(documents, corpus_json(documents))
    assert not compressed
    assert page.count("<script") == 2 and page.count("</script>") == 2  # the data block and the page script
    assert not re.search(r"<(img|link|iframe|object|embed|svg|audio|video|source|base|form)\b", page, re.IGNORECASE)
    assert set(re.findall(r"https?://[^\s\"'<>)]+", page)) <= {"http://www.w3.org/2000/svg"}  # SVG namespace only
    assert "window.__xss" not in page.split('id="tm-data"')[0]
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)[1]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)[1]
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)[1]
    for source in (script, style):
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp
    assert _embedded(page)["docs"][2]["text"] == documents[2]["text"]


def test_report_script_never_parses_data_as_html() -> None:
    script = read_data_text("report", "report.js")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout(\"", "srcdoc"):
        assert sink not in script, sink
    assert not re.search(r"setAttribute\(\s*[\"']on", script)
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", script)


def test_report_title_is_escaped() -> None:
    page, _ = render_report([], title='</title><script>alert(1)</script>')
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_report_compressed_data_round_trips(documents) -> None:
    plain, _ = render_report(documents, compress="never")
    packed, compressed = render_report(documents, compress="always")
    assert compressed and 'data-encoding="gzip+base64"' in packed
    assert _embedded(packed) == _embedded(plain)


def test_report_thousand_articles_stay_under_20_mb(documents) -> None:
    seed = documents[0]
    many = [dict(seed, id=f"doc-{i:04d}") for i in range(1000)]
    plain, compressed = render_report(many, compress="never")
    assert not compressed and len(plain.encode("utf-8")) < 20_000_000
    auto, compressed = render_report(many)
    assert compressed and len(auto.encode("utf-8")) < len(plain.encode("utf-8")) / 2


def test_report_cli_writes_the_page(documents, tmp_path, capsys) -> None:
    out = write_outputs(tmp_path / "out", documents)
    assert main(["report", str(out)]) == 0
    assert "3 articles" in capsys.readouterr().err
    first = (out / "report.html").read_bytes()
    assert main(["report", str(out), "-o", str(tmp_path / "r.html"), "--title", "审阅"]) == 0
    assert "<title>审阅</title>" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert main(["report", str(out)]) == 0
    assert (out / "report.html").read_bytes() == first  # deterministic: no timestamps


def test_report_cli_reports_broken_documents_and_writes_the_rest(documents, tmp_path, capsys) -> None:
    out = write_outputs(tmp_path / "out", documents[:2], corpus=False)
    bad = orjson.loads((out / "documents" / "gansu-report.json").read_bytes())
    bad["id"], bad["spans"][0]["end"] = "broken", 10_000
    (out / "documents" / "broken.json").write_bytes(orjson.dumps(bad))
    assert main(["report", str(out)]) == 2
    err = capsys.readouterr().err
    assert "broken.json" in err and "outside the text" in err and "2 articles" in err
    assert [d["id"] for d in _embedded((out / "report.html").read_text(encoding="utf-8"))["docs"]] == [
        "article-zj-party-building",
        "gansu-report",
    ]


def test_report_cli_usage_errors(tmp_path, capsys) -> None:
    assert main(["report", str(tmp_path / "missing")]) == 1
    assert "not a textmine output folder" in capsys.readouterr().err
    (tmp_path / "documents").mkdir()
    (tmp_path / "corpus.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["report", str(tmp_path)]) == 1
    assert "corpus.json: expected a JSON object" in capsys.readouterr().err


def test_report_on_real_outputs(pipeline, root, tmp_path) -> None:
    """The committed corpus, run for real, gives a page (whatever the extractors find today)."""
    out = tmp_path / "out"
    assert main(["run", str(root / "corpus"), "-o", str(out), "-q"]) == 0
    result = write_report(out)
    data = _embedded(result.path.read_text(encoding="utf-8"))
    assert result.documents == 1 and data["docs"][0]["id"] == "article-zj-party-building"
    assert data["docs"][0]["text"] == (root / "corpus" / "article-zj-party-building.txt").read_text(encoding="utf-8")


def test_report_assets_are_packaged(root) -> None:
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/report/*"' in pyproject
    assert {p.name for p in REPORT_ASSETS.iterdir()} == {"report.html", "report.css", "report.js"}
