"""Extract DATE spans: ``Doc`` → calendar, relative and event-anchored dates.

Input: a ``Doc`` (matching runs on ``doc.norm``). Output: DATE spans with
original offsets and ``attrs.value``, ISO-like: ``2019-07-09``, ``2021``,
``2021-03``, ``195X`` (上世纪50年代), ``--12-16`` (a month and day; ``resolved``
adds the year when the article fixes it), ``2021/2025`` (十四五).

ANNOTATION.md: with a modifier the bare date is the span (2021年 in 2021年以来,
2022年初); in a range each complete date is a span; relative and
event-anchored times (近年来, 十九大, 十四五) are optional and carry ``kind``
(``relative``, ``event``, ``plan``). Their table is data
(``data/date_terms.jsonl``); calendar forms are one compiled pattern.

Invariant: an impossible date (13月, 2月30日) gives no span.
"""

from __future__ import annotations

import bisect
import calendar
import operator
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..records import Doc, Span
from ..resources import Resources, iter_jsonl
from .char_classes import PAD, CharTable, runs
from .numerals import match_at, parse_chinese_integer, parse_digit_sequence
from .quotes import PAIRS
from .ranges import Ranges
from .tokens import find_all

_CN_DIGIT = "〇○零一二三四五六七八九"
#: A Chinese year's digits: also 0, the folded full-width zero of 二０一０年 (a Wikisource habit).
_CN_YEAR_DIGIT = _CN_DIGIT + "0"
_CN_NUMERAL = _CN_DIGIT + "两十百千万亿廿卅第"
_MONTH_CN = "十[一二]|[一二三四五六七八九十]"
_DAY_CN = "三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|卅一?|十[一二三四五六七八九]?|[一二三四五六七八九]"
#: Between the two years of a pair or a range (2021—2025年, 一九七九和一九八○两年, 1978、1979两年, 一九八○比一九七五年, 1994/1995年).
_LINK_CHARS = "—–~-至到和与及、比/／"
_LINK = re.escape(_LINK_CHARS)
#: Years counted from the article's own present, and by how many years (同年 and 当年 refer to
#: the year last named).
_PRESENT_RELATIVE = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
#: Days named by their month and day (七一: 1 July, the Party's founding; 五四: 4 May, Youth Day): dates
#: where quoted (“七一”) or before a word of the day's time (七一前夕, 五一假期), never inside a numeral.
DAY_NAMES = {"七一": "--07-01", "五四": "--05-04", "五一": "--05-01", "六一": "--06-01", "八一": "--08-01", "十一": "--10-01", "三八": "--03-08"}
_DAY_AFTER = ("前夕", "之际", "期间", "当天", "当日", "前后", "来临", "到来", "假期", "长假", "小长假", "黄金周", "妇女节", "国际妇女节", "青年节", "劳动节", "儿童节", "建军节", "建党节")
#: A relatively named year and the first month of a range, right before the range's last month (今年1至|9月).
_RANGE_START = re.compile(rf"(今年|去年|明年|前年|后年)(?:\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}})月?(?:至|到|—|－|-|~)$")
#: The first characters of the years named relatively before a month (去年, 今年, 明年, 同年, 当年).
_REL_YEAR_FIRST = "去今明同当"
_REL_MONTH = re.compile(rf"(?:{_MONTH_CN})月(?![{_CN_NUMERAL}])")
_PATTERN = re.compile(
    # 2026-02-10; the timestamps of web pages 2018/7/31 and 2022.10.29, and day first Hong Kong's 05/07/2022 and
    # the pages' 13.02.2015
    r"(?<![\d./-])(?P<iso>(?:1\d|2[01])\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:1\d|2[01])\d{2}/(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])"
    r"|(?:3[01]|[12]\d|0?[1-9])[/.](?:1[0-2]|0?[1-9])[/.](?:1\d|2[01])\d{2}"
    r"|(?:1\d|2[01])\d{2}\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9]))(?![\d-]|[./]\d)"
    # 50年代, 八十年代 (a century before it is read separately: 上世纪50年代)
    r"|(?<![\d.])(?P<decade>[1-9]0|[二三四五六七八九]十)年代"
    # 2019年7月9日, 2021年3月, 2021年3、4月, 2023年1月至3月 (no day after it), 2021年; the first year of 2021—2025年
    r"|(?<![\d.])(?P<year>\d{4})(?:年(?:(?P<month>1[0-2]|0?[1-9]|元(?=月))(?:(?:[、\-—–~～至到]|月[\-—–~～至到](?=(?:1[0-2]|0?[1-9])月(?![\d日号])))(?P<month2>1[0-2]|0?[1-9])月"
    r"|月(?:(?P<day>3[01]|[12]\d|0?[1-9])[日号])?))?"
    # (1978、1979两年: both years of a pair that 两年 closes)
    rf"|(?=[{_LINK}]\d{{4}}两?年)|(?<=\d{{4}}[{_LINK}]\d{{4}})(?=两年))"
    # 二〇一九年七月九日, 一九七五年三、四月; 一九七九 before 和一九八○, 一九八○ after 一九七九和
    rf"|(?<![{_CN_NUMERAL}\d])(?P<cyear>[{_CN_YEAR_DIGIT}]{{4}})(?:年(?:(?P<cmonth>{_MONTH_CN})(?:、(?P<cmonth2>{_MONTH_CN})月"
    rf"|月(?:(?P<cday>{_DAY_CN})[日号])?))?"
    rf"|(?=[{_LINK}][{_CN_DIGIT}]{{4}})|(?<=[{_CN_DIGIT}]{{4}}[{_LINK}].{{4}})(?![{_CN_DIGIT}])"
    # 一九五八，将积极发展…: a year of the last two centuries without 年 before a comma (digits read one by one)
    r"|(?<=[一二][九〇○零]..)(?=[，；：]))"
    # 12月16日, 7月 (a month alone is a calendar expression too); 1-6月, 1—6月, 1至9月 (the months of a statistics period),
    # 5、6月 (two months); 元月3日 (January)
    r"|(?<![\d.])(?<!\d、)(?P<md_month>1[0-2]|0?[1-9]|(?<![〇零一二三四五六七八九十百千万亿两元])元(?=月\d))(?:[\-—–~～至到、](?P<md_month2>1[0-2]|0?[1-9]))?月(?:(?P<md_day>3[01]|[12]\d|0?[1-9])[日号])?"
    # 十二月十六日 (a Chinese month needs its day: 七月 alone is too often a name)
    rf"|(?<![{_CN_NUMERAL}])(?P<cmd_month>{_MONTH_CN})月(?P<cmd_day>{_DAY_CN})[日号]"
    # 去年十月, 今年三月: a Chinese month alone after a year that is named relatively
    rf"|(?<=[{_REL_YEAR_FIRST}]年)(?P<rel_month>{_MONTH_CN})月(?![{_CN_NUMERAL}])"
)

