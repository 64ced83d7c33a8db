"""export: each format validated against the tool's documented shape, and round-tripped."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Literal

import orjson
import pytest
from pydantic import BaseModel, ConfigDict, Field, model_validator
from report_fixtures import fixture_document, fixture_documents, write_outputs

from textmine.cli import main
from textmine.export import (
    FORMATS,
    brat_annotations,
    export_outputs,
    labelstudio_tasks,
    read_brat,
    read_docbin,
    read_doccano,
    read_labelstudio,
)

# ---- Label Studio's task format (https://labelstud.io/guide/task_format, /guide/predictions) ----


class _LS(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LSLabelsValue(_LS):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None
    labels: list[str] = Field(min_length=1)


class LSRegion(_LS):
    id: str
    from_name: str
    to_name: str
    type: Literal["labels"]
    value: LSLabelsValue
    meta: dict[str, list[str]] | None = None
    score: float | None = None


class LSPrediction(_LS):
    result: list[LSRegion]
    model_version: str | None = None
    score: float | None = None


class LSTask(_LS):
    id: int | None = None
    data: dict[str, Any] = Field(min_length=1)
    annotations: list[LSPrediction] | None = None
    predictions: list[LSPrediction] | None = None
    meta: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _offsets(self) -> LSTask:
        text = self.data.get("text")
        for prediction in self.predictions or ():
            for region in prediction.result:
                v = region.value
                assert 0 <= v.start < v.end <= len(text), f"region {region.id} outside the text"
                assert v.text is None or text[v.start : v.end] == v.text, f"region {region.id}: text differs"
        return self


def check_labelstudio(tasks: Any, config_xml: str) -> None:
    """Tasks load as Label Studio tasks and match the labeling config."""
    assert isinstance(tasks, list)
    view = ET.fromstring(config_xml)
    assert view.tag == "View"
    labels_tag, text_tag = view.find("Labels"), view.find("Text")
    allowed = {x.get("value") for x in labels_tag.findall("Label")}
    data_key = text_tag.get("value").removeprefix("$")
    for raw in tasks:
        task = LSTask.model_validate(raw)
        assert isinstance(task.data[data_key], str)
        for prediction in task.predictions or ():
            for region in prediction.result:
                assert (region.from_name, region.to_name) == (labels_tag.get("name"), text_tag.get("name"))
                assert labels_tag.get("toName") == text_tag.get("name")
                assert set(region.value.labels) <= allowed


# ---- brat standoff (https://brat.nlplab.org/standoff.html) ----

_BRAT_LINES = {
    "T": re.compile(r"^T\d+\t(?P<type>[A-Za-z0-9_.-]+) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t(?P<text>[^\n]*)$"),
    "A": re.compile(r"^A\d+\t(?P<name>[A-Za-z0-9_.-]+) (?P<target>T\d+)(?: (?P<value>[A-Za-z0-9_.-]+))?$"),
    "#": re.compile(r"^#\d+\tAnnotatorNotes (?P<target>T\d+)\t(?P<note>[^\n]*)$"),
}


def check_brat(text: str, ann: str, conf: str) -> int:
    """Every .ann line parses; offsets lie in the text without line breaks; types are declared."""
    section, declared, attributes = None, set(), {}
    for line in conf.splitlines():
        if line.startswith("["):
            section = line
        elif line and not line.startswith("#") and section == "[entities]":
            declared.add(line)
        elif line and not line.startswith("#") and section == "[attributes]":
            name, rest = line.split(" ", 1)
            attributes[name] = set(rest.split("Value:")[1].split("|"))
    ids = set()
    for line in ann.splitlines():
        m = _BRAT_LINES[line[0]].match(line)
        assert m, f"unparsable .ann line {line!r}"
        if line[0] == "T":
            assert m["type"] in declared
            frags = [tuple(map(int, f.split())) for f in m["offsets"].split(";")]
            for a, b in frags:
                assert 0 <= a < b <= len(text) and "\n" not in text[a:b]
            assert m["text"] == " ".join(text[a:b] for a, b in frags)
            ids.add(line.split("\t")[0])
        elif line[0] == "A":
            assert m["target"] in ids and m["value"] in attributes[m["name"]]
        else:
            assert m["target"] in ids
            orjson.loads(m["note"])
    return len(ids)


# ---- fixtures ----


@pytest.fixture(scope="module")
def documents(pipeline, seed_text) -> list[dict]:
    docs = fixture_documents(pipeline, seed_text)
    # A span across a line break (brat needs fragments) and one starting on a space (spaCy cannot align it).
    docs.append(fixture_document(pipeline, "八八\n戰略,共 1400 名", "multiline", [("SLOGAN", "八八\n戰略", {"kind": "formula"}), ("FIGURE", " 1400 名", {"value": 1400})]))
    return docs


@pytest.fixture(scope="module")
def outputs(documents, tmp_path_factory) -> Path:
    return write_outputs(tmp_path_factory.mktemp("exp") / "out", documents)


def _key(spans, *, attrs: bool = True) -> list:
    return [(s["label"], s["start"], s["end"], s["attrs"] if attrs else None) for s in spans]


def _expected(documents, *, attrs: bool = True, skip=lambda doc, s: False) -> dict:
    return {d["id"]: _key([s for s in d["spans"] if not skip(d, s)], attrs=attrs) for d in documents}


# ---- tests ----


def test_export_labelstudio_loads_as_tasks_and_round_trips(outputs, documents, tmp_path) -> None:
    result = export_outputs(outputs, "labelstudio", tmp_path)
    assert [p.name for p in result.files] == ["tasks.json", "labeling-config.xml"] and result.warnings == []
    tasks = orjson.loads((tmp_path / "tasks.json").read_bytes())
    check_labelstudio(tasks, (tmp_path / "labeling-config.xml").read_text(encoding="utf-8"))
    back = read_labelstudio(tasks)
    assert {k: _key(v) for k, v in back.items()} == _expected(documents)


def test_export_labelstudio_meta_lines_read_back_typed() -> None:
    attrs = {"value": 7000, "approx": "more_than", "unit": "個", "subject": None, "quoted": False, "canonical": "2021", "x": "a\nb"}
    doc = {"id": "a", "source": "", "text": "7000多個", "spans": [{"label": "FIGURE", "start": 0, "end": 6, "text": "7000多個", "attrs": attrs}]}
    tasks = labelstudio_tasks([doc])
    lines = tasks[0]["predictions"][0]["result"][0]["meta"]["text"]
    assert "value: 7000" in lines and "approx: more_than" in lines and 'canonical: "2021"' in lines
    assert read_labelstudio(tasks)["a"][0]["attrs"] == attrs
    # A reviewer's free-text meta is kept, and a reviewed annotation wins over the prediction.
    tasks[0]["annotations"] = [{"result": [dict(tasks[0]["predictions"][0]["result"][0], meta={"text": ["looks right", "unit: 个"]})]}]
    assert read_labelstudio(tasks)["a"][0]["attrs"] == {"note": "looks right", "unit": "个"}


def test_export_doccano_jsonl_parses_and_round_trips(outputs, documents, tmp_path) -> None:
    export_outputs(outputs, "doccano", tmp_path)
    lines = (tmp_path / "doccano.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(documents)
    for line in lines:
        record = orjson.loads(line)
        assert isinstance(record["text"], str)
        for start, end, label in record["label"]:
            assert isinstance(label, str) and 0 <= start < end <= len(record["text"])
    back = read_doccano(lines)
    assert {k: _key(v, attrs=False) for k, v in back.items()} == _expected(documents, attrs=False)


def test_export_brat_ann_lines_parse_and_round_trip(outputs, documents, tmp_path) -> None:
    result = export_outputs(outputs, "brat", tmp_path)
    # The fixture's label made of markup is no brat type name: left out, with a warning naming it.
    assert len(result.warnings) == 1 and "xss" in result.warnings[0] and "left out" in result.warnings[0]
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in conf
    back = {}
    for doc in documents:
        text = (tmp_path / f"{doc['id']}.txt").read_bytes().decode("utf-8")
        ann = (tmp_path / f"{doc['id']}.ann").read_text(encoding="utf-8")
        assert text == doc["text"]
        assert check_brat(text, ann, conf) == sum(1 for s in doc["spans"] if "<" not in s["label"])
        back[doc["id"]] = _key(read_brat(text, ann))
    assert back == _expected(documents, skip=lambda d, s: "<" in s["label"])


def test_export_brat_splits_spans_across_line_breaks(documents) -> None:
    doc = next(d for d in documents if d["id"] == "multiline")
    ann, warnings = brat_annotations(doc)
    assert warnings == [] and ann.splitlines()[0] == "T1\tSLOGAN 0 2;3 5\t八八 戰略"
    assert _key(read_brat(doc["text"], ann))[0] == ("SLOGAN", 0, 5, {"kind": "formula"})


def test_export_brat_reader_rejects_broken_lines() -> None:
    from textmine.errors import InputError

    with pytest.raises(InputError, match="line 1"):
        read_brat("浙江", "T1\tPLACE 0 2\t浙")
    with pytest.raises(InputError, match="line 2"):
        read_brat("浙江", "T1\tPLACE 0 2\t浙江\nA1\tkind T9 party\n")


def test_export_spacy_docbin_loads_with_spans_and_ents(outputs, documents, tmp_path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    result = export_outputs(outputs, "spacy", tmp_path)
    # The span that starts on a space cannot align with spaCy's tokens: left out, with a warning.
    assert len(result.warnings) == 1 and "multiline: FIGURE" in result.warnings[0]
    unaligned = lambda d, s: s["text"].startswith(" ")
    sdocs = {d.user_data["textmine"]["id"]: d for d in DocBin().from_disk(tmp_path / "textmine.spacy").get_docs(spacy.blank("zh").vocab)}
    expected = _expected(documents, attrs=False, skip=unaligned)
    for doc in documents:
        sdoc = sdocs[doc["id"]]
        assert sdoc.text == doc["text"]
        assert _key([{"label": s.label_, "start": s.start_char, "end": s.end_char, "attrs": None} for s in sdoc.spans["textmine"]], attrs=False) == expected[doc["id"]]
        ents = sorted((e.start_char, e.end_char) for e in sdoc.ents)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ents)), "doc.ents overlap"
        assert {(e.label_, e.start_char, e.end_char) for e in sdoc.ents} <= {k[:3] for k in expected[doc["id"]]}
    seed = sdocs["article-zj-party-building"]
    # Nested spans: the slogan is an entity, the organ inside it is only in the span group.
    assert ("SLOGAN", "讓黨中央放心、讓人民群眾滿意") in {(e.label_, e.text) for e in seed.ents}
    assert "黨中央" not in {e.text for e in seed.ents} and "黨中央" in {s.text for s in seed.spans["textmine"]}
    back = read_docbin(tmp_path / "textmine.spacy")
    assert {k: _key(v) for k, v in back.items()} == _expected(documents, skip=unaligned)


def test_export_cli_writes_every_format(outputs, tmp_path, capsys) -> None:
    pytest.importorskip("spacy")
    for fmt in FORMATS:
        assert main(["export", str(outputs), "--format", fmt, "-o", str(tmp_path / fmt)]) == 0
        assert "articles → " in capsys.readouterr().err
        assert any((tmp_path / fmt).iterdir())


def test_export_cli_errors(outputs, tmp_path, capsys, monkeypatch) -> None:
    assert main(["export", str(tmp_path / "nothing"), "--format", "brat", "-o", str(tmp_path / "x")]) == 1
    assert "not a textmine output folder" in capsys.readouterr().err
    assert main(["export", str(outputs), "--format", "conll", "-o", str(tmp_path / "x")]) == 1
    assert "invalid choice" in capsys.readouterr().err
    monkeypatch.setitem(__import__("sys").modules, "spacy", None)  # spaCy not installed
    assert main(["export", str(outputs), "--format", "spacy", "-o", str(tmp_path / "x")]) == 1
    assert "needs spaCy" in capsys.readouterr().err


def test_export_skips_broken_documents(documents, tmp_path, capsys) -> None:
    out = write_outputs(tmp_path / "out", documents[:2])
    (out / "documents" / "broken.json").write_text('{"schema": "x"}', encoding="utf-8")
    assert main(["export", str(out), "--format", "doccano", "-o", str(tmp_path / "d")]) == 2
    assert "broken.json" in capsys.readouterr().err
    assert len((tmp_path / "d" / "doccano.jsonl").read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("command", ["report", "export"])
def test_export_and_report_have_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: textmine" in capsys.readouterr().out
