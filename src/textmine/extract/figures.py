"""Extract FIGURE spans: ``Doc`` → counted or measured quantities.

Input: a ``Doc`` (matching runs on ``doc.norm``, simplified and width-folded)
and the spans found before (SLOGAN, HONOR, DATE). Output: FIGURE spans with
original offsets and ``attrs`` ``value``, ``approx``, ``unit``, ``subject``.

ANNOTATION.md: a figure is number + optional approximation word + unit or
classifier (7000多個, 890 余個, 9萬多名, 上百場, 1.2億元, 三分之二, 百分之十五點六);
``value`` scales 万/亿 in, ``unit`` is what remains, in the script of the text.
Never figures: numerals inside formulas and slogans (兩個維護, 百名處長…), ordinals
(十九大, 第5位), idioms (翻一番), years (DATEs). Units, approximation words and
the numbered formulas are data (``data/figure_*.jsonl``).

Invariants: the text is scanned in C for numeral runs that can start a figure,
and one compiled pattern is tried there; a number that cannot be read for
certain gives no span rather than a guessed value.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from typing import Any, NamedTuple

import ahocorasick

from ..records import Doc, Span, Token
from ..resources import Resources, iter_jsonl
from .dates import YEAR_PAIR_OPEN
from .figure_patterns import CN_CHARS, FigureAnchors, Unit, alternation, figure_pattern
from .numerals import match_at, parse_fraction, parse_number, parse_share
from .ranges import Ranges
from .subjects import SubjectFinder
from .tagger import build_tagger
from .tokens import find_all

#: The largest value a figure is given (a quintillion: far above any budget or output, below 2**63);
#: above it the value is null, never a silently wrong number.
_LARGEST_VALUE = 10**18
#: Labels of earlier spans whose numerals are never figures (ANNOTATION.md: formulas, slogans, years).
SUPPRESSING_LABELS = frozenset({"SLOGAN", "HONOR", "DATE"})
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
_OPEN_QUOTES = "“‘「『"
#: Longest quotation whose numbers are part of a name or formula (“三个表率”, “民营经济32条”).
SHORT_QUOTE = 12
#: One pattern per opening mark: a pattern that opens with a literal is scanned for in C.
_SHORT_QUOTES = tuple((q, re.compile(rf"{q}[^“”‘’「」『』\n]{{1,{SHORT_QUOTE}}}[”’」』]")) for q in _OPEN_QUOTES)
#: Before a number: ordinals (第, 前), rates (每百元, 3/1), clock times (21:32), codes and names (G20, 4+4, COVID-19).
_NOT_BEFORE = frozenset("第前每_+/:：") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TOKEN_START = operator.itemgetter(2)  # Token.start, as a C-level bisect key
#: What follows 届 when the number is a term's ordinal (13届人大常委会, 5届全国人大; not 8届全国双创活动周).
_TERM_OF = re.compile("人大|人民代表大会|政协|全国人大|全国政协|中央委员会|省委|市委|县委|区委|党委|纪委|委员会|常委|团委|妇联|工会")
#: What follows the 次 of a session's ordinal: the meeting, or further ordinals sharing it (十次、十一次全会,
#: 八次全体(扩大)会议, 九届五十三次主席会议).
_SESSION_AFTER = re.compile(r"(?:[、和及][一二三四五六七八九十\d]+次)*(?:常委会?|主席|主任|常务)?(?:会议|全会|人代会|党代会|全体(?:[(（]扩大[)）])?会议|[(（]扩大[)）]会议)")
#: A committee right before a session's number (省委十次全会, 中央委员会五次全会): its ordinal, where a
#: verb before the number makes a count (召开七次全会).
_SESSION_HOST = re.compile(r"(?:委|中央|委员会|常委会)$")
#: The levels whose congresses are named by their number (县十五次党代会, 市八次人代会).
_LEVEL_CHARS = frozenset("省市县区州旗乡镇")
#: Tags a noun right after a bare number may have (6部门, 46万群众, 26国).
#: A length of time that is a measured quantity, not a duration: what precedes the number
#: (平均受教育年限从13.5年提高到14年, 人均预期寿命达到78.6年).
_MEASURED_TIME = re.compile(
    r"(?:年限|寿命|时长|工龄)(?:从|由|达到?|提高到|增加到|延长到|为|是)?(?:\d+(?:\.\d+)?年(?:逐步|逐年)?(?:提高|增加|延长)到)?$"
    # 待泊时间同比减少8.9小时: a time measured and compared, not a stretch of the calendar; 会议时数达161小时:
    # the hours a body sat, counted
    r"|(?:时间|用时|耗时|时长)(?:同比|平均|分别)?(?:减少|缩短|压缩|降低|延长|增加)了?$"
    r"|时数(?:共|累计)?(?:达到?|为|共计)$"
    # 等候就诊时间达5小时, 须等候79分钟: a waiting time measured (a hospital's, a queue's), no stretch of the calendar
    r"|(?:等候|等待|轮候|候诊)(?:就诊|的)?时间(?:平均|中位数)?(?:为|达到?|是|约为?)?$"
    r"|(?:须|需|需要)等候$"
)
#: Where a measured length of time may be written in whole years (受教育年限达到14年): the
#: anchors leave digits before 年 out (years are DATEs), so these are looked for after the cue.
_MEASURED_CUES = ("年限", "寿命", "时长", "工龄")
_MEASURED_CUE = re.compile("|".join(_MEASURED_CUES))
_WHOLE_YEARS = re.compile(r"(?<![\d.])\d{1,2}(?=年)")
#: A round head count with no coefficient (百名, 千名, 万名, 千家): a series of them in one clause is a
#: formula (the idioms 千家万户, 百家争鸣, 万家灯火 count as none).
_HEADCOUNT = re.compile("(?<![一二两三四五六七八九十百千万亿几数多余上近约])[百千万](?:名|家(?!万户|争鸣|灯火))")
#: Words joining the two ends of a range, tagged as verbs (700万到800万吨, 七十亿至一百亿元).
_RANGE_TO = frozenset("到至")
#: What may join a range's first number, written without a unit, to the second (30到40人, 12-15岁).
_RANGE_JOIN = frozenset("到至—–~～-")
#: What joins a number without a unit to the figure listed after it, whose unit it takes (10.6万、3.3万平方公里).
_LIST_JOIN = _RANGE_JOIN | frozenset("、和或")
#: Kinds of figures read without a unit, which a figure listed right after them may give one.
_UNITLESS = frozenset(("bare", "lower"))
#: The last characters of a law's name, before the number of one of its articles (宪法70条, 《预算法》91条).
_LAW_LAST = frozenset("法》例")
#: What joins the numbers of a list whose last one alone writes the unit (0.8、2.0和3.4个百分点).
_LIST_ITEM_JOIN = frozenset("、和")
#: The numbers of such a list and their joins, read backwards from one of them to what precedes the list.
_LIST_BEFORE = re.compile(r"[\d.]+(?:[、和至到\-—–~～][\d.]+)*$")
#: What joins the numbers of a list or a range of ranks after 第 (第1、2名, 第28至31项).
_ORDINAL_JOIN = _LIST_ITEM_JOIN | frozenset("至到-—–~～")
_DIGITS = re.compile(r"[0-9][0-9.,]*")
#: What joins two numbers in Chinese numerals that share the second one's unit (四十至五十名, 五、六个人).
_CN_RANGE_JOIN = frozenset("至到、")
_CN_NUMERAL = re.compile(f"[{CN_CHARS}]+")
_START_OF = operator.itemgetter(0)
_MULTIPLIERS = frozenset("十百千万亿")
#: A time of day written with 点 (下午三点, 截至11点, 3点钟, 十点半, 10点到19点): before the number, or right after 点.
_CLOCK_BEFORE = re.compile(r"(?:上午|下午|晚上|早上|早晨|清晨|凌晨|中午|傍晚|夜里|夜间|半夜|深夜|晚|早|今天|明天|昨天|当天|次日|日|号|时间|截至|截止|(?<!达)到|至|从|约|大约|大概)$")
_CLOCK_AFTER = re.compile(r"钟|半|整|多|过|前后|以前|以后|左右|到|至|[—–~～-]|[零〇\d一二三四五六七八九十]+分")
#: Verbs the tokenizer glues to a one-character unit before them (3人为“55后”: 人为 is a word, 人 the unit;
#: 以上4人均出现: 人均).
_GLUED_VERBS = frozenset("为是均")
#: The hour before minutes (8时|30分, 十点|十五分).
_CLOCK_HOUR = re.compile(r"[\d０-９零〇一二三四五六七八九十两]+[时点]$")
#: Verbs of reaching before a round number that make it a count, not rhetoric (航线突破百条, 班列达到万列).
_REACHED = re.compile(r"(?:突破|达到)$")
#: Classifiers of bodies that are named by a number after their place (株洲608所, 成都420厂).
_NUMBERED_BODIES = frozenset({"所", "厂"})
#: A year and a mark before a shortened second year (2026／27年度, 2026至27财政年度).
_YEAR_PAIR_BEFORE = re.compile(YEAR_PAIR_OPEN + "$")
#: A group of three digits after a thousands separator (1,234).
_THOUSANDS_GROUP = re.compile(r"\d{3}(?!\d)")
#: Latin names of measures a sum follows right after (GDP4408.1亿元): no code, the figure is read.
_MEASURE_ACRONYMS = ("GDP", "GNP", "GNI")
#: Words before the number of a group they name (市委巡视九组, 督导三组).
_GROUP_SENDERS = ("巡视", "巡察", "督导", "督查", "指导")
#: Bus routes named by their number (101路公交车, 101路城乡公交车, 3路车).
_ROUTE = re.compile(r"路(?:城乡|城市|市区)?(?:公交|车|巴士|电车|专线)")
#: Rooms named by their number (201教室, 302会议室).
_ROOMS = ("教室", "会议室", "室", "房间", "报告厅", "演播厅", "党员之家")
#: A village's or community's groups are named by a number right after it (双柏村3组, 朝阳社区5组).
_VILLAGE_GROUPS = frozenset({"组", "社", "队"})
_VILLAGE_UNITS = ("村", "社区")
#: A list of groups named by their numbers (2 组、3 组、4 组等6个村民小组): the next item, or the one before.
_GROUP_LIST_AFTER = re.compile(r"、 ?\d+ ?[组社队]")
_GROUP_LIST_BEFORE = re.compile(r"\d ?[组社队]、 ?$")
_NOUN_FIRST = frozenset({"n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "s"})
#: What makes N级 a grade (an ordinal): a response, a warning, a risk or an alert after it.
_GRADE_OF = re.compile(r"(?:应急)?(?:响应|预警|风险|警报|警戒|防汛)")
#: The next session's ordinal written after the first (省委十届八次|九次全会: both are ordinals).
_NEXT_SESSION = re.compile(r"(?:[、]?[一二三四五六七八九十]+次)?")
#: Bodies named by a number: the Red Army's units (红7军团, 红四方面军) and groups of states (20国集团, 七国集团).
_NAMED_BY_NUMBER = re.compile(r"红[\d一二三四五六七八九十]+(?:方面军|军团|军|师)|(?:\d+|[一二三四五六七八九十]+)国集团")
#: Lengths that name places with the word after them (六尺巷, 五里桥, 十里河, 三里屯, 八里庄).
_NAMING_UNITS = frozenset({"尺", "里", "丈"})
_PLACE_ENDS = frozenset("巷桥庄屯堡铺沟湾街河坡岗村")
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {ord("℅"): ord("%")}  # (℅ typed for %: as the norm reads it)


class Figure(NamedTuple):
    """A figure found in ``doc.norm``, before it becomes a span.

    ``unit_start``/``unit_end`` locate the unit in the text; ``unit`` is set
    instead when the text does not spell it (百分之十 → ``%``). ``kind`` is the
    unit's kind, ``"count"`` or ``"bare"`` for a number without one, or
    ``"lower"`` for the first number of a range (30到40人), which takes the
    second one's unit or is dropped.
    """

    start: int
    end: int
    value: Any
    approx: str
    unit_start: int
    unit_end: int
    unit: str | None
    kind: str


#: ``Figure(...)`` without the Python-level ``__new__`` of a NamedTuple.
_figure = partial(tuple.__new__, Figure)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class FigureExtractor:
    """Find figures in a ``Doc``; build with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江7000多個省直機關基層黨組織")
        >>> [(s.text, s.attrs["value"], s.attrs["unit"], s.attrs["subject"]) for s in build(Resources())(doc, ())]
        [('7000多個', 7000, '個', '省直機關基層黨組織')]
    """

    labels = ("FIGURE",)

    def __init__(
        self, *, units: Sequence[Unit], approx: Sequence[dict], formulas: Sequence[str], subjects: SubjectFinder, unglued: Iterable[str] = ()
    ) -> None:
        self._units = {u.pattern: u for u in units}
        self._longest_unit = max(map(len, self._units), default=0)
        self._pre, self._mid, self._post = (
            {a["pattern"]: a["attrs"]["approx"] for a in approx if a["attrs"]["position"] == position}
            for position in ("pre", "mid", "post")
        )
        self._post_words = sorted(self._post, key=len, reverse=True)  # longest first
        self._prefixes = frozenset(a["pattern"] for a in approx if a["attrs"]["position"] == "pre")
        self._outside = {a["pattern"]: a["attrs"]["approx"] for a in approx if a["attrs"]["position"] == "outside"}
        self._outside_pattern = re.compile(f"(?:{alternation(self._outside)})$") if self._outside else None
        self._outside_last = frozenset(w[-1] for w in self._outside)
        self._formulas = tuple(formulas)
        # Formulas the tokenizer may cut: a name at their end stays a word of its own (一个|中国).
        unglued = frozenset(unglued)
        self._dictionary_words = tuple(w for w in self._formulas if w not in unglued)
        self._automaton = ahocorasick.Automaton()
        for word in self._formulas:
            self._automaton.add_word(word, len(word))
        if self._formulas:
            self._automaton.make_automaton()
        self._longest_formula = max(map(len, self._formulas), default=0)
        self._subjects = subjects
        # Numerals repeat (两, 三, 十, 五千, 100, 1.2 + 亿): each is read once per pipeline.
        self._number = lru_cache(maxsize=1 << 12)(parse_number)
        self._anchors = FigureAnchors(units, approx)
        self._pattern = re.compile(figure_pattern(units, approx))

    def dictionary_words(self) -> Iterable[str]:
        """The numbered formulas, so that the tokenizer keeps them whole (两个维护), except those
        ending in a name the other extractors must see (一个中国).

        Example:
            >>> "两个维护" in set(build(Resources()).dictionary_words())
            True
        """
        return self._dictionary_words

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the FIGURE spans of ``doc``, except inside ``found`` slogans, honours and dates.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("收集問題32659個")
            >>> [(s.text, s.attrs["subject"]) for s in build(Resources())(doc, ())]
            [('32659個', '問題')]
        """
        # (a quotation of someone's words is no name: the figures it holds count, 至少有18万元的纯利润;
        # a quoted title is a name: 「0-6岁国家一起养推动情形」 holds none)
        blocked = [
            (s.start, s.end)
            for s in found
            if (s.label in SUPPRESSING_LABELS and not (s.attrs and s.attrs.get("kind") == "quotation"))
            or (s.label == "TERM" and s.attrs and s.attrs.get("kind") == "title")
        ]
        ctx = _Context(doc, blocked, self._subjects)
        # Ranges.overlaps(start, start + 1), inline: it is asked for every match
        blocked_starts, blocked_reach = ctx.blocked.starts, ctx.blocked.reach
        read = self._read
        figures = []
        starts = self._anchors.starts(doc)
        if any(cue in doc.norm for cue in _MEASURED_CUES):
            starts = sorted({*starts, *_whole_years(doc.norm)})
        for m in match_at(self._pattern, doc.norm, starts, prefixes=self._prefixes):
            start = m.start()
            # A figure holds at least the first character of its match: when that one lies in an
            # earlier slogan, honour or date, so does the figure (checked again once it is read).
            k = bisect.bisect_right(blocked_starts, start)
            if k and blocked_reach[k - 1] > start:
                continue
            figure = read(m, ctx)
            if figure is None or (start and doc.norm[start - 1] in _ORDINAL_JOIN and _ordinal_list(doc.norm, start)):
                continue  # (第1、2名, 第28至31项: the second of a list or a range of ranks is one too)
            if doc.norm[figure.unit_start : figure.unit_end] == "条" and (
                doc.norm.startswith("之", figure.end) or doc.norm[start - 1 : start] in _LAW_LAST
            ):
                continue  # 条例十二条之五, 宪法70条, 《预算法》91条: an article's number
            if doc.norm.endswith("条之", 0, start):
                continue  # 第141条之1: the number of an article inserted after another
            figures.append(figure)
        if "/" in doc.norm:
            figures = _slash_fractions(doc.norm, figures)
        if not figures:
            return []
        if any(f.unit == "%" for f in figures) and "、" in doc.norm:
            figures = self._shared_percent(doc.norm, figures)
        if any(f.kind in _UNITLESS for f in figures):
            figures = [f for f in _list_units(doc.norm, figures) if f.kind != "lower"]
            if not figures:
                return []
        subjects = self._subjects.assign(ctx.words, [(f.start, f.end, f.kind == "count") for f in figures])
        text, norm = doc.text, doc.norm
        # Offsets are shared when normalization kept the length (always with t2s): no mapping then.
        to_original = None if doc.normalized.offsets is None else doc.normalized.to_original
        spans = []
        for (start, end, value, approx, unit_start, unit_end, unit, _), subject in zip(figures, subjects):
            a, b = (start, end) if to_original is None else to_original(start, end)
            if unit is None:
                ua, ub = (unit_start, unit_end) if to_original is None else to_original(unit_start, unit_end)
                unit = text[ua:ub].strip()  # the unit in the script of the text (個 / 个; not the space of 5% 左右)
                if unit and (max(unit) >= "\uff01" or unit == "℅"):
                    unit = unit.translate(_FOLD)  # width-folded like the norm (％ → %)
            if subject is not None:
                sa, sb = subject if to_original is None else to_original(*subject)
                subject = text[sa:sb]
            if isinstance(value, int) and abs(value) > _LARGEST_VALUE:
                value = None  # 万亿亿元, twenty digits: a misreading, no quantity; JSON's integers stop at 2**63 too
            attrs = {"value": value, "approx": approx, "unit": unit, "subject": subject}
            spans.append(Span("FIGURE", a, b, text[a:b], norm[start:end], attrs))
        return spans

    def _read(self, m: re.Match[str], ctx: _Context) -> Figure | None:
        """Turn a match into a figure, or None when the rules say it is none."""
        pre, pct, pnum, den, fnum, ar, mid, mgap, mult, mid2, sp, unit_word, cn, cmid, cmult, csp, cunit, post = m.groups()
        norm = ctx.norm
        start = pos = m.start()
        sign = 1
        if start:
            c = norm[start - 1]
            if (
                (c in _NOT_BEFORE and not (pre and c in ":：") and not (mult and norm.endswith(_MEASURE_ACRONYMS, 0, start)))
                or c.isdigit()
                or c in ".,-" and _number_before(norm, start)
            ):
                return None  # 第5位, G20, the 2 of 1.2, the 19 of COVID-19 (a colon before 逾/约…: a heading's figure)
            if c == " " and norm[start - 2 : start - 1] == "第":
                return None  # 第 120次: an ordinal, a space after its 第
            if c == "红" and _NAMED_BY_NUMBER.match(norm, start - 1):
                return None  # 红7军团, 红四方面军: the Red Army's units, named by their number
            if c in "-−" and ar is not None and not pre and not norm[start - 2 : start - 1].isdigit() and not self._unit_before(norm, start - 1):
                sign, start = -1, start - 1  # -2.5%: the sign belongs to the value (2019-2021, 7%-10% are ranges)
        if not pre and _NAMED_BY_NUMBER.match(norm, start):
            return None  # 20国集团: a group named by its number of members
        if pre:
            approx, pos = self._pre[pre], pos + len(pre)  # pos: where the number starts
        else:
            approx = "exact"
        if ar is not None:
            # Digits, approximation (890 余, 9万多), multiplier, unit; or a number before a noun (6部门).
            if ar[0] == "0" and len(ar) > 1 and ar[1] != ".":
                return None  # 2，000: the rest of a number whose separator we cannot read
            # The pieces follow each other: number, mid, multiplier, mid, space, unit.
            num_end = pos + len(ar) + (len(mid) if mid else 0) + (len(mgap) if mgap else 0) + len(mult) + (len(mid2) if mid2 else 0)
            unit = self._units.get(unit_word) if unit_word else None
            one_char_noun = unit is not None and unit.kind == "noun" and not sp
            if one_char_noun:
                unit = None  # 26国, 6省: a one-character noun counted without a classifier
            elif unit is not None:
                if unit.kind == "time" and _MEASURED_TIME.search(norm, max(0, start - 16), start) is None:
                    return None  # years and months are DATEs; durations are optional (ANNOTATION.md)
                unit_start = num_end + (1 if sp else 0)
                unit_end = unit_start + len(unit_word)
                if unit.kind == "measure" and norm.startswith("级", unit_end):
                    unit_end += 1  # 7亿吨级, 百万千瓦级: a size class, the measure with 级
                if len(unit_word) == 1 and ctx.in_word(unit_end) and not ctx.glued_verb(unit_start, unit_end):
                    unit = None  # 6部门, 14亿人民: the character starts a noun, the number has no classifier
                elif unit_word in _NUMBERED_BODIES and len(ar) >= 3 and not mid and not mult and _after_place(ctx, start, unit_end):
                    return None  # 株洲608所, 成都420厂: the number names the body after a place, it counts nothing
                elif unit_word == "届" and _TERM_OF.match(norm, unit_end):
                    return None  # 浙江省13届人大常委会: the term's ordinal without 第, no count of terms
                elif unit_word in _VILLAGE_GROUPS and not mid and not mult and (
                    norm.endswith(_VILLAGE_UNITS, 0, start)
                    or _GROUP_LIST_AFTER.match(norm, unit_end)
                    or _GROUP_LIST_BEFORE.search(norm, max(0, start - 6), start)
                ):
                    return None  # 双柏村3组, 朝阳社区5组, 2组、3组、4组: a village's groups named by their number
            numeral = self._number(ar, mult)
            if numeral is None:
                return None
            if approx == "exact" and (mid or mid2):
                approx = self._mid[(mid or mid2).strip()]
            if unit is None:
                read = self._read_unitless(ctx, ar, mult, numeral.value, num_end, approx, post, one_char_noun)
                if read is None:
                    return None
                value, kind, unit_start, unit_end, end, approx, unit_text = read
            else:
                value, kind, unit_text = numeral.value, unit.kind, None
                if norm.startswith("/", unit_end):
                    unit_end, post = self._per(norm, unit_end, post)
                after = self._after_unit(ctx, unit_word, unit_end, post, approx)
                if after is None:
                    return None
                end, approx = after
        else:
            if cn is not None:
                read = self._read_chinese(ctx, start, pos, cn, cmid, cmult or "", csp, cunit, post, approx)
            elif pct is not None:
                numeral = parse_share(pnum) if pnum[:1] in "零〇" else self._number(pnum)
                if numeral is None:
                    return None
                end = m.end()
                approx = _vaguest(approx, numeral.approx, post and self._post[post])
                read = numeral.value, "ratio", end, end, end, approx, "%" if pct == "百分之" else "‰"
            else:
                fraction = parse_fraction(den, fnum)
                if fraction is None:
                    return None
                end = m.end()
                read = fraction, "ratio", end, end, end, _vaguest(approx, "exact", post and self._post[post]), ""
            if read is None:
                return None
            value, kind, unit_start, unit_end, end, approx, unit_text = read
        if sign < 0:
            value = -value
        if end == unit_end and norm.startswith("倍半", unit_start) and (not ctx.in_word(end + 1) or self._post_at(norm, end + 1)):
            value, end = value + 0.5 * sign, end + 1  # 六倍半, 3倍|半左右: and a half (not 三倍|半导体)
            post_word = self._post_at(norm, end)
            if post_word is not None:  # 一倍半以上
                end, approx = self._after_unit(ctx, "倍", end, post_word, approx)
        if unit_end - unit_start == 1 and norm[unit_start] == "点" and (
            _CLOCK_AFTER.match(norm, unit_end) or _CLOCK_BEFORE.search(norm, max(0, start - 2), start)
        ):
            return None  # 下午三点, 3点钟: a time of day, not a count of points (四点建议)
        if unit_end - unit_start == 1 and norm[unit_start] == "分" and _CLOCK_HOUR.search(norm, max(0, start - 4), start):
            return None  # 8时30分: the minutes of a time of day, not a score
        if unit_end - unit_start == 1 and norm[unit_start] == "层" and start and norm[start - 1] in "楼厦栋":
            return None  # 门诊楼五层, 大厦3层: the floor where something is, no count
        if unit_end - unit_start == 1 and norm[unit_start] == "级" and _GRADE_OF.match(norm, unit_end):
            return None  # 洪水防御4级应急响应, Ⅲ级预警: a grade of response or warning, an ordinal
        if end == unit_end and norm[unit_start:unit_end] in _NAMING_UNITS and norm[end : end + 1] in _PLACE_ENDS:
            return None  # 六尺巷, 五里桥, 八里庄: a place named after a length, no count
        if ctx.any_blocked and ctx.blocked.overlaps(start, end):
            return None  # inside an earlier slogan, honour or date, a title of a work or a short quotation
        if approx == "exact" and start and norm[start - 1] in self._outside_last:
            word = self._outside_pattern.search(norm, max(0, start - 3), start)
            if word:
                approx = self._outside[word.group()]  # 至少, 接近 stay outside the span, like the verbs 突破 and 达到
        return _figure((start, end, value, approx, unit_start, unit_end, unit_text, kind))

    def _read_chinese(self, ctx: _Context, start: int, pos: int, cn: str, mid, mult: str, sp, unit_word: str, post, approx: str):
        """Chinese numerals need a unit (or 万/亿 and a noun), and pass the rules where formulas and idioms live."""
        norm = ctx.norm
        if unit_word == "组" and norm.endswith(_GROUP_SENDERS, 0, start):
            return None  # 市委巡视九组: a group named by its number
        big = "万" in cn or "亿" in cn or bool(mult)
        if unit_word is not None and big and len(unit_word) == 1:
            unit_at = pos + len(cn) + (len(mid) if mid else 0) + len(mult) + (1 if sp else 0)
            if ctx.in_word(unit_at + 1):
                unit_word = None  # 十亿多人口: 人 starts the noun, the number has no classifier
        if unit_word is None:
            if not big and not mid and not post and pos == start:
                lower = self._lower_chinese(ctx, start, cn, approx)
                if lower is not None:
                    return lower
            if norm.startswith("、", pos + len(cn) + (len(mid) if mid else 0) + len(mult)):
                return None  # 近千亿、4个: a numeral before 、 takes no unit from the next figure, and has none
            if not big or (pos == start and cn.lstrip("几数")[:1] in ("百", "千", "万", "亿")) or _after_numeral(norm, start):
                # 三农, 两委, 百亿县区, 亿万人民: Chinese numerals need a unit or 万/亿; a bare 千万
                # is rhetoric unless an approximation says it is counted (惠及上千万家庭)
                return None
            numeral = self._number(cn + mult)
            if numeral is None or ctx.inside_token(start) and (pos == start or ctx.inside_token(pos)) or self._in_formula(norm, start, pos + len(cn)):
                return None
            end = pos + len(cn) + (len(mid) if mid else 0) + len(mult)
            if approx == "exact":
                approx = numeral.approx if numeral.approx != "exact" else self._mid[mid.strip()] if mid else "exact"
            # (the multiplier may close the numeral itself: 三千二百万 is a count, like 3200万)
            return self._read_unitless(ctx, None, mult or (cn[-1] if cn[-1] in "万亿" else ""), numeral.value, end, approx, post)
        unit = self._units[unit_word]
        if unit.kind in ("time", "noun") or (unit.digits_only and not big):
            return None  # 三年 (optional durations); 二期工程, 三级医院, 十九届, 八方支援 (三千亿度 is a figure)
        if cn == "一" and approx == "exact" and not mid and unit.kind != "ratio" and not _one_counted(norm, unit_word, pos + len(cn) + len(mult) + (1 if sp else 0)):
            return None  # 一个, 一座, 一场: an article, not a count (近一成, 一倍 are figures; 一票弃权 is one vote)
        if cn == "二" and unit.kind == "classifier":
            return None  # two of a thing is 两个; 二轮, 二次, 二期 are ordinals
        bare = cn.lstrip("几数")[:1] in ("百", "千", "万", "亿")
        if (
            bare
            and approx == "exact"
            and not mid
            and cn[0] not in "几数"
            and unit.kind != "money"
            and not (unit.kind == "measure" and len(cn) > 1 and cn[-1] in "万亿")
            and not _lone_headcount(norm, start, cn, unit_word)
            and _REACHED.search(norm, max(0, start - 2), start) is None
        ):
            return None  # 百名处长, 千家万户, 万家灯火, 百日攻坚, 千里: rhetoric (千亿元, 千万吨, 突破百条 are figures)
        if unit.kind == "money" and len(cn) == 1 and not bare:
            return None  # 二元结构, 多元: not money
        # 一亿一千七百多万: a multiplier after 多 closes the Chinese numeral (一亿一千七百万).
        numeral = self._number(cn + mult)
        if numeral is None:
            return None
        unit_start = pos + len(cn) + (len(mid) if mid else 0) + len(mult) + (1 if sp else 0)
        end = unit_end = unit_start + len(unit_word)
        if norm.startswith("/", unit_end):
            end = unit_end = self._per(norm, unit_end, post)[0]
        if approx == "exact":
            approx = numeral.approx if numeral.approx != "exact" else self._mid[mid.strip()] if mid else "exact"
        after = self._after_unit(ctx, unit_word, end, post, approx)
        if after is None:
            return None
        end, approx = after
        if _after_numeral(norm, start):
            return None  # inside a longer numeral
        session = _SESSION_AFTER.match(norm, _NEXT_SESSION.match(norm, end).end()) if unit_word == "次" else None
        if session is not None and (
            "届" in norm[max(0, start - 8) : start]
            or _SESSION_HOST.search(norm, max(0, start - 3), start)
            # (县十五次党代会: a level's congress named by its number)
            or (session.group().endswith(("党代会", "人代会")) and norm[start - 1 : start] in _LEVEL_CHARS)
        ):
            return None  # 十三届全国人大五次会议, 十二届十次、十一次全会, 省委十次全会: the ordinal of a session
        # (after an approximation word the numeral may start the token instead: jieba's HMM
        # glues the word to the verb before it, 有近|三千人; the word's own guards keep 节约 out)
        # (a word around ``unit_end`` is a token around it: when nothing follows the unit, ``end`` is
        # ``unit_end`` and one look at the token there decides; so does one at ``start`` when no
        # approximation word comes before the numeral)
        glued = ctx.inside_token(end) if end == unit_end else ctx.in_word(unit_end) or ctx.inside_token(end)
        if glued or (
            ctx.inside_token(start)
            and (pos == start or ctx.inside_token(pos))
            and not ctx.after_comparative(start, end)
            and not _spelled_number(cn)
        ):
            return None  # 两位数, 一方有难, 重若千钧, 翻一番: the numeral is part of a word
        if self._in_formula(norm, start, end):
            return None  # 两个维护, 三个表率
        return numeral.value, unit.kind, unit_start, unit_end, end, approx, None

    def _shared_percent(self, norm: str, figures: list[Figure]) -> list[Figure]:
        """Add the numerals that share a 百分之 before them (减少百分之二、三的占用量: 2 % and 3 %).

        Example:
            >>> f = Figure(2, 6, 2, "exact", 6, 6, "%", "ratio")
            >>> [(x.start, x.value) for x in build(Resources())._shared_percent("减少百分之二、三的占用量", [f])]
            [(2, 2), (7, 3)]
        """
        starts = {f.start for f in figures}
        more = []
        for f in figures:
            if f.unit != "%" or not norm.startswith("、", f.end) or "百分之" not in norm[f.start : f.end]:
                continue
            m = _CN_NUMERAL.match(norm, f.end + 1)
            if m is None or m.start() in starts or norm[m.end() : m.end() + 1] in self._units:
                continue  # (百分之二、三个百分点: the second number has a unit of its own)
            numeral = self._number(m.group())
            if numeral is not None:
                more.append(_figure((m.start(), m.end(), numeral.value, f.approx, m.end(), m.end(), "%", "ratio")))
        return sorted([*figures, *more], key=_START_OF) if more else figures

    def _lower_chinese(self, ctx: _Context, start: int, cn: str, approx: str):
        """The first number of a range or pair in Chinese numerals (四十至五十名, 五、六个人), or None.

        Its unit comes after the second number (see :func:`_list_units`). A single digit
        before a digit and its multipliers takes those multipliers too (五、六百人: 五百;
        二、三百亿度: 二百亿; 三至五万人: 三万); any other multiplier the first number
        does not say leaves it out (四十至五十万人).
        """
        norm = ctx.norm
        end = start + len(cn)
        if norm[end : end + 1] not in _CN_RANGE_JOIN or norm[end + 1 : end + 2] not in CN_CHARS:
            return None
        upper = _CN_NUMERAL.match(norm, end + 1)
        if upper is None or _after_numeral(norm, start) or ctx.inside_token(start):
            return None
        top = upper.group()
        shared = top[1:] if len(cn) == 1 and len(top) > 1 and top[0] not in _MULTIPLIERS and set(top[1:]) <= _MULTIPLIERS else ""
        if not shared and (cn in "一二" or "万" in top or "亿" in top):
            return None  # 一、二季度, 第二、三产业: ordinals; 四十至五十万人: a multiplier the first does not say
        numeral = self._number(cn + shared)
        if numeral is None:
            return None
        return numeral.value, "lower", end, end, end, approx, None

    def _read_unitless(
        self, ctx: _Context, ar: str | None, mult: str, value: Any, end: int, approx: str, post: str | None, one_char_noun: bool = False
    ):
        """A number straight before a noun (6部门, 46万群众, 十亿多人口): the span is the number, unit ""."""
        norm = ctx.norm
        if ar is not None:
            digits = ar.replace(",", "").replace("，", "").split(".")[0]
            # 增长0.8、2.0和3.4个百分点: a number of a list whose last takes the unit (ANNOTATION.md: each its own span)
            # (the next number may be negative: 分别为0.15、-5.64、1.34个百分点)
            listed = (
                not mult
                and not post
                and norm[end : end + 1] in _LIST_ITEM_JOIN
                and (norm[end + 1 : end + 2].isdigit() or (norm[end + 1 : end + 2] in "-－" and norm[end + 2 : end + 3].isdigit()))
            )
            if not mult and (("." in ar and not listed) or len(digits) > 4 or 1000 <= int(digits) <= 2199):
                return None  # bare decimals, codes (12345热线) and years without 年 are not counts
            if not mult and len(digits) >= 3 and norm.startswith(_ROOMS, end):
                return None  # 201教室, 302会议室: a room's number
            if not mult and norm.startswith("楼", end) and norm.startswith(_ROOMS, end + 1):
                return None  # 调度中心25楼会议室: the floor of a room
            if not mult and norm.startswith("路", end) and _ROUTE.match(norm, end):
                return None  # 101路公交车: a bus route's number
            if not mult and len(digits) == 2 and _YEAR_PAIR_BEFORE.search(norm, max(0, end - 7), end - 2):
                return None  # 2026至27财政年度: the fiscal year's second year, shortened
            start = end - len(ar)
            if not mult and start > 1 and norm[start - 1] in "-~～—–" and norm[start - 2].isdigit():
                return None  # 3-1战胜: a score or a range's end without a unit counts nothing
            if listed and _ordinal_list(norm, start):
                return None  # 第1、2、3名: ranks
            if listed or (not mult and not post and norm[end : end + 1] in _RANGE_JOIN and norm[end + 1 : end + 2].isdigit()):
                # 30到40人, 12-15岁: the unit comes after the second number. Not when a multiplier
                # follows it (30到40万吨 means 30万 to 40万, a value the first number does not say).
                upper = _DIGITS.match(norm, end + 1 + (norm[end + 1] in "-－"))
                return None if norm[upper.end() : upper.end() + 1] in _MULTIPLIERS else (value, "lower", end, end, end, approx, None)
        if post and norm.startswith(post, end):
            if approx == "exact":
                approx = self._post[post]
            end += len(post)
        if not _is_han(norm[end : end + 1]):
            if not mult or norm[end : end + 1].isalnum():
                return None
            return value, "bare", end, end, end, approx, None  # 人口4000万。: what is counted comes before
        words = ctx.words
        subject = self._subjects.after(words, end)
        if (mult or ar is None) and not ctx.in_word(end):
            # With 万/亿 the number is a quantity whatever follows (46万群众, 30万以上参保孕产妇享受待遇);
            # what it counts is the noun phrase after it, else the phrase before it. A verb of one
            # character right after it is a measure word the unit table lacks (八千万砘): no figure
            # rather than one without its unit; 到 and 至 open a range (700万到800万吨: the unit comes
            # after the second number). (十万火急: the numeral is part of a word.)
            word = words.piece(words.index(end), end)[2]
            if len(word) == 1 and word not in _RANGE_TO and words.tag(word) == "v":
                return None
            return value, "count" if subject else "bare", end, end, end, approx, None
        if subject is None or (subject[1] - end < 2 and not one_char_noun) or words.tag(words.piece(words.index(end), end)[2]) not in _NOUN_FIRST:
            # A noun of two characters or more must follow at once (6部门, 26国家), not an adjective
            # (500强企业, 4大基地) nor one character, mostly an ordinal (5世, 7楼, 1胜1平).
            return None
        return value, "count", end, end, end, approx, None

    def _after_unit(self, ctx: _Context, unit_word: str, end: int, post: str | None, approx: str) -> tuple[int, str] | None:
        """Where a figure ends whose unit ends at ``end``, and its approximation: past 以上/左右 or 多.

        None when 多 makes it a duration (三个多月).
        """
        norm = ctx.norm
        if post and norm.startswith(post, end):
            return end + len(post), self._post[post] if approx == "exact" else approx
        if not norm.startswith("多", end):
            return end, approx
        past = self._past_more(ctx, unit_word, end)
        if past is None:
            return None
        return past, "more_than" if past > end and approx == "exact" else approx

    def _past_more(self, ctx: _Context, unit_word: str, end: int) -> int | None:
        """Where a figure ends that 多 follows after its unit (两倍多, 5公里多): past 多, or at ``end``.

        ``end`` itself when 多 starts a word (3个多边机制, 两个多元化格局); None when 多 and
        a unit of time make the figure a duration (三个多月, 两个多小时: optional, not read).
        """
        norm = ctx.norm
        after = norm[end + 1 : end + 4]
        for k in (1, 2, 3):
            unit = self._units.get(unit_word + after[:k]) or self._units.get(after[:k])
            if unit is not None and unit.kind == "time" and len(after) >= k:
                return None
        return end if ctx.in_word(end + 1) else end + 1

    def _per(self, norm: str, slash: int, post: str | None) -> tuple[int, str | None]:
        """The end of a quotient unit whose ``/`` is at ``slash`` (30万元/人左右, 5吨/亩), and the
        approximation word after it; ``(slash, post)`` when no unit follows the slash.

        Example:
            >>> build(Resources())._per("30万元/人左右", 4, None)
            (6, '左右')
        """
        for k in range(min(self._longest_unit, len(norm) - slash - 1), 0, -1):
            if norm[slash + 1 : slash + 1 + k] in self._units:
                end = slash + 1 + k
                return end, self._post_at(norm, end)
        return slash, post

    def _post_at(self, norm: str, end: int) -> str | None:
        """The approximation word written after a figure's unit at ``end`` (以上, 左右 …), or None."""
        return next((w for w in self._post_words if norm.startswith(w, end)), None)

    def _unit_before(self, norm: str, end: int) -> bool:
        """True when a number and its unit end at ``end`` (7%|-10%, 2倍|-3倍): a dash there is a range's.

        Example:
            >>> ex = build(Resources())
            >>> ex._unit_before("下降7%-10%", 4), ex._unit_before("增长-2.5%", 2)
            (True, False)
        """
        for k in range(1, min(end, self._longest_unit) + 1):
            if norm[end - k : end] in self._units and end - k > 0 and (norm[end - k - 1].isdigit() or norm[end - k - 1] in CN_CHARS):
                return True
        return False

    def _in_formula(self, norm: str, start: int, end: int) -> bool:
        """True when a numbered formula (两个维护, 三个表率) overlaps ``[start, end)``."""
        if not self._formulas:
            return False
        lo = max(0, start - self._longest_formula + 1)
        window = norm[lo : end + self._longest_formula - 1]
        for last, length in self._automaton.iter(window):
            a = lo + last - length + 1
            if a < end and start < a + length:
                return True
        return False


