"""Hostile inputs, generated at test time: each is processed or reported, never a crash."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from textmine.cli import main
from textmine.output import validate_outputs
from textmine.read import read_articles

TRAD = "浙江省直機關工委持續組織開展“黨員進社區共建好家園”活動，動員1400 名黨員在小區公共區域集中亮相。"
SIMP = "浙江省直机关工委持续组织开展“党员进社区共建好家园”活动，动员1400 名党员在小区公共区域集中亮相。"

# name → (bytes, expected): expected is the decoded text for inputs that must be
# processed, or a fragment of the reason for inputs that must be reported.
PROCESSED, REPORTED = "processed", "reported"


def _cases() -> dict[str, tuple[bytes, str, str]]:
    cases = {
        "gb18030.txt": (TRAD.encode("gb18030"), PROCESSED, TRAD),
        "gbk.txt": (SIMP.encode("gbk"), PROCESSED, SIMP),
        "big5.txt": (TRAD.encode("cp950"), PROCESSED, TRAD),
        "utf16le-bom.txt": (codecs.BOM_UTF16_LE + TRAD.encode("utf-16-le"), PROCESSED, TRAD),
        "utf16be-bom.txt": (codecs.BOM_UTF16_BE + TRAD.encode("utf-16-be"), PROCESSED, TRAD),
        "utf16le-nobom.txt": (TRAD.encode("utf-16-le"), PROCESSED, TRAD),
        "utf16be-nobom.txt": (SIMP.encode("utf-16-be"), PROCESSED, SIMP),
        "utf8-bom.txt": (codecs.BOM_UTF8 + TRAD.encode("utf-8"), PROCESSED, TRAD),
        "mojibake.txt": (SIMP.encode("utf-8").decode("latin-1").encode("utf-8"), PROCESSED, SIMP),
        "nul-bytes.txt": ((SIMP + "\x00" + SIMP).encode("utf-8"), PROCESSED, SIMP + "\x00" + SIMP),
        "control-chars.txt": ((SIMP + "\x07\x1b" + SIMP).encode("utf-8"), PROCESSED, SIMP + "\x07\x1b" + SIMP),
        "zero-width.txt": ("省委\u200b組織部和省\u200d網信辦".encode("utf-8"), PROCESSED, "省委\u200b組織部和省\u200d網信辦"),
        "fullwidth-figures.txt": ("收集問題３２６５９個，動員１４００　名黨員".encode(), PROCESSED, "收集問題３２６５９個，動員１４００　名黨員"),
        "quotes.txt": ("“深化‘三服務’與“十四五”、‘未閉合 和 “沒有結尾".encode(), PROCESSED, "“深化‘三服務’與“十四五”、‘未閉合 和 “沒有結尾"),
        "long-line.txt": (("黨建引領" * 50_000).encode("utf-8"), PROCESSED, "黨建引領" * 50_000),
        "empty.txt": (b"", REPORTED, "empty file"),
        "whitespace.txt": (" \n\t\r\n\u3000".encode("utf-8"), REPORTED, "whitespace only"),
        "binary.bin": (bytes(range(256)) * 64, REPORTED, "binary"),
        "png.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 16, REPORTED, "cannot decode"),
        'name with spaces "quoted" \'single\' ..%2F..txt': (TRAD.encode("utf-8"), PROCESSED, TRAD),
        "page.html": (
            (
                "<html><head><title>t</title><style>.x{color:red}</style>"
                "<script>window.__x = '省委';</script></head><body><p>省委&amp;省政府&nbsp;聯合&#x53D1;文</p>"
                "<p><b>兩個</b>維護</p></body></html>"
            ).encode(),
            PROCESSED,
            "省委&省政府 聯合发文\n兩個維護",
        ),
    }
    lines = [
        json.dumps({"id": "../../etc/passwd", "text": TRAD}),
        '{"id": "broken", "text": "沒有結尾',
        json.dumps({"id": "dup", "text": SIMP}),
        json.dumps({"id": "dup", "text": TRAD}),
        '{"id": "surrogate", "text": "黨建\\ud800引領"}',
        json.dumps(["not", "an", "object"]),
    ]
    cases["records.jsonl"] = ("\n".join(lines).encode("utf-8"), PROCESSED, "")
    return cases


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bad") / "in"
    folder.mkdir()
    for name, (data, _, _) in _cases().items():
        (folder / name).write_bytes(data)
    out = folder.parent / "out"
    return folder, out


def test_robustness_every_bad_input_is_reported_and_good_ones_written(bad_run, capsys) -> None:
    folder, out = bad_run
    code = main(["run", str(folder), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    failures = {f["source"]: f["reason"] for f in run["failures"]}
    reported = {f"in/{name}": why for name, (_, kind, why) in _cases().items() if kind == REPORTED}
    reported["in/records.jsonl:2"] = "malformed JSON"
    reported["in/records.jsonl:6"] = "must be an object"
    assert set(failures) == set(reported), f"unexpected failures: {failures}"
    for source, why in reported.items():
        assert why in failures[source], f"{source}: {failures[source]!r} does not say {why!r}"
        assert sum(line.startswith(f"textmine: {source}:") for line in err.splitlines()) == 1
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "documents").glob("*.json")}
    by_source = {d["source"]: d for d in docs.values()}
    for name, (_, kind, text) in _cases().items():
        if kind == PROCESSED and text:
            assert by_source[f"in/{name}"]["text"] == text, name
    assert by_source["in/records.jsonl:1"]["id"] == "etc_passwd"
    assert by_source["in/records.jsonl:3"]["id"] == "dup" and by_source["in/records.jsonl:4"]["id"] == "dup-2"
    assert by_source["in/records.jsonl:5"]["text"] == "黨建\ufffd引領"
    assert all(p.resolve().parent == (out / "documents").resolve() for p in (out / "documents").iterdir())
    assert validate_outputs(out) == {}


def test_robustness_oversized_article_is_split_into_parts(tmp_path: Path) -> None:
    text = ("省委辦公廳印發通知。" * 1000 + "\n") * 30
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    parts = list(read_articles([tmp_path / "big.txt"], max_chars=50_000))
    assert len(parts) > 1 and "".join(p.text for p in parts) == text
    assert all(len(p.text) <= 50_000 for p in parts)
    assert [p.meta["part"] for p in parts] == [str(i) for i in range(1, len(parts) + 1)]
    assert int(parts[1].meta["part_offset"]) == len(parts[0].text)


@pytest.mark.slow
def test_robustness_50_mb_article_is_processed_in_parts(tmp_path: Path) -> None:
    line = "浙江省直機關工委持續組織開展活動，動員1400名黨員參加。" * 40 + "\n"
    text = line * (50_000_000 // len(line.encode("utf-8")) + 1)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text(text, encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    docs = sorted((tmp_path / "out" / "documents").glob("huge--part-*.json"))
    assert len(docs) >= 17
    assert "".join(json.loads(p.read_text(encoding="utf-8"))["text"] for p in docs) == text
