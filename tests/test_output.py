"""output: schema shipped with the package, invariants, golden documents, committed outputs."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from textmine.cli import main
from textmine.output import check_document, document_path, dumps, json_schema, validate_outputs
from textmine.resources import read_data_text

GOLDEN = Path(__file__).parent / "golden"


def test_output_schema_file_matches_the_model(update_golden: bool, root: Path) -> None:
    expected = dumps(json_schema()).decode("utf-8")
    path = root / "src" / "textmine" / "data" / "document.schema.json"
    if update_golden:
        path.write_text(expected, encoding="utf-8")
    assert read_data_text("document.schema.json") == expected, "run pytest --update-golden and review the diff"


def test_output_document_round_trips_through_the_schema(pipeline, seed_text) -> None:
    from textmine.records import Article

    doc = pipeline.document(pipeline.process(Article.from_text(seed_text, id="seed")))
    data = orjson.loads(dumps(doc))
    assert check_document(data) == []
    assert data["text"] == seed_text and len(data["paragraphs"]) == 26


def test_output_refuses_unsafe_ids(tmp_path: Path) -> None:
    from textmine.errors import TextmineError

    for bad in ("../x", "a/b", ".hidden", ""):
        with pytest.raises(TextmineError):
            document_path(tmp_path, bad)


def _golden_run(tmp_path: Path, inputs: list[Path]) -> Path:
    out = tmp_path / "out"
    assert main(["run", *map(str, inputs), "-o", str(out), "-q"]) == 0
    assert validate_outputs(out) == {}
    return out


def test_output_golden_documents(tmp_path: Path, update_golden: bool) -> None:
    out = _golden_run(tmp_path, [GOLDEN / "articles"])
    for path in sorted((out / "documents").glob("*.json")):
        golden = GOLDEN / path.name
        if update_golden:
            golden.write_bytes(path.read_bytes())
        assert golden.exists(), f"no golden file {golden.name}; run pytest --update-golden"
        assert path.read_bytes() == golden.read_bytes(), f"{path.name} differs from its golden file; review, then --update-golden"


def test_output_committed_outputs_are_fresh(tmp_path: Path, root: Path, update_golden: bool) -> None:
    """outputs/ holds what the README's main command writes for corpus/; stale files fail here."""
    out = _golden_run(tmp_path, [root / "corpus"])
    committed = root / "outputs"
    # The fitted model (outputs/model/) is not committed: a fresh run fits the same one.
    fresh = {p.relative_to(out).as_posix(): p for p in out.rglob("*.json") if p.name != "run.json" and "model" not in p.relative_to(out).parts}
    if update_golden:
        for rel, path in fresh.items():
            target = committed / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    have = {p.relative_to(committed).as_posix() for p in committed.rglob("*.json") if p.name != "run.json" and "model" not in p.relative_to(committed).parts}
    assert have == set(fresh), "outputs/ lists other files than a fresh run; regenerate with the README's main command"
    for rel, path in fresh.items():
        assert (committed / rel).read_bytes() == path.read_bytes(), f"outputs/{rel} is stale; regenerate it"
    assert json.loads((committed / "run.json").read_text(encoding="utf-8"))["failures"] == []
