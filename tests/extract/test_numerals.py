"""numerals: Chinese, Arabic and mixed numbers → exact values; None when unsure."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textmine.extract.numerals import (
    iter_anchored,
    parse_arabic,
    parse_chinese_integer,
    parse_chinese_number,
    parse_digit_sequence,
    parse_fraction,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千四百五十", 3450),
        ("两", 2),
        ("二", 2),
        ("十", 10),
        ("十五", 15),
        ("一十五", 15),
        ("二十一", 21),
        ("廿", 20),
        ("廿一", 21),
        ("卅", 30),
        ("一百零五", 105),
        ("一千零一十", 1010),
        ("两千零二十一", 2021),
        ("三千零五十", 3050),
        ("两百五", 250),
        ("一万五", 15000),
        ("十万", 100000),
        ("千亿", 10**11),
        ("万亿", 10**12),
        ("三亿五千万", 350000000),
        ("一亿一千七百万", 117000000),
        ("一万三千五百十三", 13513),
        ("一万零五", 10005),
    ],
)
def test_numerals_chinese_integers(text: str, value: int) -> None:
    assert parse_chinese_integer(text) == value


@pytest.mark.parametrize("text", ["一二", "十百", "百百", "万千", "亿万", "零五", "", "三点"])
def test_numerals_ill_formed_chinese_gives_none(text: str) -> None:
    assert parse_chinese_integer(text) is None


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("十五点六", 15.6, "exact"),
        ("零点五", None, None),  # a leading 零 is no quantity
        ("几万", 10000, "more_than"),
        ("几十", 10, "more_than"),
        ("十几", 10, "more_than"),
        ("二十几万", 200000, "more_than"),
        ("数百", 100, "more_than"),
        ("数十万", 100000, "more_than"),
        ("几", None, None),
        ("数", None, None),
    ],
)
def test_numerals_decimals_and_vague_forms(text: str, value, approx) -> None:
    got = parse_chinese_number(text)
    if value is None:
        assert got is None
    else:
        assert got.value == pytest.approx(value) and got.approx == approx


@pytest.mark.parametrize(
    ("text", "multiplier", "value"),
    [
        ("9", "万", 90000),
        ("1.2", "亿", 120000000),
        ("13697.5", "亿", 1369750000000),
        ("8041.6", "万", 80416000),
        ("1.27", "万亿", 1270000000000),
        ("3", "千万", 30000000),
        ("0.5", "万", 5000),
        ("33.6", "", 33.6),
        ("1,234", "", 1234),
        ("1,234.5", "", 1234.5),
        ("十五点六", "万", 156000),
    ],
)
def test_numerals_multipliers_scale_exactly(text: str, multiplier: str, value) -> None:
    got = parse_number(text, multiplier).value
    assert got == value and type(got) is type(value)


def test_numerals_unknown_multiplier_and_bad_separators_give_none() -> None:
    assert parse_number("7", "万千") is None
    assert parse_arabic("1,23") is None


def test_numerals_fractions_and_digit_sequences() -> None:
    assert parse_fraction("三", "二") == 0.6667
    assert parse_fraction("百", "十五") == 0.15
    assert parse_fraction("0", "1") is None
    assert parse_digit_sequence("二〇二一") == 2021
    assert parse_digit_sequence("二零一九") == 2019
    assert parse_digit_sequence("二十") is None


def _write_chinese(n: int) -> str:
    """Write ``n`` the standard way (一万零五, 一千零五十), to read it back."""
    digits = "零一二三四五六七八九"

    def section(x: int) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, x = divmod(x, unit)
            if d:
                out += ("零" if zero and out else "") + digits[d] + name
                zero = False
            else:
                zero = bool(out)
        return out

    out, pending_zero = "", False
    for unit, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        d, n = divmod(n, unit)
        if d == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or d < 1000):
            out += "零"
        out += section(d) + name
        pending_zero = False
    return out


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_numerals_round_trip_of_written_integers(n: int) -> None:
    written = _write_chinese(n)
    assert parse_chinese_integer(written) == n, written


def test_numerals_iter_anchored_tries_only_numeral_runs() -> None:
    p = re.compile(r"(?:约)?\d+个")
    text = "约30个，共5个；12"
    assert [m.group() for m in iter_anchored(p, text, prefixes=frozenset({"约"}))] == ["约30个", "5个"]
    assert [m.group() for m in p.finditer(text)] == ["约30个", "5个"]


def test_numerals_longer_than_any_number_are_not_read() -> None:
    digits = "9" * 5000  # beyond Python's 4300-digit limit for int(): no error, no value
    assert parse_number(digits) is None and parse_number(digits, "万") is None
    assert parse_arabic(digits) is None and parse_fraction(digits, "1") is None
    assert parse_digit_sequence("二" * 5000) is None and parse_chinese_number("十点" + "一" * 5000) is None
    assert parse_chinese_integer("一" * 40) is None
    assert parse_number("1,234,567,890.12").value == 1234567890.12