#: What a congress's short name is a count of "great" things before (十二大领域, 十大工程, 九大行动).
_COUNTED_FIELDS = ("领域", "工程", "行动", "任务", "板块", "产业", "专项", "体系", "攻坚")
#: A Chinese month alone (九月召开…, 十月初), read only in a dated narrative (:func:`_bare_months`);
#: not inside a longer numeral or date, and not in names (十月革命) or set phrases (七月流火, 十月怀胎).
_BARE_MONTH = re.compile(
    rf"(?<![{_CN_NUMERAL}年月〇○零初])(?:{_MONTH_CN})月(?![{_CN_NUMERAL}日号]|革命|怀胎|流火|飞雪|桂花|天|花|节)"
)

#: What after a Chinese month alone makes it a month (六月份, 四月下旬, 五月中旬, 九月初, 十月底).
_MONTH_PARTS = ("份", "上旬", "中旬", "下旬", "初", "底", "末")
#: How far into a text a full date is its dateline (:meth:`DateExtractor._bare_months`).
_DATELINE_REACH = 120
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
#: Years named relatively that date the bare months of their paragraph (今年底、约十二月).
_RELATIVE_YEARS = frozenset({"今年", "去年", "明年", "前年", "当年", "同年"})

#: The first characters of a Chinese month (一月 … 十二月): where a month alone may start.
_MONTH_FIRST = frozenset("一二三四五六七八九十")

#: Lunar dates: 正月初一, 腊月二十三, 五月初五, 年初一 and 大年初一 (the first days of the new year).
_LUNAR = re.compile(
    r"(?:(?P<lmonth>正|腊|冬|十[一二]|[二三四五六七八九十])月|(?P<newyear>大?年))"
    r"(?P<lday>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
    r"(?![日号\d一二三四五六七八九十])"
)
_LUNAR_MONTH = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY_START = frozenset("一二三四五六七八九十")
_TOKEN_START = operator.itemgetter(2)  # Token.start, a C-level bisect key
_START_END = operator.itemgetter(0, 1)
_CENTURY_BEFORE = re.compile(r"(?:上世纪|本世纪|(?:19|20|21|十九|二十|二十一)世纪)$")
#: Characters before a year that make it a length of time (近2000年, 约1500年), not a date.
_NOT_A_YEAR_BEFORE = frozenset("近约超逾上数几第前后每")
#: What 多 after a year counts (2023年|多项指标, 多个, 多家): the year is a date, 多 opens the next phrase.
_COUNTED_AFTER_MANY = frozenset("项个家次种名位条件批")
#: Words ending in one of those characters, after which the year is a date (接近1979年的水平, 云上2020年中国品牌日).
_NEAR_VERBS = frozenset({"接近", "临近", "靠近", "相近", "云上", "线上", "网上", "掌上"})
_YEAR = re.compile(r"\d{4}(?:-|$)")  # a value that fixes a year (not a decade such as 195X)
_CENTURY = {"上世纪": 19, "本世纪": 20, "19世纪": 18, "20世纪": 19, "21世纪": 20, "十九世纪": 18, "二十世纪": 19, "二十一世纪": 20}


class _Anchors:
    """Where dates, terms and lunar dates may start, from one array of character classes.

    A calendar date starts at a run of digits and Chinese digits (十 too) before 年, 月 or a
    link, or ending in four Chinese digits (a year without 年 in a pair: 一九七九和一九八○).
    A term (近年来, 十九大) starts at a character that opens one, followed by one that may
    come second; a lunar date is found from 初, 正, 腊 or 冬. The characters are tested as
    arrays (:mod:`textmine.extract.char_classes`), not scanned for one by one.
    """

    NUM, CN_DIGIT, NEXT, TERM_FIRST, TERM_SECOND, TERM_ALONE, LUNAR = (1 << k for k in range(1, 8))

    def __init__(self, terms: Iterable[str]) -> None:
        terms = list(terms)
        self._table = CharTable(
            [
                (self.NUM | self.CN_DIGIT, _CN_DIGIT),
                (self.NUM, "十"),
                (self.NEXT, "年月两." + _LINK_CHARS),  # (两: 1978、1979两年; .: 2022.10.29)
                (self.TERM_FIRST, "".join(t[0] for t in terms if len(t) > 1)),
                (self.TERM_SECOND, "".join(t[1] for t in terms if len(t) > 1)),
                (self.TERM_ALONE, "".join(t for t in terms if len(t) == 1)),
                (self.LUNAR, "初正腊冬"),
            ],
            digit=self.NUM,
        )

    def starts(self, doc: Doc) -> tuple[list[int], list[int], list[int]]:
        """The ``doc.norm`` offsets where a calendar date, a term and a lunar key may start."""
        c = self._table.classes(doc)
        starts, ends = runs(c, self.NUM)
        ok = ((c[ends] & self.NEXT) != 0) | ((c[ends - 1] & c[ends - 2] & c[ends - 3] & c[ends - 4] & self.CN_DIGIT) != 0)
        # The few characters that may open a term or a lunar date, then a term of two characters
        # or more by its first two characters (a superset, checked later).
        keys = (c & (self.TERM_FIRST | self.TERM_ALONE | self.LUNAR)).nonzero()[0]
        k = c[keys]
        terms = (((k & self.TERM_FIRST) != 0) & ((c[keys + 1] & self.TERM_SECOND) != 0)) | ((k & self.TERM_ALONE) != 0)
        return (starts[ok] - PAD).tolist(), (keys[terms] - PAD).tolist(), (keys[(k & self.LUNAR) != 0] - PAD).tolist()


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not 1000 <= year <= 2199:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        last = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: 2月29日 is possible
        if not 1 <= day <= last:
            return False
    return True


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:
        return f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return f"{year:04d}" + (f"-{month:02d}" if month is not None else "") + (f"-{day:02d}" if day is not None else "")


