"""Read written numbers: Arabic, Chinese and mixed numerals → exact values.

Input: the text of one number as it stands in ``doc.norm`` (simplified,
width-folded): ``7000``, ``1,234.5``, ``三千四百五十``, ``两``, ``廿``, ``十五点六``,
``二〇二一`` (digit by digit), with multipliers (``9万``, ``1.2亿``, ``千亿``) and
the vague forms ``几万``, ``数百``, ``十几``. Output: a :class:`Numeral` holding the
value (an int when whole, else the float nearest the exact decimal: 1.2亿 is
120000000, not 120000000.00000001) and, for vague forms, the approximation.

Invariant: a form this module cannot read with certainty gives ``None``, never
a guessed value (``一二``, ``十百``, ``万千`` are not numbers), and so does one
written in more than :data:`MAX_NUMBER_CHARS` characters: no figure of a real
text is that long, and reading a run of thousands of digits would cost time
quadratic in its length (and fail beyond Python's 4300 digits).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import partial
from typing import NamedTuple

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
#: Contracted tens: 廿 = 二十, 卅 = 三十 (廿一 = 21).
_CONTRACTED = str.maketrans({"廿": "二十", "卅": "三十"})
#: Multiplier strings allowed after Arabic digits (9万, 1.27万亿, 3千万); anything else is not a number.
MULTIPLIERS = {
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10**4,
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "十亿": 10**9,
    "百亿": 10**10,
    "千亿": 10**11,
    "万亿": 10**12,
    "兆": 10**12,  # before money only (Taiwan's 3兆元); the figure pattern decides
}
#: Most characters a number is written in (1,234,567,890.12 and 三千四百五十六万七千八百九十点五 need far fewer).
MAX_NUMBER_CHARS = 32
_ARABIC = re.compile(r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class Numeral(NamedTuple):
    """A number read from text.

    Attributes:
        value: The value: an int when whole, else a float.
        approx: ``exact``, or ``more_than`` for vague forms (几万, 数百, 十几).

    Example:
        >>> Numeral(7000).approx
        'exact'
    """

    value: int | float
    approx: str = "exact"


#: ``Numeral(value, approx)`` without the Python-level ``__new__`` of a NamedTuple (a third of the cost).
_numeral = partial(tuple.__new__, Numeral)


def _scaled(digits: str, decimals: int, factor: int) -> int | float:
    """``int(digits) / 10**decimals * factor``, exactly: an int when whole.

    Example:
        >>> _scaled("12", 1, 10**8), _scaled("336", 1, 1)
        (120000000, 33.6)
    """
    n = int(digits) * factor
    if not decimals:
        return n
    q, r = divmod(n, 10**decimals)
    return q if r == 0 else n / 10**decimals  # int / int is correctly rounded


def parse_arabic(text: str, factor: int = 1) -> int | float | None:
    """Read Arabic digits with optional thousands separators and decimals, times ``factor``.

    Example:
        >>> parse_arabic("1,234.5"), parse_arabic("62，000"), parse_arabic("7000"), parse_arabic("1,23")
        (1234.5, 62000, 7000, None)
    """
    if len(text) > MAX_NUMBER_CHARS or not _ARABIC.fullmatch(text):
        return None
    whole, _, frac = text.replace(",", "").replace("，", "").partition(".")
    return _scaled(whole + frac, len(frac), factor)


def _section(text: str) -> int | None:
    """Read a section below 10 000 (三千四百五十, 一百零五, 十五, 两百五), or one written digit by digit, as
    Taiwan's papers print counts (七五三二, 一一五: three or four digits, no zero first, no 两)."""
    if not text:
        return 0
    if 3 <= len(text) <= 4 and all(ch in DIGITS and ch != "两" for ch in text) and DIGITS[text[0]] != 0:
        return int("".join(str(DIGITS[ch]) for ch in text))
    value = 0
    digit: int | None = None
    last_unit: int | None = None
    zero_seen = False
    for ch in text:
        if ch in DIGITS:
            if digit is not None:
                return None  # two digits in a row (一二): not a numeral
            digit = DIGITS[ch]
            if digit == 0:
                zero_seen = True
                digit = None
                if last_unit is None:
                    return None  # a leading zero (零五) is not a quantity
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if last_unit is not None and unit >= last_unit:
                return None  # 十百, 百百
            value += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
            zero_seen = False
        else:
            return None
    if digit is not None:
        if last_unit is not None and last_unit >= 100 and not zero_seen:
            # Contracted tail: 两百五 = 250, 三千五 = 3500.
            value += digit * last_unit // 10
        else:
            value += digit
    return value


