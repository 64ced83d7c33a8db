"""Label Studio tasks: the text in ``data``, the spans as one prediction.

Each span is a ``labels`` region (``from_name`` "label", ``to_name`` "text")
with code-point ``start``/``end`` (what Label Studio stores since it counts code
points) and its attributes as the region's ``meta.text`` lines, ``key: value``,
which reviewers see and edit in Label Studio and which read back typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import quoteattr

import orjson

from ..errors import InputError
from ..report import label_colours
from .common import sorted_spans, span_record

_JSON_START = re.compile(r"^\s*(?:[-0-9\"\[{]|true|false|null)")
_META_LINE = re.compile(r"^([a-z_][a-z0-9_]*): (.*)$", re.DOTALL)


def _meta_line(key: str, value: Any) -> str:
    # "key: value", readable in Label Studio's region meta; JSON only where a bare
    # string would read back as another type (a number, true, null …) or has a line break.
    if isinstance(value, str) and "\n" not in value:
        if not _JSON_START.match(value):  # cannot be JSON: skip the (slow) failing parse
            return f"{key}: {value}"
        try:
            orjson.loads(value)
        except orjson.JSONDecodeError:
            return f"{key}: {value}"
    return f"{key}: {orjson.dumps(value).decode('utf-8')}"


def _meta_attrs(lines: Iterable[str]) -> dict[str, Any]:
    # Lines we wrote are "key: value"; anything a reviewer typed is kept under "note".
    attrs: dict[str, Any] = {}
    notes = []
    for line in lines:
        m = _META_LINE.match(line)
        if m is None:
            notes.append(line)
            continue
        try:
            attrs[m[1]] = orjson.loads(m[2])
        except orjson.JSONDecodeError:
            attrs[m[1]] = m[2]
    if notes:
        attrs["note"] = "\n".join(notes)
    return attrs


def labelstudio_tasks(documents: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label Studio tasks: the text in ``data``, the spans as one prediction.

    Example:
        >>> doc = {"id": "a", "source": "a.txt", "text": "浙江省委", "pipeline": {"name": "default", "config_hash": "0"},
        ...        "spans": [{"label": "DEPARTMENT", "start": 0, "end": 4, "text": "浙江省委", "attrs": {"level": "province"}}]}
        >>> region = labelstudio_tasks([doc])[0]["predictions"][0]["result"][0]
        >>> region["value"], region["meta"]
        ({'start': 0, 'end': 4, 'text': '浙江省委', 'labels': ['DEPARTMENT']}, {'text': ['level: province']})
    """
    tasks = []
    for doc in documents:
        result = []
        for i, s in enumerate(doc["spans"]):
            region: dict[str, Any] = {
                "id": f"s{i}",
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": s["start"], "end": s["end"], "text": s["text"], "labels": [s["label"]]},
            }
            if s["attrs"]:
                region["meta"] = {"text": [_meta_line(k, v) for k, v in s["attrs"].items()]}
            result.append(region)
        pipeline = doc.get("pipeline") or {}
        tasks.append(
            {
                "data": {"text": doc["text"], "doc_id": doc["id"], "source": doc.get("source", "")},
                "predictions": [
                    {
                        "model_version": f"textmine {pipeline.get('name', '')} {pipeline.get('config_hash', '')}".strip(),
                        "result": result,
                    }
                ],
            }
        )
    return tasks


def labelstudio_config(labels: Sequence[str]) -> str:
    """The labeling configuration (XML) matching the exported tasks.

    The ``Style`` keeps line breaks and spaces visible: Label Studio counts them
    in offsets either way, but trims them on screen without it.

    Example:
        >>> print(labelstudio_config(["PLACE"]))
        <View>
          <Style>.htx-text { white-space: pre-wrap; }</Style>
          <Labels name="label" toName="text">
            <Label value="PLACE" background="#2e9b2e"/>
          </Labels>
          <Text name="text" value="$text"/>
        </View>
        <BLANKLINE>
    """
    rows = [f"    <Label value={quoteattr(x)} background={quoteattr(c)}/>" for x, c in zip(labels, label_colours(labels))]
    return "\n".join(
        [
            "<View>",
            "  <Style>.htx-text { white-space: pre-wrap; }</Style>",
            '  <Labels name="label" toName="text">',
            *rows,
            "  </Labels>",
            '  <Text name="text" value="$text"/>',
            "</View>",
            "",
        ]
    )


def read_labelstudio(tasks: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Spans of Label Studio tasks, by ``data.doc_id``: the first annotation, else the first prediction.

    Raises:
        InputError: a task lacks ``data.text`` or a region is malformed.

    Example:
        >>> task = {"data": {"text": "浙江", "doc_id": "a"}, "predictions": [{"result": [
        ...     {"type": "labels", "value": {"start": 0, "end": 2, "labels": ["PLACE"]}}]}]}
        >>> read_labelstudio([task])["a"][0]["text"]
        '浙江'
    """
    out = {}
    for n, task in enumerate(tasks):
        data = task.get("data") or {}
        if not isinstance(data.get("text"), str):
            raise InputError(f"task {n}", "no data.text")
        runs = [a for a in task.get("annotations") or () if not a.get("was_cancelled")] or task.get("predictions") or [{}]
        spans = []
        for region in runs[0].get("result") or ():
            if region.get("type") != "labels":
                continue
            try:
                value = region["value"]
                attrs = _meta_attrs((region.get("meta") or {}).get("text") or ())
                spans.append(span_record(value["labels"][0], value["start"], value["end"], data["text"], attrs))
            except (KeyError, IndexError, TypeError, ValueError) as err:
                raise InputError(f"task {n}", f"malformed region {region.get('id')!r}: {err!r}") from err
        out[str(data.get("doc_id", n))] = sorted_spans(spans)
    return out
