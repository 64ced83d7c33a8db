"""brat standoff: ``<id>.txt`` + ``<id>.ann``, with ``annotation.conf`` and ``visual.conf``.

``T`` lines carry the spans; ``A`` lines the enumerated attributes
(:data:`BRAT_ATTRIBUTES`, declared in annotation.conf with the values found);
one ``AnnotatorNotes`` line per span holds every attribute and the normalized
form as JSON. brat offsets are code points of the ``.txt``. A brat span may not
cross a line break: such a span becomes a discontinuous span, one fragment per
line with the line breaks left out, and :func:`read_brat` joins the fragments
back into the original span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import orjson

from ..errors import InputError
from ..report import label_colours, ordered_labels
from .common import sorted_spans, span_record

#: Attributes with a small set of token values: brat ``A`` lines, declared in annotation.conf.
BRAT_ATTRIBUTES = ("approx", "kind", "level", "quoted")
_BRAT_TOKEN = re.compile(r"^[A-Za-z0-9_.-]+$")
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # what str.splitlines breaks on


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    frags, cursor = [], start
    for m in _LINE_BREAK.finditer(text, start, end):
        if m.start() > cursor:
            frags.append((cursor, m.start()))
        cursor = m.end()
    if end > cursor:
        frags.append((cursor, end))
    return frags


def brat_annotations(doc: dict[str, Any]) -> tuple[str, list[str]]:
    """The ``.ann`` standoff of one document, and a warning per span it cannot carry.

    Example:
        >>> doc = {"id": "a", "text": "八八\\n戰略", "spans": [{"label": "SLOGAN", "start": 0, "end": 5,
        ...        "text": "八八\\n戰略", "norm": "八八\\n战略", "attrs": {"kind": "formula"}}]}
        >>> for line in brat_annotations(doc)[0].splitlines():
        ...     print(line.replace("\\t", " | "))
        T1 | SLOGAN 0 2;3 5 | 八八 戰略
        A1 | kind T1 formula
        #1 | AnnotatorNotes T1 | {"attrs":{"kind":"formula"},"norm":"八八\\n战略"}
    """
    text, lines, warnings = doc["text"], [], []
    n_attr = n_note = n_text = 0
    for s in doc["spans"]:
        frags = _fragments(text, s["start"], s["end"])
        where = f"{doc['id']}: {s['label']} {s['start']}..{s['end']}"
        if not _BRAT_TOKEN.match(s["label"]):
            warnings.append(f"{where}: label is not a brat type name (letters, digits, _ . -); left out")
            continue
        if not frags:
            warnings.append(f"{where}: span holds only line breaks; left out")
            continue
        n_text += 1
        offsets = ";".join(f"{a} {b}" for a, b in frags)
        lines.append(f"T{n_text}\t{s['label']} {offsets}\t{' '.join(text[a:b] for a, b in frags)}")
        for key in BRAT_ATTRIBUTES:
            value = s["attrs"].get(key)
            value = str(value).lower() if isinstance(value, bool) else value
            if isinstance(value, str) and _BRAT_TOKEN.match(value):
                n_attr += 1
                lines.append(f"A{n_attr}\t{key} T{n_text} {value}")
        norm = s["norm"]
        if s["attrs"] or norm != s["text"]:
            n_note += 1
            note = orjson.dumps({"attrs": s["attrs"], "norm": norm}, option=orjson.OPT_SORT_KEYS)
            lines.append(f"#{n_note}\tAnnotatorNotes T{n_text}\t{note.decode('utf-8')}")
    return "".join(line + "\n" for line in lines), warnings


def brat_config(documents: Sequence[dict[str, Any]]) -> tuple[str, str]:
    """``annotation.conf`` and ``visual.conf`` for the labels and attributes found in ``documents``.

    Example:
        >>> conf, visual = brat_config([{"spans": [{"label": "FIGURE", "attrs": {"approx": "exact"}}]}])
        >>> conf.splitlines()[-1]
        'approx Arg:FIGURE, Value:exact'
    """
    labels = [x for x in ordered_labels(documents) if _BRAT_TOKEN.match(x)]
    seen: dict[str, tuple[set[str], set[str]]] = {}
    for doc in documents:
        for s in doc["spans"]:
            for key in BRAT_ATTRIBUTES:
                value = s["attrs"].get(key)
                value = str(value).lower() if isinstance(value, bool) else value
                if isinstance(value, str) and _BRAT_TOKEN.match(value) and _BRAT_TOKEN.match(s["label"]):
                    args, values = seen.setdefault(key, (set(), set()))
                    args.add(s["label"])
                    values.add(value)
    conf = [
        "# textmine export: the entity types and attributes of the exported documents.",
        "[entities]",
        *labels,
        "[relations]",
        "# nested and overlapping spans are allowed",
        "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "[events]",
        "[attributes]",
        *(f"{k} Arg:{'|'.join(sorted(a))}, Value:{'|'.join(sorted(v))}" for k, (a, v) in sorted(seen.items())),
    ]
    visual = ["[labels]", *(f"{x} | {x}" for x in labels), "[drawing]"]
    visual += [f"{x}\tbgColor:{c}" for x, c in zip(labels, label_colours(labels))]
    return "\n".join(conf) + "\n", "\n".join(visual) + "\n"


def read_brat(text: str, ann: str) -> list[dict[str, Any]]:
    """Spans of a brat ``.ann`` over its ``.txt``: fragments rejoin, notes give back attributes.

    Raises:
        InputError: a line does not parse, or a span's text disagrees with its offsets.

    Example:
        >>> read_brat("八八\\n戰略", "T1\\tSLOGAN 0 2;3 5\\t八八 戰略\\n")[0]["text"]
        '八八\\n戰略'
    """
    spans: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        try:
            key, rest = line.split("\t", 1)
            if key.startswith("T"):
                kind, covered = rest.split("\t", 1)
                label, offsets = kind.split(" ", 1)
                frags = [tuple(map(int, part.split())) for part in offsets.split(";")]
                if covered != " ".join(text[a:b] for a, b in frags):
                    raise ValueError(f"text {covered!r} does not match the offsets")
                spans[key] = span_record(label, frags[0][0], frags[-1][1], text)
            elif key.startswith("#"):
                kind, note = rest.split("\t", 1)
                if kind.startswith("AnnotatorNotes ") and kind.split()[1] in spans:
                    spans[kind.split()[1]]["attrs"] = dict(orjson.loads(note).get("attrs") or {})
            elif key.startswith("A"):
                name, target, *_ = rest.split(" ")
                if target not in spans:
                    raise ValueError(f"attribute {name} of unknown annotation {target}")
        except (ValueError, orjson.JSONDecodeError) as err:
            raise InputError(f".ann line {n}", f"does not parse: {err}") from err
    return sorted_spans(spans.values())