def parse_chinese_integer(text: str) -> int | None:
    """Read a Chinese integer (三千四百五十, 两, 廿一, 十五, 一万五, 千亿, 三亿五千万).

    Returns None for anything that is not a well-formed numeral.

    Example:
        >>> parse_chinese_integer("三千四百五十"), parse_chinese_integer("廿一"), parse_chinese_integer("千亿")
        (3450, 21, 100000000000)
        >>> parse_chinese_integer("一二") is None, parse_chinese_integer("万千") is None
        (True, True)
        >>> parse_chinese_integer("七五三二"), parse_chinese_integer("二一九二万")
        (7532, 21920000)
    """
    text = text.translate(_CONTRACTED)
    if not text or len(text) > MAX_NUMBER_CHARS:
        return None
    return _big(text, 0)


def _big(text: str, level: int) -> int | None:
    # level 0 splits on 亿, level 1 on 万, level 2 reads a section.
    if level == 2:
        return _section(text)
    unit_char = "亿" if level == 0 else "万"
    if unit_char not in text:
        return _big(text, level + 1)
    head, _, tail = text.rpartition(unit_char)
    if head == "":
        high = 1  # bare 万 / 亿 = one of them
    else:
        high = _big(head, level) if unit_char in head else _big(head, level + 1)
        if high is None or high == 0:
            return None
    if tail and tail[0] not in DIGITS:
        return None  # 亿万, 万千: rhetorical, not a number
    if tail and len(tail) == 1 and tail in DIGITS and DIGITS[tail] != 0:
        # Contracted tail: 一万五 = 15000, 三亿五 = 350 000 000.
        low = DIGITS[tail] * BIG_UNITS[unit_char] // 10
    else:
        if tail.startswith(("零", "〇", "○")):
            tail = tail[1:]
        low = _big(tail, level + 1) if tail else 0
        if low is None:
            return None
    return high * BIG_UNITS[unit_char] + low


def parse_digit_sequence(text: str) -> int | None:
    """Read Chinese digits written one by one, as in years (二〇二一 → 2021; 一九八○ with ○ too).

    Example:
        >>> parse_digit_sequence("二〇二一"), parse_digit_sequence("二十")
        (2021, None)
    """
    if not text or len(text) > MAX_NUMBER_CHARS or any(ch not in DIGITS or ch == "两" for ch in text):
        return None
    return int("".join(str(DIGITS[ch]) for ch in text))


#: Three digits or more written one by one, a zero after the first (五九○○, 一〇〇), and the multipliers after them.
_SPELLED_DIGITS = re.compile("(?=[〇○零一二三四五六七八九]{3})([一二三四五六七八九][〇○零一二三四五六七八九]*[〇○零][〇○零一二三四五六七八九]*)([万亿]*)")
#: Two adjacent digits, the second one more: 六七万, 五六十, 十七八, 两三, 一两 (a vague count of either).
_ADJACENT_PAIR = re.compile("(?P<head>(?:[二三四五六七八九]?十)?)(?P<low>[一二两三四五六七八])(?P<high>[两三四五六七八九])(?P<tail>[十百千]?[万亿]?)")


def _adjacent_pair(m: re.Match) -> Numeral | None:
    """The middle of the two readings of an adjacent pair, ``about`` (六七万 → 65000), or None when
    the digits are no pair (八七, 二两, or a bare 二三 where 两三 is written; 二三十 is a pair)."""
    low, high = DIGITS[m["low"]], DIGITS[m["high"]]
    if high != low + 1 or m["low"] == "二" and not (m["head"] or m["tail"]) or m["high"] == "两" and m["low"] != "一":
        return None
    a = parse_chinese_integer(m["head"] + m["low"] + m["tail"])
    b = parse_chinese_integer(m["head"] + m["high"] + m["tail"])
    if a is None or b is None:
        return None
    middle = (a + b) / 2
    return _numeral((int(middle) if middle.is_integer() else middle, "about"))


