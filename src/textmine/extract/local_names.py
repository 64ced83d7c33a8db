"""Towns and villages the gazetteer lacks, read from their unit word: 上津镇, 关防乡, 七里沟村.

The gazetteer stops at counties; local news names towns (镇, 乡, 街道) and
villages (村, 社区) by the dozen. Such a name is the two or three characters
before its unit word, and the text must mark where it starts: the start of a
line, a mark (a list of towns), or a word of going or being somewhere (到上津镇,
在梅仙镇, 受到处分的南湖镇). A name is no place when it

- holds a word of ``data/local_stops.txt`` (示范村, 重点镇, 城市社区), or its last
  character and the unit's first make one (农村, 城镇, 城乡);
- holds a function word (这个村, 各乡镇) or a division word (省, 市, 县);
- opens with a verb of going (走进农村, 到农村去) or ends with one that makes a
  word with the unit (查宏进|村入户, 返乡, 驻村);
- is a word of another kind to the tagger (加强社区, 年末城镇).

The PLACE extractor reads towns and villages with it; the DEPARTMENT extractor
reads the town before an organ written without its county (梅仙镇党委).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..resources import Resources, parse_word_list, read_data_text
from .tagger import Tagger, build_tagger

#: 村 and what may not follow it (村委, 村民, 村两委, 村集体, 村社, 村官, 村党委, 村史馆: an organ, a title or a word of its own;
#: 村党群服务中心 and the village's 党组织 are the village's).
_VILLAGE_UNIT = r"村(?![委民级庄务镇干组落容貌规寨小监两支医社官史]|党(?!群|组织)|集体)"
#: The unit word of a town or village, and what may not follow it there (镇长, 乡村, 村委, 社区居委会:
#: a title, another word, or the unit's own organ, whose place is optional).
UNIT = re.compile(
    r"街道(?![办党上])|社区(?![居党服治建工卫医])|镇(?![长压守痛静定化住中])|乡(?![村镇土亲下愁音情里邻间野贤长])|苏木(?![党长])|"
    + _VILLAGE_UNIT
)
TOWN_UNITS = frozenset({"街道", "镇", "乡", "苏木"})  # (苏木: Inner Mongolia's township)
#: A village or a community right after its town (上津镇|石庙子村, 宝兴镇|红桥社区): one place with it.
VILLAGE_AFTER_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:" + _VILLAGE_UNIT + r"|社区(?![居党服治建工卫医]))")

#: What may stand before the name: a line's start, a mark, a word of being somewhere.
_BEFORE_MARKS = frozenset("、，。；：！？（）()》”’ \n\t\u3000,.;:!?")
_BEFORE_WORDS = frozenset("到在赴至于的对向从往回任由使让把了将除")  # (任: 在任|补洛乡…支部书记, 调任|某镇; 由: 会议由|叶塘镇党委; 使|付家村; 了: 宣读了|横埠镇党委; 将|龙潭坪村党支部书记; 除|盐东镇外)
#: Conjunctions join a name to another town or village only (和 opens 和平模创社区).
_JOINERS = frozenset("和与及")
#: ... of which these open no name: after a mark they open the clause, and a name follows them (，与|锦溪镇).
_CLAUSE_JOINERS = frozenset("与及")
_UNIT_ENDS = frozenset("镇乡村道区")
#: ... and the last characters of an organ a conjunction joins a town to (指挥部及|高堂镇党委, 县政府和|某镇, 服务室和|野川镇).
_ORGAN_ENDS = frozenset("部委局办府厅室所站院心")
#: Verbs of going that no name opens with (到农村, 在乡镇): the shorter name after them is read.
_VERBS = frozenset("到在赴至从往去进入回下驻对")
_VERB_PAIRS = frozenset(
    {"来到", "前往", "走进", "深入", "走访", "回到", "赶赴", "奔赴", "来自", "扎根", "下沉", "进驻", "入驻", "驻扎", "途经",
     "调研", "考察", "视察", "察看", "慰问", "位于", "地处", "联系", "到了", "带领", "助力", "服务", "融入", "面向",
     "代表", "了解", "指导", "参观", "督导", "督查", "改善", "协助", "帮扶", "结对"}  # (我代表|魏庄镇人民政府: a town's government reporting to its congress)
)
#: Verbs that make one word with the unit after them (进村, 驻村, 下乡, 返乡): 前进村 is lost to them.
_GOING_INTO = frozenset("进入驻住到回下返")
#: Characters no name holds (function words, measure words, divisions; 村 may end a town's name: 蒋村镇) ...
_NOT_IN = frozenset("的了是为个条座项各全本该此每等这那其之所们有无不没又再就还更最很把被将以或由给让省市县区乡镇我你他她它咱届到而")
#: ... and, after its first character, prepositions and conjunctions (于家村 and 和平村 open with one).
_NOT_AFTER_FIRST = frozenset("和与及于从向到在对")
#: Tags of a name that is a word of another kind (团结村 is lost standing alone: 团结 is an adjective).
_NOT_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "t", "m", "r", "f", "q", "u", "uj", "ul", "y", "e", "o", "l"})
#: Words of size and age before 城镇 or 城乡 that make a class of towns, not a name (小城镇, 新城镇).
_CITY_TOWN_NOT = frozenset("大中小新老古名重集县统")
#: What opens the word 集镇 (a market town) in a phrase, not a town's name (小集镇建设, 中心集镇).
_NOT_MARKET = frozenset("小大中农城老新心")
_LENGTHS = (3, 2)  # name lengths before the unit word, longest first
#: The peoples whose names an ethnic township carries between its own name and 乡 (羊桥土家族乡, 者米拉祜族乡).
_PEOPLES = (
    "柯尔克孜族", "鄂温克族", "鄂伦春族", "达斡尔族", "维吾尔族", "哈萨克族", "塔吉克族", "乌孜别克族", "俄罗斯族", "塔塔尔族",
    "土家族", "布依族", "哈尼族", "傈僳族", "拉祜族", "纳西族", "蒙古族", "朝鲜族", "仡佬族", "景颇族", "普米族", "独龙族",
    "锡伯族", "赫哲族", "撒拉族", "东乡族", "保安族", "裕固族", "毛南族", "仫佬族", "布朗族", "阿昌族", "基诺族", "德昂族",
    "门巴族", "珞巴族", "苗族", "彝族", "瑶族", "回族", "壮族", "侗族", "白族", "傣族", "佤族", "畲族", "水族", "满族", "藏族",
    "羌族", "怒族", "黎族", "土族", "京族",
)
#: Tags of the first two characters of a subdistrict's name of four (none: a word the dictionary lacks).
_PLACE_WORD_TAGS = frozenset({None, "ns", "nr", "nz", "nrt"})
_SUMU_LENGTHS = (4, 3, 2)  # (Mongolian names of 苏木 run longer: 赛罕高毕苏木; and subdistricts: 浑河站东街道)
#: Words that end in a town's unit without naming a town (城镇, 乡镇, 城乡, 集镇, 村镇, 市镇).
_TOWN_WORDS = frozenset({"城镇", "乡镇", "城乡", "集镇", "村镇", "市镇", "重镇", "古镇", "小镇", "名镇", "强镇", "下乡", "家乡", "老乡", "返乡", "回乡", "故乡", "同乡"})
#: The unit words a name may be written with, longest first (a community named after a village: 兴卫村社区).
_UNIT_WORDS = ("村社区", "社区", "街道", "嘎查", "大塆", "塆", "村", "镇", "乡")


@dataclass(frozen=True)
class LocalNames:
    """Where a town's or village's name starts; build with :func:`load_local_names`.

    Example:
        >>> names = load_local_names()
        >>> names.name_start("到上津镇", 3), names.name_start("加强农村", 3)
        (1, None)
    """

    stops: frozenset[str]
    tagger: Tagger | None = None

    def name_start(self, norm: str, unit_start: int) -> int | None:
        """The start of the name before the unit word at ``unit_start``, or None when none is written there."""
        stops = self.stops
        if norm.startswith("乡", unit_start) and norm[unit_start - 1 : unit_start] == "族":
            # 羊桥土家族乡, 者米拉祜族乡: an ethnic township, its name before the people's (one or two of them)
            at = unit_start
            for _ in range(2):
                people = next((p for p in _PEOPLES if norm.endswith(p, 0, at)), None)
                if people is None:
                    break
                at -= len(people)
            if at < unit_start:
                return self.name_start(norm, at) if at >= 2 and norm[at - 1 : at] != "族" else None
        if norm[unit_start - 1 : unit_start + 1] in stops:
            if norm.startswith("集镇", unit_start - 1) and self._market_town(norm, unit_start - 2):
                return unit_start - 2  # 王|集镇: a market town named after a family, not the word 集镇
            if norm[unit_start - 1] == "城" and self._city_town(norm, unit_start - 2):
                return unit_start - 2  # 到高|城镇, 对偏|城乡: a town named …城 after a word of going
            return None  # 农村, 城乡, 城镇: a word that ends in the unit's character
        for length in _SUMU_LENGTHS if norm.startswith(("苏木", "街道"), unit_start) else _LENGTHS:
            start = unit_start - length
            if start < 0:
                continue
            name = norm[start:unit_start]
            if not _may_name(name, stops) or not _marked_start(norm, start):
                continue
            if length == 4 and norm.startswith("街道", unit_start) and not self._named_pair(name[:2]):
                continue  # 前往|长安街道, 途径|盐仓街道: a subdistrict's name of four opens with a place's name
            if name[:2] in _VERB_PAIRS or name[-1] in _GOING_INTO:
                return None  # 走进农|村, 深入社区; 查宏进|村 (进村入户): a verb of going, no name
            if length > 2 and (
                name[0] in _VERBS or (name[0] in _BEFORE_WORDS or name[0] in _CLAUSE_JOINERS) and _may_name(name[1:], stops)
            ):
                continue  # 到上津|镇: the name after the word of going is the shorter one
            if length == 2 and name[0] in _VERBS:
                return None  # 到农|村: a verb and one character, no name
            if self.tagger is not None and self.tagger.tag_word(name, whole=True) in _NOT_TAGS:
                return None
            return start
        return None

    def _named_pair(self, pair: str) -> bool:
        """True when ``pair`` may open a subdistrict's name of four (浑河 of 浑河站东街道): no verb of going and
        no word of another kind than a name (途径)."""
        if pair in _VERB_PAIRS:
            return False
        return self.tagger is None or self.tagger.tag_word(pair, whole=True) in _PLACE_WORD_TAGS

    def _city_town(self, norm: str, start: int) -> bool:
        """True when a town's name of two ending in 城 opens at ``start``, before 镇 or 乡 (高城镇, 偏城乡), where a
        word of going or being somewhere marks it and no word of size or age makes 城镇 a class (到小城镇)."""
        first = norm[start : start + 1]
        if start < 1 or first in _NOT_IN or first in _CITY_TOWN_NOT or first in _BEFORE_WORDS or first in _VERBS or not "\u4e00" <= first <= "\u9fff":
            return False
        if not (norm[start - 1] in _BEFORE_WORDS or norm[max(0, start - 2) : start] in _VERB_PAIRS):
            return False
        return self.tagger is None or self.tagger.tag_word(norm[start : start + 2], whole=True) not in _NOT_TAGS

    def _market_town(self, norm: str, start: int) -> bool:
        """True when the character at ``start`` opens a market town's name before 集镇 (王集镇, 叶集镇; not 小集镇, 收集镇)."""
        if start < 0 or not _marked_start(norm, start) or not is_market_town(norm[start : start + 3]):
            return False
        return self.tagger is None or self.tagger.tag_word(norm[start : start + 2], whole=True) in (None, "ns")

    def may_name(self, name: str) -> bool:
        """True when ``name`` (without its unit word) may name a town or village.

        Example:
            >>> load_local_names().may_name("阚家城子"), load_local_names().may_name("最后一个")
            (True, False)
        """
        return _may_name(name, self.stops)

    def may_name_unit(self, word: str) -> bool:
        """:meth:`may_name` of a town's or village's name written with its unit word (its unit taken off).

        Example:
            >>> names = load_local_names()
            >>> names.may_name_unit("兴卫村社区"), names.may_name_unit("田铺大塆"), names.may_name_unit("各乡")
            (True, True, False)
        """
        name = next((word[: -len(unit)] for unit in _UNIT_WORDS if word.endswith(unit)), word)
        return bool(name) and _may_name(name, self.stops)

    def places(self, norm: str) -> Iterator[tuple[int, int, str]]:
        """Each town or village named in ``norm``: ``(start, end, level)``, a village after its town one place with it.

        Example:
            >>> list(load_local_names().places("到上津镇石庙子村、关防乡。示范村"))
            [(1, 8, 'village'), (9, 12, 'town')]
        """
        taken_to = 0  # the end of the last chain yielded: its village is not proposed again alone
        for m in UNIT.finditer(norm):
            unit_start, end = m.span()
            if unit_start < taken_to:
                continue
            start = self.name_start(norm, unit_start)
            if start is None:
                continue
            level = "town" if m.group() in TOWN_UNITS else "village"
            village = VILLAGE_AFTER_TOWN.match(norm, end) if level == "town" else None
            unit = 2 if village is not None and norm.endswith("社区", 0, village.end()) else 1
            if (
                village is not None
                and _may_name(norm[end : village.end() - unit], self.stops)
                # the name's last character and the unit's first make no word (双浮镇|召开农村: no village)
                and norm[village.end() - unit - 1 : village.end() - unit + 1] not in self.stops
            ):
                end, level = village.end(), "village"  # 上津镇石庙子村: the town and its village
                taken_to = end
            yield start, end, level


