"""Character classes of a text as an array: where number extractors may start.

Input: ``doc.norm``. Output: a ``uint16`` array holding, for each character,
the bits of the classes it belongs to (digits, numeral characters, units …),
padded so that tests may look a few characters before and after any position.

The number extractors (dates, figures) try their patterns only at the runs of
numeral characters that can open a match. A regex scan for a character class
costs some 15 ns a character, while looking the code points up in a table and
testing every run's end at once with numpy costs a tenth of that; the code
points of a document are computed once and kept in its ``memo``.

Invariant: a class test here means exactly what the regex class it replaces
means: decimal digits are Unicode's ``Nd`` (``\\d``), astral characters included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from ..records import Doc

#: Padding before and after the characters: tests may look this far out without bounds checks.
PAD = 4
#: The bit every character of the text has (the padding has none): "there is a character here".
REAL = 1
#: Code points in the table: the BMP and plane 1, where every decimal digit of Unicode lies;
#: the characters above all share the table's last entry (a noncharacter: no class but REAL).
TABLE_SIZE = 0x20000


def code_points(doc: Doc) -> np.ndarray:
    """The code points of ``doc.norm`` as ``uint32`` (computed once per document).

    Example:
        >>> from textmine import Pipeline
        >>> code_points(Pipeline.from_config().analyze("2021年")).tolist()
        [50, 48, 50, 49, 24180]
    """
    codes = doc.memo.get(code_points)
    if codes is None:
        codes = doc.memo[code_points] = np.frombuffer(doc.norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes


class CharTable:
    """Class bits of every code point; build once per pipeline.

    Args:
        classes: ``(bit, characters)`` pairs: each character gets ``bit``.
        digit: Bit of the decimal digits (``\\d``), or 0.
        han: Bit of the CJK unified ideographs U+4E00–U+9FFF (``[\\u4e00-\\u9fff]``), or 0.

    Example:
        >>> table = CharTable([(2, "年月")], digit=4)
        >>> from textmine import Pipeline
        >>> table.classes(Pipeline.from_config().analyze("5月"))[PAD:-PAD].tolist()
        [5, 3]
    """

    def __init__(self, classes: Iterable[tuple[int, str]], *, digit: int = 0, han: int = 0) -> None:
        self._by_char: dict[str, int] = {}  # the bits of the listed characters
        for bit, chars in classes:
            for c in chars:
                self._by_char[c] = self._by_char.get(c, 0) | bit
        table = np.full(TABLE_SIZE, REAL, dtype=np.uint16)
        if digit:
            chars = np.arange(TABLE_SIZE, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
            table[[m.start() for m in re.finditer(r"\d", chars)]] |= digit  # \d: str.isdecimal, in one C pass
        if han:
            table[0x4E00:0xA000] |= han
        for c, bits in self._by_char.items():
            if ord(c) >= TABLE_SIZE - 1:
                raise ValueError(f"CharTable: {c!r} is beyond the table (U+{TABLE_SIZE - 1:X} and above share one entry)")
            table[ord(c)] |= bits
        self._table = table

    def classes(self, doc: Doc) -> np.ndarray:
        """The class bits of each character of ``doc.norm``, with :data:`PAD` zeros on either side."""
        codes = code_points(doc)
        out = np.zeros(len(codes) + 2 * PAD, dtype=np.uint16)
        self._table.take(codes, out=out[PAD : PAD + len(codes)], mode="clip")
        return out


def runs(classes: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends (padded indices) of the maximal runs of characters having one of ``bits``.

    Example:
        >>> starts, ends = runs(np.array([0, 2, 2, 0, 2, 0], dtype=np.uint16), 2)
        >>> starts.tolist(), ends.tolist()
        ([1, 4], [3, 5])
    """
    inside = (classes & bits) != 0
    edges = (inside[1:] != inside[:-1]).nonzero()[0] + 1  # the padding is outside every run
    return edges[0::2], edges[1::2]
