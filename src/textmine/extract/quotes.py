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
from typing import NamedTuple

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
    """:func:`find_quotes` for a caller of many texts: the common layout is paired without the stacks.

    In most articles every mark pairs with the next one (an opening mark, its
    own closing mark on the same line, no space inside the marks): those
    pairs are read off the marks directly. The marks are found by one regex
    scan in C; arrays of code points would cost less on a text already in
    the processor's caches, but more on an article met for the first time,
    which is how a pipeline meets it.

    Example:
        >>> t = "做到“兩個維護”“三服務”"
        >>> [t[q.start:q.end] for q in QuoteFinder()(t)]
        ['兩個維護', '三服務']
    """

    def __init__(self, *, max_len: int = MAX_LEN) -> None:
        self.max_len = max_len

    def __call__(self, text: str) -> list[Quote]:
        """Return the quotes of ``text``, as :func:`find_quotes` does."""
        marks = [m.start() for m in _MARKS.finditer(text)]
        if not marks:
            return []
        max_len = self.max_len
        if not len(marks) % 2:
            found: list[Quote] = []
            search_break = _BREAK.search
            for opened, close in zip(marks[::2], marks[1::2]):
                mark = text[opened]
                if (
                    PAIRS.get(mark) != text[close]
                    or search_break(text, opened, close) is not None
                    or text[opened + 1].isspace()
                    or text[close - 1].isspace()
                ):
                    break  # a mark that needs the stacks (nested, unbalanced, straight) or a space to trim
                if 0 < close - opened - 1 <= max_len:
                    found.append(_new_quote((opened + 1, close, opened, close, 0, mark)))
            else:
                return found
        breaks = [m.start() for m in _BREAK.finditer(text)]
        lines = [bisect.bisect_left(breaks, pos) for pos in marks]
        plain = [
            PAIRS.get(text[marks[i]]) == text[marks[i + 1]] and lines[i] == lines[i + 1]
            for i in range(len(marks) - 1)
        ]
        return _pair(text, marks, breaks, plain, max_len)


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
            if not stack and kind == '"' and stacks["“"] and _is_cjk(text, pos - 1):
                # “一国两制"、“澳人治澳": a page that closes a curly mark with a straight one
                kind, stack = "“", stacks["“"]
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
