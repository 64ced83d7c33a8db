"""spaCy ``DocBin``: ``spacy.blank("zh")`` docs, one token per character, so every span aligns.

All spans go to ``doc.spans["textmine"]`` (overlaps allowed), the longest
non-overlapping ones to ``doc.ents``, attributes and normalized forms to
``doc.user_data["textmine"]``. spaCy is imported only when these functions run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .common import sorted_spans, span_record


def _spacy():
    try:
        import spacy
        from spacy.tokens import DocBin
        from spacy.util import filter_spans
    except ImportError as err:
        raise ImportError("the spacy export needs spaCy: pip install 'textmine[spacy]'") from err
    return spacy, DocBin, filter_spans


def spacy_docbin(documents: Sequence[dict[str, Any]]) -> tuple[Any, list[str]]:
    """A ``DocBin`` of the documents, and a warning per span that does not align.

    Example:
        >>> db, warnings = spacy_docbin([{"id": "a", "text": "浙江省委", "spans": [
        ...     {"label": "DEPARTMENT", "start": 0, "end": 4, "norm": "浙江省委", "attrs": {}},
        ...     {"label": "PLACE", "start": 0, "end": 2, "norm": "浙江", "attrs": {}}]}])
        >>> len(db), warnings
        (1, [])
    """
    spacy, DocBin, filter_spans = _spacy()
    nlp = spacy.blank("zh")  # the default Chinese segmenter is per character: every span aligns
    docbin, warnings = DocBin(store_user_data=True), []
    for doc in documents:
        sdoc = nlp.make_doc(doc["text"])
        spans, records = [], []
        for s in doc["spans"]:
            span = sdoc.char_span(s["start"], s["end"], label=s["label"])
            if span is None:  # only a span starting or ending on whitespace spaCy folds into a token
                warnings.append(f"{doc['id']}: {s['label']} {s['start']}..{s['end']}: not on token boundaries; left out")
                continue
            spans.append(span)
            records.append({"attrs": s["attrs"], "norm": s["norm"]})
        sdoc.spans["textmine"] = spans
        sdoc.ents = filter_spans(spans)  # longest first: a slogan wins over the organ inside it
        sdoc.user_data["textmine"] = {"id": doc["id"], "source": doc.get("source", ""), "spans": records}
        docbin.add(sdoc)
    return docbin, warnings


def read_docbin(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Spans of a ``DocBin`` written by :func:`export_outputs`, by article id.

    Example:
        >>> import tempfile, pathlib
        >>> db, _ = spacy_docbin([{"id": "a", "text": "浙江", "spans": [
        ...     {"label": "PLACE", "start": 0, "end": 2, "norm": "浙江", "attrs": {}}]}])
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.spacy"; db.to_disk(p)
        >>> read_docbin(p)["a"][0]["label"]
        'PLACE'
    """
    spacy, DocBin, _ = _spacy()
    out = {}
    for sdoc in DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab):
        info = sdoc.user_data.get("textmine") or {}
        records = info.get("spans") or [{}] * len(sdoc.spans["textmine"])
        out[str(info.get("id", len(out)))] = sorted_spans(
            span_record(sp.label_, sp.start_char, sp.end_char, sdoc.text, r.get("attrs"))
            for sp, r in zip(sdoc.spans["textmine"], records, strict=True)
        )
    return out
