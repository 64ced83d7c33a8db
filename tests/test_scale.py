"""Scale: worker processes, Dask, incremental and resumable runs, all byte-identical to serial."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from textmine import parallel
from textmine.cli import main
from textmine.parallel import ProcessPool, _Echo, batched
from textmine.runner import run_corpus


def _corpus(folder: Path, seed_text: str, n: int) -> Path:
    """``n`` small articles cut from the seed (three paragraphs each, rotating)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [line for line in seed_text.splitlines() if line.strip()]
    for i in range(n):
        chunk = [lines[(i + k) % len(lines)] for k in range(3)]
        (folder / f"a{i:03d}.txt").write_text("\n".join(chunk), encoding="utf-8")
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in (out / "documents").glob("*.json")}
    files["corpus.json"] = (out / "corpus.json").read_bytes()
    files["model.json"] = (out / "model" / "model.json").read_bytes()  # the fit's consensus runs go to the workers
    return files


@pytest.fixture(scope="module")
def serial_run(tmp_path_factory: pytest.TempPathFactory, seed_text: str):
    base = tmp_path_factory.mktemp("scale")
    corpus = _corpus(base / "in", seed_text, 14)
    assert main(["run", str(corpus), "-o", str(base / "serial"), "-w", "1", "-q"]) == 0
    return corpus, _outputs(base / "serial")


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_scale_two_workers_write_the_same_bytes_as_one(serial_run, tmp_path: Path, monkeypatch, fork: bool) -> None:
    corpus, expected = serial_run
    if fork and "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform does not fork")
    monkeypatch.setattr(parallel, "can_fork", lambda: fork)
    out = tmp_path / "parallel"
    report = run_corpus([corpus], out, pipeline=_pipeline(), workers=2, batch_size=2)
    assert len(report.written) == 14
    assert _outputs(out) == expected
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["engine"] == {"name": "local", "workers": 2}


def test_scale_dask_local_cluster_writes_the_same_bytes(serial_run, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    corpus, expected = serial_run
    out = tmp_path / "dask"
    assert main(["run", str(corpus), "-o", str(out), "--engine", "dask", "-w", "2", "-q"]) == 0
    assert _outputs(out) == expected


def test_scale_rerun_skips_unchanged_articles_and_processes_new_ones(serial_run, tmp_path: Path, seed_text: str) -> None:
    corpus, _ = serial_run
    work = tmp_path / "in"
    work.mkdir()
    for path in corpus.iterdir():
        (work / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    first = run_corpus([work], out, pipeline=_pipeline())
    assert len(first.written) == 14 and not first.skipped
    again = run_corpus([work], out, pipeline=_pipeline())
    assert again.written == [] and len(again.skipped) == 14
    (work / "new.txt").write_text("省委組織部部署基層黨組織建設，動員1400名黨員。", encoding="utf-8")
    (work / "a000.txt").write_text("省網信辦牢牢抓住總要求。", encoding="utf-8")
    third = run_corpus([work], out, pipeline=_pipeline())
    assert sorted(third.written) == ["a000", "new"] and len(third.skipped) == 13
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["themes_model"]["source"] == "saved by an earlier run"
    corpus_file = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert corpus_file["documents"] == 15
    forced = run_corpus([work], out, pipeline=_pipeline(), incremental=False)
    assert len(forced.written) == 15


def test_scale_killed_run_resumes_to_the_same_outputs(serial_run, tmp_path: Path, seed_text: str) -> None:
    corpus = _corpus(tmp_path / "in", seed_text * 3, 40)
    reference = tmp_path / "reference"
    assert main(["run", str(corpus), "-o", str(reference), "-w", "1", "-q"]) == 0
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    cmd = [sys.executable, "-m", "textmine", "run", str(corpus), "-o", str(out), "-w", "1", "-q"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list((out / "documents").glob("*.json"))) >= 5:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = len(list((out / "documents").glob("*.json")))
    assert 0 < written < 40, f"the kill came too late or too early ({written} documents)"
    resumed = run_corpus([corpus], out, pipeline=_pipeline())
    assert len(resumed.skipped) >= written - 1  # the document being renamed at the kill may be redone
    assert len(resumed.written) + len(resumed.skipped) == 40
    assert _outputs(out) == _outputs(reference)
    leftovers = [p.name for p in out.rglob("*") if p.name.startswith(".")]
    assert leftovers == []


def test_scale_process_pool_keeps_bounded_work_and_reports_a_dead_worker() -> None:
    with ProcessPool(_Echo(), workers=2) as pool:
        results = dict(pool.map(batched(range(10), 3), max_in_flight=2))
    assert results == {0: [0, 1, 2], 1: [3, 4, 5], 2: [6, 7, 8], 3: [9]}


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_scale_process_pool_serves_several_maps_and_drops_a_left_map(start_method: str) -> None:
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} here")
    with parallel.ProcessPool(_Echo(), workers=2, start_method=start_method) as pool:
        left = pool.map(batched(range(10), 1), max_in_flight=4)
        assert next(left)[1] in ([0], [1], [2], [3])
        left.close()  # three batches of this map are still out: their results must not reach the next map
        assert sorted(pool.map([["a"], ["b"]])) == [(0, ["a"]), (1, ["b"])]
        assert sorted(pool.map([["c"]])) == [(0, ["c"])]
        pool.post([["posted"], ["posted"]])  # work nobody waits for: its results reach no map
        assert sorted(pool.map([["d"], ["e"]])) == [(0, ["d"]), (1, ["e"])]


def test_scale_run_workers_stay_in_this_process_for_a_few_batches() -> None:
    with parallel.RunWorkers(_Echo(), _Echo(), workers=2) as pool:
        assert sorted(pool.map([[1], [2]])) == [(0, [1]), (1, [2])]
        pool.post([[0]])  # no worker runs: nothing to hand over
        assert not pool.started
        assert sorted(pool.map([[1], [2], [3]])) == [(0, [1]), (1, [2]), (2, [3])]
        assert pool.started


def test_scale_cli_rejects_bad_engine_options(tmp_path: Path, capsys) -> None:
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "o"), "-w", "0"]) == 1
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]) == 1
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def _pipeline():
    from textmine import Pipeline

    return Pipeline.from_config()