class _Context:
    """Per-document lookups shared by the matches of one call."""

    def __init__(self, doc: Doc, blocked: Iterable[tuple[int, int]], subjects: SubjectFinder) -> None:
        self.doc = doc
        self.tokens, self.offsets = doc.tokens, doc.normalized.offsets
        self.words = subjects.words(doc)
        self.norm = doc.norm
        norm = self.norm
        if self.offsets is None:
            ranges = list(blocked)
        else:
            to_norm = _norm_offsets(doc)
            ranges = [to_norm(a, b) for a, b in blocked]
        if "《" in norm:
            ranges.extend(m.span() for m in _TITLE.finditer(norm))
        for quote, short_quote in _SHORT_QUOTES:
            # “三个表率”, “民营经济32条”: a number inside a short quotation belongs to its name.
            # (Scanned for from the literal quotation mark: scanning the text for a character class
            # costs more. A quotation holds no other mark, so no two of them overlap.)
            if quote in norm:
                ranges.extend(m.span() for m in short_quote.finditer(norm))
        self.blocked = Ranges(ranges)
        self.any_blocked = bool(ranges)

    def _token_around(self, pos: int) -> Token | None:
        """The token that ``pos`` (a norm offset) falls strictly inside, if any."""
        norm = self.norm
        if not (0 < pos < len(norm) and "\u4e00" <= norm[pos - 1] <= "\u9fff" and "\u4e00" <= norm[pos] <= "\u9fff"):
            return None  # tokens split wherever Han characters meet anything else
        if self.offsets is None:
            i = self.words.index(pos)  # a bisection of the token starts, in C
            token = self.tokens[i]
            return token if token.start < pos < token.end else None
        at = self.offsets[pos]
        i = bisect.bisect_right(self.tokens, at, key=_TOKEN_START) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i].start < at < self.tokens[i].end else None

    def inside_token(self, pos: int) -> bool:
        """True when ``pos`` (a norm offset) falls strictly inside a token."""
        return self._token_around(pos) is not None

    def glued_verb(self, unit_start: int, unit_end: int) -> bool:
        """True when the one-character unit at ``[unit_start, unit_end)`` and a verb after it are one token (3人|为 read as 人为)."""
        if self.norm[unit_end : unit_end + 1] not in _GLUED_VERBS:
            return False
        token = self._token_around(unit_end)
        return token is not None and token.norm == self.norm[unit_start : unit_end + 1]

    def after_comparative(self, start: int, end: int) -> bool:
        """True when the token around ``start`` is 多 and the multiple ``norm[start:end]`` (还多两倍: 多|两倍)."""
        token = self._token_around(start)
        return token is not None and token.norm[:1] == "多" and token.norm[1:] == self.norm[start:end] and self.norm[end - 1] == "倍"

    def in_word(self, pos: int) -> bool:
        """True when ``pos`` falls inside a dictionary word (部门, 人民), not a guessed one (个省).

        jieba's HMM glues a classifier to what follows (8个省 → 个省); such a
        token is no word of the dictionary, and the classifier stays a classifier.
        """
        token = self._token_around(pos)
        if token is None:
            return False
        known = self.words.known_words.get(token.norm)
        if known is None:
            known = self.words.known_words[token.norm] = self.words.tagger_knows(token.norm)
        return known


