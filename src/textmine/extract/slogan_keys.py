"""Exact search for many short keys in one vectorized pass: ``KeyIndex`` over a text's ``TextHashes``.

Input: search keys of two characters or more, each with the items a match
yields, and a text (with its :func:`code_units`, when already computed).
Output: ``(end, items)`` for every occurrence of a key. Time is linear in
the text: numpy hashes every window of two, three and four characters once
per text, and only positions whose window hash is filed are checked in
Python. The slogan extractor searches its lexicon, its doctrine
heads and honors, and an article's own quoted slogans with it.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from typing import Any

import numpy as np


def code_units(text: str) -> Any:
    """The code points of ``text`` as a numpy ``uint16`` array, one per character.

    Characters beyond the Basic Multilingual Plane become U+FFFF, a
    noncharacter (their low 16 bits could be any other character: U+2201C 𢀜
    ends in 201C “): the array feeds hashes, never a decoder.

    Example:
        >>> code_units("两个").tolist()
        [20004, 20010]
    """
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):
        return np.frombuffer(data, dtype=np.uint16)
    wide = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(wide, 0xFFFF).astype(np.uint16)


class TextHashes:
    """16-bit hashes of the two, three and four characters at every position of a text.

    Computed once per text with numpy, so the per-character work runs in C (in
    16-bit arithmetic that wraps: a hash indexes a 64K table directly), and
    shared by every :class:`KeyIndex` searched in it; each width is computed
    on first use.

    Example:
        >>> hashes = TextHashes("两个维护")
        >>> len(hashes.window(2)), len(hashes.window(3)), len(hashes.window(4))
        (3, 2, 1)
    """

    __slots__ = ("_units", "_windows")

    def __init__(self, text: str, units: Any = None) -> None:
        self._units = code_units(text) if units is None else units
        self._windows: dict[int, Any] = {}

    def window(self, width: int) -> Any:
        """The hash of ``text[i:i + width]`` for every ``i`` (``width`` is 2, 3 or 4)."""
        hashed = self._windows.get(width)
        if hashed is None:
            units = self._units
            if width == 2:
                hashed = units[:-1] * _M1 ^ units[1:] if len(units) >= 2 else units[:0]
            else:
                two = self.window(2)
                # three: the pair hash, then the third character; four: two pair hashes.
                tail = units[2:] if width == 3 else two[2:]
                hashed = two[: len(tail)] * _M2 ^ tail
            self._windows[width] = hashed
        return hashed


_M1, _M2 = np.uint16(40503), np.uint16(31337)


#: The fewest four-character prefixes (a lexicon's, not an article's) given a second table (see :class:`KeyIndex`).
_MANY = 256
#: The second hash of a four-character window (from its two pair hashes), which rules out most
#: positions the first one lets through before any text is read.
_M3 = np.uint16(52711)
#: The mix of a four-character window's hash with the next pair's (see :class:`KeyIndex`).
_M4 = np.uint16(44021)


class KeyIndex:
    """Exact search for many short keys in one vectorized pass over a text.

    Each key is filed under its first four characters (all of them if it is
    shorter). The :class:`TextHashes` window of that width at every position
    indexes a 64K boolean table, and only the few positions that hit are
    checked in Python against the keys filed there (four characters leave few
    false hits: 高质量 alone does not hit 高质量发展). A table has about 2,000
    slots per prefix filed in it (64K at most), so that a few keys (an
    article's own slogans) take a few kilobytes.

    This replaces an Aho–Corasick automaton (pyahocorasick), whose transition
    lookup scans a node's children one by one: with a root of 137 distinct
    first characters, a pass over the dev articles cost 2.9 times as much.

    Example:
        >>> index = KeyIndex({"两个维护": ["a"], "三农": ["b"]})
        >>> sorted(index.find("做到两个维护，抓好三农"))
        [(6, ('a',)), (11, ('b',))]
    """

    def __init__(self, payloads: Mapping[str, Sequence[Any]]) -> None:
        # prefix → the lengths of its keys, and key → items: a hit costs one
        # lookup per distinct length, however many keys share the prefix.
        self._filed: dict[str, tuple[list[int], dict[str, tuple[Any, ...]]]] = {}
        prefixes: dict[int, list[str]] = {}
        for key, items in payloads.items():
            if len(key) < 2:
                raise ValueError(f"search key {key!r} is shorter than two characters")
            prefix = key[:4]
            lengths, keys = self._filed.setdefault(prefix, ([], {}))
            if not keys:
                prefixes.setdefault(len(prefix), []).append(prefix)
            if len(key) not in lengths:
                lengths.append(len(key))
            keys[key] = tuple(items)
        # One boolean table per width, indexed by the low bits of the window
        # hash: about 2,000 slots per prefix (a false hit at one position in
        # a few thousand), up to the full 64K, so a few keys take a few KB.
        # The prefixes are hashed as one text, by the very windows a searched
        # text gets (a character beyond U+FFFF counts as U+FFFF in both), and
        # the window at the start of each prefix is kept.
        hashed = TextHashes("".join("".join(group) for group in prefixes.values()))
        starts: dict[int, int] = {}
        start = 0
        for width, group in prefixes.items():
            starts[width] = start
            start += width * len(group)
        self._tables: dict[int, tuple[Any, Any]] = {}
        for width, group in prefixes.items():
            bits = min(16, max(12, len(group).bit_length() + 11))
            mask = (1 << bits) - 1
            table = np.zeros(1 << bits, dtype=bool)
            start = starts[width]
            table[hashed.window(width)[start : start + width * len(group) : width] & mask] = True
            self._tables[width] = (table, None if bits == 16 else np.uint16(mask))
        # Four-character prefixes in a full table (the lexicon's hundreds) let
        # through a position in a hundred or so: a second table, indexed by
        # another mix of the same two pair hashes, rules most of those out.
        self._second = None
        if len(prefixes.get(4, ())) > _MANY:
            pairs = hashed.window(2)[starts[4] : starts[4] + 4 * len(prefixes[4])]
            self._second = np.zeros(1 << 16, dtype=bool)
            self._second[pairs[2::4] * _M3 ^ pairs[::4]] = True
        # A prefix whose keys are all longer than five characters (社会主义, of
        # 社会主义核心价值观 and the like) hits where none of them follows as
        # often as where one does: a third table, of the prefix's hash mixed
        # with that of the two characters after it, lets a position through
        # only if some key of its prefix goes on with those two characters.
        # Prefixes with a key of four or five characters always pass (``_ends``).
        self._ends = self._third = None
        if self._second is not None:
            long_keys = [key[:6] for key in payloads if len(key) >= 6]
            ends = [key[:4] for key in payloads if 4 <= len(key) <= 5]
            self._ends = np.zeros(1 << 16, dtype=bool)
            self._ends[TextHashes("".join(ends)).window(4)[::4]] = True
            six = TextHashes("".join(long_keys))
            self._third = np.zeros(1 << 16, dtype=bool)
            self._third[six.window(4)[::6] * _M4 ^ six.window(2)[4::6]] = True

    def __len__(self) -> int:
        """The number of keys."""
        return sum(len(keys) for _, keys in self._filed.values())

    def find(
        self, text: str, hashes: TextHashes | None = None, skip: Container[int] = ()
    ) -> list[tuple[int, tuple[Any, ...]]]:
        """Return ``(end, items)`` for every occurrence of a key in ``text``.

        Args:
            text: The text searched.
            hashes: Its :class:`TextHashes`, when already computed.
            skip: Offsets where no occurrence may start, passed over before
                any key is looked up.

        Example:
            >>> KeyIndex({"八八战略": [1]}).find("践行八八战略")
            [(6, (1,))]
            >>> KeyIndex({"三个代表": [1], "三个代表重要思想": [2]}).find("学习三个代表")
            [(6, (1,))]
        """
        found: list[tuple[int, tuple[Any, ...]]] = []
        if len(text) < 2 or not self._filed:
            return found
        hashes = hashes or TextHashes(text)
        filed = self._filed
        second, third = self._second, self._third
        size = len(text)
        for width, (table, mask) in self._tables.items():
            window = hashes.window(width)
            hits = table.take(window if mask is None else window & mask).nonzero()[0]
            if width == 4 and second is not None and len(hits):
                pairs = hashes.window(2)
                hits = hits[second.take(pairs.take(hits + 2) * _M3 ^ pairs.take(hits))]
                if third is not None:
                    # (Past the end of the text, ``clip`` reads some pair: a position
                    # there passes or not by chance, and only ``_ends`` keys fit.)
                    prefix = window.take(hits)
                    hits = hits[self._ends.take(prefix) | third.take(prefix * _M4 ^ pairs.take(hits + 4, mode="clip"))]
            for pos in hits.tolist():
                if pos in skip:
                    continue
                hit = filed.get(text[pos : pos + width])
                if hit is None:
                    continue  # a hash collision
                lengths, keys = hit
                for length in lengths:
                    if pos + length > size:
                        continue  # the slice would be cut short and could equal a shorter key (三个代表 for 三个代表重要思想)
                    items = keys.get(text[pos : pos + length])
                    if items is not None:
                        found.append((pos + length, items))
        return found
