"""summaries: reruns read the summary file, fall back to the documents when it is stale or missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from textmine import summaries
from textmine.cli import main
from textmine.runner import run_corpus
from textmine.summaries import SUMMARY_FILE, SummaryStore


@pytest.fixture()
def documents_read(monkeypatch) -> list[str]:
    """The ids whose summary a run reads from the document (not from the summary file)."""
    read: list[str] = []
    original = summaries.up_to_date

    def counting(out, article, config_hash, digest):
        read.append(article.id)
        return original(out, article, config_hash, digest)

    monkeypatch.setattr(summaries, "up_to_date", counting)
    return read


def _outputs(out: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in (out / "documents").glob("*.json")}
    files["corpus.json"] = (out / "corpus.json").read_bytes()
    return files


def test_summaries_rerun_reads_no_document(pipeline, corpus_dir: Path, tmp_path: Path, documents_read) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=pipeline)
    expected = _outputs(out)
    assert (out / SUMMARY_FILE).is_file()
    (corpus_dir / "e.txt").write_text("省委组织部部署基层党组织建设。", encoding="utf-8")
    rerun = run_corpus([corpus_dir], out, pipeline=pipeline)
    assert rerun.written == ["e"] and len(rerun.skipped) == 3
    assert documents_read == []
    (corpus_dir / "e.txt").unlink()
    again = run_corpus([corpus_dir], out, pipeline=pipeline)
    assert again.written == [] and documents_read == []
    assert _outputs(out) == {**expected, "e.json": _outputs(out)["e.json"]}


def test_summaries_stale_or_missing_records_fall_back_to_the_document(
    pipeline, corpus_dir: Path, tmp_path: Path, documents_read
) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=pipeline)
    expected = _outputs(out)
    doc = out / "documents" / "b.json"
    stat = doc.stat()
    os.utime(doc, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # as if written after the summary file
    assert len(run_corpus([corpus_dir], out, pipeline=pipeline).skipped) == 3
    assert documents_read == ["b"]
    documents_read.clear()
    assert len(run_corpus([corpus_dir], out, pipeline=pipeline).skipped) == 3
    assert documents_read == []  # the record was renewed from the document
    (out / SUMMARY_FILE).unlink()  # a run killed before its first summary file
    assert len(run_corpus([corpus_dir], out, pipeline=pipeline).skipped) == 3
    assert sorted(documents_read) == ["a", "b", "c"]
    assert _outputs(out) == expected


def test_summaries_changed_article_or_document_is_processed_again(pipeline, corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=pipeline)
    expected = _outputs(out)
    original = (corpus_dir / "a.txt").read_text(encoding="utf-8")
    (corpus_dir / "a.txt").write_text("省網信辦召開會議。", encoding="utf-8")
    (out / "documents" / "c.json").unlink()
    rerun = run_corpus([corpus_dir], out, pipeline=pipeline)
    assert sorted(rerun.written) == ["a", "c"]
    (corpus_dir / "a.txt").write_text(original, encoding="utf-8")
    assert run_corpus([corpus_dir], out, pipeline=pipeline).written == ["a"]
    assert _outputs(out) == expected


def test_summaries_another_config_ignores_the_file(pipeline, corpus_dir: Path, tmp_path: Path, documents_read) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=pipeline)
    store = SummaryStore(out, config_hash="another", model_digest=None)
    assert store._offsets == {}
    store.commit()  # its header names the other config: the next run reads the documents
    assert len(run_corpus([corpus_dir], out, pipeline=pipeline).skipped) == 3
    assert sorted(documents_read) == ["a", "b", "c"]


def test_summaries_a_cut_line_is_no_record(tmp_path: Path) -> None:
    from textmine.corpus import ArticleSummary
    from textmine.records import Article

    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    articles = [Article.from_text("浙江", id=i) for i in ("a", "b")]
    store = SummaryStore(out, config_hash="0", model_digest=None)
    for article in articles:
        (out / "documents" / f"{article.id}.json").write_bytes(b"{}")
        store.add(
            ArticleSummary(article.id, None, (None,), None, (None,), ()), source=article.source, sha256=article.sha256
        )
    store.commit()
    path = out / SUMMARY_FILE
    path.write_bytes(path.read_bytes()[:-5])
    store = SummaryStore(out, config_hash="0", model_digest=None)
    assert list(store._offsets) == ["a"]
    store.commit()


def test_summaries_file_leaves_validate_report_and_export_alone(
    pipeline, corpus_dir: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    run_corpus([corpus_dir], out, pipeline=pipeline)
    assert main(["validate", str(out)]) == 0
    assert "3 of 3 documents valid" in capsys.readouterr().err
    assert main(["report", str(out), "-o", str(tmp_path / "report.html")]) == 0
    assert main(["export", str(out), "--format", "doccano", "-o", str(tmp_path / "export")]) == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