class DateExtractor:
    """Find dates in a ``Doc``; build with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("2019年7月9日，黨的十九大后")
        >>> [(s.text, s.attrs["value"]) for s in build(Resources())(doc, ())]
        [('2019年7月9日', '2019-07-09'), ('十九大', '2017')]
    """

    labels = ("DATE",)

    def __init__(self, terms: Sequence[dict]) -> None:
        self._terms = {t["pattern"]: dict(t["attrs"]) for t in terms}
        self._anchors = _Anchors([*self._terms, *DAY_NAMES])  # (a day's name starts where a term may)
        # The terms of two characters or more by their first two, longest first: where a term may
        # start, one slice and one lookup give the few that may be written there (then those of one).
        self._terms_by_pair: dict[str, tuple[str, ...]] = {}
        for term in sorted(self._terms, key=len, reverse=True):
            if len(term) > 1:
                self._terms_by_pair[term[:2]] = (*self._terms_by_pair.get(term[:2], ()), term)
        self._terms_alone = {t: (t,) for t in self._terms if len(t) == 1}
        # Chinese years, months and days recur (二〇二一, 十二): each is read once per pipeline.
        self._digit_sequence = lru_cache(maxsize=1 << 10)(parse_digit_sequence)
        self._chinese_integer = lru_cache(maxsize=1 << 10)(parse_chinese_integer)
        self._value = lru_cache(maxsize=1 << 12)(self._read_value)

    def dictionary_words(self) -> Iterable[str]:
        """Event and plan names stay whole in the tokenizer (十四五, 十九大).

        Example:
            >>> "十四五" in set(build(Resources()).dictionary_words())
            True
        """
        return [w for w, attrs in self._terms.items() if attrs.get("kind") != "relative"]

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the DATE spans of ``doc``.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("2021年，省直機關工委部署；12月16日召開")
            >>> [(s.text, dict(s.attrs)) for s in build(Resources())(doc, ())]
            [('2021年', {'value': '2021'}), ('12月16日', {'value': '--12-16', 'resolved': '2021-12-16'})]
        """
        norm = doc.norm
        found_dates: list[tuple[int, int, dict]] = []
        date_starts, term_starts, lunar_keys = self._anchors.starts(doc)
        if "元月" in norm:  # (元月3日: January, a month no digit opens)
            date_starts = sorted({*date_starts, *find_all(norm, "元月")})
        for m in match_at(_PATTERN, norm, date_starts):
            read = self._read(m, norm)
            if read is not None:
                found_dates.append(read)
        # (a month read alone, a digit after it: the rest is asked of those few)
        found_dates = [_range_first_day(norm, d) if norm[d[1] : d[1] + 1].isdigit() else d for d in found_dates]
        if "(1" in norm or "（1" in norm or "(20" in norm or "（20" in norm:
            found_dates.extend(_lifespans(norm, found_dates))  # (a life span, a plan's years)
        calendar_dates = Ranges((a, b) for a, b, _ in found_dates)
        found_dates.extend(d for d in _lunar_dates(doc, lunar_keys) if not calendar_dates.overlaps(d[0], d[1]))
        found_dates.extend(self._bare_months(doc, found_dates))
        if "年度" in norm:
            found_dates.extend(_fiscal_years(norm, found_dates))
        found_dates = _roc_dates(norm, found_dates)
        if ")1" in norm or "）1" in norm or ":" in norm:
            found_dates.extend(_news_stamps(norm, found_dates))
        if "." in norm:
            found_dates.extend(_roc_dotted(norm, found_dates))
        found_dates.extend(_headline_years(norm, found_dates))
        if "工作报告" in norm or "统计公报" in norm:
            found_dates.extend(_document_years(norm, found_dates))
        found_dates.extend(_glued_month_days(norm, found_dates))
        days = [at for at in term_starts if norm[at : at + 2] in DAY_NAMES]
        if days:
            found_dates.extend(_day_names(norm, days, found_dates))
        own = _own_date(doc)
        present = own[0] if own is not None else None
        found_dates = _resolve(found_dates, doc, own)
        if term_starts:
            # Calendar dates win over terms; of overlapping terms the longest wins (近年来 over 近年).
            calendar_dates = Ranges((a, b) for a, b, _ in found_dates)
            terms = []  # (start, end, word), longest first at each start
            by_pair, alone = self._terms_by_pair, self._terms_alone
            for at in term_starts:
                written = by_pair.get(norm[at : at + 2], ())
                if alone:
                    written += alone.get(norm[at], ())
                for word in written:
                    if norm.startswith(word, at):
                        terms.append((at, at + len(word), word))
            taken_to = 0
            for start, end, word in terms:
                if start < taken_to or calendar_dates.overlaps(start, end) or not self._term_ok(norm, word, start, end):
                    continue
                attrs = self._terms[word]
                term = {"value": attrs.get("value"), "kind": attrs["kind"]}
                shift = _PRESENT_RELATIVE.get(word)
                if shift is not None and present is not None:
                    term["resolved"] = f"{present + shift:04d}"  # 今年 in an article dated 2026: 2026
                found_dates.append((start, end, term))
                taken_to = end
        found_dates.sort(key=_START_END)
        text = doc.text
        if doc.normalized.offsets is None:  # offsets shared (always with t2s): no mapping
            return [Span("DATE", a, b, text[a:b], norm[a:b], attrs) for a, b, attrs in found_dates]
        to_original = doc.normalized.to_original
        spans = []
        for a, b, attrs in found_dates:
            oa, ob = to_original(a, b)
            spans.append(Span("DATE", oa, ob, text[oa:ob], norm[a:b], attrs))
        return spans

    def _bare_months(self, doc: Doc, dates: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
        """Chinese months named alone after a date with a year in the same paragraph (一九七五年八月……九月召开),
        or followed by 份 (六月份，全国…).

        Alone, 九月 is too often a name or a set phrase; in a narrative that has just given a
        year it is the next month of that year (resolved by :func:`_resolve` like 12月16日).
        """
        norm = doc.norm
        # The months alone, from each 月 back to its numeral (a few per article; most 月 close a
        # date already read): cheaper than a scan of the text for the pattern.
        candidates = []
        at = norm.find("月")
        while at >= 0:
            start = at - 2 if norm[at - 2 : at] in ("十一", "十二") else at - 1
            if start >= 0 and norm[start] in _MONTH_FIRST:
                m = _BARE_MONTH.match(norm, start)
                if m is not None:
                    candidates.append((start, m.end(), m.group()[:-1]))
            at = norm.find("月", at + 1)
        if not candidates:
            return []
        years = sorted(a for a, _, attrs in dates if _YEAR.match(attrs.get("value") or ""))
        # A dateline (a full date in the text's first lines: 2021.03.12) dates the whole narrative.
        dateline = next(
            (a for a, _, attrs in dates if a < _DATELINE_REACH and _FULL_DATE.match(attrs.get("value") or "")), None
        )
        # A year named relatively (今年底, 明年) dates its paragraph as a year does.
        years = sorted(years + [a for a, b, _ in dates if norm[a : a + 2] in _RELATIVE_YEARS])
        # 六月份, 四月下旬: with 份 or a part of the month after it the month is a month whatever comes
        # before it (no name or set phrase ends so).
        if not years and not any(norm.startswith(_MONTH_PARTS, b) for _, b, _ in candidates):
            return []
        taken = Ranges((a, b) for a, b, _ in dates)
        to_original = doc.normalized.to_original
        paragraphs = [p.start for p in doc.paragraphs]
        out = []
        for a, b, month in candidates:
            if taken.overlaps(a, b):
                continue
            k = bisect.bisect_left(years, a) - 1  # the last year before it, in its own paragraph
            if (
                norm.startswith(_MONTH_PARTS, b)
                or (dateline is not None and dateline < a)
                or (k >= 0 and _same_paragraph(paragraphs, to_original, years[k], a))
            ):
                out.append((a, b, {"value": f"--{self._chinese_integer(month):02d}"}))
        return out

    @staticmethod
    def _term_ok(norm: str, word: str, start: int, end: int) -> bool:
        before = norm[start - 1 : start]
        after = norm[end : end + 1]
        if (before and before in _CN_NUMERAL) or (after and after in _CN_NUMERAL):
            # part of a longer numeral (二十九大 is no congress), unless a month follows (去年十月)
            return word[0] in _REL_YEAR_FIRST and word.endswith("年") and _REL_MONTH.match(norm, end) is not None
        if word == "去年" and before == "过":
            return False  # 过去年均: 过去 + 年均
        if word[0] == "近" and before == "临":
            return False  # 临近年关: 临近 + 年关
        if word.endswith("大") and norm.startswith(_COUNTED_FIELDS, end):
            return False  # 十二大领域: twelve great fields, no congress
        return not (word.endswith("年") and after in ("代", "级"))

    def _read(self, m: re.Match[str], norm: str) -> tuple[int, int, dict] | None:
        start, end = m.span()
        groups = m.groups()
        if groups[0]:  # iso
            if "-" in groups[0]:
                return start, end, {"value": groups[0]}
            parts = re.split("[./]", groups[0])
            year, month, day = map(int, parts if len(parts[0]) == 4 else reversed(parts))
            return (start, end, {"value": _iso(year, month, day)}) if _valid(year, month, day) else None
        if groups[1]:  # decade: the century before it is read from the text
            return _decade(m, norm)
        if groups[2] and (
            (norm[start - 1 : start] in _NOT_A_YEAR_BEFORE and norm[start - 2 : start] not in _NEAR_VERBS)
            or (norm[end : end + 1] in ("多", "余") and norm[end + 1 : end + 2] not in _COUNTED_AFTER_MANY)
            or (norm[end : end + 1] == "间" and norm[start - 1 : start] not in _RANGE_MARKS)
        ):
            return None  # 近2000年, 2000多年, 2000年间: a length of time (2013年至2024年间: a range's end)
        # The rest depends on the groups alone: dates recur (2021年, 12月), each is read once.
        value = self._value(groups)
        return None if value is None else (start, end, {"value": value})

    def _read_value(self, groups: tuple[str | None, ...]) -> str | None:
        """The value of a calendar date from the groups of its match (not ISO, not a decade), or None."""
        _, _, year, month, month2, day, cyear, cmonth, cmonth2, cday, md_month, md_month2, md_day, cmd_month, cmd_day, rel_month = groups
        if year:
            year = int(year)
            month = _arabic_month(month) if month else None
            day = int(day) if day else None
            month2 = int(month2) if month2 else None
        elif cyear:
            year = self._digit_sequence(cyear.replace("0", "〇"))
            month = self._chinese_integer(cmonth) if cmonth else None
            day = self._chinese_integer(cday) if cday else None
            month2 = self._chinese_integer(cmonth2) if cmonth2 else None
        elif md_month:
            year, month, month2 = None, _arabic_month(md_month), int(md_month2) if md_month2 else None
            day = int(md_day) if md_day else None
            if month2 is not None and day is not None:
                return None  # (1-6月3日: no range of months, a day after it)
        elif rel_month:
            year, month, month2, day = None, self._chinese_integer(rel_month), None, None
        else:
            year, month, day = None, self._chinese_integer(cmd_month), self._chinese_integer(cmd_day)
            month2 = None
        if not _valid(year, month, day):
            return None
        if month2 is not None:
            # 一九七五年三、四月: one span for the two months, an ISO interval (2023年12月至2月: into the next year)
            if not _valid(year, month2, None) or month2 == month or (month2 < month and year is None):
                return None
            return f"{_iso(year, month, None)}/{_iso(year if month2 > month else year + 1, month2, None)}"
        return _iso(year, month, day)


def _arabic_month(written: str) -> int:
    """The month of an Arabic month number or of 元 (元月: January).

    Example:
        >>> _arabic_month("07"), _arabic_month("元")
        (7, 1)
    """
    return 1 if written == "元" else int(written)


def _lunar_dates(doc: Doc, keys: Iterable[int]) -> list[tuple[int, int, dict]]:
    """Lunar month-days (正月初一, 五月初五, 年初一: the first of the new year), value ``lunar --MM-DD``.

    ``keys`` are the offsets of 初, 正, 腊 and 冬 in ``doc.norm``. The year is not
    resolved: that needs the lunar calendar of the year.
    """
    norm = doc.norm
    starts: set[int] = set()
    for i in keys:
        if norm[i] == "初":
            if norm[i + 1 : i + 2] in _LUNAR_DAY_START:  # 初一…初十, not 初心 or 初步
                starts.update(i - k for k in (4, 3, 2, 1) if i - k >= 0)  # (大年初四: from 大)
        elif norm[i + 1 : i + 2] == "月":  # 正月, 腊月, 冬月
            starts.add(i)
    out = []
    taken_to = 0
    for start in sorted(starts):
        m = _LUNAR.match(norm, start) if start >= taken_to else None
        if m is None or _inside_token(doc, m.end()):
            continue  # 年初一些: 一些 is a word
        month = 1 if m.group("newyear") else _LUNAR_MONTH.get(m.group("lmonth")) or parse_chinese_integer(m.group("lmonth"))
        lday = m.group("lday")
        day = parse_chinese_integer(lday[1:] if lday[0] == "初" else lday)
        if m.group("lmonth") not in _LUNAR_MONTH and lday[0] != "初" and not m.group("newyear"):
            continue  # 五月十六 could be a Gregorian date without 日: only 初N days mark a lunar date
        if month and day and day <= 30:
            out.append((m.start(), m.end(), {"value": f"lunar --{month:02d}-{day:02d}"}))
            taken_to = m.end()
    return out


def _inside_token(doc: Doc, pos: int) -> bool:
    """True when ``pos`` (a norm offset) falls strictly inside a token of ``doc``."""
    at = doc.normalized.to_original(pos, pos)[0]
    i = bisect.bisect_right(doc.tokens, at, key=_TOKEN_START) - 1
    return 0 <= i < len(doc.tokens) and doc.tokens[i].start < at < doc.tokens[i].end


def _decade(m: re.Match[str], norm: str) -> tuple[int, int, dict] | None:
    decade = m.group("decade")
    tens = int(decade[0]) if decade[0].isdigit() else parse_chinese_integer(decade) // 10
    start = m.start()
    before = _CENTURY_BEFORE.search(norm, max(0, start - 5), start)
    century = _CENTURY[before.group()] if before else None
    if before:
        start = before.start()
    elif tens >= 3:
        century = 19  # 50年代 without a century: the 1950s; 20年代 or 10年代 could be either
    value = f"{century}{tens}X" if century is not None else None
    return start, m.end(), {"value": value, "kind": "decade"}


def _resolve(dates: list[tuple[int, int, dict]], doc: Doc, own: tuple[int, int | None] | None) -> list[tuple[int, int, dict]]:
    """Add ``resolved`` to month(-day) dates whose year the article fixes.

    The year is the last explicit year before the date in the same paragraph,
    or else the only year the article names, or else the year of the
    article's own date (:func:`_own_date`: a dateline 12月31日 before any
    year). Targets and deadlines (到2035年, 2060年前) and
    years after the article's own date are no year of a month named alone.
    A month after 今年, 去年, 明年 … is counted from the article's own year:
    resolved only when the article's date gives it.
    """
    month_days = [k for k, (_, _, attrs) in enumerate(dates) if (attrs.get("value") or "").startswith("--")]
    if not month_days:
        return dates
    present, own_month = own if own is not None else (None, None)
    norm = doc.norm
    # A year a month can belong to: not a target (力争2060年前, 到2035年) and, when the article
    # has a date, not later than it (a month named alone is a recent one, not one of a plan).
    years = [
        (a, attrs["value"][:4])
        for a, b, attrs in dates
        if _YEAR.match(attrs.get("value") or "")
        and not _target_year(norm, a, b)
        and (present is None or int(attrs["value"][:4]) <= present)
    ]
    if not years and present is None:
        return dates
    only = {y for _, y in years}
    starts = [p.start for p in doc.paragraphs]
    # The years come from calendar dates, read in text order: the last year before a date is
    # found by bisection (its paragraph is the date's or an earlier one, never a later one).
    year_starts = [pos for pos, _ in years]
    to_original = doc.normalized.to_original
    out = list(dates)
    for k in month_days:
        a, b, attrs = dates[k]
        value = attrs["value"]
        shift = _PRESENT_RELATIVE.get(norm[max(0, a - 2) : a])
        if shift is None and (first := _RANGE_START.search(norm, max(0, a - 8), a)) is not None:
            shift = _PRESENT_RELATIVE[first.group(1)]  # 今年1至9月: 9月 is this year's too
        if shift is None and present is not None and norm.startswith("电", b) and not "\u4e00" <= norm[b + 1 : b + 2] <= "\u9fff":
            # A dateline (新华社北京7月28日电) is of the article's own year, whatever year the text named
            # last; of the year before when its month is later than the article's (12月31日电, out on 1 January).
            shift = -1 if own_month is not None and int(value[2:4]) > own_month else 0
        if shift is not None:  # 去年十月, 今年3月: counted from the article's own year
            year = None if present is None else f"{present + shift:04d}"
        else:
            i = bisect.bisect_left(year_starts, a) - 1
            year = years[i][1] if i >= 0 and _same_paragraph(starts, to_original, year_starts[i], a) else None
            if year is None and len(only) == 1:
                year = next(iter(only))
            if year is None and present is not None:
                year = f"{present:04d}"
        if year is None:
            continue
        if "/" in value:  # --01/--06 (1-6月): the months of one year
            out[k] = (a, b, {**attrs, "resolved": "/".join(year + part[1:] for part in value.split("/"))})
        elif _valid(int(year), int(value[2:4]), int(value[5:7]) if len(value) > 4 else None):
            out[k] = (a, b, {**attrs, "resolved": year + value[1:]})
    return out


#: A person's years of birth and death in brackets after the name (刘英(1906—1942)), or a plan's first and last
#: years (三年规划(2020—2022)): bare years, both dates.
LIFESPAN = re.compile(r"[（(]((?:1[5-9]|20)\d\d)[ ]?(?:—{1,2}|–|-|~|～)[ ]?((?:1[5-9]|20)\d\d)[）)]")


def _fiscal_years(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Years before 年度 that no calendar date holds: Taiwan's years of the Republic in a text that names
    Taiwan's organs (114年度: 2025, the year and 年), a bare year before 财政年度 (2011财政年度: 2011) and the first
    year of a fiscal year written as a pair (2026／27年度, 2026至27财政年度: 2026).

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _fiscal_years("通过114年度追加预算，2011财政年度，立法院", [])]
        [(2, 6, '2025'), (12, 16, '2011')]
        >>> [(a, b, d["value"]) for a, b, d in _fiscal_years("县议会审议一一五年度总预算", [])]
        [(5, 9, '2026')]
    """
    taken = Ranges((a, b) for a, b, _ in dates)
    taiwan: bool | None = None  # (whether the text is Taiwan's: asked of the few texts with a year of the Republic)
    out = []
    for at in find_all(norm, "年度"):
        roc = None
        if at >= 3 and _ROC_YEAR.fullmatch(norm, at - 3, at) and not norm[at - 4 : at - 3].isdigit():
            roc = int(norm[at - 3 : at])
        elif at >= 3 and _ROC_YEAR_CN.fullmatch(norm, at - 3, at) and norm[at - 4 : at - 3] not in _CN_DIGIT:
            roc = parse_digit_sequence(norm[at - 3 : at])  # 一一五年度
        if roc is not None and taiwan is None:
            taiwan = any(cue in norm for cue in _TAIWAN_CUES)
        if roc is not None and taiwan:
            span = (at - 3, at + 1, {"value": str(roc + 1911)})
        elif norm.endswith("财政", 0, at) and at >= 6 and _YEAR.fullmatch(norm, at - 6, at - 2) and not norm[at - 7 : at - 6].isdigit():
            span = (at - 6, at - 2, {"value": norm[at - 6 : at - 2]})
        elif (pair := _YEAR_PAIR.search(norm, max(0, at - 12), at)) is not None:
            span = (pair.start(1), pair.end(1), {"value": pair.group(1)})  # 2026/27年度: the fiscal year opens in 2026
        else:
            continue
        if not taken.overlaps(span[0], span[1]):
            out.append(span)
    return out


