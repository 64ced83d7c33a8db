"""Character n-grams as integers: code points packed into 64-bit codes, and a code → column table.

An n-gram of up to three characters is one unsigned integer (21 bits per
character), so counting n-grams is sorting integers and looking codes up in a
fitted vocabulary (:class:`CodeTable`) is array work, with no string per n-gram.
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


class CodeTable:
    """Integer codes → columns: a direct-mapped hash table in front of a binary search.

    A binary search per n-gram costs a cache miss per step; here each code is
    hashed to one slot, which holds the one code that was first to hash there.
    A code found in its slot is known, an empty slot means unknown, and only
    codes meeting another code's slot are searched (array operations only).

    Example:
        >>> codes = np.array([encode_char_feature("党"), encode_char_feature("党建")], dtype=np.uint64)
        >>> t = CodeTable(codes, np.array([0, 1]))
        >>> t.lookup(np.array([encode_char_feature(f) for f in ("党建", "建", "党")], dtype=np.uint64)).tolist()
        [1, -1, 0]
    """

    def __init__(self, codes: np.ndarray, columns: np.ndarray) -> None:
        self._codes = np.asarray(codes, dtype=np.uint64)  # sorted
        self._sorted_columns = np.asarray(columns, dtype=np.int64)
        size = 1 << max(4, int(2 * max(len(codes), 1) - 1).bit_length())  # at most half full
        self._shift = np.uint64(64 - size.bit_length() + 1)
        self._keys = np.zeros(size, dtype=np.uint64)  # 0: empty (no code is 0)
        self._columns = np.full(size, -1, dtype=np.int32)
        slots, first = np.unique(self._home(self._codes), return_index=True)
        self._keys[slots], self._columns[slots] = self._codes[first], self._sorted_columns[first]

    def _home(self, codes: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):  # multiplicative hashing wraps on purpose
            x = codes ^ (codes >> np.uint64(29))
            x *= np.uint64(0xBF58476D1CE4E5B9)
            x ^= x >> np.uint64(32)
            x *= np.uint64(0x94D049BB133111EB)
        return (x >> self._shift).astype(np.int64)

    def lookup(self, codes: np.ndarray) -> np.ndarray:
        """The column of each code, -1 for codes not in the table."""
        slots = self._home(codes)
        found = self._keys[slots]
        out = self._columns[slots].astype(np.int64)
        clash = np.flatnonzero((found != codes) & (found != 0))
        out[found != codes] = -1
        if len(clash) and len(self._codes):
            wanted = codes[clash]
            at = np.minimum(np.searchsorted(self._codes, wanted), len(self._codes) - 1)
            out[clash] = np.where(self._codes[at] == wanted, self._sorted_columns[at], -1)
        return out
