"""Compile the figure tables (units, approximation words) into the figure patterns.

Input: the records of ``data/figure_units.jsonl`` and ``data/figure_approx.jsonl``.
Output: the *anchors* (:class:`FigureAnchors`: where a figure may start, tested
on the text's characters as arrays) and the text of the *figure pattern* tried
there, a regular expression whose groups :data:`GROUPS` are read in that order.

Invariant: units are tried longest first (个百分点 before 个, 千瓦时 before 千瓦),
and a multiplier character that starts a unit stays with the unit (3千瓦 is 3 千瓦,
8041.6万千瓦 is 8041.6 × 万 千瓦).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Doc
from .char_classes import PAD, REAL, CharTable, runs
from .numerals import MAX_NUMBER_CHARS

CN_DIGITS = "〇○零一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿廿卅几数"
#: Digits with thousands separators (1,234; 62，000 in older reports, with a full-width comma) or without.
_NUM_AR = r"(?=\d++[,，]\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:，\d{3})+(?![\d.]))|\d+(?:\.\d+)?"
_SPACE = "[ \u3000\xa0]"
#: The groups of the figure pattern, in their order: ``Match.groups()`` is unpacked in it.
GROUPS = ("pre", "pct", "pnum", "den", "fnum", "ar", "mid", "mgap", "mult", "mid2", "sp", "unit",
          "cn", "cmid", "cmult", "csp", "cunit", "post")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit or classifier of ``data/figure_units.jsonl``.

    Attributes:
        pattern: Simplified form (个, 千瓦, 个百分点, %).
        kind: ``classifier``, ``measure``, ``money``, ``ratio``, ``anniversary`` or ``time``.
        digits_only: Only after Arabic digits (after Chinese numerals: ordinals, idioms).
        latin: Latin letters (P, kW), which must not run on into a word.

    Example:
        >>> Unit("个", "classifier").digits_only
        False
    """

    pattern: str
    kind: str
    digits_only: bool = False
    latin: bool = False


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that the longest one wins.

    Example:
        >>> alternation(["个", "个百分点", "%"])
        '个百分点|%|个'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_alternation(words: Iterable[str]) -> str:
    """A regex for the same words as :func:`alternation`, factored by common prefixes.

    The regex engine tries an alternation one branch after the other; with a
    hundred units that is a hundred tries wherever a number ends. Factored,
    it is a handful (个(?:月|百分点)?), and the longest word still wins.

    Example:
        >>> trie_alternation(["个", "个月", "个百分点", "%"])
        '(?:%|个(?:月|百分点)?)'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return render(trie)


class FigureAnchors:
    """Where a figure may start: numeral runs that can go on into a figure.

    Arabic digits qualify before a unit, a Han character (a noun may follow:
    6部门) or the rest of the number (1.2, 1,234), unless a date unit follows;
    Chinese numerals only before a unit, an approximation word, 分
    (三分之二) or 点 (十五点六), and a lone 一 only before 成/倍/票 or an
    approximation (近一成, 一倍多, 一票弃权); a numeral ending in 万/亿 also before a
    noun (十亿人口). The runs and the characters around their ends are tested
    as arrays (:mod:`textmine.extract.char_classes`), not scanned for by a regex.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("三个和三年，2021年的46万人")
        >>> FigureAnchors([Unit("个", "classifier"), Unit("年", "time")], []).starts(doc)
        [0, 12]
    """

    # Class bits; NUM: a numeral character (a digit or one of CN_CHARS).
    NUM, DIGIT, HAN, FOLLOW, CN, WANYI, SBQ, DATE, SEP, RATE, YI, RI, YUAN, VAGUE, DIAN = (1 << k for k in range(1, 16))

    def __init__(self, units: Sequence[Unit], approx: Sequence[dict]) -> None:
        mids = "".join(a["pattern"] for a in approx if a["attrs"]["position"] == "mid")
        firsts = "".join(sorted({u.pattern[0] for u in units if u.kind != "time"}))
        self._table = CharTable(
            [
                (self.NUM | self.CN, CN_CHARS),
                (self.FOLLOW, firsts + mids + "分点 \u3000\xa0" + "—–~～-至到、"),  # what may follow the number (and what joins a range)
                (self.WANYI, "万亿"),
                (self.SBQ, "十百千"),
                (self.DATE, "年月日号时"),
                (self.SEP, ".,，"),
                (self.RATE, "成倍票" + mids),  # (and 票: 一票弃权 counts one vote, figures.py _ONE_COUNTED)
                (self.YI, "一"),
                (self.RI, "日"),
                (self.YUAN, "元"),
                (self.VAGUE, "几数"),
                (self.DIAN, "点"),
            ],
            digit=self.DIGIT | self.NUM,
            han=self.HAN,
        )
        # Offsets, from a run's end (exclusive), of its last three characters and the two after it;
        # from its start, of its first two.
        self._around = np.array([-1, -2, -3, 0, 1])
        self._first_two = np.array([0, 1])

    def starts(self, doc: Doc) -> list[int]:
        """The ``doc.norm`` offsets where a figure may start, in order."""
        c = self._table.classes(doc)
        starts, ends = runs(c, self.NUM)
        if not len(starts):
            return []
        # The last three characters of each run and the two after it, gathered at once; digits and
        # numerals are tested at all five places at once too.
        around = c[ends[:, None] + self._around]
        c1, c2, _, n1, n2 = around.T
        d1, d2, d3, _, dn2 = ((around & self.DIGIT) != 0).T
        k1, k2, k3, _, kn2 = ((around & self.CN) != 0).T
        # 7000个, 6部门, 1.2 / 1,234 (not 2021年); 3日元
        ok = d1 & (
            ((n1 & self.DATE) == 0) & (((n1 & (self.FOLLOW | self.HAN)) != 0) | (((n1 & self.SEP) != 0) & dn2))
            | (((n1 & self.RI) != 0) & ((n2 & self.YUAN) != 0))
        )
        # 9万, 3千亿, 126万亿 (the digits before the multiplier); 十亿人口 (a noun after 万/亿);
        # 减少了三千二百万。 (a compound Chinese numeral closing its clause: what it counts came before)
        ok |= ((c1 & self.WANYI) != 0) & (d2 | (((c2 & (self.SBQ | self.WANYI)) != 0) & d3) | ((n1 & self.HAN) != 0) | (k2 & k3))
        # Chinese numerals before a unit or an approximation; a lone 一 (after no numeral) only before
        # 成/倍/多 or a decimal point and a numeral (一点八倍; 一点 alone is "a little")
        lone_yi = ((c1 & self.YI) != 0) & ((c2 & (REAL | self.NUM)) == REAL)
        ok |= k1 & ((~lone_yi & ((n1 & self.FOLLOW) != 0)) | ((n1 & self.RATE) != 0) | (((n1 & self.DIAN) != 0) & kn2))
        # 几/数 open a run as numerals only before a multiplier (数十, 几万); before digits the
        # number starts after them (人数23万人, 总数2000个).
        # (尾数一千七百万: before a Chinese digit too, unless it is a multiplier: 数十, 数百)
        first, after = c[starts[:, None] + self._first_two].T
        digit_after = ((after & self.DIGIT) != 0) | (((after & self.CN) != 0) & ((after & (self.SBQ | self.WANYI)) == 0))
        starts = starts + (((first & self.VAGUE) != 0) & digit_after)
        return (starts[ok] - PAD).tolist()


def figure_pattern(units: Sequence[Unit], approx: Sequence[dict]) -> str:
    """The figure pattern: [approximation] (百分之N | N分之M | digits… | Chinese numeral…) [approximation].

    Example:
        >>> p = re.compile(figure_pattern([Unit("个", "classifier")], [
        ...     {"pattern": "多", "attrs": {"position": "mid", "approx": "more_than"}}]))
        >>> m = p.match("7000多个")
        >>> m.group("ar"), m.group("mid"), m.group("unit"), tuple(p.groupindex) == GROUPS
        ('7000', '多', '个', True)
    """
    pre = []
    for a in approx:
        attrs = a["attrs"]
        if attrs["position"] != "pre":
            continue
        word = re.escape(a["pattern"])
        if attrs.get("not_after"):
            # The word first, then the look behind it: a branch that opens with a literal is
            # skipped in C when the character differs.
            word = f"{word}(?<![{re.escape(attrs['not_after'])}]{'.' * len(a['pattern'])})"
        if attrs.get("only_before"):
            word = f"{word}(?=[{re.escape(attrs['only_before'])}])"
        pre.append((len(a["pattern"]), word))
    pre_alt = "|".join(w for _, w in sorted(pre, key=lambda x: -x[0]))
    mid_alt = alternation(a["pattern"] for a in approx if a["attrs"]["position"] == "mid")
    post_alt = alternation(a["pattern"] for a in approx if a["attrs"]["position"] == "post")
    latin = [re.escape(u.pattern) + "(?![A-Za-z])" for u in sorted(units, key=lambda u: (-len(u.pattern), u.pattern)) if u.latin]
    han = trie_alternation(u.pattern for u in units if not u.latin)
    # Each alternation behind a look-ahead at its first characters: where no unit follows (most
    # numbers), one character-class test fails instead of a hundred branches.
    firsts = re.escape("".join(sorted({u.pattern[0] for u in units})))
    units_alt = f"(?=[{firsts}])(?:(?=[A-Za-z])(?:{'|'.join(latin)})|{han})" if latin else f"(?=[{firsts}]){han}"
    # A multiplier character that starts a unit stays with the unit: 3千瓦, 8041.6万千瓦,
    # 一千九百五十万千瓦 (the numeral stops before 千瓦).
    guarded = {}
    for c in "十百千":
        rests = [u.pattern[1:] for u in units if u.pattern.startswith(c) and len(u.pattern) > 1]
        guarded[c] = f"{c}(?!{alternation(rests)})" if rests else c
    # 19万7千多名, 1亿2000万: after 万 or 亿, the next place's digits and multiplier belong to the number.
    # 兆 multiplies (10¹²) only before money, as in Taiwan's 3兆元 and 2.5兆美元 (and 3兆350亿元, 10兆3,700亿元, the next
    # place written after it): 兆瓦 and 兆帕 stay units.
    # Before money, the last place may be written in full digits (Taiwan's budgets: 304亿4292万9000元,
    # 302亿1,292万9,000元, 84亿7,000万元; 3万5000元).
    money = trie_alternation(u.pattern for u in units if u.kind == "money" and not u.latin)
    below = rf"(?:\d{{1,4}}|\d,\d{{3}})(?={money})" if money else "(?!)"
    tail = rf"(?:(?<=万)(?:\d(?:{guarded['千']}|{guarded['百']})|{below})|(?<=亿)(?:\d{{1,4}}|\d,\d{{3}})万(?:{below})?)"
    trillion = f"兆(?:(?:\\d{{1,4}}|\\d,\\d{{3}})亿)?(?={money})|" if money else ""
    mult = f"(?:{trillion}(?:{'|'.join(guarded.values())})?万?亿?{tail}?)"
    plain = "".join(c for c in CN_DIGITS + "十百千万亿廿卅" if c not in guarded)
    cn_number = rf"(?:[几数](?=[十百千万亿]))?(?:[{plain}]|{'|'.join(guarded.values())})+(?:几|点[{CN_DIGITS}]+)?"
    any_num = rf"(?:{_NUM_AR}|{cn_number})"
    pre_firsts = re.escape("".join(sorted({a["pattern"][0] for a in approx if a["attrs"]["position"] == "pre"})))
    # N分之M needs 分之 right after the characters a number is made of: checked first, without
    # backtracking, before the number is read (most numbers are no fraction), and no further than
    # a number may be written: a long run of numerals and separators (1.1.1.1…) is not rescanned
    # from each of its starts.
    fraction_ahead = rf"(?=[\d.,，点{CN_CHARS}]{{1,{MAX_NUMBER_CHARS}}}+分之)"
    return (
        (rf"(?P<pre>(?=[{pre_firsts}])(?:{pre_alt}))?" if pre_alt else "(?P<pre>)?")
        + rf"(?:(?P<pct>百分之|千分之)(?P<pnum>{any_num})"
        rf"|{fraction_ahead}(?P<den>{any_num})分之(?P<fnum>{any_num})"
        # A space may part the digits from 万 or 亿 as from a unit (394.8 亿元).
        rf"|(?P<ar>{_NUM_AR})(?P<mid>{_SPACE}?(?:{mid_alt}))?(?P<mgap>{_SPACE}(?=[万亿]))?(?P<mult>{mult})(?P<mid2>{mid_alt})?"
        rf"(?P<sp>{_SPACE})?(?P<unit>{units_alt})?"
        # Chinese numerals need a unit unless they hold 万/亿 and a noun follows (十亿多人口).
        rf"|(?P<cn>{cn_number})(?P<cmid>{_SPACE}?(?:{mid_alt}))?(?P<cmult>万亿|万|亿)?"
        rf"(?P<csp>{_SPACE})?(?P<cunit>{units_alt})?)"
        rf"(?P<post>{post_alt})?"
    )
