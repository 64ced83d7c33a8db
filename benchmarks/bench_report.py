"""Review page and exports on 1,000 realistic articles: size, build time, open time.

The 85 political dev articles (../shared/data/political/dev.jsonl, or
$TEXTMINE_SHARED) go through the default pipeline once; their documents are
then cycled to 1,000 (ids suffixed, copies 85 articles apart, so gzip cannot
exploit the repetition), each given synthetic spans on token boundaries at the
density of the seed article's gold (130 spans in 2,561 characters) with
attributes shaped like the extractors' — denser than what the extractors find
in these articles, so the sizes are an upper bound. Prints the size of the page
with and without compression, the time to build it, the export times, and
(when /usr/bin/chromium and playwright are present) how long Chromium takes to
open it and to render an article.

    python benchmarks/bench_report.py [--articles 1000] [--density 0.0508]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from textmine import Pipeline
from textmine.export import export_outputs
from textmine.output import dumps, read_documents, write_atomic
from textmine.records import Article
from textmine.report import write_report

ROOT = Path(__file__).resolve().parents[1]
_ATTRS = {
    "FIGURE": {"value": 7000, "approx": "more_than", "unit": "个", "subject": "基层党组织"},
    "SLOGAN": {"kind": "formula", "quoted": True, "canonical": None},
    "DEPARTMENT": {"level": "province", "kind": "party", "canonical": "中共浙江省委"},
    "PERSON": {},
    "PLACE": {},
    "DATE": {"value": "2021"},
}


def _documents(pipeline: Pipeline, dev: Path, density: float) -> list[dict]:
    docs = []
    for line in dev.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        result = pipeline.process(Article.from_text(record["text"], id=record["id"]))
        doc = pipeline.document(result)
        doc.pop("tokens", None)
        words = [t for t in result.doc.tokens if len(t.text) >= 2 and t.text.strip()]
        step = max(1, round(len(words) / max(1, density * len(record["text"]))))
        labels = list(_ATTRS)
        doc["spans"] = [
            {"label": labels[i % 6], "start": t.start, "end": t.end, "text": t.text, "norm": t.norm, "sentence": 0, "attrs": _ATTRS[labels[i % 6]]}
            for i, t in enumerate(words[::step])
        ]
        docs.append(doc)
    return docs


def _open_time(path: Path) -> str:
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "playwright not installed"
    if not chromium.exists():
        return "no /usr/bin/chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready]", timeout=120_000)
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        page.evaluate("() => { location.hash = 'doc=' + encodeURIComponent(document.querySelector('#doc-list li:last-child').title); }")
        page.wait_for_selector("#text")
        article = time.perf_counter() - t0
        browser.close()
    return f"opened in {opened:.2f} s, last article rendered in {article:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--density", type=float, default=130 / 2561, help="synthetic spans per character")
    args = parser.parse_args()
    shared = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))
    dev = shared / "data" / "political" / "dev.jsonl"
    if not dev.exists():
        print(f"no {dev}: set TEXTMINE_SHARED", file=sys.stderr)
        return 1
    base = _documents(Pipeline.from_config(), dev, args.density)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        chars = spans = 0
        for i in range(args.articles):
            doc = dict(base[i % len(base)], id=f"{base[i % len(base)]['id']}-{i:04d}")
            chars += len(doc["text"])
            spans += len(doc["spans"])
            write_atomic(out / "documents" / f"{doc['id']}.json", dumps(doc))
        print(f"{args.articles} articles, {chars:,} chars, {spans:,} spans (synthetic, density {args.density:.4f}/char)")
        t0 = time.perf_counter()
        read_documents(out)
        reading = time.perf_counter() - t0
        print(f"reading and validating the documents (part of every command below): {reading:.2f} s")
        for compress in ("never", "auto"):
            t0 = time.perf_counter()
            result = write_report(out, Path(tmp) / f"report-{compress}.html", compress=compress)
            seconds = time.perf_counter() - t0
            print(f"report --compress {compress}: {result.size / 1e6:.1f} MB in {seconds:.2f} s (compressed: {result.compressed})")
            print(f"  chromium: {_open_time(result.path)}")
        for fmt in ("labelstudio", "doccano", "brat", "spacy"):
            t0 = time.perf_counter()
            res = export_outputs(out, fmt, Path(tmp) / fmt)
            size = sum(p.stat().st_size for p in res.files)
            print(f"export {fmt:11s} {time.perf_counter() - t0:6.2f} s  {size / 1e6:6.1f} MB  {len(res.warnings)} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
