"""Reading an organ's name around a head: the morphology of DEPARTMENT names.

A head is a named organ (中共中央, 国务院), a unit of the closed core list
(组织部, 网信办, 公安局), a host (委, 政府, 人大常委会) or a country-organ word
(海军, 政府). :class:`NameReader` reads leftwards from it
``[中共] REGION{0,3} LEVEL [HOST]`` and rightwards ``TRAIL{0,2}`` (办公厅, 党组,
机关党委) and ``SUB-UNIT{0,2}`` (政策研究中心, 财金司), and checks the guards
(部署, 干部). Units need a level or a region, hosts need a level: generic nouns
(各级党委, 组织部门, 6部门) have neither and are never spans in the guide reading.
It works on ``Doc.norm`` (simplified) and returns :class:`Candidate` records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .department_attrs import Candidate, Prefix, province_department
from .department_rules import ARMY_NOT_BEFORE, DepartmentRules

_ARMY_NOT_BEFORE = frozenset(ARMY_NOT_BEFORE)
#: Characters a numeral ends with: a one-character abbreviation after one is a date's day (26日).
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十廿卅")
#: Characters of numbers and quantifiers: no district is named with them (城六区, 各城区).
_NOT_IN_NAMES = frozenset("一二三四五六七八九十两几各全诸每其该本城郊市")
#: Party bodies of an organ that, before a position, belong to the position's title (县政协|党组书记,
#: 市交通局|党组成员, 县公安局|党委书记, 省农业厅|直属机关党委专职副书记), or before their alternative shared by a list of organs
#: (县审计局、县统计局|党委（党组）).
_TITLE_TRAILS = frozenset({"党组", "党委", "直属机关党委"})
_TITLE_POSITIONS = ("书记", "副书记", "专职副书记", "常务副书记", "成员", "（党组）", "(党组)", "（党委）", "(党委)")
#: Words that make a sub-unit's name a generic one (相关科室, 有关处室, 其他部门).
_GENERIC_IN_SUB = ("相关", "有关", "其他", "其它")
#: Posts no sub-unit's name holds: after the organ they open its official's title and name (民政局|专门委员洪绍钦代表局长…).
_POSTS_IN_SUB = ("专门委员", "专委", "参议", "秘书长")
#: A division of organization work (组织处, 组织二处), whose 组织 elsewhere opens a verb (组织开展…).
_ORGANIZING_DIVISION = re.compile(r"组织[一二三四五六七八九十]?[处科]$")
#: What makes a level and a host after it a class of committees, one for each (各市|市委, 地级以上市|市委,
#: 各民主党派|市委会, 各县(市)|区直机关工委: levels in brackets, one for each); 相关|省委 stays the organ of the
#: provinces concerned.
_EACH_BEFORE_HOST = ("各", "各市", "各县", "各区", "各州", "以上市", "以上县", "党派", "市)", "市）", "区)", "区）", "县)", "县）")
#: What follows 政协 in the name of a committee: its region (none: the national one) and its term
#: (政协上海市第十四届委员会, 政协第十四届全国委员会, 政协十四届三次会议).
_NAMED_BY_TERM = re.compile(r"(?P<region>[\u4e00-\u9fff]{0,12}?)第?[一二三四五六七八九十]+届")
#: Words before a bare 乡 or 镇 organ (镇纪委接到, 担任乡党委书记); any other character is the end of a
#: generic word (乡镇党委, 全镇党委, 县乡政府) or of a town's name not read (走马镇纪委, 中和镇党委): no organ then.
#: What may stand before an organ's own Party body named by its head alone (把厅党委…, “厅党委、…”, 按照|厅直属机关党委,
#: 日前|厅直属机关党委, 听取了|厅直属机关党委, 得益于|厅党组).
_BEFORE_OWN = frozenset("把对向由在将的和与及为从据经受开表领照前了于立年届")  # (召开|局党组会议, 代表|厅党组, 带领|局党委, 成立|机关党委, 三年|机关党支部)
_BARE_TOWN_AFTER = frozenset("在由经使任向对被将让从表届该本成")  # (表: 我代表镇政府; 届: 新一届乡党委; 该|镇党委: the one named; 完成|镇党委交办)
#: What makes a bare subdistrict's host the organ of the one named before (该|街道党工委, 本|街道党工委).
_THIS = frozenset("该本")
#: The Party's bodies after a mass organisation's name (妇联党组), which the Party's name before it opens.
_PARTY_TRAILS = ("党组", "党委", "机关党委", "党总支", "党支部", "机关党组")
#: The last characters of an organ before 和 that joins a bare 乡 or 镇 organ to it (县委、县政府和镇党委; not
#: 中和镇, a town's name).
_ORGAN_LAST = frozenset("委府会局部厅办")
_JOINING = frozenset("和与及")
#: A Party branch of an organ named by its number (市总工会机关|第一党支部, 市委办|第二党总支, 市发改委机关|二党支部).
_BRANCH_NUMBER = r"第?[一二三四五六七八九十\d]{1,3}"
_NUMBERED_BRANCH = re.compile(_BRANCH_NUMBER + r"党(?:总)?支部")
#: A working group an organ sends out, named by its number (省文化厅|第二督导组, 市委|第三巡回指导组, …工委|第9考核组); the
#: inspection groups of a Party committee are bodies (:func:`~textmine.extract.department_finders.body_at`).
_NUMBERED_GROUP = re.compile(_BRANCH_NUMBER + r"(?:巡回)?(?:督导|指导|督查|考核)组")
#: The Party branch of an organ's sub-unit, after it (秘书处|党支部, 教育改造处|第一党支部).
_SUB_BRANCH = re.compile(rf"(?:{_BRANCH_NUMBER})?党(?:总)?支部")
#: What stands before an organ of a Party committee named without level in a list of one person's posts,
#: after the committee's standing membership or a membership of its working committee (市委常委、统战部部长,
#: 省委常委兼宣传部长, 省直机关工委委员、组织部部长, 县委副书记、政法委书记: the committee's own).
_POSTS_BEFORE = ("常委、", "常委，", "常委,", "常委兼", "工委委员、", "副书记、", "副书记，", "副书记兼")
#: The end of an earlier post in such a list, and how far back its standing membership may be written.
_LATER_POSTS = ("部长、", "书记、", "主任、", "秘书长、", "部长，", "书记，")
_POSTS_REACH = 16
#: The level characters that close a generic word before an organ's short name (各设区市|发改委: each city's).
_LEVEL_LAST = frozenset("省市县区州盟旗")
#: What follows a province's department named with the bureaus of other levels (民政厅（局）, 民政厅局长, 厅、局).
_BUREAUS_OF_OTHER_LEVELS = ("（局）", "(局)", "局", "、局", "（委）", "(委)")


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (the characters of a name's core).

    Example:
        >>> is_cjk("省"), is_cjk("、")
        (True, False)
    """
    return "\u4e00" <= ch <= "\u9fff"


