"""Realistic output folders for the report and export tests, generated (never stored).

The default pipeline writes documents without spans until the extractors land,
so these helpers run it for the documents' shape (paragraphs, sentences, tokens,
pipeline hash) and add hand-written spans of every label: figures with value,
approx, unit and subject; slogans with kind, canonical and nesting (三服務 inside
the campaign that quotes it); departments with level, kind and canonical;
people, places and dates; one pair of crossing spans. Paragraph themes, clusters,
keywords and a ``corpus.json`` follow the contract of the themes stage.

``xss_document`` is an article whose text, title, source, attributes, labels,
themes and keywords all carry markup that must render as text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from textmine.output import document_dict, dumps, write_atomic
from textmine.records import Article, Span

TAXONOMY = [
    ("political-building", "政治建设"),
    ("theory-study", "理论学习"),
    ("organization-building", "组织建设"),
    ("conduct-service", "作风与服务"),
    ("common-prosperity", "共同富裕"),
    ("economy", "经济发展"),
]
# Cue words (simplified) → theme: enough to give each paragraph a plausible top theme.
_CUES = {
    "political-building": ("两个维护", "放心", "政治"),
    "theory-study": ("学习", "理论", "读原著"),
    "organization-building": ("支部", "组织", "堡垒"),
    "conduct-service": ("三服务", "服务", "问题"),
    "common-prosperity": ("共同富裕", "共富"),
    "economy": ("生产总值", "增长", "投资"),
}

_DEPT = {"kind": "party"}
# (label, surface, attrs): every occurrence of the surface becomes a span.
SEED_SPANS: list[tuple[str, str, dict[str, Any]]] = [
    ("PERSON", "徐曉鳳", {}),
    ("PERSON", "習近平", {"title": "總書記"}),
    ("PERSON", "謝高華", {}),
    ("PERSON", "陳立群", {}),
    ("DATE", "2019年7月9日", {"value": "2019-07-09"}),
    ("DATE", "2021年", {"value": "2021"}),
    ("DEPARTMENT", "中央和國家機關", {**_DEPT, "level": "central", "canonical": "中央和国家机关"}),
    ("DEPARTMENT", "黨中央", {**_DEPT, "level": "central", "canonical": "中共中央"}),
    ("DEPARTMENT", "浙江省委", {**_DEPT, "level": "province", "canonical": "中共浙江省委"}),
    ("DEPARTMENT", "省委辦公廳", {**_DEPT, "level": "province", "canonical": "中共浙江省委办公厅"}),
    ("DEPARTMENT", "省委組織部", {**_DEPT, "level": "province", "canonical": "中共浙江省委组织部"}),
    ("DEPARTMENT", "省直機關工委", {**_DEPT, "level": "province", "canonical": "中共浙江省直属机关工作委员会"}),
    ("DEPARTMENT", "省網信辦", {**_DEPT, "level": "province", "canonical": "浙江省委网络安全和信息化委员会办公室"}),
    ("DEPARTMENT", "省審計廳", {"kind": "state", "level": "province", "canonical": "浙江省审计厅"}),
    ("DEPARTMENT", "省人大常委會機關", {"kind": "people's congress", "level": "province", "canonical": "浙江省人大常委会机关"}),
    ("DEPARTMENT", "省經信廳", {"kind": "state", "level": "province", "canonical": "浙江省经济和信息化厅"}),
    ("DEPARTMENT", "杭州市拱墅區天水街道", {"kind": "state", "level": "township", "canonical": None}),
    ("DEPARTMENT", "武林商圈黨建聯盟", {"kind": "alliance", "level": None}),
    ("PLACE", "浙江", {}),
    ("PLACE", "中國", {}),
    ("PLACE", "杭州市", {}),
    ("SLOGAN", "讓黨中央放心、讓人民群眾滿意", {"kind": "directive", "canonical": "让党中央放心、让人民群众满意", "quoted": True}),
    ("SLOGAN", "讓黨中央放心、讓人民滿意", {"kind": "directive", "canonical": "让党中央放心、让人民群众满意", "quoted": False}),
    ("SLOGAN", "習近平新時代中國特色社會主義思想", {"kind": "formula", "quoted": False}),
    ("SLOGAN", "兩個維護", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "三個表率", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "八八戰略", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "重要窗口", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "走在前、作表率", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "紅色根脈強基工程", {"kind": "campaign", "quoted": True}),
    ("SLOGAN", "深化拓展‘三服務’、凝心聚力‘十四五’", {"kind": "campaign", "quoted": True}),
    ("SLOGAN", "三服務", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "共同富裕示范區", {"kind": "formula", "quoted": False}),
    ("SLOGAN", "黨員進社區共建好家園", {"kind": "campaign", "quoted": True}),
    ("SLOGAN", "思想政治工作是一切工作的生命線", {"kind": "directive", "quoted": True}),
    ("FIGURE", "7000多個", {"value": 7000, "approx": "more_than", "unit": "個", "subject": "省直機關基層黨組織"}),
    ("FIGURE", "9萬多名", {"value": 90000, "approx": "more_than", "unit": "名", "subject": "省直機關黨員干部"}),
    ("FIGURE", "890 余個", {"value": 890, "approx": "more_than", "unit": "個", "subject": "青年理論學習小組"}),
    ("FIGURE", "36支", {"value": 36, "approx": "exact", "unit": "支", "subject": "先鋒志愿隊"}),
    ("FIGURE", "1400 名", {"value": 1400, "approx": "exact", "unit": "名", "subject": "黨員"}),
    ("FIGURE", "上百場", {"value": 100, "approx": "about", "unit": "場", "subject": "小型活動"}),
    ("FIGURE", "6610余次", {"value": 6610, "approx": "more_than", "unit": "次", "subject": "“三服務”活動"}),
    ("FIGURE", "32659個", {"value": 32659, "approx": "exact", "unit": "個", "subject": "問題"}),
    ("FIGURE", "31994個", {"value": 31994, "approx": "exact", "unit": "個", "subject": "問題"}),
]

GANSU_TEXT = (
    "甘肃省兰州市人民政府工作报告(摘要)\n"
    "2025年,全省生产总值增长6.2%,固定资产投资完成1.2亿元以上的项目达到860余个。\n"
    "我们坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,"
    "坚决做到“两个维护”,推动“强省会”战略落地见效。\n"
    "省委组织部、省发展改革委联合开展“三服务”活动,帮助企业解决问题1200多个。\n"
)
GANSU_SPANS: list[tuple[str, str, dict[str, Any]]] = [
    ("PLACE", "甘肃省兰州市", {}),  # crosses the department below: 兰州市 is in both
    ("DEPARTMENT", "兰州市人民政府", {"kind": "state", "level": "city", "canonical": "兰州市人民政府"}),
    ("DATE", "2025年", {"value": "2025"}),
    ("FIGURE", "6.2%", {"value": 6.2, "approx": "exact", "unit": "%", "subject": "全省生产总值"}),
    ("FIGURE", "1.2亿元以上", {"value": 120000000, "approx": "more_than", "unit": "元", "subject": None}),
    ("FIGURE", "860余个", {"value": 860, "approx": "more_than", "unit": "个", "subject": "项目"}),
    ("FIGURE", "1200多个", {"value": 1200, "approx": "more_than", "unit": "个", "subject": "问题"}),
    ("PERSON", "习近平", {}),
    ("SLOGAN", "习近平新时代中国特色社会主义思想", {"kind": "formula", "quoted": False}),
    ("SLOGAN", "两个维护", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "强省会", {"kind": "formula", "quoted": True}),
    ("SLOGAN", "三服务", {"kind": "formula", "quoted": True}),
    ("DEPARTMENT", "省委组织部", {"kind": "party", "level": "province", "canonical": "中共甘肃省委组织部"}),
    ("DEPARTMENT", "省发展改革委", {"kind": "state", "level": "province", "canonical": "甘肃省发展和改革委员会"}),
    ("DATE", "二十大", {"value": None}),
]

XSS = '<script>window.__xss=1</script>'
XSS_TEXT = (
    "测试<script>window.__xss=1</script>标题\n"
    '"><img src=x onerror="window.__xss=2">省委办公厅</textarea></script><!-- 注释 -->\n'
    "<svg onload=\"window.__xss=3\"></svg>“<b>两个维护</b>”&amp; 1,000 名 ${x} {{DATA}} \u2028 𠀀甘肃\n"
)
XSS_SPANS: list[tuple[str, str, dict[str, Any]]] = [
    ("DEPARTMENT", "省委办公厅", {"canonical": '"><img src=x onerror="window.__xss=4">', "level": "<i>province</i>"}),
    ("SLOGAN", "<b>两个维护</b>", {"kind": "</textarea><script>window.__xss=5</script>", "quoted": True}),
    ("FIGURE", "1,000 名", {"value": 1000, "approx": "exact", "unit": "名", "subject": "<script>window.__xss=6</script>"}),
    ('X"><img src=x onerror=window.__xss=7>', "<script>window.__xss=1</script>", {}),
    ("PLACE", "甘肃", {}),
]


def _spans(analysed, table: list[tuple[str, str, dict[str, Any]]]) -> list[Span]:
    text, norm = analysed.text, analysed.norm
    spans = []
    for label, surface, attrs in table:
        start = text.find(surface)
        assert start >= 0, f"{surface!r} not in the fixture text"
        while start >= 0:
            end = start + len(surface)
            spans.append(Span(label, start, end, text[start:end], norm[start:end], attrs))
            start = text.find(surface, end)
    return spans


def _theme_scores(norm: str) -> list[dict[str, Any]]:
    hits = {tid: sum(norm.count(c) for c in cues) for tid, cues in _CUES.items()}
    found = sorted(((n, tid) for tid, n in hits.items() if n), key=lambda x: (-x[0], x[1]))
    labels = dict(TAXONOMY)
    return [{"id": tid, "label": labels[tid], "score": round(min(0.95, 0.3 + 0.1 * n), 2)} for n, tid in found[:2]]


def fixture_document(pipeline, text: str, doc_id: str, table, *, meta: dict[str, str] | None = None) -> dict[str, Any]:
    """One document with the spans of ``table`` and theme, cluster and keyword fields."""
    analysed = pipeline.analyze(Article.from_text(text, id=doc_id, source=f"corpus/{doc_id}.txt"))
    data = document_dict(
        analysed,
        _spans(analysed, table),
        pipeline_name=pipeline.config.name,
        config_hash=pipeline.config_hash,
        with_tokens=False,
    )
    paragraph_themes = [_theme_scores(analysed.norm[p.start : p.end]) for p in analysed.paragraphs]
    ids = [tid for tid, _ in TAXONOMY]
    for para, themes in zip(data["paragraphs"], paragraph_themes, strict=True):
        para["themes"] = themes
        para["cluster"] = ids.index(themes[0]["id"]) if themes else 6
    tops = Counter(t[0]["id"] for t in paragraph_themes if t)
    total = sum(tops.values()) or 1
    labels = dict(TAXONOMY)
    data["themes"] = [{"id": tid, "label": labels[tid], "score": round(n / total, 3)} for tid, n in tops.most_common(3)]
    words = Counter(t.norm for t in analysed.tokens if len(t.norm) >= 2 and t.norm.strip())
    data["keywords"] = [{"term": w, "weight": round(n / len(analysed.tokens), 4)} for w, n in words.most_common(12)]
    top = data["themes"][0]["id"] if data["themes"] else "economy"
    data["cluster"] = {"id": ids.index(top), "terms": [k["term"] for k in data["keywords"][:5]]}
    if meta:
        data["meta"] = dict(meta)
    return data


def corpus_json(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``corpus.json`` of ``documents`` as the themes stage's contract describes it."""
    totals: dict[str, dict[str, int]] = {}
    clusters: dict[str, dict[int, dict[str, Any]]] = {"paragraph": {}, "article": {}}
    index: dict[str, dict[str, dict[str, Any]]] = {}
    for doc in documents:
        if doc["themes"]:
            totals.setdefault(doc["themes"][0]["id"], {"articles": 0, "paragraphs": 0})["articles"] += 1
        c = clusters["article"].setdefault(doc["cluster"]["id"], {"terms": doc["cluster"]["terms"], "members": []})
        c["members"].append(doc["id"])
        for i, p in enumerate(doc["paragraphs"]):
            if p["themes"]:
                totals.setdefault(p["themes"][0]["id"], {"articles": 0, "paragraphs": 0})["paragraphs"] += 1
            c = clusters["paragraph"].setdefault(p["cluster"], {"terms": [f"词{p['cluster']}", "机关党建"], "members": []})
            c["members"].append(f"{doc['id']}#{i}")
        for s in doc["spans"]:
            if s["label"] in ("DEPARTMENT", "SLOGAN", "PERSON", "PLACE"):
                key = s["attrs"].get("canonical") or s["norm"]
                e = index.setdefault(s["label"], {}).setdefault(key, {"count": 0, "articles": set(), "variants": Counter()})
                e["count"] += 1
                e["articles"].add(doc["id"])
                e["variants"][s["text"]] += 1
    return {
        "schema": "textmine.corpus/1",
        "pipeline": dict(documents[0]["pipeline"]) if documents else {"name": "default", "config_hash": ""},
        "documents": len(documents),
        "themes": {"taxonomy": [{"id": i, "label": lab} for i, lab in TAXONOMY], "totals": totals},
        "clusters": {
            level: [{"id": k, "size": len(v["members"]), "terms": v["terms"], "members": sorted(v["members"])} for k, v in sorted(found.items())]
            for level, found in clusters.items()
        },
        "index": {
            label: {k: {"count": e["count"], "articles": sorted(e["articles"]), "variants": dict(e["variants"])} for k, e in entries.items()}
            for label, entries in index.items()
        },
    }


