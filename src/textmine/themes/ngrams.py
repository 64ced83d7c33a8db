"""Character n-grams as integers: code points packed into 64-bit codes, and a code → column table.

An n-gram of up to three characters is one unsigned integer (21 bits per
character), so counting n-grams is sorting integers and looking codes up in a
fitted vocabulary (:class:`CharColumns`, by small ids per character) is array work, with no string per n-gram.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Bits per character in an n-gram code: every code point (+1) fits in 21 bits,
#: so n-grams up to 3 characters fit in one unsigned 64-bit integer.
CODE_BITS = 21
MAX_CHAR_NGRAM = 3


def _char_classes(points: np.ndarray) -> np.ndarray:
    # 1: CJK (U+3400–U+9FFF), 2: Latin letter, 0: anything else (the runs of features.char_analyzer).
    classes = np.zeros(len(points), dtype=np.int8)
    classes[(points >= 0x3400) & (points <= 0x9FFF)] = 1
    classes[((points >= 65) & (points <= 90)) | ((points >= 97) & (points <= 122))] = 2
    return classes


def char_codes(texts: Sequence[str], ngrams: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Every character n-gram of the texts as an integer code, with the index of its text.

    The same n-grams as :func:`char_analyzer` (inside runs of CJK characters
    or of Latin letters), computed with array operations instead of a loop
    per character; :func:`decode_char_code` turns a code back into its string.

    Example:
        >>> codes, units = char_codes(["党建。", "引领"], (1, 2))
        >>> sorted(decode_char_code(c) for c in codes), units.tolist()
        (['党', '党建', '建', '引', '引领', '领'], [0, 0, 1, 1, 0, 1])
    """
    low, high = ngrams
    if high > MAX_CHAR_NGRAM:
        raise ValueError(f"character n-grams up to {MAX_CHAR_NGRAM}, not {high}")
    joined = "\n".join(texts)  # "\n" is no run character: n-grams never cross texts
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) + 1 for t in texts])[: len(points)]
    classes = _char_classes(points)
    codes, units = [], []
    for n in range(low, high + 1):
        width = len(points) - n + 1
        if width <= 0:
            continue
        ok = classes[:width] > 0
        for j in range(1, n):
            ok &= classes[j : j + width] == classes[:width]
        at = np.flatnonzero(ok)
        code = points[at] + 1
        for j in range(1, n):
            code = (code << np.uint64(CODE_BITS)) | (points[at + j] + 1)
        codes.append(code)
        units.append(owner[at])
    if not codes:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    return np.concatenate(codes), np.concatenate(units)


def encode_char_feature(feature: str) -> int:
    """The integer code of a character n-gram (as :func:`char_codes` computes it).

    Example:
        >>> decode_char_code(encode_char_feature("党建"))
        '党建'
    """
    code = 0
    for ch in feature:
        code = (code << CODE_BITS) | (ord(ch) + 1)
    return code


def decode_char_code(code: int) -> str:
    """The character n-gram of an integer code.

    Example:
        >>> decode_char_code(encode_char_feature("引"))
        '引'
    """
    code = int(code)
    chars = []
    while code:
        chars.append(chr((code & ((1 << CODE_BITS) - 1)) - 1))
        code >>= CODE_BITS
    return "".join(reversed(chars))