def is_market_town(town: str) -> bool:
    """True when ``town`` may be a market town named after a family (王集镇), not the word 集镇 after a modifier.

    Example:
        >>> is_market_town("王集镇"), is_market_town("小集镇"), is_market_town("各集镇")
        (True, False, False)
    """
    if len(town) != 3 or not town.endswith("集镇"):
        return False
    first = town[0]
    return "\u4e00" <= first <= "\u9fff" and first not in _NOT_IN and first not in _NOT_MARKET and first not in _BEFORE_WORDS


def _may_name(name: str, stops: frozenset[str]) -> bool:
    """True when ``name`` may name a town or village: Han characters, no function word, no stop word in it.

    Example:
        >>> _may_name("上津", frozenset({"示范"})), _may_name("示范", frozenset({"示范"})), _may_name("这个", frozenset())
        (True, False, False)
    """
    if not all("\u4e00" <= c <= "\u9fff" and c not in _NOT_IN for c in name) or any(c in _NOT_AFTER_FIRST for c in name[1:]):
        return False
    return not any(name[i : i + n] in stops for n in (2, 3) for i in range(len(name) - n + 1))


def _marked_start(norm: str, start: int) -> bool:
    """True when the text marks that a name may start at ``start``: a line's start, a mark, a word of going."""
    if start == 0:
        return True
    before = norm[start - 1]
    if before in _JOINERS:
        # 石庙子村和七里沟村, not 和平模创社区; ，与锦溪镇: a clause that opens with the conjunction
        return norm[start - 2 : start - 1] in _UNIT_ENDS or norm[start - 2 : start - 1] in _ORGAN_ENDS or (
            before in _CLAUSE_JOINERS and (start < 2 or norm[start - 2] in _BEFORE_MARKS)
        )
    if before == "了" and norm.startswith("解", start):
        return False  # 了解|大岗镇: the verb 了解, no particle
    if before in "镇乡" and start >= 3 and norm[start] not in _JOINERS and norm[start - 2] not in _NOT_IN and norm[start - 2 : start] not in _TOWN_WORDS:
        return True  # 新舟镇|群乐村: a village after its town (not 全镇|, 城乡|, 乡镇|)
    return before in _BEFORE_MARKS or before in _BEFORE_WORDS or norm[max(0, start - 2) : start] in _VERB_PAIRS


def load_local_names(tagger: Tagger | None = None) -> LocalNames:
    """Read ``data/local_stops.txt``; ``tagger`` rules out names that are words of another kind.

    Example:
        >>> "示范" in load_local_names().stops
        True
    """
    return LocalNames(parse_word_list(read_data_text("local_stops.txt")), tagger)


def build_local_names(resources: Resources) -> LocalNames:
    """The pipeline's shared reader of town and village names (with its tagger).

    Example:
        >>> r = Resources()
        >>> build_local_names(r) is build_local_names(r)
        True
    """
    return resources.get("extract.local_names", lambda: load_local_names(build_tagger(resources)))