def parse_chinese_number(text: str) -> Numeral | None:
    """Read a Chinese numeral, with decimals (十五点六) and vague forms (几万, 数百, 十几).

    Vague forms read as their smallest round value with ``approx`` ``more_than``
    (几万 → 10000, 十几 → 10); a lone 几 or 数 is no number. Two adjacent
    digits read as the middle of their two readings, ``about`` (六七万 → 65000).

    Example:
        >>> parse_chinese_number("十五点六")
        Numeral(value=15.6, approx='exact')
        >>> parse_chinese_number("几万"), parse_chinese_number("二十几万")
        (Numeral(value=10000, approx='more_than'), Numeral(value=200000, approx='more_than'))
        >>> parse_chinese_number("六七万")
        Numeral(value=65000, approx='about')
        >>> parse_chinese_number("五十八点九亿").value
        5890000000
    """
    if len(text) > MAX_NUMBER_CHARS:
        return None
    pair = _ADJACENT_PAIR.fullmatch(text)
    if pair is not None:
        return _adjacent_pair(pair)
    approx = "exact"
    if text[:1] in ("几", "数"):
        if len(text) == 1 or text[1] not in "十百千万亿":
            return None
        text, approx = text[1:], "more_than"
    elif "几" in text:
        at = text.index("几")
        if at == 0 or text[at - 1] not in "十百千万亿":
            return None
        text, approx = text[:at] + text[at + 1 :], "more_than"  # 十几, 二十几万
    if "几" in text or "数" in text:
        return None
    whole, dot, frac = text.partition("点")
    integer = parse_chinese_integer(whole)
    if integer is None and (spelled := _SPELLED_DIGITS.fullmatch(whole)) is not None:
        # 五九○○亿元: digits written one by one, a zero among them (5900), before its multipliers
        digits = parse_digit_sequence(spelled[1])
        integer = None if digits is None else digits * math.prod(BIG_UNITS[c] for c in spelled[2])
    if integer is None:
        return None
    if not dot:
        return _numeral((integer, approx))
    cut = len(frac.rstrip("万亿"))  # 五十八点九亿: the decimals, then their multipliers
    frac, factor = frac[:cut], math.prod(BIG_UNITS[c] for c in frac[cut:])
    digits = parse_digit_sequence(frac) if frac else None
    if digits is None:
        return None
    return Numeral(_scaled(str(integer) + "".join(str(DIGITS[c]) for c in frac), len(frac), factor), approx)


def parse_number(text: str, multiplier: str = "") -> Numeral | None:
    """Read Arabic or Chinese digits times an optional multiplier (9 + 万, 1.27 + 万亿).

    Example:
        >>> parse_number("1.2", "亿").value, parse_number("9", "万").value
        (120000000, 90000)
        >>> parse_number("三千四百五十").value, parse_number("7", "万千") is None
        (3450, True)
        >>> parse_number("9" * 40) is None  # longer than any figure: not read
        True
    """
    if len(text) > MAX_NUMBER_CHARS:
        return None
    if not multiplier and text.isdecimal():
        return _numeral((int(text), "exact"))  # the commonest case: plain digits (int() reads any decimal digit)
    factor = MULTIPLIERS.get(multiplier, 1) if multiplier else 1
    if multiplier and multiplier not in MULTIPLIERS:
        return _with_tail(text, multiplier)
    if text[:1].isdigit():
        if "," not in text and "，" not in text:  # the common case, already shaped by the caller's pattern
            whole, _, frac = text.partition(".")
            if whole.isdigit() and (not frac or frac.isdigit()):
                return _numeral((_scaled(whole + frac, len(frac), factor), "exact"))
        value = parse_arabic(text, factor)
        return None if value is None else Numeral(value)
    numeral = parse_chinese_number(text)
    if numeral is None:
        return None
    if factor == 1:
        return numeral
    value = numeral.value
    if isinstance(value, int):
        return Numeral(value * factor, numeral.approx)
    literal = repr(value)
    if "e" in literal:  # pragma: no cover - Chinese decimals are short
        return None
    whole, _, frac = literal.partition(".")
    return Numeral(_scaled(whole + frac, len(frac), factor), numeral.approx)


def parse_share(text: str) -> Numeral | None:
    """The number of a share after 百分之 or 千分之, where a leading 零 is the share's whole part
    (百分之零点二), not midnight's 零点 as elsewhere (零点五分).

    Example:
        >>> parse_share("零点二").value, parse_share("十五点六").value, parse_share("零点") is None
        (0.2, 15.6, True)
    """
    if text[:2] in ("零点", "〇点"):
        digits = text[2:]
        if not digits or parse_digit_sequence(digits) is None:
            return None
        return Numeral(_scaled("".join(str(DIGITS[c]) for c in digits), len(digits), 1))
    return parse_number(text)


