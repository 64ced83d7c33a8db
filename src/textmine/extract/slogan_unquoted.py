"""Slogans without quotation marks: lexicon forms, repeats and variants → ``Found`` matches.

Input: ``doc.norm`` (and the tokens of the ``Doc``, for boundary checks),
``Target`` records (what a match yields) and the quotes of the text.
Output: ``Found`` matches in norm offsets, ``quoted`` False, which the slogan
extractor turns into spans.

Invariants: a match starts on a token boundary, overlaps no quoted stretch
(marks included) and no other kept match (the longest leftmost wins). One
vectorized pass (:class:`KeyIndex`) finds the lexicon forms and another one
an article's own quoted slogans, so time stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import numpy as np

from ..records import Doc
from .quotes import Quote
from .slogan_lexicon import LexiconEntry, split_clauses

#: Clause separators accepted between the clauses of a variant.
SEPARATORS = frozenset("、，,；;")
#: Punctuation that never falls inside a clause.
_PUNCTUATION_RE = re.compile("[、，,；;。：:！!？?\n“”‘’「」『』]")
#: Most slogans whose variants one first clause anchors.
MAX_ANCHORED = 8

_token_start = attrgetter("start")


def _glued(text: str, i: int, j: int) -> bool:
    """Whether ``text[i]`` and ``text[j]`` are both ASCII letters or digits (one code, no boundary)."""
    return 0 <= i and j < len(text) and (text[i] + text[j]).isascii() and (text[i] + text[j]).isalnum()


@dataclass(frozen=True, slots=True)
class Found:
    """A classified quoted text or an unquoted match, in norm offsets.

    Example:
        >>> Found("SLOGAN", 0, 4, {"kind": "formula"}).end
        4
    """

    label: str
    start: int
    end: int
    attrs: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Target:
    """What an unquoted match of some forms yields.

    Attributes:
        canonical: The ``canonical`` attribute of the match.
        kind: The SLOGAN kind.
        first_year: Year of first appearance, where known.
        forms: Surface forms searched (simplified); the first one's clauses
            anchor variants.

    Example:
        >>> Target("三服务", "campaign", 2019, ("三服务",)).forms
        ('三服务',)
    """

    canonical: str
    kind: str | None
    first_year: int | None
    forms: tuple[str, ...]

    @classmethod
    def of_entry(cls, entry: LexiconEntry) -> Target:
        """The target of a lexicon entry (its id is the canonical).

        Example:
            >>> Target.of_entry(LexiconEntry("两个维护", "SLOGAN", "formula", (), None, True)).canonical
            '两个维护'
        """
        return cls(entry.id, entry.kind, entry.first_year, entry.forms)


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def clause_variant(candidate: str, clause: str) -> bool:
    """Whether ``candidate`` is ``clause`` itself, shortened or lengthened.

    A variant keeps the first and last characters, one is a subsequence of the
    other, and the lengths differ by at most half the clause (two at least).

    Example:
        >>> clause_variant("让人民满意", "让人民群众满意"), clause_variant("使人民满意", "让人民群众满意")
        (True, False)
    """
    if candidate == clause:
        return True
    if len(candidate) < 2 or candidate[0] != clause[0] or candidate[-1] != clause[-1]:
        return False
    if abs(len(candidate) - len(clause)) > max(2, len(clause) // 2):
        return False
    return _is_subsequence(candidate, clause) or _is_subsequence(clause, candidate)


def match_clauses(text: str, pos: int, clauses: Sequence[str]) -> int | None:
    """Return the end of a variant of ``clauses`` whose first clause starts at ``pos``.

    The first clause must match exactly; each later one may be a
    :func:`clause_variant` and follows any clause separator. The last clause
    takes the longest candidate that qualifies.

    Example:
        >>> t = "建设让党中央放心、让人民满意的机关"
        >>> t[2:match_clauses(t, 2, ["让党中央放心", "让人民群众满意"])]
        '让党中央放心、让人民满意'
    """
    if not text.startswith(clauses[0], pos):
        return None
    p = pos + len(clauses[0])
    n = len(text)
    for i, clause in enumerate(clauses[1:], 1):
        if p >= n - 1 or text[p] not in SEPARATORS or text[p + 1] != clause[0]:
            return None
        p += 1
        last = i == len(clauses) - 1
        end = p + len(clause)
        if text.startswith(clause, p) and (last or text[end : end + 1] in SEPARATORS):
            p = end  # the clause as written wins over any variant (实事求是|是我们…)
            continue
        # A variant runs to the next punctuation at most; a clause before the
        # last must end right at a separator.
        stop = _PUNCTUATION_RE.search(text, p, min(n, p + len(clause) + max(2, len(clause) // 2) + 1))
        limit = stop.start() if stop else min(n, p + len(clause) + max(2, len(clause) // 2))
        if not last:
            if stop is None or text[limit] not in SEPARATORS or not clause_variant(text[p:limit], clause):
                return None
            p = limit
            continue
        for size in range(limit - p, 1, -1):
            if text[p + size - 1] == clause[-1] and clause_variant(text[p : p + size], clause):
                p += size
                break
        else:
            return None
    return p


def _payloads(targets: Iterable[Target]) -> dict[str, list[tuple[Target, int, tuple[str, ...]]]]:
    """Search keys of ``targets`` → what a match of the key yields.

    Each form is a key as written and with ASCII commas and semicolons (the
    seed types 以…立身,以…立业); the first clause of a multi-clause form is
    also a key, an anchor from which variants are matched clause by clause.
    """
    payloads: dict[str, list[tuple[Target, int, tuple[str, ...]]]] = {}
    for target in targets:
        for form in target.forms:
            for spelling in {form, form.replace("，", ","), form.replace("；", ";")}:
                payloads.setdefault(spelling, []).append((target, len(spelling), ()))
        clauses = tuple(split_clauses(target.forms[0]))
        if len(clauses) > 1 and len(clauses[0]) >= 3:
            items = payloads.setdefault(clauses[0], [])
            # Every occurrence of an anchor tries each slogan it anchors: a
            # bound keeps a text of thousands of look-alike slogans linear.
            if sum(1 for item in items if item[2]) < MAX_ANCHORED:
                items.append((target, len(clauses[0]), clauses))
    return payloads


class TextHashes:
    """Hashes of the first two and three characters at every position of a text.

    Computed once per text (numpy, so the per-character work runs in C) and
    shared by every :class:`KeyIndex` searched in it.

    Example:
        >>> len(TextHashes("两个维护").three)
        2
    """

    __slots__ = ("three", "two")

    def __init__(self, text: str) -> None:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        self.two = _hash(points[:-1], points[1:])
        self.three = _hash(points[:-2], points[1:-1], points[2:])


def _hash(a: Any, b: Any, c: Any = 0) -> Any:
    # Code points are below 2**21, so no product overflows 64 bits.
    return (a * 40503) ^ (b * 69069) ^ c


class KeyIndex:
    """Exact search for many short keys in one vectorized pass over a text.

    Each key is filed under its first three characters (two for a
    two-character key). The :class:`TextHashes` of every position are looked
    up in two bit tables, sized to the number of keys, and only the few
    positions that hit are checked in Python against the keys filed there.

    This replaces an Aho–Corasick automaton (pyahocorasick), whose transition
    lookup scans a node's children one by one: with a root of 137 distinct
    first characters, a pass over the dev articles cost 2.9 times as much.

    Example:
        >>> index = KeyIndex({"两个维护": ["a"], "三农": ["b"]})
        >>> sorted(index.find("做到两个维护，抓好三农"))
        [(6, ('a',)), (11, ('b',))]
    """

    def __init__(self, payloads: Mapping[str, Sequence[Any]]) -> None:
        # About 1/256 of the positions of a text hit an empty slot's
        # neighbours: few false candidates, small tables for a few keys.
        bits = min(20, max(10, len(payloads).bit_length() + 8))
        self._mask = mask = (1 << bits) - 1
        # prefix → the lengths of its keys, and key → items: a hit costs one
        # lookup per distinct length, however many keys share the prefix.
        self._filed: dict[str, tuple[list[int], dict[str, tuple[Any, ...]]]] = {}
        self._tables = {2: np.zeros(mask + 1, dtype=bool), 3: np.zeros(mask + 1, dtype=bool)}
        for key, items in payloads.items():
            if len(key) < 2:
                raise ValueError(f"search key {key!r} is shorter than two characters")
            prefix = key[: min(3, len(key))]
            lengths, keys = self._filed.setdefault(prefix, ([], {}))
            if len(key) not in lengths:
                lengths.append(len(key))
            keys[key] = tuple(items)
            self._tables[len(prefix)][_hash(*map(ord, prefix)) & mask] = True

    def find(self, text: str, hashes: TextHashes | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """Yield ``(end, items)`` for every occurrence of a key in ``text``.

        Args:
            text: The text searched.
            hashes: Its :class:`TextHashes`, when already computed.

        Example:
            >>> list(KeyIndex({"八八战略": [1]}).find("践行八八战略"))
            [(6, (1,))]
        """
        if len(text) < 2 or not self._filed:
            return
        hashes = hashes or TextHashes(text)
        filed = self._filed
        for size, hashed in ((2, hashes.two), (3, hashes.three)):
            for pos in np.flatnonzero(self._tables[size][hashed & self._mask]).tolist():
                found = filed.get(text[pos : pos + size])
                if found is None:
                    continue  # a hash collision
                lengths, keys = found
                for length in lengths:
                    items = keys.get(text[pos : pos + length])
                    if items is not None:
                        yield pos + length, items


def build_index(targets: Iterable[Target]) -> KeyIndex:
    """Build a :class:`KeyIndex` over the search keys of ``targets``.

    Example:
        >>> index = build_index([Target("两个维护", "formula", None, ("两个维护",))])
        >>> [m.start for m in find_matches(index, "做到两个维护")]
        [2]
    """
    return KeyIndex(_payloads(targets))


def find_matches(index: KeyIndex, norm: str, hashes: TextHashes | None = None) -> Iterator[Found]:
    """Yield the matches of an index's keys in ``norm`` (one pass over the text).

    Example:
        >>> index = build_index([Target("让党中央放心、让人民群众满意", "directive", 2019, ("让党中央放心、让人民群众满意",))])
        >>> [(m.start, m.end) for m in find_matches(index, "建设让党中央放心、让人民满意的机关")]
        [(2, 14)]
    """
    for end, items in index.find(norm, hashes):
        yield from _resolve(norm, end, items)


def _resolve(norm: str, key_end: int, items: Iterable[tuple[Target, int, tuple[str, ...]]]) -> Iterator[Found]:
    """The matches a search key ending at ``key_end`` yields (exact forms, or clause-by-clause variants)."""
    for target, length, clauses in items:
        start = key_end - length
        end = match_clauses(norm, start, clauses) if clauses else key_end
        if end is not None:
            attrs: dict[str, Any] = {"kind": target.kind, "canonical": target.canonical, "quoted": False}
            if target.first_year is not None:
                attrs["first_year"] = target.first_year
            yield Found("SLOGAN", start, end, attrs)


def keep_unquoted(doc: Doc, candidates: Iterable[Found], quotes: Sequence[Quote]) -> list[Found]:
    """Drop matches inside quotes or off token boundaries; keep the longest leftmost of overlaps.

    Example:
        >>> from textmine import Pipeline
        >>> from textmine.extract.quotes import find_quotes
        >>> doc = Pipeline.from_config().analyze("“红色根脉强基工程”与红色根脉")
        >>> hits = [Found("SLOGAN", 1, 5, {}), Found("SLOGAN", 11, 15, {})]
        >>> [m.start for m in keep_unquoted(doc, hits, find_quotes(doc.norm))]
        [11]
    """
    regions: list[tuple[int, int]] = []
    for q in sorted(quotes, key=lambda q: q.open):
        if regions and q.open <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], q.close))
        else:
            regions.append((q.open, q.close))
    starts = [a for a, _ in regions]
    kept: list[Found] = []
    last_end = -1
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if c.start < last_end or not _on_boundaries(doc, c.start, c.end):
            continue
        i = bisect.bisect_right(starts, c.end - 1) - 1
        if i >= 0 and regions[i][1] >= c.start:
            continue  # overlaps a quoted stretch (marks included)
        kept.append(c)
        last_end = c.end
    return kept


def _on_boundaries(doc: Doc, start: int, end: int) -> bool:
    """Whether an unquoted match ``[start, end)`` of ``doc.norm`` is no piece of another word.

    The start must open a token (三农 inside 第三|农场 is no match). The end
    must close one, except for forms of four or more characters, which the
    tokenizer may glue to the next word (三个|表率作用), and for a form that
    opens a longer token (三农问题). Tokens are found by binary search, so a
    check costs O(log n) whatever the length of the text.
    """
    norm = doc.norm
    if _glued(norm, start - 1, start) or _glued(norm, end - 1, end):
        return False  # “315” inside 3150, or any code inside a longer one
    tokens = doc.tokens
    a, b = doc.normalized.to_original(start, end)
    i = bisect.bisect_right(tokens, a, key=_token_start) - 1
    if i < 0 or tokens[i].start != a:
        return False
    if end - start >= 4 or tokens[i].end >= b:
        return True
    j = bisect.bisect_right(tokens, b, key=_token_start) - 1
    return tokens[j].start == b or tokens[j].end == b  # the latter only at the end of the text