def _norm_offsets(doc: Doc):
    """A function mapping ``[start, end)`` of the original text to ``doc.norm`` (the identity when aligned)."""
    offsets = doc.normalized.offsets
    if offsets is None:
        return lambda a, b: (a, b)

    def to_norm(a: int, b: int) -> tuple[int, int]:
        return bisect.bisect_left(offsets, a), bisect.bisect_left(offsets, b)

    return to_norm


def _lone_headcount(norm: str, start: int, cn: str, unit_word: str | None) -> bool:
    """True for a round head count standing alone in its clause (带动万名青年, 千家重点耗能企业): a count, not rhetoric.

    百名处长话改革、千名支书讲党课、万名党员谈体会 is a formula: there the counts come in
    a series of the same form. Only 名 (persons) and 家 (firms, households) count this way;
    百日攻坚 stays rhetoric, and the idioms (千家万户, 百家争鸣) are words of their own.

    Example:
        >>> _lone_headcount("带动万名青年入乡发展", 2, "万", "名"), _lone_headcount("百名处长话改革、千名支书讲党课", 0, "百", "名")
        (True, False)
        >>> _lone_headcount("和千家重点耗能企业节能", 1, "千", "家"), _lone_headcount("万名党员走进千家万户", 0, "万", "名")
        (True, True)
    """
    if unit_word not in ("名", "家") or len(cn) != 1:
        return False
    a = max(norm.rfind(c, 0, start) for c in "。；;！？\n") + 1
    ends = [e for e in (norm.find(c, start) for c in "。；;！？\n") if e >= 0]
    clause = norm[a : min(ends, default=len(norm))]
    return len(_HEADCOUNT.findall(clause)) == 1


