"""Regular expressions of the DEPARTMENT extractor, anchored on the LAST character of a word.

Organ names are recognised from their end (组织部, 委员会, 街道): every pattern
here matches one character, the last one of a word, and checks what comes
before it with lookbehinds and what follows with lookaheads (guards). The
regex engine skips at C speed to the few characters that can end a word, and
all patterns of the extractor can share one pass over the text
(:func:`scan_pattern`): each match is one character wide, so no match hides
another, and the caller asks the patterns of that character which of them
matched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

Guards = Mapping[str, tuple[tuple[str, str], ...]]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest wins).

    Example:
        >>> alternation(["局", "管理局", "厅"])
        '管理局|厅|局'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def guarded_alternation(words: Iterable[str], guards_after: Guards, *, scope: str) -> str:
    """Alternation of ``words``, each followed by a negative lookahead for its after-guards.

    Example:
        >>> guarded_alternation(["局"], {"局": (("长", "all"),)}, scope="all")
        '局(?!长)'
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        rests = [rest for rest, sc in guards_after.get(word[-1], ()) if sc == "all" or sc == scope]
        look = f"(?!{alternation(rests)})" if rests else ""
        parts.append(re.escape(word) + look)
    return "|".join(parts)


def last_char_alternation(
    words: Iterable[str], guards_after: Guards | None = None, guards_end: Guards | None = None, *, scope: str = "all"
) -> str:
    """Like :func:`guarded_alternation`, but each alternative starts with the word's LAST character.

    ``管理局`` becomes ``局`` (any word ending in 局 ends there) and ``委员会``
    becomes ``会(?<=委员会)``: the regex engine skips ahead to the few last
    characters, instead of trying every position where a word could start.
    The match is the last character only; the caller reads the word back.
    End guards short enough to lie inside any candidate (布局, 格局 before a
    one-character suffix and the character of its core) are ruled out by a
    lookbehind, so the scan does not stop there at all.

    Example:
        >>> last_char_alternation(["委员会", "领导小组"])
        '会(?:(?<=委员会))|组(?:(?<=领导小组))'
    """
    guards_after, guards_end = guards_after or {}, guards_end or {}
    by_last: dict[str, set[str]] = defaultdict(set)
    for word in words:
        by_last[word[-1]].add(word)
    parts = []
    for last, group in sorted(by_last.items()):
        rests = [rest for rest, sc in guards_after.get(last, ()) if sc == "all" or sc == scope]
        look = f"(?!{alternation(rests)})" if rests else ""
        shortest = min(map(len, group))
        ends: dict[int, list[str]] = defaultdict(list)
        for word, sc in guards_end.get(last, ()):
            if (sc == "all" or sc == scope) and len(word) <= shortest + 1:
                ends[len(word)].append(word)
        look += "".join(f"(?<!{alternation(ends[n])})" for n in sorted(ends))
        if last in group:
            parts.append(re.escape(last) + look)
        else:
            behind = "|".join(f"(?<={re.escape(w)})" for w in sorted(group, key=lambda w: (-len(w), w)))
            parts.append(f"{re.escape(last)}(?:{behind}){look}")
    return "|".join(parts)