def _roc_dates(norm: str, dates: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Dates in years of the Republic of China: after 民国 (民国113年6月6日, 民国38年), or in a text that
    names Taiwan's organs or places with a year of three digits (114年01月13日, 113年「凤凰奖」, 一一一年七月廿五日);
    each replaces the shorter dates read inside it (6月6日 alone).

    Each 年 is looked at (a literal scan): the digits before it, then 民国 or the text's cues.

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _roc_dates("民国113年6月6日第3907次会议，114年01月13日，立法院", [(7, 11, {})])]
        [(0, 10, '2024-06-06'), (19, 29, '2025-01-13')]
    """
    out = []
    taiwan: bool | None = None  # (asked of the few texts with a year of three digits)
    month_days: dict[int, tuple[int, int, dict]] | None = None  # (built for the first year that may take one)
    for at in find_all(norm, "年"):
        q = at
        while q > 0 and at - q < 3 and "0" <= norm[q - 1] <= "9":
            q -= 1
        if (
            q == at
            and at >= 3
            and norm[at - 1] in _CHINESE_DIGIT_SET
            and norm[at - 2] in _CHINESE_DIGIT_SET
            and norm[at - 3] in _CHINESE_DIGIT_SET
            and (at == 3 or norm[at - 4] not in _CHINESE_DIGIT_SET)
        ):
            year, q = int("".join(str(_CHINESE_DIGITS.index(c) % 10) for c in norm[at - 3 : at])), at - 3  # 一一一年
        elif q == at or (q and "0" <= norm[q - 1] <= "9") or norm.startswith("度", at + 1):
            continue  # (no year of three digits or fewer; 114年度 is read as a fiscal year)
        else:
            year = int(norm[q:at])
        era = norm.endswith("民国", 0, q)
        if era:
            q -= 2
        elif at - q != 3 or not 100 <= year <= 119:
            continue
        tail = _ROC_TAIL.match(norm, at + 1)
        if not era:
            if tail is None and norm[at + 1 : at + 2] in _NOT_AFTER_ROC_YEAR:
                continue  # (a length of time: 历经113年来)
            if taiwan is None:
                taiwan = any(cue in norm for cue in _TAIWAN_CUES)
            if not taiwan:
                continue
        if year > 119:
            continue
        value, end = str(year + 1911), at + 1
        if tail is not None:
            value += f"-{int(tail.group(1)):02d}"
            end = tail.end(1) + 1
            if tail.group(2) is not None:
                value += f"-{int(tail.group(2)):02d}"
                end = tail.end()
        elif (month_days := month_days if month_days is not None else _month_days(dates)) and at + 1 in month_days:
            month_day = month_days[at + 1]  # 一一一年|七月廿五日: the month and day read already, in Chinese numerals
            value += month_day[2]["value"][1:]
            end = month_day[1]
        out.append((q, end, {"value": value}))
    if not out:
        return dates
    taken = Ranges((a, b) for a, b, _ in out)
    return [d for d in dates if not taken.overlaps(d[0], d[1])] + out


#: Chinese digits as a year of the Republic is written digit by digit (一一一年, 一〇九年): their index mod 10 is the digit.
_CHINESE_DIGITS = "〇一二三四五六七八九零"
_CHINESE_DIGIT_SET = frozenset(_CHINESE_DIGITS)


def _month_days(dates: Sequence[tuple[int, int, dict]]) -> dict[int, tuple[int, int, dict]]:
    """The dates read without a year (a month and day), by where they start."""
    return {d[0]: d for d in dates if str(d[2].get("value") or "").startswith("--")}


#: A year of the Republic's month and day after its 年 (6月6日, 01月13日), and the characters after a bare year of
#: three digits that make it a length of time.
_ROC_TAIL = re.compile(r"(0?[1-9]|1[0-2])月(?:(0?[1-9]|[12]\d|3[01])日)?")
_NOT_AFTER_ROC_YEAR = frozenset("来前后间多余历以半内中底初")


#: A news agency's date stamp written without marks: eight digits before the time (20211206 09:27:31), or a year of
#: the Republic's seven digits right after the editor's bracket that closes the story ((编辑:吴素柔)1140516).
_STAMP_BEFORE_TIME = re.compile(r"(?<![\d.])(20[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[ \u3000]+\d{1,2}$")
_STAMP_AFTER_EDITOR = re.compile(r"(1[01]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d.])(?=[ \u3000]*(?:\n|$))")


def _news_stamps(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Date stamps a news agency prints as bare digits: before a time (20211206 09:27:31) or, in years of the
    Republic, right after the bracket that closes a story ((编辑:吴素柔)1140516).

    Example:
        >>> [d[2]["value"] for d in _news_stamps("(中央社讯息服务20211206 09:27:31)嘉义。（编辑：吴素柔）1140516", [])]
        ['2021-12-06', '2025-05-16']
    """
    out = []
    taken = Ranges((a, b) for a, b, _ in dates)
    for at in find_all(norm, ":"):
        m = _STAMP_BEFORE_TIME.search(norm, max(0, at - 14), at)
        if m is not None and not taken.overlaps(m.start(), m.end(3)):
            out.append((m.start(), m.end(3), {"value": f"{m[1]}-{m[2]}-{m[3]}"}))
    for bracket in (")", "）"):
        for at in find_all(norm, bracket + "1"):
            m = _STAMP_AFTER_EDITOR.match(norm, at + 1)
            if m is not None and not taken.overlaps(m.start(), m.end()):
                out.append((m.start(), m.end(), {"value": f"{int(m[1]) + 1911}-{m[2]}-{m[3]}"}))
    return out