def _with_tail(text: str, multiplier: str) -> Numeral | None:
    """19 + 万7千: the number times the multiplier, plus the lower places written after it (万5000,
    亿4292万9000, 亿7,000万).

    Example:
        >>> _with_tail("304", "亿4292万9000").value, _with_tail("84", "亿7,000万").value, _with_tail("19", "万7千").value
        (30442929000, 8470000000, 197000)
    """
    cut = next((i for i, c in enumerate(multiplier) if c.isdigit()), 0)
    head, tail = multiplier[:cut], multiplier[cut:].replace(",", "")
    if head not in MULTIPLIERS or not tail or not text.isdigit():
        return None  # 1.5万3千 is no number
    base, rest = parse_number(text, head), _lower_places(tail)
    if base is None or rest is None or not isinstance(base.value, int) or not 0 < rest < MULTIPLIERS[head]:
        return None
    return Numeral(base.value + rest, base.approx)


def _lower_places(tail: str) -> int | None:
    """The value of the places written after a multiplier: 7千, 5000, 4292万9000 (the last below 万)."""
    digits = len(tail) - len(tail.lstrip("0123456789"))
    if digits == len(tail):
        return int(tail)
    place = MULTIPLIERS.get(tail[digits])
    rest = tail[digits + 1 :]
    if not digits or place is None or (rest and not rest.isdigit()) or (rest and int(rest) >= place):
        return None
    return int(tail[:digits]) * place + (int(rest) if rest else 0)


def parse_fraction(denominator: str, numerator: str) -> float | None:
    """Read a fraction ``X分之Y`` (三分之二 → 0.6667, rounded to four decimals).

    Example:
        >>> parse_fraction("三", "二"), parse_fraction("4", "1")
        (0.6667, 0.25)
    """
    den = parse_number(denominator)
    num = parse_number(numerator)
    if den is None or num is None or den.value == 0 or den.approx != "exact" or num.approx != "exact":
        return None
    return round(num.value / den.value, 4)


#: Runs of digits and numeral characters: where a number may start.
NUMERAL_RUN = re.compile(r"[\d〇○零一二两三四五六七八九十百千万亿廿卅几数]+")


def iter_anchored(
    pattern: re.Pattern[str],
    text: str,
    *,
    anchor: re.Pattern[str] = NUMERAL_RUN,
    prefixes: frozenset[str] = frozenset(),
) -> list[re.Match[str]]:
    """Return the non-overlapping matches of ``pattern`` that start at a numeral run.

    ``pattern.finditer`` would try every position of the text; trying only
    where ``anchor`` finds digits (or just before them, when the characters
    there are one of ``prefixes``, such as 约 or 超过) gives the same matches
    for patterns that begin with a number, many times faster: the anchor is a
    single character class, which the regex engine scans for in C.

    Example:
        >>> p = re.compile(r"(?:约)?\\d+个")
        >>> [m.group() for m in iter_anchored(p, "约30个和5个", prefixes=frozenset({"约"}))]
        ['约30个', '5个']
    """
    return match_at(pattern, text, [run.start() for run in anchor.finditer(text)], prefixes=prefixes)


def match_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], *, prefixes: frozenset[str] = frozenset()
) -> list[re.Match[str]]:
    """Return the non-overlapping matches of ``pattern`` at ``starts`` (ascending), or just before them.

    A match may begin before a start where the characters there are one of
    ``prefixes`` (约30个); a start inside an earlier match is skipped.

    Example:
        >>> p = re.compile(r"(?:约)?\\d+个")
        >>> [m.group() for m in match_at(p, "约30个和5个", [1, 5], prefixes=frozenset({"约"}))]
        ['约30个', '5个']
    """
    longest = max(map(len, prefixes), default=0)
    last_chars = frozenset(p[-1] for p in prefixes)
    match = pattern.match
    out = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = None
        if start and text[start - 1] in last_chars:
            for k in range(min(longest, start - pos), 0, -1):
                if text[start - k : start] in prefixes:
                    m = match(text, start - k)
                    if m:
                        break
        if m is None:
            m = match(text, start)
        if m:
            out.append(m)
            pos = m.end()
    return out