class CharColumns:
    """Character n-grams of texts → the columns of a fitted vocabulary, by small ids per character.

    Each character of a fitted n-gram gets an id (``0 … V-1``) from a table over
    the code points; an n-gram of ``n`` characters is its ids read as a number in
    base ``V`` (offset by the numbers of shorter n-grams). Characters without an
    id (punctuation, digits, separators, characters of no fitted n-gram) end
    every n-gram, so none crosses the ``"\\n"`` that joins texts. One sort of
    (text, number) keys counts them; each distinct number is then looked up once
    in the sorted numbers of the vocabulary (a table of about a third of a
    megabyte for 40,000 n-grams, searched in runs of increasing numbers).

    The counts are those of :func:`char_codes` looked up in the vocabulary: a
    fitted n-gram lies inside one run of CJK characters or Latin letters, so
    finding it among n-grams of consecutive characters finds it inside a run
    (n-grams :func:`char_codes` never produces are left out of the table).

    Example:
        >>> cols = CharColumns(["建", "党建", "党"], (1, 2))
        >>> rows, columns, counts = cols.count(["党建党", "建。建"])
        >>> rows.tolist(), columns.tolist(), counts.tolist()
        ([0, 0, 0, 1], [0, 1, 2, 0], [1, 1, 2, 2])
    """

    def __init__(self, features: Sequence[str], ngrams: tuple[int, int]) -> None:
        low, high = ngrams
        # The features' code points end to end, read a position at a time over all features (a fitted
        # vocabulary has tens of thousands of n-grams, and a worker builds this on its first article).
        lengths = np.fromiter(map(len, features), dtype=np.int64, count=len(features))
        points = np.frombuffer("".join(features).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        starts = np.cumsum(lengths) - lengths
        # Only what char_codes can produce: lengths within the range, one class per n-gram.
        usable = np.flatnonzero((lengths >= max(low, 1)) & (lengths <= high))
        first, sizes = starts[usable], lengths[usable]
        classes = _char_classes(points)
        head = classes[first]
        same = head > 0
        for k in range(1, int(sizes.max(initial=0))):
            more = sizes > k
            same[more] &= classes[first[more] + k] == head[more]
        usable, first, sizes = usable[same], first[same], sizes[same]
        width = int(sizes.max(initial=0))
        chars = np.unique(np.concatenate([points[first[sizes > k] + k] for k in range(width)] or [points[:0]]))
        base = max(len(chars), 1)
        # Code point → id (-1: no fitted n-gram holds it; the last entry stands for every larger code point).
        self._ids = np.full((int(chars[-1]) if len(chars) else 0) + 2, -1, dtype=np.int64)
        self._ids[chars] = np.arange(len(chars))
        self._base = base
        self._lengths = sorted({int(n) for n in np.unique(sizes)})
        self._offsets = {n: sum(base**m for m in self._lengths if m < n) for n in self._lengths}
        self._space = sum(base**n for n in self._lengths) or 1
        offsets = np.zeros(width + 1, dtype=np.int64)
        for n, offset in self._offsets.items():
            offsets[n] = offset
        numbers = np.zeros(len(usable), dtype=np.int64)
        for k in range(width):
            more = sizes > k
            numbers[more] = numbers[more] * base + self._ids[points[first[more] + k]]
        numbers += offsets[sizes]
        order = np.argsort(numbers, kind="stable")
        self._numbers = numbers[order]
        self._columns = usable.astype(np.int64)[order]
        #: Numbers in column order (characters by code point, shorter n-grams first): rows come out sorted.
        self._in_order = bool(np.all(np.diff(self._columns) > 0))
        # Single characters are numbers below ``base``: their columns are read from a table by
        # number (-1: not fitted), and only longer n-grams are searched in the sorted numbers.
        self._singles = np.full(base if 1 in self._lengths else 0, -1, dtype=np.int64)
        single = np.flatnonzero(self._numbers < len(self._singles))[::-1]  # a repeated feature: its first column
        self._singles[self._numbers[single]] = self._columns[single]

    def count(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distinct (text, column) pairs of the fitted n-grams in ``texts``, sorted, and the count of each."""
        empty = np.zeros(0, dtype=np.int64)
        if not len(self._numbers):
            return empty, empty, empty
        joined = "\n".join(texts)
        points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        ids = self._ids[np.minimum(points, len(self._ids) - 1)]
        known = ids >= 0
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) + 1 for t in texts])
        parts = []
        for n in self._lengths:
            width = len(ids) - n + 1
            if width <= 0:
                continue
            ok = known[:width].copy()
            for j in range(1, n):
                ok &= known[j : j + width]
            at = np.flatnonzero(ok)
            number = ids[at]
            for j in range(1, n):
                number = number * self._base + ids[at + j]
            parts.append(owner[at] * self._space + (number + self._offsets[n]))
        keys = np.sort(np.concatenate(parts)) if parts else empty
        starts = np.flatnonzero(np.diff(keys, prepend=-1))
        counts = np.diff(np.append(starts, len(keys)))
        keys = keys[starts]
        grams = keys % self._space
        single = grams < len(self._singles)
        cols = np.empty(len(grams), dtype=np.int64)
        cols[single] = self._singles[grams[single]]
        longer = grams[~single]
        slot = np.minimum(np.searchsorted(self._numbers, longer), len(self._numbers) - 1)
        cols[~single] = np.where(self._numbers[slot] == longer, self._columns[slot], -1)
        hit = cols >= 0
        rows, cols, counts = keys[hit] // self._space, cols[hit], counts[hit]
        if not self._in_order:
            order = np.lexsort((cols, rows))
            rows, cols, counts = rows[order], cols[order], counts[order]
        return rows, cols, counts

