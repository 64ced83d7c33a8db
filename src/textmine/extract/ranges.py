"""Sorted ``[start, end)`` ranges that answer overlap questions in O(log n).

Extractors use it to drop matches inside spans found before them (figures inside
slogans and dates, dates inside calendar dates) and inside titles of works.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate
from operator import itemgetter

_START, _END = itemgetter(0), itemgetter(1)


class Ranges:
    """Sorted ranges that answer "does ``[start, end)`` overlap one of you?" in O(log n).

    Example:
        >>> r = Ranges([(10, 40), (12, 15), (50, 60)])
        >>> r.overlaps(30, 35), r.overlaps(40, 50), r.overlaps(59, 70)
        (True, False, True)
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        # By start only: the order of ranges that start together changes no answer (``reach``
        # is read after the last of them), and comparing ints costs less than comparing tuples.
        ranges = sorted(ranges, key=_START)
        #: The starts of the ranges, in order.
        self.starts = list(map(_START, ranges))
        #: The furthest end of the ranges up to each one (ranges may nest): ``[start, end)``
        #: overlaps one when ``reach[i - 1] > start`` for ``i = bisect_left(starts, end)``.
        self.reach = list(accumulate(map(_END, ranges), max))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # ranges starting before ``end``
        return i > 0 and self.reach[i - 1] > start
