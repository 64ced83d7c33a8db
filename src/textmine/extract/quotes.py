"""Pair quotation marks: a text → ``Quote`` ranges, nested ones included.

Input: any string (extractors pass ``doc.norm``, which keeps the marks of the
original). Output: ``Quote`` records, one per plausible pair of marks, in order
of their opening mark; the inner range excludes the marks and surrounding
whitespace (line breaks included).

Marks paired: “” 「」 『』 ‘’ (directional: an opening mark waits for its own
closing mark) and the straight ASCII " and ' (each toggles). Invariants:

- A pair does not cross a line break: an unbalanced mark is dropped at the end
  of its paragraph, so it cannot swallow the rest of the text. The one
  exception is a block quotation, laid out with its marks on lines of their
  own (“⏎…⏎”, as congress reports are typeset): a directional opening mark
  that ends its line pairs with the first closing mark of its kind that
  starts a line, if that one comes within ``max_len`` characters.
- Pairs longer than ``max_len`` inner characters are not reported.
- Time is linear in the number of marks: each opening mark is pushed and
  popped at most once, whatever the nesting (10^5 nested quotes included).
- A closing mark with no open partner (an apostrophe in China’s) is ignored;
  opening marks still open inside a pair that closes are dropped with it.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import Any, NamedTuple

import numpy as np

#: Directional marks: opening → closing.
PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSERS = {close: open_ for open_, close in PAIRS.items()}
#: Straight marks, full-width forms included, which open and close alike.
_STRAIGHT = {'"': '"', "＂": '"', "'": "'", "＇": "'"}
_OPEN, _CLOSE, _TOGGLE = "open", "close", "toggle"
#: Mark → (kind, what it does): the kind is its opening mark (straight marks
#: are their own kind); a straight mark closes an open one of its kind, or opens.
_ROLES = {
    **{open_: (open_, _OPEN) for open_ in PAIRS},
    **{close: (open_, _CLOSE) for close, open_ in _CLOSERS.items()},
    **{mark: (kind, _TOGGLE) for mark, kind in _STRAIGHT.items()},
}
#: Every kind of mark (an opening directional mark, or a straight mark).
_KINDS = tuple(dict.fromkeys(kind for kind, _ in _ROLES.values()))
_MARKS = re.compile("[" + re.escape("".join(_ROLES)) + "]")
_BREAKS = "\n\r\u2028\u2029"
_BREAK = re.compile(f"[{_BREAKS}]")
#: An opening mark that ends its line (spaces, then a line break).
_AFTER_BLOCK_OPENER = frozenset(" \t\u3000" + _BREAKS)
_ENDS_LINE = re.compile(f"[ \t\u3000]*[{_BREAKS}]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

#: Longest inner text reported: a long quotation fits, a runaway mark does not.
MAX_LEN = 200
#: The last whitespace code point (U+3000 IDEOGRAPHIC SPACE): none above it is whitespace.
LAST_SPACE = 0x3000


class Quote(NamedTuple):
    """A pair of quotation marks and the text between them.

    Attributes:
        start: Start of the inner text (after the opening mark and spaces).
        end: End of the inner text (before spaces and the closing mark).
        open: Offset of the opening mark.
        close: Offset of the closing mark (``close + 1`` ends the pair).
        depth: 0 for an outermost pair, 1 for a pair inside it, and so on.
        mark: The opening mark as written (“ 「 『 ‘ " ').

    Example:
        >>> Quote(1, 5, 0, 5, 0, "“").end
        5
    """

    start: int
    end: int
    open: int
    close: int
    depth: int
    mark: str


#: Builds a ``Quote`` without the Python-level ``__new__`` of a named tuple.
_new_quote = partial(tuple.__new__, Quote)


def code_units(text: str) -> Any:
    """The code points of ``text`` as a numpy ``uint16`` array, one per character.

    Characters beyond the Basic Multilingual Plane become U+FFFF, a
    noncharacter that no table lists (their low 16 bits could be a quotation
    mark: U+2201C 𢀜 ends in 201C “): the array feeds lookup tables and
    hashes, never a decoder.

    Example:
        >>> code_units("两个").tolist()
        [20004, 20010]
    """
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):
        return np.frombuffer(data, dtype=np.uint16)
    wide = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(wide, 0xFFFF).astype(np.uint16)


def find_quotes(text: str, *, max_len: int = MAX_LEN) -> list[Quote]:
    """Return the plausible quotation-mark pairs of ``text``, nested ones included.

    Straight quotes pair only around CJK text, and a single straight quote
    counts only next to a CJK character, so English apostrophes stay out.
    :class:`QuoteFinder` gives the same quotes, faster, to a caller of many texts.

    Args:
        text: The text to scan.
        max_len: Longest inner text to report, in characters.

    Returns:
        Quotes sorted by their opening mark (an outer pair before its inner ones).

    Example:
        >>> t = "開展“深化拓展‘三服務’”行動，“兩委"
        >>> [(t[q.start:q.end], q.depth) for q in find_quotes(t)]
        [('深化拓展‘三服務’', 0), ('三服務', 1)]
        >>> t = "反对“\\n要团结，不要分裂\\n”的原则"
        >>> [t[q.start:q.end] for q in find_quotes(t)]
        ['要团结，不要分裂']
    """
    marks = [m.start() for m in _MARKS.finditer(text)]
    breaks = [m.start() for m in _BREAK.finditer(text)] if marks else []
    return _pair(text, marks, breaks, None, max_len)


class QuoteFinder:
    """:func:`find_quotes` with its lookup tables built once: marks and line breaks found in one vectorized pass.

    Example:
        >>> t = "做到“兩個維護”“三服務”"
        >>> [t[q.start:q.end] for q in QuoteFinder()(t)]
        ['兩個維護', '三服務']
    """

    def __init__(self, *, max_len: int = MAX_LEN) -> None:
        self.max_len = max_len
        # code unit → 1 a line break, 2 a closing or straight quotation mark,
        # 3 an opening directional mark (whose closing mark is the next code
        # point: “”, ‘’, 「」, 『』).
        self._codes = np.zeros(1 << 16, dtype=np.uint8)
        for mark in _ROLES:
            self._codes[ord(mark)] = 2
        for open_, close in PAIRS.items():
            assert ord(close) == ord(open_) + 1, (open_, close)
            self._codes[ord(open_)] = 3
        for brk in _BREAKS:
            self._codes[ord(brk)] = 1
        # The blocks of 16 code points that hold any of them: a 4 KB table,
        # which stays in cache, looked up first at every character.
        self._blocks = np.zeros(1 << 12, dtype=bool)
        self._blocks[self._codes.nonzero()[0] >> 4] = True
        # code unit → whether it is whitespace (``str.isspace``), which a quote's inner text is trimmed of.
        self._space = np.zeros(1 << 16, dtype=bool)
        self._space[: LAST_SPACE + 1] = [chr(c).isspace() for c in range(LAST_SPACE + 1)]

    def __call__(self, text: str, units: Any = None) -> list[Quote]:
        """Return the quotes of ``text`` (``units``: its :func:`code_units`, when already computed)."""
        units = code_units(text) if units is None else units
        near = self._blocks.take(units >> 4).nonzero()[0]
        codes = self._codes.take(units.take(near))
        is_mark = codes >= 2
        marks = near[is_mark]
        if not len(marks):
            return []
        breaks = near[codes == 1]
        # Mark i and mark i + 1 are a plain pair (an opening mark, then its own
        # closing mark on the same line): taken without the stacks when no
        # other mark is open.
        chars = units.take(marks)
        lines = np.searchsorted(breaks, marks)
        plain = (codes[is_mark][:-1] == 3) & (chars[1:] == chars[:-1] + 1) & (lines[:-1] == lines[1:])
        if not len(marks) % 2 and plain[::2].all():
            # Every mark pairs with the next one (the common case): no pair
            # nests in another, none needs the stacks, and unless a space
            # stands inside a mark, none needs trimming.
            starts, closes = marks[::2] + 1, marks[1::2]
            space = self._space
            if not (space.take(units.take(starts)).any() or space.take(units.take(closes - 1)).any()):
                max_len = self.max_len
                return [
                    _new_quote((start, close, start - 1, close, 0, text[start - 1]))
                    for start, close in zip(starts.tolist(), closes.tolist())
                    if 0 < close - start <= max_len
                ]
        return _pair(text, marks.tolist(), breaks.tolist(), plain.tolist(), self.max_len)


def find_titles(text: str, *, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """Return the offsets of the marks of every title of a work 《…》 (one line, ``max_len`` at most).

    Titles inside a title are marked 〈〉 and lie inside the outer pair. Only
    the title marks are visited (``str.find``), so a text without titles
    costs one scan in C.

    Example:
        >>> t = "印发《关于做好“三服务”工作的通知》"
        >>> [t[a : b + 1] for a, b in find_titles(t)]
        ['《关于做好“三服务”工作的通知》']
    """
    found: list[tuple[int, int]] = []
    pos = text.find("《")
    while pos >= 0:
        end = text.find("》", pos + 1)
        if end < 0:
            break
        start = text.rfind("《", pos, end)  # an unclosed 《 before it is skipped
        if end - start - 1 <= max_len and _BREAK.search(text, start, end) is None:
            found.append((start, end))
        pos = text.find("《", end + 1)
    return found


def _is_cjk(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CJK.match(text, i) is not None


def _starts_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between a line break and ``text[pos]``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i >= 0 and text[i] in _BREAKS


def _pair(text: str, marks: list[int], breaks: list[int], plain: list[bool] | None, max_len: int) -> list[Quote]:
    """Pair the marks at offsets ``marks`` (line breaks at ``breaks``) into quotes.

    ``plain[i]`` says that mark i and mark i + 1 form a plain pair (None: look
    at every mark).
    """
    pairs: list[tuple[int, int]] = []  # (opening mark, -closing mark)
    # One stack of opening offsets per kind of mark; ``order`` lists the open
    # marks of all kinds in text order (a closed or dropped mark is left in
    # ``order`` and skipped lazily, which keeps every operation amortized O(1)).
    stacks: dict[str, list[int]] = {kind: [] for kind in _KINDS}
    open_marks: dict[int, str] = {}
    order: list[int] = []
    # Opening marks of block quotations (“⏎), per kind; they outlive line breaks.
    blocks: dict[str, list[int]] = {kind: [] for kind in PAIRS}
    line_end = -1  # the line break that ends the marks open now
    roles = _ROLES
    last = len(marks) - 1
    i = -1
    while i < last:
        i += 1
        pos = marks[i]
        if open_marks and pos > line_end:  # a line break ended every open quotation
            for stack in stacks.values():
                stack.clear()
            open_marks.clear()
            order.clear()
        if plain is not None and i < last and plain[i] and not open_marks:
            i += 1
            pairs.append((pos, -marks[i]))
            continue
        kind, action = roles[text[pos]]
        stack = stacks[kind]
        if action is _TOGGLE:
            if kind == "'" and not (_is_cjk(text, pos - 1) or _is_cjk(text, pos + 1)):
                continue  # an apostrophe, not a quotation mark
            action = _CLOSE if stack else _OPEN
        if action is _OPEN:
            if text[pos + 1 : pos + 2] in _AFTER_BLOCK_OPENER and kind in blocks and _ENDS_LINE.match(text, pos + 1):
                blocks[kind].append(pos)
                continue
            if not open_marks:
                j = bisect.bisect_left(breaks, pos)
                line_end = breaks[j] if j < len(breaks) else len(text)
            stack.append(pos)
            open_marks[pos] = kind
            order.append(pos)
        elif stack:
            opened = stack.pop()
            del open_marks[opened]
            # Marks opened inside this pair and still open are unbalanced: drop them.
            while order and order[-1] >= opened:
                inner_kind = open_marks.pop(order.pop(), None)
                if inner_kind is not None:
                    stacks[inner_kind].pop()
            pairs.append((opened, -pos))
        elif blocks.get(kind) and _starts_line(text, pos):
            block = blocks[kind]
            opened = block.pop()
            pairs.append((opened, -pos))
            if pos - opened > 2 * max_len:
                block.clear()  # older openers are farther still: none will pair
        # else a closing mark with no partner (China’s): ignored
    return _quotes(text, pairs, max_len)


def _quotes(text: str, pairs: list[tuple[int, int]], max_len: int) -> list[Quote]:
    """Trim ``(open, -close)`` pairs to their inner text, drop empty and overlong ones, and nest them."""
    found: list[Quote] = []
    enclosing: list[int] = []  # closing marks of the reported pairs around the current one
    pairs.sort()  # by opening mark, outer pairs (later closing marks) first
    for opened, neg_close in pairs:
        close = -neg_close
        start, end = opened + 1, close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        mark = text[opened]
        if not (0 < end - start <= max_len and (mark in PAIRS or _CJK.search(text, start, end))):
            continue
        while enclosing and enclosing[-1] < opened:
            enclosing.pop()
        found.append(_new_quote((start, end, opened, close, len(enclosing), mark)))
        enclosing.append(close)
    return found