def fixture_documents(pipeline, seed_text: str, *, xss: bool = True) -> list[dict[str, Any]]:
    """The seed article (traditional), a short simplified report, and (optionally) the markup article."""
    docs = [
        fixture_document(pipeline, seed_text, "article-zj-party-building", SEED_SPANS, meta={"title": "浙江省直機關黨建"}),
        fixture_document(pipeline, GANSU_TEXT, "gansu-report", GANSU_SPANS, meta={"title": "兰州市政府工作报告", "date": "2026-01-20"}),
    ]
    if xss:
        doc = fixture_document(pipeline, XSS_TEXT, "xss", XSS_SPANS, meta={"title": XSS + "标题"})
        doc["source"] = 'corpus/"><img src=x onerror="window.__xss=8">.txt'
        doc["keywords"].insert(0, {"term": "<img src=x onerror=window.__xss=9>", "weight": 0.5})
        doc["cluster"]["terms"].insert(0, "</script><script>window.__xss=10</script>")
        docs.append(doc)
    return docs


def write_outputs(out: Path, documents: list[dict[str, Any]], *, corpus: bool = True) -> Path:
    """Write ``documents`` (and their corpus.json) as ``textmine run`` lays out an output folder."""
    for doc in documents:
        write_atomic(out / "documents" / f"{doc['id']}.json", dumps(doc))
    if corpus:
        write_atomic(out / "corpus.json", dumps(corpus_json(documents)))
    return out
