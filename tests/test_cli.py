"""cli: every subcommand, exit codes, failures reported, outputs written and valid."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from textmine.cli import main


def _seed_folder(tmp_path: Path, seed_text: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "seed-gb.txt").write_bytes(seed_text.encode("gb18030"))
    (folder / "seed-big5.txt").write_bytes(seed_text.encode("cp950"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.bin").write_bytes(os.urandom(4096))
    return folder


def test_cli_run_reports_bad_inputs_and_writes_the_good_ones(tmp_path, seed_text, capsys) -> None:
    out = tmp_path / "out"
    code = main(["run", str(_seed_folder(tmp_path, seed_text)), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "in/empty.txt: empty file" in err
    assert "in/random.bin:" in err
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "documents").glob("*.json")}
    assert sorted(docs) == ["seed", "seed-big5", "seed-gb"]
    assert {d["encoding"] for d in docs.values()} == {"utf-8", "gb18030", "big5"}
    for doc in docs.values():
        assert doc["text"] == seed_text
        assert doc["script"] in ("traditional", "mixed")
    assert docs["seed"]["spans"] == docs["seed-gb"]["spans"] == docs["seed-big5"]["spans"]
    assert docs["seed"]["tokens"] == docs["seed-gb"]["tokens"] == docs["seed-big5"]["tokens"]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert sorted(f["source"] for f in run["failures"]) == ["in/empty.txt", "in/random.bin"]
    assert run["config_hash"] == docs["seed"]["pipeline"]["config_hash"]
    assert main(["validate", str(out)]) == 0


def test_cli_run_is_deterministic(tmp_path, seed_text) -> None:
    folder = _seed_folder(tmp_path, seed_text)
    main(["run", str(folder), "-o", str(tmp_path / "a"), "-q"])
    main(["run", str(folder), "-o", str(tmp_path / "b"), "-q"])
    for path in sorted((tmp_path / "a" / "documents").glob("*.json")):
        assert path.read_bytes() == (tmp_path / "b" / "documents" / path.name).read_bytes()
    assert (tmp_path / "a" / "corpus.json").read_bytes() == (tmp_path / "b" / "corpus.json").read_bytes()


def test_cli_strict_stops_at_first_failure(tmp_path, seed_text) -> None:
    folder = _seed_folder(tmp_path, seed_text)
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--strict", "-q"]) == 2
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["stopped_early"] is True and len(run["failures"]) == 1


def test_cli_extract_prints_one_document(tmp_path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text("省網信辦牢牢抓住總要求。", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["id"] == "a" and doc["text"] == "省網信辦牢牢抓住總要求。"


def test_cli_extract_reads_stdin(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("國務院".encode("big5"))))
    assert main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "big5"


def test_cli_config_errors_name_the_key(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[segment]\nbakend = "jieba"\n', encoding="utf-8")
    assert main(["run", "-o", str(tmp_path / "o"), "--pipeline", str(bad)]) == 1
    assert "segment.bakend: unknown key" in capsys.readouterr().err
    bad.write_text('stages = ["normalize", "segment", "teleport"]\n', encoding="utf-8")
    assert main(["run", "-o", str(tmp_path / "o"), "--pipeline", str(bad)]) == 1
    assert "unknown stage 'teleport'" in capsys.readouterr().err


def test_cli_usage_errors_exit_1(capsys) -> None:
    assert main(["frobnicate"]) == 1
    assert main([]) == 1
    assert main(["run", "/no/such/folder", "-o", "/tmp/never"]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_cli_validate_flags_broken_documents(tmp_path, capsys) -> None:
    out = tmp_path / "out"
    (tmp_path / "a.txt").write_text("浙江省委召开会议。", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 0
    path = out / "documents" / "a.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["spans"] = [{"label": "DEPARTMENT", "start": 0, "end": 4, "text": "浙江省政", "norm": "x", "sentence": 0, "attrs": {}}]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(out)]) == 2
    assert "text[0:4]" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["run", "extract", "validate", "themes", "themes fit"])
def test_cli_every_subcommand_has_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command.split(), "--help"])
    assert info.value.code == 0
    assert "usage: textmine" in capsys.readouterr().out


def test_cli_python_dash_m_entry_point(tmp_path) -> None:
    import subprocess

    path = tmp_path / "a.txt"
    path.write_text("兩個維護", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run([sys.executable, "-m", "textmine", "extract", str(path)], capture_output=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["text"] == "兩個維護"


def test_public_extract_is_the_function_even_after_extractors_load(pipeline) -> None:
    import textmine
    import textmine.extract.slogans

    pipeline.extract("兩個維護")
    assert callable(textmine.extract) and textmine.extract.__module__ == "textmine.api"


def test_cli_themes_fit_then_run_applies_the_saved_model(tmp_path, seed_text, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(seed_text, encoding="utf-8")
    (corpus / "other.txt").write_text("省委組織部部署基層黨組織建設。\n黨員志願者進社區服務群眾。", encoding="utf-8")
    model = tmp_path / "model"
    assert main(["themes", "fit", str(corpus), "-o", str(model)]) == 0
    assert "fitted on 2 articles" in capsys.readouterr().err
    assert sorted(p.name for p in model.iterdir()) == ["arrays.npz", "model.json"]

    # Applying the model to its own corpus gives what a plain run (fit included) gives.
    assert main(["run", str(corpus), "-o", str(tmp_path / "applied"), "--themes", str(model), "-q"]) == 0
    assert main(["run", str(corpus), "-o", str(tmp_path / "fitted"), "-q"]) == 0
    for name in ("documents/seed.json", "documents/other.json", "corpus.json"):
        assert (tmp_path / "applied" / name).read_bytes() == (tmp_path / "fitted" / name).read_bytes()
    run = json.loads((tmp_path / "applied" / "run.json").read_text(encoding="utf-8"))
    assert run["themes_model"]["source"] == "given" and "fit" not in run["timings"]

    # A new article gets clusters and themes from the saved model, without a refit.
    new = tmp_path / "new.txt"
    new.write_text("党支部组织党员学习党史，开展主题党日活动。", encoding="utf-8")
    assert main(["run", str(new), "-o", str(tmp_path / "new"), "--themes", str(model), "-q"]) == 0
    doc = json.loads((tmp_path / "new" / "documents" / "new.json").read_text(encoding="utf-8"))
    assert doc["cluster"]["id"] >= 0 and doc["themes"] and doc["paragraphs"][0]["cluster"] is not None


def test_cli_themes_errors(tmp_path, capsys) -> None:
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "o"), "--themes", str(tmp_path / "missing")]) == 1
    assert "not a textmine model directory" in capsys.readouterr().err
    assert main(["themes", "fit", str(tmp_path)]) == 1  # -o is required
    plain = tmp_path / "plain.toml"
    plain.write_text('stages = ["normalize", "segment"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("浙江", encoding="utf-8")
    assert main(["themes", "fit", str(tmp_path / "a.txt"), "-o", str(tmp_path / "m"), "--pipeline", str(plain)]) == 1
    assert "nothing to fit" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["themes", "fit", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "m")]) == 1
    assert "empty.txt: empty file" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_run_is_deterministic_across_processes(tmp_path, seed_text) -> None:
    """Two runs in fresh interpreters with different string-hash seeds: byte-identical outputs."""
    import subprocess

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "other.txt").write_text("省委組織部部署基層黨組織建設。\n黨員志願者進社區服務群眾。", encoding="utf-8")
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), PYTHONHASHSEED=seed)
        cmd = [sys.executable, "-m", "textmine", "run", str(folder), "-o", str(tmp_path / seed), "-q"]
        assert subprocess.run(cmd, env=env, check=False).returncode == 0
    for name in ("corpus.json", "documents/seed.json", "documents/other.json"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
