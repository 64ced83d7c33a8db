"""doccano sequence labeling: JSONL with ``text`` and ``label: [[start, end, LABEL]]``.

doccano has no span attributes: labels and offsets only (``doc_id`` rides along
as metadata).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from ..errors import InputError
from .common import sorted_spans, span_record


def doccano_records(documents: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """doccano sequence-labeling records: ``text`` and ``label: [[start, end, LABEL]]``.

    Example:
        >>> doccano_records([{"id": "a", "text": "浙江", "spans": [{"label": "PLACE", "start": 0, "end": 2}]}])
        [{'text': '浙江', 'label': [[0, 2, 'PLACE']], 'doc_id': 'a'}]
    """
    return [
        {"text": d["text"], "label": [[s["start"], s["end"], s["label"]] for s in d["spans"]], "doc_id": d["id"]}
        for d in documents
    ]


def doccano_jsonl(documents: Sequence[dict[str, Any]]) -> bytes:
    """The records as JSONL bytes, one per line.

    U+2028 and U+2029 are escaped: JSON allows them raw, but readers that split
    lines like ``str.splitlines`` would cut a record in two.

    Example:
        >>> data = doccano_jsonl([{"id": "a", "text": "浙\\u2028江", "spans": []}])
        >>> data.count(b"\\n"), "\\u2028".encode() in data
        (1, False)
    """
    data = b"".join(orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE) for r in doccano_records(documents))
    return data.replace("\u2028".encode(), b"\\u2028").replace("\u2029".encode(), b"\\u2029")


def read_doccano(lines: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Spans of doccano JSONL lines, by ``doc_id`` (line number when absent).

    Raises:
        InputError: a line is not JSON or its labels are malformed.

    Example:
        >>> read_doccano(['{"text": "浙江", "label": [[0, 2, "PLACE"]], "doc_id": "a"}'])["a"][0]["label"]
        'PLACE'
    """
    out = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
            out[str(record.get("doc_id", n))] = sorted_spans(span_record(lab, a, b, record["text"]) for a, b, lab in record["label"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as err:
            raise InputError(f"doccano line {n}", f"malformed record: {err}") from err
    return out