def _after_place(ctx: _Context, start: int, end: int) -> bool:
    """True when a place name ends at ``start`` and no Han character follows ``end`` (株洲608所AES100)."""
    if not start or _is_han(ctx.norm[end : end + 1]):
        return False
    words = ctx.words
    i = words.index(start - 1)
    return i >= 0 and words.tag(words.piece(i, -1, start)[2]) == "ns"


#: A fraction written with a slash (2/3): a numerator below a denominator of one digit, no digit, slash or
#: dot around it (not 7/31, 2024/5/6, 1.5/3), and no date unit after it (7/3日).
_SLASH_FRACTION = re.compile(r"(?<![\d./:])([1-8])/([2-9])(?![\d/.:日月号])")


def _slash_fractions(norm: str, figures: list[Figure]) -> list[Figure]:
    """Add the fractions written with a slash (占国土总面积2/3的山区: 0.6667), as 三分之二 is read.

    Example:
        >>> [(f.start, f.end, f.value) for f in _slash_fractions("占2/3的山区，7/3日", [])]
        [(1, 4, 0.6667)]
    """
    taken = {f.start for f in figures}
    more = []
    for at in find_all(norm, "/"):  # (each slash, not the text's every offset)
        m = _SLASH_FRACTION.match(norm, at - 1) if at else None
        if m is not None and int(m[1]) < int(m[2]) and m.start() not in taken:
            more.append(_figure((m.start(), m.end(), round(int(m[1]) / int(m[2]), 4), "exact", m.end(), m.end(), "", "ratio")))
    return sorted([*figures, *more], key=_START_OF) if more else figures