def ending_pattern(
    words: Iterable[str], before: Mapping[str, frozenset[str]] | None = None
) -> tuple[str, dict[str, tuple[int, ...]]]:
    """A pattern stopping only where one of ``words`` may end, and the lengths by their last characters.

    Each alternative starts with a literal (the last character), which the
    regex engine tests first, then checks what comes before it with a
    lookbehind: one character for words of two, two characters for longer
    ones. A word listed in ``before`` is only found after one of its
    characters (政府 after a level, a division or a country: 市政府, 美国政府).
    The lengths are keyed by the last three characters (the last two for
    two-character words); the caller looks the words up.

    Example:
        >>> ending_pattern(["省委", "组织部"])
        ('委(?:(?<=[省]委))|部(?:(?<=(?:组织)部))', {'省委': (2,), '组织部': (3,)})
        >>> ending_pattern(["军"], {"军": frozenset("美")})[0]
        '军(?:(?<=[美](?:军)))'
    """
    before = before or {}
    two: dict[str, set[str]] = defaultdict(set)
    three: dict[str, set[str]] = defaultdict(set)
    single: set[str] = set()
    bound: dict[tuple[str, frozenset[str], int], list[str]] = defaultdict(list)
    lengths: dict[str, set[int]] = defaultdict(set)
    for word in words:
        if len(word) >= 2:
            lengths[word if len(word) == 2 else word[-3:]].add(len(word))
        if word in before:
            bound[word[-1], before[word], len(word)].append(word)
        elif len(word) == 1:
            single.add(word)
        elif len(word) == 2:
            two[word[-1]].add(word[-2])
        else:
            three[word[-1]].add(word[-3:-1])
    parts = []
    bound_looks: dict[str, list[str]] = defaultdict(list)
    for (last, chars, _), group in bound.items():  # one lookbehind per set of characters and length
        cls = "".join(re.escape(c) for c in sorted(chars))
        bound_looks[last].append(f"(?<=[{cls}](?:{alternation(group)}))")
    for last in sorted(set(two) | set(three) | single | set(bound_looks)):
        esc = re.escape(last)
        if last in single:
            parts.append(esc)
            continue
        looks = []
        if two[last]:
            looks.append(f"(?<=[{''.join(re.escape(c) for c in sorted(two[last]))}]{esc})")
        if three[last]:
            looks.append(f"(?<=(?:{'|'.join(re.escape(p) for p in sorted(three[last]))}){esc})")
        looks.extend(sorted(bound_looks[last]))
        parts.append(f"{esc}(?:{'|'.join(looks)})")
    return "|".join(parts), {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


def scan_pattern(
    kinds: Mapping[str, tuple[str, Iterable[str]]],
) -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, re.Pattern[str] | None], ...]]]:
    """One pass for several last-character patterns, and how to tell them apart at a match.

    ``kinds`` maps a kind name to its pattern (one character wide, as built
    above) and the characters it can match. Returns the combined regex and,
    per character, the kinds it may end, each with its own regex to confirm it
    at the match (None when the character belongs to one kind only: the
    combined match is then the confirmation).

    Example:
        >>> scan, by_char = scan_pattern({"a": ("委(?<=省委)", "委"), "b": ("会", "会")})
        >>> [m.start() for m in scan.finditer("省委开会")], by_char["会"]
        ([1, 3], (('b', None),))
    """
    members: dict[str, list[str]] = defaultdict(list)
    for name, (_, chars) in kinds.items():
        for ch in set(chars):
            members[ch].append(name)
    compiled = {name: re.compile(pattern) for name, (pattern, _) in kinds.items()}
    by_char = {
        ch: tuple((name, compiled[name] if len(names) > 1 else None) for name in names) for ch, names in members.items()
    }
    # A flat alternation: every alternative starts with its literal last character, so the
    # engine builds one set of first characters and skips to them (nested groups would lose it).
    combined = re.compile("|".join(pattern for pattern, _ in kinds.values()))
    return combined, by_char


