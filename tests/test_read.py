"""read: formats, encodings, ids, and bad inputs reported without stopping the others."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from textmine.errors import InputError
from textmine.read import decode_bytes, html_to_text, iter_sources, read_articles, sanitize_id
from textmine.records import Article, Failure

TEXT = "浙江省直機關工委持續組織開展“黨員進社區共建好家園”活動，動員1400 名黨員。"


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("utf-8", TEXT.encode("utf-8"), "utf-8"),
        ("utf-8-sig", TEXT.encode("utf-8-sig"), "utf-8-sig"),
        ("utf-16", TEXT.encode("utf-16"), "utf-16-le"),
        ("utf-16-be+bom", b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        ("gb18030", TEXT.encode("gb18030"), "gb18030"),
        ("big5", TEXT.encode("cp950"), "big5"),
    ],
)
def test_read_decodes_and_records_encoding(encoding: str, data: bytes, expected: str) -> None:
    text, found = decode_bytes(data, source="a.txt")
    assert text == TEXT
    assert found == expected


def test_read_detects_simplified_gbk_against_big5(seed_text) -> None:
    simplified = "浙江省直机关工委持续组织开展党员进社区共建好家园活动，动员党员在小区公共区域集中亮相。"
    assert decode_bytes(simplified.encode("gbk"), source="a") == (simplified, "gb18030")
    assert decode_bytes(seed_text.encode("cp950"), source="a") == (seed_text, "big5")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "whitespace only"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 30, "cannot decode"),
    ],
)
def test_read_reports_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode_bytes(data, source="bad.bin")
    assert info.value.source == "bad.bin"


def test_read_html_keeps_visible_text_only() -> None:
    text, title = html_to_text(
        "<html><head><title>標題</title><style>p{}</style></head><body>"
        "<p>省委&nbsp;辦公廳</p><script>alert(1)</script><div>第二段<br>第三段</div></body></html>"
    )
    assert title == "標題"
    assert text == "省委 辦公廳\n第二段\n第三段"


def test_read_folder_recursively_with_stable_safe_ids(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("省委", encoding="utf-8")
    (tmp_path / "a.txt").write_text("省委", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("省委", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>省委</p>", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert [a.id for a in items] == ["a", "c", "sub__b"]
    assert all(a.source.startswith(tmp_path.name + "/") for a in items)
    assert [a.format for a in items] == ["txt", "html", "md"]


def test_read_ids_do_not_depend_on_argument_order(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "same.txt").write_text(name, encoding="utf-8")
    one = [(a.source, a.id) for a in read_articles([tmp_path / "x", tmp_path / "y"])]
    two = [(a.source, a.id) for a in read_articles([tmp_path / "y", tmp_path / "x"])]
    assert one == two == [("x/same.txt", "same"), ("y/same.txt", "same-2")]


def test_read_jsonl_lines_with_ids_meta_and_a_broken_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "../a b", "text": "省委", "title": "T", "date": "2021-01-01", "url": "http://x"}),
        "{broken",
        json.dumps({"text": "國務院"}),
        json.dumps({"id": "../a b", "text": "省政府"}),
        json.dumps({"text": 3}),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_articles([tmp_path / "c.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article", "Article", "Failure"]
    first = items[0]
    assert isinstance(first, Article) and first.id == "a_b" and first.meta == {"title": "T", "date": "2021-01-01", "url": "http://x"}
    assert items[1].source == "c.jsonl:2" and "malformed JSON" in items[1].reason
    assert items[2].id == "c-3"
    assert items[3].id == "a_b-2"
    assert isinstance(items[4], Failure) and "string 'text'" in items[4].reason


def test_read_stdin() -> None:
    items = list(read_articles(["-"], stdin=io.BytesIO(TEXT.encode("gb18030"))))
    assert len(items) == 1 and items[0].text == TEXT and items[0].id == "stdin" and items[0].encoding == "gb18030"


def test_read_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        iter_sources([tmp_path / "missing"])


@pytest.mark.parametrize(("raw", "safe"), [("../../etc/passwd", "etc_passwd"), ("..", "article"), ("報告 2021", "報告_2021"), ("a" * 300, None)])
def test_read_sanitize_id_never_escapes(raw: str, safe: str | None) -> None:
    out = sanitize_id(raw)
    assert "/" not in out and not out.startswith(".") and len(out) <= 130
    if safe is not None:
        assert out == safe


def test_output_folder_inside_an_input_folder_is_no_input(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "out" / "documents").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "out" / "documents" / "a.json").write_text("{}", encoding="utf-8")
    (corpus / "link.json").symlink_to(corpus / "out" / "documents" / "a.json")  # a link into it is left out too
    names = [s.name for s in iter_sources([corpus], exclude=[corpus / "out"])]
    assert names == ["corpus/a.txt"]
    assert len(iter_sources([corpus])) == 3