def _ordinal_list(norm: str, start: int) -> bool:
    """True when the list or range of numbers holding the one at ``start`` follows 第 (第1、2、3名, 第28至31项:
    ranks, no counts).

    Example:
        >>> _ordinal_list("第1、2、3名", 3), _ordinal_list("增长0.8、2.0和3.4个百分点", 6)
        (True, False)
    """
    m = _LIST_BEFORE.search(norm, max(0, start - 40), start + 1)
    return m is not None and norm[m.start() - 1 : m.start()] == "第"


def _list_units(norm: str, figures: list[Figure]) -> list[Figure]:
    """A bare number listed before a figure with a unit takes its unit (10.6万、3.3万平方公里; 700万到800万吨).

    Example:
        >>> f = [Figure(0, 5, 106000, "exact", 5, 5, None, "bare"), Figure(6, 14, 33000, "exact", 10, 14, None, "measure")]
        >>> [(x.unit_start, x.unit_end, x.kind) for x in _list_units("10.6万、3.3万平方公里", f)]
        [(10, 14, 'measure'), (10, 14, 'measure')]
    """
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.kind in _UNITLESS and g.kind not in _UNITLESS and g.start == f.end + 1 and norm[f.end] in _LIST_JOIN:
            if f.kind == "lower" and g.unit_end == g.unit_start and not g.unit:
                continue  # 3-1战胜: the second number has no unit to give
            out[i] = f._replace(unit_start=g.unit_start, unit_end=g.unit_end, unit=g.unit, kind=g.kind)
    return out