class EndFilter:
    """Where the scan may stop, found for a whole text at once with array operations.

    The scan regex skips to the characters words end with at some 15 ns a
    character, and most of those characters (会, 大, 行 …) end no word there.
    Looking each code point up in a table, then the two or three characters it
    ends in a hashed bit table, costs a fraction of that: the offsets left are
    a superset of the scan's matches (a hash collision or a one-character word
    lets a few more through), and the caller confirms each with the scan regex.

    Args:
        words: Every word the scan stops at the end of: one of one character may
            end wherever it stands, one of two where it is written, a longer one
            where its last three characters are.

    Example:
        >>> import numpy as np
        >>> ends = EndFilter({"委", "省委", "组织部"})
        >>> text = "省委组织部和党委，全部"
        >>> ends.positions(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32))
        [1, 4, 7]
        >>> ends.positions(np.frombuffer("委".encode("utf-32-le"), dtype=np.uint32))
        [0]
    """

    #: Size of the table of pairs and triples, in bits (a few thousand are set).
    TABLE_BITS = 17
    _SINGLE, _PAIR, _TRIPLE = 1, 2, 4

    def __init__(self, words: Iterable[str]) -> None:
        kinds: dict[int, int] = {}
        keys = []
        for word in words:
            codes = [ord(c) for c in word[-3:]]
            kind = (self._SINGLE, self._PAIR, self._TRIPLE)[len(codes) - 1]
            kinds[codes[-1]] = kinds.get(codes[-1], 0) | kind
            if len(codes) == 2:
                keys.append(self._pair_key(*codes))
            elif len(codes) == 3:
                keys.append(self._triple_key(*codes))
        self._last = np.zeros(0x110000, dtype=np.uint8)
        for code, kind in kinds.items():
            self._last[code] = kind
        # Whether any word ends with the character: numpy finds the nonzero entries of a
        # boolean array several times faster than those of a uint8 one, at every character.
        self._ends_any = self._last.astype(np.bool_)
        self._table = np.zeros(1 << self.TABLE_BITS, dtype=np.uint8)
        self._table[keys] = 1

    # The hashes of the pairs and triples: the triple's extends the pair's, so that one array
    # operation serves both (any hash will do: a collision only lets an offset through).
    _A, _B, _C = 2654435761, 40503, 2246822519

    @classmethod
    def _pair_key(cls, second: int, third: int) -> int:
        return ((second * cls._A + third * cls._B) & 0xFFFFFFFF) >> (32 - cls.TABLE_BITS)

    @classmethod
    def _triple_key(cls, first: int, second: int, third: int) -> int:
        return ((first * cls._C + second * cls._A + third * cls._B) & 0xFFFFFFFF) >> (32 - cls.TABLE_BITS)

    def positions(self, codes: np.ndarray) -> list[int]:
        """The offsets of ``codes`` (a text's code points) where the scan may stop, in order."""
        # (After the first line, every step is one array operation over the offsets where some word
        # may end, a few hundred a text: each costs about its fixed overhead, so the fewer, the better.)
        found = self._ends_any.take(codes).nonzero()[0]  # (take: about half the time of indexing with an array)
        third = codes.take(found)
        kinds = self._last.take(third)
        # The characters before each (at the first two offsets, negative indices read the end of
        # the text: no word that needs them can end there, and a false alarm is confirmed away;
        # a text of one character has no second-to-last one).
        before = found - 1
        second = codes.take(before)
        first = codes.take(before - 1) if len(codes) > 1 else third
        shift = 32 - self.TABLE_BITS
        pair = second * np.uint32(self._A) + third * np.uint32(self._B)  # (uint32: wraps as the keys' & 0xFFFFFFFF)
        triple = pair + first * np.uint32(self._C)
        # (bytes of 0 and 1 throughout: the kinds' bits shifted down, the table's entries)
        keep = kinds & self._SINGLE
        keep |= (kinds >> 1) & self._table.take(pair >> shift)
        keep |= (kinds >> 2) & self._table.take(triple >> shift)
        return found[keep.view(np.bool_)].tolist()


class LatinWords:
    """Where Latin words (ASCII letters and digits, starting with a letter) start, found with array tests.

    A regex for the acronyms of the news reading skips to Latin letters at
    some 10 ns a character of Chinese text; a table lookup over the code
    points finds the few word starts at a fraction of that.

    Example:
        >>> import numpy as np
        >>> text = "据FBI称，G20和5G"
        >>> LatinWords().positions(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32))
        [1, 6]
    """

    def __init__(self) -> None:
        # 0: no Latin character; 1: a digit (inside a word); 2: a letter (may start one).
        self._table = np.zeros(0x110000, dtype=np.uint8)
        self._table[ord("0") : ord("9") + 1] = 1
        self._table[ord("A") : ord("Z") + 1] = 2
        self._table[ord("a") : ord("z") + 1] = 2

    def positions(self, codes: np.ndarray) -> list[int]:
        """The offsets of ``codes`` where a letter follows no letter or digit, in order."""
        kind = self._table.take(codes)
        letters = np.flatnonzero(kind == 2)
        return letters[(letters == 0) | (kind[letters - 1] == 0)].tolist()
