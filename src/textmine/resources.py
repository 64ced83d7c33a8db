"""Heavy, shared resources built once per pipeline: data files of the package.

Lexicons are data (``textmine/data/*.jsonl``), read here once per pipeline and
handed to the extractors that need them; nothing is cached at module level.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import orjson

from .errors import ConfigError


def read_data_text(name: str, *more: str) -> str:
    """Read a text file shipped in ``textmine/data`` (``more`` names a file inside a subfolder).

    Example:
        >>> read_data_text("userdict.txt").startswith("#")
        True
    """
    try:
        return resources.files("textmine").joinpath("data", name, *more).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        where = "/".join((name, *more))
        raise ConfigError(f"textmine/data/{where}: data file missing from the installation") from err


def parse_word_list(text: str) -> frozenset[str]:
    """Parse a word list: words separated by spaces or lines; ``#`` starts a comment.

    Example:
        >>> sorted(parse_word_list("我们 他们  # pronouns\\n进行"))
        ['他们', '我们', '进行']
    """
    return frozenset(w for line in text.splitlines() for w in line.split("#", 1)[0].split())


def parse_jsonl(text: str, *, source: str) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of JSONL ``text``, skipping blank lines.

    Raises:
        ConfigError: a line is not a JSON object (naming source and line).

    Example:
        >>> list(parse_jsonl('{"pattern": "两个维护"}\\n\\n', source="demo"))
        [{'pattern': '两个维护'}]
    """
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            raise ConfigError(f"{source}:{lineno}: not JSON ({err})") from err
        if not isinstance(record, dict):
            raise ConfigError(f"{source}:{lineno}: expected a JSON object")
        yield record


def iter_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSONL data file shipped in ``textmine/data``."""
    return parse_jsonl(read_data_text(name), source=f"textmine/data/{name}")


@dataclass
class Resources:
    """Per-pipeline cache of loaded data, shared by the extractors of one pipeline.

    Example:
        >>> r = Resources()
        >>> r.get("demo", lambda: [1, 2]) is r.get("demo", lambda: [3])
        True
    """

    _cache: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, build: Any) -> Any:
        """Return the resource ``key``, building it with ``build()`` the first time."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]