def _spelled_number(cn: str) -> bool:
    """True for a Chinese numeral spelled out over several places (二千八百九十五), which no word holds:
    the tokenizer may still glue its first digit to the word before it (获二|千八百|九|十五|票).

    Example:
        >>> _spelled_number("二千八百九十五"), _spelled_number("千千万万"), _spelled_number("一")
        (True, False, False)
    """
    return len(cn) >= 4 and any(c in "十百千" for c in cn) and any(c in "一二三四五六七八九两" for c in cn)


#: The zeros a spelled-out numeral may hold before its last digit (二千九百另一, 一百零一).
_ZERO_WORDS = frozenset("另零〇○")
#: Units after which 一 is a count, not an article (一票弃权: one vote), unless a set phrase follows (一票否决).
_ONE_COUNTED = {"票": ("否决", "难求")}


def _one_counted(norm: str, unit_word: str, at: int) -> bool:
    """True when 一 before ``unit_word`` (at ``at``) counts one of it (一票弃权), not an article.

    Example:
        >>> _one_counted("一票弃权", "票", 1), _one_counted("一票否决", "票", 1), _one_counted("一个", "个", 1)
        (True, False, False)
    """
    phrases = _ONE_COUNTED.get(unit_word)
    if phrases is None or norm[at - 2 : at - 1] in _ZERO_WORDS:
        return False  # (二千九百另一票: the last digit of a longer numeral written with 另)
    return not norm.startswith(phrases, at + len(unit_word))