class NameReader:
    """Reads organ names around heads with the rules of one reading.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> reader.prefix("浙江省委", 3, allow_host=False).regions
        ['浙江']
    """

    def __init__(self, rules: DepartmentRules) -> None:
        self.rules = rules
        # Characters a level word or a country name ends with: where an open core may begin.
        self.anchor_chars = (
            frozenset(w[-1] for w in rules.levels)
            | frozenset(rules.country_lengths)
            | frozenset(w[-1] for w in rules.own_organs)
        )
        # What a prefix can end with (a level, a host, a division, 中共 …): a word of one character,
        # or the last two characters of a longer one. Testing them is exact and far cheaper than
        # reading a prefix that is not there (the 政府 of 进一步和政府).
        ends = [*rules.levels, *rules.unit_hosts, *rules.gazetteer.by_name, "中共", "中国共产党", "共青团"]
        self.prefix_singles = frozenset(w for w in ends if len(w) == 1)
        self.prefix_pairs = frozenset(w[-2:] for w in ends if len(w) >= 2)
        # The other parties' names before a committee's region or level (农工党|湖南省委), longest first.
        self._other_party_last = frozenset(w[-1] for w in rules.other_parties)
        self._other_party_sizes = sorted({len(w) for w in rules.other_parties}, reverse=True)
        # Guards by (last character, scope) as tuples: one str.startswith/endswith call tests them all.
        self._guards_after = _by_scope(rules.guards_after)
        self._guards_end = _by_scope(rules.guards_end)
        self._trail_words = tuple(rules.trail_kinds)

    def may_follow(self, text: str, start: int) -> bool:
        """True when a prefix can end right before ``start``, exactly when :meth:`prefix` would read one.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> reader.may_follow("省委", 1), reader.may_follow("的委", 1)
            (True, False)
        """
        return start > 0 and (text[start - 1] in self.prefix_singles or text[start - 2 : start] in self.prefix_pairs)

    def from_head(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        """The candidate read around the head ``rec`` found at ``[start, end)``, or None.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> unit = next(r for r in reader.rules.records["组织部"] if r["role"] == "unit")
            >>> c = reader.from_head("省委组织部", 2, 5, unit)
            >>> c.start, c.end, c.parts["pre"].level_word, c.parts["pre"].host
            (0, 5, '省', '委')
        """
        role = rec["role"]
        if role == "name":
            if (rec.get("bare") or text[start - 1 : start] in _LEVEL_LAST) and text.endswith(self.rules.generic_before, 0, start):
                return None  # 各级妇联, 有关共青团, 各设区市|发改委: generic (ANNOTATION.md: no name, no span)
            after = self.rules.not_after.get(rec["pattern"])
            if after and text.endswith(after, 0, start):
                return None  # 莫斯科中央陆军 (a football club), 中国军团: part of another name
            if rec.get("only_before") and not text.startswith(tuple(rec["only_before"]), end):
                return None  # 中央 names the Central Committee as the subject of a decision (中央决定) only
            if rec.get("not_before") and text.startswith(tuple(rec["not_before"]), end):
                return None  # 公安民警, 部队建设: the word names a field or a quality here, not the organ
            if rec.get("own") and start and (
                (is_cjk(text[start - 1]) and text[start - 1] not in _BEFORE_OWN and text[start - 2 : start - 1] != "我")
                or text[start - 1] in ")）"
            ):
                # 局党组 is the text's own bureau's after a mark or a preposition only (not 区文旅体|局党组, nor
                # 各部门(单位)|机关党委: each unit's), or after 我 and its organ (我院|机关党委)
                return None
            if rec.get("bare") and rec["pattern"] in self.rules.gazetteer.by_name and self.rules.region_ending_at(text, start):
                return None  # 荆州公安: after a division, a bare name that is also a division's name is that division
            if rec.get("closed"):  # 新华社电…: a news agency's dateline, no trail or sub-unit after it
                if self.guarded(text, start, end, scope="all", inside=end - start):
                    return None
                return Candidate(start, end, 0, {"rec": rec, "bare": True, "trails": [], "subs": []}, head=end - start)
            if rec.get("kind") == "state" and rec.get("level") == "central" and rec["pattern"][-1] == "部":
                # 中央卫生部, 中央人民政府卫生部: the ministries of the 1950s under the Central People's Government
                if text.endswith("中央人民政府", 0, start):
                    start -= len("中央人民政府")
                elif text.endswith("中央", 0, start) and not text.endswith("党中央", 0, start):
                    start -= len("中央")
            return self.trailed(text, start, end, 0, {"rec": rec, "bare": bool(rec.get("bare"))})
        if role == "unit":
            pre = self.prefix(text, start, allow_host=True) if self.may_follow(text, start) else Prefix(start)
            if pre.party and pre.host is None and rec.get("kind") == "mass" and not text.startswith(_PARTY_TRAILS, end):
                # 中共|广东省总工会直属机关…代表大会: the Party's name opens the congress's, not the union's
                # (中共浙江省妇联党组 is the federation's Party group: the Party's name is its)
                pre.start += 5 if text.startswith("中国共产党", pre.start) else 2
                pre.party = False
            bare = pre.level_word is None and not pre.regions
            if bare and not (
                self.bare_unit(text, start, rec) or self.after_posts(text, start, rec) or self.own_department(text, start, end, rec)
            ):
                return None
            return self.trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre, "bare": bare})
        if role == "host":
            keep = "after_region" in rec  # 和田|地委
            pre = self.prefix(text, start, allow_host=False, keep_stop=keep) if self.may_follow(text, start) else Prefix(start)
            if pre.start == start:
                central = self.central(text, start, end, rec) if rec.get("central") else None
                if central is not None:
                    return central
                termed = self.after_term(text, start, end, rec) if rec.get("after_term") else None
                if termed is not None:
                    return termed
                if not (
                    self.bare_organ(text, start, end, rec)
                    or self.bare_unit(text, start, rec, hosts=True)
                    or self.after_posts(text, start, rec)
                ):
                    return None
                return self.trailed(text, start, end, 1, {"rec": rec, "pre": pre, "bare": True})
            # 香港政府, 云南政府: a region is enough before 政府; other hosts need a level.
            if (
                pre.level_word is None
                and not _ends_with_level(pre, self.rules)
                and not (rec.get("region_ok") and pre.regions)
            ):
                return None
            last = (pre.level_word or "", *pre.regions[-1:])
            if rec.get("levels") and not any(w.endswith(tuple(rec["levels"])) for w in last):
                return None  # 党委 after an autonomous region only (广西壮族自治区党委)
            if pre.level_word in ("中央", "国家", "街道", "社区", "村") and not (
                pre.level_word == "街道" and text[pre.start - 1 : pre.start] in _THIS
            ):
                return None  # central hosts are names; these township hosts need a named town (or 该)
            if not pre.regions and text.endswith(_EACH_BEFORE_HOST, 0, pre.start):
                return None  # 各市|市委书记, 各地级以上市|市委, 民主党派|市委会: each city's committee, no one organ
            if pre.level_word in ("乡", "镇") and (pre.regions or not bare_town_may_follow(text[max(0, pre.start - 2) : pre.start])):
                return None  # 镇党委 alone is the town's organ, as 县委 is the county's; 乡镇党委, 全镇党委 are none
            if pre.other_party is None:
                return self.trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre})
            # Another party's committee (民进浙江省委会: its own short form) outranks the party's name
            # with the rest read as a sub-unit (中国农工民主党|湖南省委员会).
            end += text.startswith("委会", end - 1)
            return self.trailed(text, pre.start, end, 0, {"rec": rec, "pre": pre})
        if role in ("foreign", "embassy"):
            if role == "foreign" and (start == 0 or text[start - 1] not in self.rules.foreign_before):
                return None  # no country can end right before it
            return self.foreign(text, start, end, rec)
        return None

    def listed(self, text: str, start: int, end: int, rec: dict[str, Any], pre: Prefix) -> Candidate | None:
        """The unit ``rec`` at ``[start, end)`` written bare after a prefixed organ in a list, sharing its prefix
        ``pre`` (市财政局、人社局 names the city's 人社局; 省委组织部和宣传部 the province's 宣传部), or None.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> unit = next(r for r in reader.rules.records["人社局"] if r["role"] == "unit")
            >>> c = reader.listed("市财政局、人社局", 5, 8, unit, Prefix(0, level_word="市"))
            >>> c.start, c.end, c.parts["pre"].level_word
            (5, 8, '市')
        """
        if text.endswith(self.rules.generic_before, 0, start):
            return None
        return self.trailed(text, start, end, 1, {"rec": rec, "pre": replace(pre, start=start), "bare": False, "listed": True})

    def own_department(self, text: str, start: int, end: int, rec: dict[str, Any]) -> bool:
        """True when a province's department (a unit named ``…厅``, which only provinces have) is written
        without its province, as in the department's own news (民政厅召开党组织书记述职会, 科技厅主题教育):
        the name says the organ, not a kind of organ. Not after a generic word (各省民政厅) nor before the
        bureaus of other levels it is listed with (民政厅（局）, 民政厅局长).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> unit = next(r for r in reader.rules.records["民政厅"] if r["role"] == "unit")
            >>> reader.own_department("民政厅召开会议", 0, 3, unit), reader.own_department("各民政厅（局）", 1, 4, unit)
            (True, False)
        """
        return (
            province_department(rec)
            and not text.startswith(_BUREAUS_OF_OTHER_LEVELS, end)
            and not text.endswith(self.rules.generic_before, 0, start)
        )

    def bare_unit(self, text: str, start: int, rec: dict[str, Any], *, hosts: bool = False) -> bool:
        """True when a unit (or, with ``hosts``, a host) without level or region is an organ.

        The news reading only (教育局表示, 法院判决, 政协委员): the guide reading
        leaves bare units out as generic nouns (ANNOTATION.md); news text uses
        them for the organ of the place it reports on.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> court = next(r for r in reader.rules.records["法院"] if r["role"] == "unit")
            >>> reader.bare_unit("法院判决", 0, court)  # the guide reading
            False
        """
        rules = self.rules
        return (
            rules.reading == "news"
            and (rec["pattern"] in rules.bare_hosts if hosts else rec["pattern"] not in rules.bare_stop)
            and not text.endswith(rules.generic_before, 0, start)
        )

    def after_posts(self, text: str, start: int, rec: dict[str, Any]) -> bool:
        """True when an organ of a Party committee (统战部, 政法委, 组织部) or its military department (人武部)
        follows the committee's standing membership in a list of one person's posts: 市委常委、统战部部长
        names the city's 统战部.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> unit = next(r for r in reader.rules.records["统战部"] if r["role"] == "unit")
            >>> reader.after_posts("市委常委、统战部部长", 5, unit), reader.after_posts("各级统战部", 2, unit)
            (True, False)
        """
        return (rec.get("under") == "委" or rec.get("kind") in ("discipline", "military")) and follows_posts(text, start)

    def bare_organ(self, text: str, start: int, end: int, rec: dict[str, Any]) -> bool:
        """True when a congress host named in full stands for the organ without level or region.

        人民代表大会 and 人大常委会 (``bare_organ`` in the host table) name the
        organ in every reading (保证人民代表大会及其常委会依法履行职能); not after a
        generic word (地方各级人民代表大会, 同级人民代表大会) or a term ordinal
        (湖南省第十四届人民代表大会 is read by :meth:`central`, with the level before
        the ordinal), nor before a word that makes a system of it (人民代表大会制度). The
        short 人大 is left out (人大代表, 人大学生).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> host = next(r for r in reader.rules.records["人民代表大会"] if r["role"] == "host")
            >>> reader.bare_organ("保证人民代表大会依法履职", 2, 8, host), reader.bare_organ("人民代表大会制度", 0, 6, host)
            (True, False)
        """
        return (
            bool(rec.get("bare_organ"))
            and not text.endswith(self.rules.generic_before, 0, start)
            and not text.startswith(tuple(rec.get("bare_not_before", ())), end)
            and self.rules.term.search(text, max(0, start - 6), start) is None  # 第十四届人民代表大会: read by central()
        )

    def central(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        """A bare congress host that can only be the national one, or a local one cut by its term ordinal, or None.

        After an ordinal with a level or region before it (县第十六届人民代表大会),
        the guide reading takes the host alone, with that level; the news reading
        the whole name, ordinal included.

        政协 (``named_by_term``) is named with its region and term after it:
        政协上海市第十四届委员会 and 政协第十三届安徽省委员会 are provincial committees,
        政协第十四届全国委员会 the national one; the span is 政协.

        After a term ordinal with no region before it (五届人大, 四届人大) or
        before a title only the national organ has (人大常委会副委员长) or the
        word its record names with them (这次人大会议), 人大 is 全国人大; the
        span stays the host (ANNOTATION.md: the ordinal is not part
        of 全国人大常委会 in 第十四届全国人大常委会).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> host = next(r for r in reader.rules.records["人大"] if r["role"] == "host")
            >>> reader.central("五届人大五次会议", 2, 4, host).parts["rec"]["canonical"]
            '全国人民代表大会'
        """
        rules = self.rules
        named = _NAMED_BY_TERM.match(text, end) if rec.get("named_by_term") else None
        if named is not None:  # 政协上海市第十四届委员会, 政协第十四届全国委员会: the region and term follow the host
            region, after = named["region"], named.end()
            if not region:  # the region may follow the term instead: 政协第十三届安徽省委员会
                committee = text.find("委员会", after, after + 12)
                region = "" if committee < 0 or text.startswith("全国", after) else text[after:committee]
                at = committee
            else:
                at = end + len(region)
            if not region or region == "全国":
                name = next(r for r in rules.records[rec["central"]] if r["role"] == "name")
                return self.trailed(text, start, end, 0, {"rec": name})
            pre = self.prefix(text, at, allow_host=False)
            if pre.start == at - len(region) and (pre.level_word or pre.regions):
                local = Prefix(start, level_word=pre.level_word, regions=pre.regions)
                return self.trailed(text, start, end, 1, {"rec": rec, "pre": local})
        term = rules.term.search(text, max(0, start - 6), start)
        before = rec.get("central_before")  # the words only the national organ stands before
        if term is None and not (before and text.startswith(tuple(before), end)):
            return None
        if term is not None:
            pre = self.prefix(text, term.start(), allow_host=False)
            if pre.start < term.start():  # 湖南省第十四届人民代表大会: a provincial congress
                if rules.reading != "news":
                    # the guide reading: the host after the ordinal, as 人大 in 五届人大 and
                    # 全国人大常委会 in 第十四届全国人大常委会 (the ordinal is no part of the span)
                    local = Prefix(start, level_word=pre.level_word, regions=pre.regions)
                    return self.trailed(text, start, end, 1, {"rec": rec, "pre": local})
                return self.trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre})
        name = next(r for r in rules.records[rec["central"]] if r["role"] == "name")
        return self.trailed(text, start, end, 0, {"rec": name})

    def after_term(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        """A committee's discipline commission cut from its level or region by the committee's term ordinal
        (中国共产党江西省第十五届|纪律检查委员会, 县十二届|纪委): the host alone, with that level, as the guide
        reading takes 人大 in 县第十六届人民代表大会; None without an ordinal and a level or region before it.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> host = next(r for r in reader.rules.records["纪律检查委员会"] if r["role"] == "host")
            >>> c = reader.after_term("江西省第十五届纪律检查委员会", 7, 14, host)
            >>> c.start, c.parts["pre"].regions, c.parts["pre"].level_word
            (7, ['江西'], '省')
        """
        term = self.rules.term.search(text, max(0, start - 6), start)
        if term is None or term.end() != start:
            return None
        pre = self.prefix(text, term.start(), allow_host=False)
        if pre.start == term.start() or not (pre.level_word or pre.regions):
            return None
        local = Prefix(start, level_word=pre.level_word, regions=pre.regions)
        return self.trailed(text, start, end, 1, {"rec": rec, "pre": local})

    def prefix(self, text: str, pos: int, *, allow_host: bool, keep_stop: bool = False) -> Prefix:
        """Read ``[中共|共青团] REGION{0,3} LEVEL{0,2} [HOST]`` leftwards from ``pos``.

        ``keep_stop``: what follows is a division's own organ (地委), so a division
        name that is also an ordinary word counts (see :meth:`region_chain`).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> pre = reader.prefix("中共浙江省委组织部", 6, allow_host=True)
            >>> pre.start, pre.party, pre.regions, pre.level_word, pre.host
            (0, True, ['浙江'], '省', '委')
        """
        rules = self.rules
        pre = Prefix(pos)
        q = pos
        if allow_host:
            for size in (5, 4, 3, 2, 1):
                word = text[q - size : q] if q >= size else ""
                if word in rules.unit_hosts and (
                    rules.level_ending_at(text, q - size)
                    or (word in rules.region_hosts and rules.region_ending_at(text, q - size))
                ):
                    pre.host = word
                    q -= size
                    break
        level = rules.level_ending_at(text, q)
        if level is not None:
            pre.level_word = level
            q_level = q - len(level)
            # 省国家保密局: a second level before the first.
            outer = rules.level_ending_at(text, q_level) if level == "国家" else None
            if outer is not None and outer not in ("中央", "国家"):
                q_level -= len(outer)
                pre.level_word = outer
            regions, start_a = self.region_chain(text, q_level)
            # 礼县委, 广州中院: a division name that ends with the level word covers it.
            full = rules.region_ending_at(text, q)
            if full in rules.region_stop and not rules.region_ending_at(text, q - len(full)):
                full = None  # 市委和县委: 和县 is an ordinary word here
            # (新北市|环保局: Taiwan's city, not 新北 of Changzhou and 市)
            if full and len(full) > len(level) and full.endswith(level) and (q - len(full) < start_a or full in rules.taiwan_regions):
                more, start_b = self.region_chain(text, q - len(full))
                regions, start_a = [*more, full], start_b
            if not regions and level in ("区", "县"):
                regions, start_a = self.unlisted_district(text, q_level)
            pre.regions = regions
            q = start_a
        else:
            # 和田地委组织部: a prefecture's committee makes even an ordinary word its name.
            pre.regions, q = self.region_chain(text, q, keep_stop=keep_stop or pre.host in rules.region_hosts)
        if text[q - 2 : q] == "中共" and q >= 2:
            pre.party, q = True, q - 2
        elif text[q - 5 : q] == "中国共产党" and q >= 5:
            pre.party, q = True, q - 5
        elif text[q - 3 : q] == "共青团" and q >= 3:
            pre.youth, q = True, q - 3
        elif text[q - 1 : q] == "团" and pre.regions and pre.level_word and (q == 1 or not is_cjk(text[q - 2])):
            pre.youth, q = True, q - 1  # ，团广东省委: the Youth League's committee, 团 opening the clause
        elif q and text[q - 1] in self._other_party_last and (pre.regions or pre.level_word):
            # 农工党湖南省委, 中国民主同盟浙江省委员会: another party's committee, not the Party's
            for size in self._other_party_sizes:
                full = rules.other_parties.get(text[q - size : q]) if q >= size else None
                if full is not None:
                    pre.other_party, q = full, q - size
                    break
        pre.start = q
        return pre

    def unlisted_district(self, text: str, end: int) -> tuple[list[str], int]:
        """A district the gazetteer does not list, named by two characters right after a city (北京市|宣武|区).

        Former and renamed districts (宣武, 崇文, 崇安) keep their organs in news
        text; the city before them is what makes the two characters a name.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> reader.unlisted_district("北京市宣武区", 5), reader.unlisted_district("北京市各城区", 5)
            ((['北京市', '宣武'], 0), ([], 5))
        """
        name = text[end - 2 : end] if end >= 5 else ""
        if not (len(name) == 2 and text[end - 3] == "市" and all(is_cjk(c) and c not in _NOT_IN_NAMES for c in name)):
            return [], end
        if self.rules.region_ending_at(text, end - 2, full_only=True) is None:
            return [], end
        regions, start = self.region_chain(text, end - 2)
        return [*regions, name], start

    def region_chain(self, text: str, end: int, *, keep_stop: bool = False) -> tuple[list[str], int]:
        """Up to three division names ending at ``end`` (杭州市拱墅区), outermost first.

        ``keep_stop`` keeps a division name that is also an ordinary word at the
        chain's head, for a caller that knows what follows names a division's
        organ (和田|地委, 阿里|地委).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> reader.region_chain("在杭州市拱墅区", 7)
            (['杭州市', '拱墅区'], 1)
        """
        regions: list[str] = []
        q = end
        while len(regions) < 3:
            name = self.rules.region_ending_at(text, q)
            if name is None:
                if regions and text[q - 1 : q] == "州" and (short := self._prefecture_before_zhou(text, q - 1)):
                    regions.insert(0, short)  # 恩施州|巴东县委: an autonomous prefecture by its short name and 州
                    q -= len(short) + 1
                    continue
                break
            regions.insert(0, name)
            q -= len(name)
        # 公安派出所, 市委和县委: an ordinary word is a region only inside a chain (信阳市新县).
        while regions and regions[0] in self.rules.region_stop and not keep_stop:
            q += len(regions.pop(0))
        return regions, q

    def _prefecture_before_zhou(self, text: str, end: int) -> str | None:
        """The short name of an autonomous prefecture ending at ``end``, before its 州 (恩施 of 恩施州), or None."""
        name = self.rules.region_ending_at(text, end)
        if name is None or not any(r.name.endswith("自治州") for r in self.rules.gazetteer.by_name[name]):
            return None
        return name

    def trailed(self, text: str, start: int, end: int, tier: int, parts: dict[str, Any]) -> Candidate | None:
        """Add up to two trails (办公厅, 党组 …) and two sub-units (政策研究中心) after ``end``; check the guards.

        When the longest reading ends in a guard word, the last addition is
        dropped and the shorter reading is checked, down to the head itself.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> c = reader.trailed("省委办公厅党组", 0, 2, 1, {})
            >>> c.end, c.parts["trails"]
            (7, ['办公厅', '党组'])
        """
        head = end - start
        rules = self.rules
        if rules.trail.match(text, end) is None and rules.sub_unit.match(text, end) is None and not text.startswith("第", end):
            # The common case, nothing after the head: only its own guards to check.
            inside = len(parts["rec"]["pattern"]) if "rec" in parts else 0
            if self.guarded(text, start, end, scope="all", inside=inside):
                return None
            return Candidate(start, end, tier, {**parts, "trails": [], "subs": []}, head=head)
        ends = [end]
        trails: list[str] = []
        for _ in range(2):
            m = self.rules.trail.match(text, ends[-1])
            if m is None or (m.group() in _TITLE_TRAILS and text.startswith(_TITLE_POSITIONS, m.end())):
                break  # 县政协党组书记: 党组书记 is the position, 县政协 the organ (as 中共中央 in 中共中央总书记)
            trails.append(m.group())
            ends.append(m.end())
        branch = _NUMBERED_BRANCH.match(text, ends[-1]) or _NUMBERED_GROUP.match(text, ends[-1])
        if branch is not None:  # 市市场监督管理局机关|第八党支部, 省文化厅|第二督导组: a branch or group of the organ, by its number
            trails.append(branch.group())
            ends.append(branch.end())
        subs: list[str] = []
        for _ in range(2):
            sub = self.sub_unit(text, ends[-1])
            if sub is None:
                break
            subs.append(text[ends[-1] : sub])
            ends.append(sub)
        if subs:
            branch = _SUB_BRANCH.match(text, ends[-1])
            if branch is not None:  # 省委依法治省办秘书处|党支部: the Party branch of the sub-unit
                trails.append(branch.group())
                ends.append(branch.end())
        # A guard word inside the head itself is part of a listed name (税务部门 in the news reading).
        while self.guarded(
            text,
            start,
            ends[-1],
            scope="all",
            inside=len(parts["rec"]["pattern"]) if len(ends) == 1 and "rec" in parts else 0,
        ):
            ends.pop()
            if not ends:
                return None
            if subs:
                subs.pop()
            elif trails:
                trails.pop()
        return Candidate(start, ends[-1], tier, {**parts, "trails": trails, "subs": subs}, head=head)

    def sub_unit(self, text: str, end: int) -> int | None:
        """The end of a sub-unit written right after an organ (国家发改委|财金司), or None.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> reader.sub_unit("国家发改委财金司", 5), reader.sub_unit("部长和市公安局", 0)
            (8, None)
        """
        rules = self.rules
        m = rules.sub_unit.match(text, end)
        if m is None:
            return None
        core = m.group(1)
        if text.startswith("组", m.end()) and m.group().endswith("中心"):
            return None  # 市政协党组|理论学习中心组: a study group of the organ's leaders, not a centre
        if any(w in core for w in _GENERIC_IN_SUB) or any(w in core for w in _POSTS_IN_SUB):
            return None  # 市委党校|相关科室: the offices concerned, no named sub-unit
        if _ORGANIZING_DIVISION.match(m.group()):
            return m.end()  # 市委组织部|组织处, 组织二处: the division of organization, not the verb 组织
        # A division name opens the core whatever its characters are (央行|上海总部: 上 is no stop there).
        rest = next((core[n:] for n in (3, 2) if core[:n] in rules.gazetteer.by_name), core)
        # 部长和市公安局: a coordination or a title is no sub-unit; 住宅与房地产研究处 is one, and so is
        # a committee the lexicon names (全国政协|文史和学习委员会).
        if core[0] == "与" or any(c in rules.open_stop or c in "和及" for c in rest) or core.startswith(rules.sub_stop):
            named = next((r for r in rules.records.get(m.group(), ()) if r.get("role") == "name" and r.get("bare")), None)
            return m.end() if named is not None else None
        # 省委|省直机关工委围绕中心: an organ closed inside the core, then the sentence's verb, is no sub-unit.
        for k in range(2, len(core)):
            if core.startswith(rules.sub_stop, k) and (core[k - 1] == "委" or core.endswith(self._trail_words, 0, k)):
                return None
        return m.end()

    def guarded(self, text: str, start: int, end: int, *, scope: str, inside: int = 0) -> bool:
        """True when a guard word crosses the end of ``[start, end)`` or ends it (部署, 干部).

        End guards no longer than ``inside`` (the length of a listed head ending
        at ``end``) are part of that head and do not count.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> reader.guarded("组织部署", 0, 3, scope="all"), reader.guarded("组织部", 0, 3, scope="all")
            (True, False)
        """
        key = (text[end - 1], scope)
        rests = self._guards_after.get(key)
        if rests and text.startswith(rests, end):
            return True
        words = self._guards_end.get(key)
        if words and text.endswith(words, start, end):  # rare: then find which word, and whether it counts
            return any(inside < len(w) <= end - start and text.endswith(w, start, end) for w in words)
        return False

    def foreign(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        """A foreign organ: a country (or its one-character abbreviation) before the head (美国国防部, 美军).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> from textmine.extract.department_rules import load_department_rules
            >>> reader = NameReader(load_department_rules(load_gazetteer()))
            >>> army = next(r for r in reader.rules.records["军"] if r["role"] == "foreign")
            >>> reader.foreign("美军舰队", 1, 2, army), reader.foreign("美军称", 1, 2, army).parts["country"].name
            (None, '美国')
        """
        rules = self.rules
        q = start
        if rec["role"] == "embassy":
            at = text.rfind("驻", max(0, start - 7), start)
            if at < 0:
                return None
            q = at
        hit = rules.country_ending_at(text, q, abbr=bool(rec.get("abbr")))
        if hit is None:
            return None
        written, country = hit
        if len(written) == 1 and rec.get("abbr_chars") and written not in rec["abbr_chars"]:
            return None  # 以政府, 加政府: an abbreviation that is also a common word is read only before some organs
        if (
            len(written) == 1
            and q >= 2
            and text[q - 2 : q] in rules.abbr_stop
            # News: before an army, a phrase ending in 中 is likelier than a pair of countries (战争中美军).
            and not (rules.reading == "news" and rec["pattern"] == "军" and text[q - 2] == "中")
        ):
            return None  # 完美军团, 所以军: the abbreviation ends another word
        if len(written) == 1 and q >= 2 and text[q - 2] in _NUMERALS:
            return None  # 26日央行: the day of a date, not Japan
        # News reading: a guard word inside the organ word is part of it (英国警察部门).
        inside = len(rec["pattern"]) if rules.reading == "news" else 0
        if self.guarded(text, q - len(written), end, scope="all", inside=inside):
            return None
        if rec["pattern"] == "军" and text[end : end + 1] and text[end] in _ARMY_NOT_BEFORE:
            return None  # 日本军国主义, 美国军人, 美军舰
        if rules.reading == "news":
            trail = rules.trail.match(text, end)
            end = trail.end() if trail else end  # 德军部队, 俄罗斯海军司令部
        return Candidate(q - len(written), end, 1, {"foreign": rec, "country": country, "written": written})


def _by_scope(guards: Mapping[str, tuple[tuple[str, str], ...]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Guard words by (character, scope), a guard of scope ``all`` counting for every scope."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for ch, items in guards.items():
        for scope in ("all", "open"):
            words = tuple(w for w, sc in items if sc == "all" or sc == scope)
            if words:
                out[ch, scope] = words
    return out


def follows_posts(text: str, start: int) -> bool:
    """True when ``start`` follows a committee's standing membership in a list of one person's posts (or 常委兼), or a
    later post of that list (市委常委、|统战部部长, 市委常委、组织部部长、|统战部部长).

    Example:
        >>> follows_posts("市委常委、组织部部长、统战部部长", 11), follows_posts("各级组织部、统战部", 6)
        (True, False)
    """
    if text.endswith(_POSTS_BEFORE, 0, start):
        return True
    return text.endswith(_LATER_POSTS, 0, start) and any(p in text[max(0, start - _POSTS_REACH) : start] for p in _POSTS_BEFORE)


def bare_town_may_follow(before: str) -> bool:
    """True when a bare 乡 or 镇 organ may follow ``before`` (the one or two characters before it, "" at the start).

    Example:
        >>> bare_town_may_follow("，"), bare_town_may_follow("任"), bare_town_may_follow("乡")
        (True, True, False)
        >>> bare_town_may_follow("府和"), bare_town_may_follow("中和")
        (True, False)
    """
    last = before[-1:]
    if last in _JOINING and len(before) == 2:
        return before[0] in _ORGAN_LAST or before == "以及"  # (企业以及镇党委)
    return not last or not is_cjk(last) or last in _BARE_TOWN_AFTER


def _ends_with_level(pre: Prefix, rules: DepartmentRules) -> bool:
    """True when the last region read is a full name, which carries its level (礼县 in 礼县委)."""
    return bool(pre.regions) and any(r.name == pre.regions[-1] for r in rules.gazetteer.lookup(pre.regions[-1]))