#: A date of the Republic written with dots (107.3.7, 114.01.13), as Taiwan's press releases stamp them.
_ROC_DOTTED = re.compile(r"(?<![\d.])(1[01]\d)\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\d.])")


def _roc_dotted(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Dates of the Republic written with dots (雲林縣政府新聞參考資料107.3.7 → 2018-03-07), in a text that names
    Taiwan's organs or places.

    Example:
        >>> [d[2]["value"] for d in _roc_dotted("台湾 新闻参考资料107.3.7", [])], _roc_dotted("增长107.3.7", [])
        (['2018-03-07'], [])
    """
    found = [
        m
        for at in find_all(norm, ".")
        if at >= 3 and norm[at - 3] == "1" and (m := _ROC_DOTTED.match(norm, at - 3)) is not None
    ]
    if not found or not any(cue in norm for cue in _TAIWAN_CUES):
        return []
    taken = Ranges((a, b) for a, b, _ in dates)
    return [
        (m.start(), m.end(), {"value": f"{int(m[1]) + 1911}-{int(m[2]):02d}-{int(m[3]):02d}"})
        for m in found
        if not taken.overlaps(m.start(), m.end())
    ]


#: A year opening a line before the words it dates, without 年 (a headline's 2024全国两会, 2024 新重庆), and what may stand
#: before it there; the characters after it that make it a count, a code or a model instead (2024元, 2024版).
_LINE_YEAR = re.compile(r"[【\[（(「“]?((?:19[5-9]|20[0-4])\d)(?=[\u4e00-\u9fff]|[ \u3000](?![年月])[\u4e00-\u9fff])")
_LINE_OPEN = re.compile(r"\n(?=[12【\[（(「“])")  # (the line starts where such a year may stand: a literal first, scanned fast)
_NOT_AFTER_LINE_YEAR = frozenset("年届版款号元万亿千百个名人次件项家户米点分秒级期路条位台辆套只批份天周多余")


#: What may stand before a month and day a page wrote without 月 (…/317日, ，1230日): a clause's or a line's start.
_GLUED_MONTH_DAY_BEFORE = frozenset("\n，。；：,;:）)】] \u3000/")


def _glued_month_days(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Month-days whose 月 the page dropped (317日, 1230日: 3月17日, 12月30日), three or four digits before 日
    opening a clause or a line, read as the month and the day they can only be.

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _glued_month_days("开学/319日上午，共计1230日，第0317日", [])]
        [(3, 7, '--03-19')]
    """
    out = []
    taken: Ranges | None = None  # (built for the first month-day found only)
    for at in find_all(norm, "日"):
        for size in (4, 3):
            start = at - size
            digits = norm[start:at]
            if start < 0 or not (digits.isascii() and digits.isdigit()):
                continue
            if start > 0 and norm[start - 1] not in _GLUED_MONTH_DAY_BEFORE:
                break  # (共计1230日: a count of days; a longer number: none)
            month, day = int(digits[:-2]), int(digits[-2:])
            if (size == 4 and month < 10) or not _valid(None, month, day):
                break
            if taken is None:
                taken = Ranges((a, b) for a, b, _ in dates)
            if not taken.overlaps(start, at + 1):
                out.append((start, at + 1, {"value": f"--{month:02d}-{day:02d}"}))
            break
    return out


#: Documents a bare year before them dates (海南省2024政府工作报告, 2023国民经济和社会发展统计公报).
_DATED_DOCUMENTS = ("政府工作报告", "国民经济和社会发展统计公报")
_DOCUMENT_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")


def _document_years(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Bare years right before the name of a yearly document (海南省2024政府工作报告): its year, written without 年.

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _document_years("海南省2024政府工作报告显示，20245政府工作报告", [])]
        [(3, 7, '2024')]
    """
    found = [
        at - 4
        for word in _DATED_DOCUMENTS
        for at in find_all(norm, word)
        if at >= 4 and _DOCUMENT_YEAR.fullmatch(norm, at - 4, at) and not norm[at - 5 : at - 4].isdigit()
    ]
    if not found:
        return []
    taken = Ranges((a, b) for a, b, _ in dates)
    return [(start, start + 4, {"value": norm[start : start + 4]}) for start in found if not taken.overlaps(start, start + 4)]


def _headline_years(norm: str, dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Bare years opening a line before a word (2024全国两会 | 贵州…): a headline's date, written without 年.

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _headline_years("2024全国地方两会\\n2024元\\n2024年", [])]
        [(0, 4, '2024')]
    """
    found = []
    for line in (0, *(m.end() for m in _LINE_OPEN.finditer(norm))):
        m = _LINE_YEAR.match(norm, line)
        if m is not None and norm[m.end(1)] not in _NOT_AFTER_LINE_YEAR:  # (2024 新重庆: a space, then the words)
            found.append(m)
    if not found:
        return []
    taken = Ranges((a, b) for a, b, _ in dates)
    return [(m.start(1), m.end(1), {"value": m.group(1)}) for m in found if not taken.overlaps(m.start(1), m.end(1))]


#: A fiscal year written as its two calendar years, the second shortened (Hong Kong's 2026／27年度, 2026至27财政年度):
#: the first year and the mark before the second (figures read no count in the second either).
YEAR_PAIR_OPEN = r"(?<!\d)((?:19|20)\d\d)[／/至\-—–]"
_YEAR_PAIR = re.compile(YEAR_PAIR_OPEN + r"(\d\d)(?:财政)?$")
#: A year of the Republic of China before 年度 in Taiwan's texts (100 to 119: 2011 to 2030), and the words
#: that say a text is Taiwan's (elsewhere 100年度 is rather an anniversary).
_ROC_YEAR = re.compile(r"1[01]\d")
_ROC_YEAR_CN = re.compile(r"一[〇○零一][〇○零一二三四五六七八九]")
_TAIWAN_CUES = (
    "台湾", "立法院", "行政院", "新台币", "台北", "县议会", "市议会", "县府", "立委",
    "新北", "桃园", "台中", "台南", "高雄", "苗栗", "彰化", "云林", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门",
)


def _day_names(norm: str, starts: Sequence[int], dates: Sequence[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """The days named by month and day (``DAY_NAMES``, written at ``starts``) that are dates: quoted alone
    (“七一”) or before a word of the day's time (七一前夕, 五一假期); not inside a numeral (十七一) nor a
    longer name (五四运动).

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _day_names("庆祝“七一”，五一假期，五四运动", [3, 7, 12], [])]
        [(3, 5, '--07-01'), (7, 9, '--05-01')]
    """
    taken = Ranges((a, b) for a, b, _ in dates)
    out = []
    for at in starts:
        end = at + 2
        if (at and norm[at - 1] in _CN_NUMERAL) or norm[end : end + 1] in _CN_NUMERAL or taken.overlaps(at, end):
            continue
        quoted = at and PAIRS.get(norm[at - 1]) == norm[end : end + 1]
        if quoted or norm.startswith(_DAY_AFTER, end):
            out.append((at, end, {"value": DAY_NAMES[norm[at:end]]}))
    return out


def _lifespans(norm: str, dates: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """The two years of each life span or plan period in brackets (刘英(1906—1942)) that no date read holds.

    Example:
        >>> [(a, b, d["value"]) for a, b, d in _lifespans("刘英(1906—1942)，原名", [])]
        [(3, 7, '1906'), (8, 12, '1942')]
    """
    out = []
    for bracket in "(（":  # (each bracket tried where it is: the pattern tried at every offset would cost more)
        for at in find_all(norm, bracket):
            m = LIFESPAN.match(norm, at) if norm[at + 1 : at + 2] in ("1", "2") else None
            if m is not None and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 120:
                out += [(m.start(k), m.end(k), {"value": m.group(k)}) for k in (1, 2)]
    if not out:
        return out
    taken = Ranges((a, b) for a, b, _ in dates)
    return [d for d in out if not taken.overlaps(d[0], d[1])]


#: What joins the two ends of a range of dates.
_RANGE_MARKS = frozenset("至到-—~～")
#: The first day of a range of days written after its month, before the connector (7月3至6日: 3).
_RANGE_FIRST_DAY = re.compile(r"([1-9]|[12]\d|3[01])(?=(?:至|到|-|—|~|～|及|和|、)(?:[1-9]|[12]\d|3[01])[日号])")


def _range_first_day(norm: str, date: tuple[int, int, dict]) -> tuple[int, int, dict]:
    """A month read alone that opens a range of days takes its first day (7月3至6日: 7月3, ``--07-03``).

    Example:
        >>> _range_first_day("7月3至6日", (0, 2, {"value": "--07"}))
        (0, 3, {'value': '--07-03'})
    """
    start, end, attrs = date
    value = attrs.get("value") or ""
    if not (norm[end - 1 : end] == "月" and len(value) in (4, 7) and value[-3:-2] == "-"):
        return date
    m = _RANGE_FIRST_DAY.match(norm, end)
    if m is None:
        return date
    return start, m.end(), {**attrs, "value": f"{value}-{int(m.group(1)):02d}"}


def _same_paragraph(starts: Sequence[int], to_original, a: int, b: int) -> bool:
    """True when norm offsets ``a`` and ``b`` lie in the same paragraph (``starts``: original offsets)."""
    return bisect.bisect_right(starts, to_original(a, a)[0]) == bisect.bisect_right(starts, to_original(b, b)[0])


#: What follows a year that is a deadline or names a plan's horizon (2060年前, 2035年远景目标, 2030年议程).
_TARGET_AFTER = ("前", "以前", "之前", "远景目标", "目标", "议程", "可持续发展议程", "愿景", "碳达峰", "碳中和")


def _target_year(norm: str, start: int, end: int) -> bool:
    """True when the year at ``norm[start:end]`` is a target, a deadline or a plan's horizon
    (到2035年, 2060年前, 2030年以前, 2035年远景目标).

    Example:
        >>> _target_year("第十四个五年规划和2035年远景目标", 9, 14), _target_year("2020年是决胜之年", 0, 5)
        (True, False)
    """
    return norm[start - 1 : start] in ("到", "至") or norm.startswith(_TARGET_AFTER, end)


#: The publication line a newspaper article is copied with: 《 人民日报 》（ 2020年08月25日 02 版）.
_PUBLISHED = re.compile(r"《[^》\n]{1,20}》\s*[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{0,3}\s*版\s*[）)]")


def _own_date(doc: Doc) -> tuple[int, int | None] | None:
    """The year and month (None when unknown) of the article's own date, or None.

    ``meta["date"]`` (from a JSONL record: 2025-12-31 19:35:10, 1980) when it
    has a year; else the publication line of a newspaper article pasted with
    its text (《人民日报》（2020年08月25日 02 版）).

    Example:
        >>> from textmine import Pipeline
        >>> _own_date(Pipeline.from_config().analyze("（新华社北京8月24日电）《 人民日报 》（ 2020年08月25日 02 版）"))
        (2020, 8)
    """
    date = doc.article.meta.get("date", "")
    year, month = date[:4], date[5:7]
    if len(year) == 4 and year.isdigit() and not date[4:5].isdigit() and 1000 <= int(year) <= 2199:
        return int(year), int(month) if month.isdigit() and 1 <= int(month) <= 12 else None
    published = _PUBLISHED.search(doc.norm)
    if published is not None and 1 <= int(published[2]) <= 12:
        return int(published[1]), int(published[2])
    return None


def build(resources: Resources) -> DateExtractor:
    """Build the date extractor with the table of relative and event-anchored dates.

    Example:
        >>> build(Resources()).labels
        ('DATE',)
    """
    return DateExtractor(resources.get("data.date_terms", lambda: list(iter_jsonl("date_terms.jsonl"))))