def _after_numeral(norm: str, start: int) -> bool:
    """True when a numeral character stands before ``start`` (inside a longer numeral); 数 and 几
    before a digit are the end of a noun there (尾数|一千七百万, 总数|三千万元)."""
    return start > 0 and norm[start - 1] in CN_CHARS and not (norm[start - 1] in "几数" and norm[start] not in "十百千万亿")


def _whole_years(norm: str) -> list[int]:
    """Where whole years follow a cue of measured time closely (年限从15年逐步提高到20年: 15 and 20)."""
    return [m.start() for cue in _MEASURED_CUE.finditer(norm) for m in _WHOLE_YEARS.finditer(norm, cue.end(), cue.end() + 16)]


def _number_before(norm: str, start: int) -> bool:
    """True when ``norm[start - 1]`` (. , -) continues a number or code before it (1.2, 1,234, COVID-19); a
    comma only before a group of three digits (第4,21个学科: a list, not 4,21)."""
    c, b = norm[start - 1], norm[start - 2] if start > 1 else ""
    if c == ",":
        return b.isdigit() and _THOUSANDS_GROUP.match(norm, start) is not None
    return b.isdigit() if c == "." else b.isascii() and b.isalpha()


def _vaguest(current: str, numeral: str, other: str | None) -> str:
    """The approximation of a figure: the first word found wins, then the numeral's (几万)."""
    if current != "exact":
        return current
    if numeral != "exact":
        return numeral
    return other or current


def build(resources: Resources) -> FigureExtractor:
    """Build the figure extractor from the data tables (units, approximation words, formulas).

    Example:
        >>> build(Resources()).labels
        ('FIGURE',)
    """
    units = [
        Unit(r["pattern"], r["attrs"]["kind"], bool(r["attrs"].get("digits_only")), bool(r["attrs"].get("latin")))
        for r in resources.get("data.figure_units", lambda: list(iter_jsonl("figure_units.jsonl")))
    ]
    approx = resources.get("data.figure_approx", lambda: list(iter_jsonl("figure_approx.jsonl")))
    records = resources.get("data.figure_formulas", lambda: list(iter_jsonl("figure_formulas.jsonl")))
    return FigureExtractor(
        units=units,
        approx=approx,
        formulas=[r["pattern"] for r in records],
        subjects=SubjectFinder(build_tagger(resources)),
        unglued=[r["pattern"] for r in records if r["attrs"].get("tokenize") is False],
    )
