"""Pair quotation marks: a text → ``Quote`` ranges, nested ones included.

Input: any string (extractors pass ``doc.norm``, which keeps the marks of the
original). Output: ``Quote`` records, one per plausible pair of marks, in order
of their opening mark; the inner range excludes the marks and surrounding
whitespace.

Marks paired: “” 「」 『』 ‘’ (directional: an opening mark waits for its own
closing mark) and the straight ASCII " and ' (each toggles). Invariants:

- A pair never crosses a line break: an unbalanced mark is dropped at the end
  of its paragraph, so it cannot swallow the rest of the text.
- Pairs longer than ``max_len`` inner characters are not reported.
- Time is linear in the number of marks: each opening mark is pushed and
  popped at most once, whatever the nesting (10^5 nested quotes included).
- A closing mark with no open partner (an apostrophe in China’s) is ignored;
  opening marks still open inside a pair that closes are dropped with it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Directional marks: opening → closing.
PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSERS = {close: open_ for open_, close in PAIRS.items()}
#: Straight marks, full-width forms included, which open and close alike.
_STRAIGHT = {'"': '"', "＂": '"', "'": "'", "＇": "'"}
#: Mark → (kind, what it does): the kind is its opening mark (straight marks
#: are their own kind); a straight mark closes an open one of its kind, or opens.
_ROLES = {
    **{open_: (open_, "open") for open_ in PAIRS},
    **{close: (open_, "close") for close, open_ in _CLOSERS.items()},
    **{mark: (kind, "toggle") for mark, kind in _STRAIGHT.items()},
}
_MARKS = re.compile(
    "[" + re.escape("".join(PAIRS) + "".join(PAIRS.values()) + "".join(_STRAIGHT)) + "\n\r\u2028\u2029]"
)
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


def _is_cjk(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CJK.match(text, i) is not None


def find_quotes(text: str, *, max_len: int = MAX_LEN) -> list[Quote]:
    """Return the plausible quotation-mark pairs of ``text``, nested ones included.

    Straight quotes pair only around CJK text, and a single straight quote
    counts only next to a CJK character, so English apostrophes stay out.

    Args:
        text: The text to scan.
        max_len: Longest inner text to report, in characters.

    Returns:
        Quotes sorted by their opening mark (an outer pair before its inner ones).

    Example:
        >>> t = "開展“深化拓展‘三服務’”行動，“兩委"
        >>> [(t[q.start:q.end], q.depth) for q in find_quotes(t)]
        [('深化拓展‘三服務’', 0), ('三服務', 1)]
    """
    found: list[Quote] = []
    # One stack of opening offsets per kind of mark; ``order`` lists the open
    # marks of all kinds in text order (a closed or dropped mark is left in
    # ``order`` and skipped lazily, which keeps every operation amortized O(1)).
    stacks: dict[str, list[int]] = {kind: [] for kind, _ in _ROLES.values()}
    open_marks: dict[int, str] = {}
    order: list[int] = []
    for m in _MARKS.finditer(text):
        pos = m.start()
        role = _ROLES.get(text[pos])
        if role is None:  # a line break ends every open quotation
            if order:
                for stack in stacks.values():
                    stack.clear()
                open_marks.clear()
                order.clear()
            continue
        kind, action = role
        stack = stacks[kind]
        if action == "toggle":
            if kind == "'" and not (_is_cjk(text, pos - 1) or _is_cjk(text, pos + 1)):
                continue  # an apostrophe, not a quotation mark
            action = "close" if stack else "open"
        if action == "open":
            stack.append(pos)
            open_marks[pos] = kind
            order.append(pos)
            continue
        if not stack:
            continue  # a closing mark with no partner (China’s)
        opened = stack.pop()
        del open_marks[opened]
        # Marks opened inside this pair and still open are unbalanced: drop them.
        while order and order[-1] >= opened:
            inner_kind = open_marks.pop(order.pop(), None)
            if inner_kind is not None:
                stacks[inner_kind].pop()
        start, end = opened + 1, pos
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if 0 < end - start <= max_len and (kind in PAIRS or _CJK.search(text, start, end)):
            found.append(Quote(start, end, opened, pos, len(open_marks), text[opened]))
    found.sort(key=lambda q: (q.open, -q.close))
    return found
