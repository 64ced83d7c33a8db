"""DEPARTMENT candidates that do not start from a head: open cores, towns, alliances, bodies, specials.

Each finder is given the end of a word the scan of :class:`DepartmentRules`
found (``rules.ends_in``) and reads the name backwards from it; it returns a
:class:`Candidate` of ``Doc.norm`` or None. The news reading adds Latin
acronyms and the prefixes kept before an organ (term ordinals, countries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import repeat

from .department_attrs import Candidate
from .department_reader import NameReader, bare_town_may_follow, is_cjk
from .department_rules import DepartmentRules
from .local_names import LocalNames, is_market_town
from .place_names import VILLAGE
from .tokens import find_all

_PUNCT_BEFORE = set("、，,。；;：:（(“‘「《 \n\t　")
_JOIN_BEFORE = set("和与及同由会暨")
#: Prepositions of source and sanction that open an organ's name (据市行政审批局介绍, 经市国土房产局批准),
#: and the verbs of an appointment (张好富任市公用事业局局长, 张东方为区教育体育局局长).
_CUE_BEFORE = set("据经任为")
#: Verbs of acting together whose object opens an organ's name (联合|区规划资源分局, 配合|市审计局).
_TOGETHER_BEFORE = ("联合", "配合", "会同", "协同")
#: A village and one of its organs, after its town (南湖镇|阚家城子村党支部, 洋青镇|芝兰村委会).
_VILLAGE_ORGAN = re.compile(
    r"(?P<village>[\u4e00-\u9fff]{2,4}?(?:村|社区))"
    r"(?P<organ>(?<=村)村?(?:党总支|党支部|支部|党委|村民委员会|民委员会|委会)|(?<=社区)(?:党总支|党支部|党委|居委会|居民委员会))"
)
#: The joint Party committee of neighbouring villages, named after the first (新立镇白马联合党委).
_JOINT_ORGANS = ("联合体党委", "联合党委", "联合党总支")
_JOINT_ORGAN = re.compile(r"(?P<village>[\u4e00-\u9fff]{2,4}?)(?P<organ>联合党委|联合党总支)")
#: The organs of a community (社区): its Party committee, general branch or branch, its residents' committee;
#: and of a village (村): its Party organs and its villagers' committee.
_COMMUNITY_ORGAN = re.compile(r"党总支|党支部|党委|居委会|居民委员会")
_VILLAGE_OWN_ORGAN = re.compile(r"党总支|党支部|党委|村委会|村民委员会|委会(?!议)|民委员会")  # (盈塘村|委会: the village's 村 shared)
_COUNTED = re.compile(r"(?:国家|中央)?[一二三四五六七八九十两\d]{1,3}\Z")
_QUOTES_OPEN, _QUOTES_CLOSE = '“‘「"', '”’」"'


def open_core_at(reader: NameReader, text: str, end: int) -> Candidate | None:
    """An unlisted core before the open-core suffix ending at ``end``: a level word or a country, 1–8 characters.

    武汉市国土房产局, 省海洋与渔业局, 英国边境局. The core reaches back to the
    nearest level word; without a region before it, the level must follow a
    boundary (punctuation, 和, 由 …) so that 推进区域协调发展委员会 is no organ.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> c = open_core_at(reader, "武汉市国土房产局", 8)
        >>> c.start, c.parts["core"]
        (0, '国土房产')
    """
    rules = reader.rules
    anchors = reader.anchor_chars
    suffix = next(w for w in rules.open_by_last[text[end - 1]] if text.endswith(w, 0, end))
    suffix_start = end - len(suffix)
    q = suffix_start
    while q > suffix_start - 9 and q > 0:
        if (q < suffix_start or suffix in rules.open_whole) and text[q - 1] in anchors:
            cand = _open_at(reader, text, q, suffix_start, end, suffix)
            if cand is not False:
                return cand or None
        ch = text[q - 1]
        if not is_cjk(ch) or ch in rules.open_stop:
            return None
        q -= 1
    return None


def _open_at(
    reader: NameReader, text: str, q: int, suffix_start: int, end: int, suffix: str
) -> Candidate | None | bool:
    """The open-core candidate whose core starts at ``q``; False when nothing anchors there."""
    rules = reader.rules
    level = rules.level_ending_at(text, q)
    country = None
    if level is None and text[q - 1] in rules.country_lengths:
        country = rules.country_ending_at(text, q, abbr=False)
    if country is not None and (country[1].name == "中国" or suffix == "中心"):
        country = None  # 中国…委员会, …研究中心 are mostly societies and institutes, not state organs
    own = None
    if level is None and country is None:
        own = next((w for w in rules.own_organs if text.endswith(w, 0, q)), None)  # news: 香港|金融管理局
        if own is None or rules.country_ending_at(text, q - len(own), abbr=False) is not None:
            return False  # (美国|联邦商务委员会: the country before it anchors the core, 联邦 is part of it)
    if level in ("乡", "镇", "街道", "社区", "村", "中央"):
        return False
    if level and text[q - 1 : q + 1] in rules.level_word_stop:
        # 区域…委员会: 区 starts a word, it is no level; the news reading reads on to a level
        # before it (泗水县|文化市场综合执法局), the guide stops.
        return False if rules.reading == "news" else None
    if text[q] in "和与及":
        return None  # 省市县和…局: a coordination
    if any(w in text[q:suffix_start] for w in ("相关", "有关", "其他", "其它")):
        return None  # 市府相关|局处: the bureaus concerned, no named one
    core = text[q:suffix_start]
    if "常委" in core or _CLOSED_IN_CORE.search(core) or ("驻" in core and country is None and own is None):
        # 省纪委常委|同厅局级…: a standing membership, a post; 省文化厅|举行厅…, 省纪委驻|文化厅: an organ closed
        # inside the core, or stationed at the next, ends the name before it (美国驻欧洲海军司令部 is one name)
        return None
    if country is not None:
        start, parts = q - len(country[0]), {"country": country[1]}
    elif own is not None:
        start, parts = q - len(own), {"own_region": own}
    else:
        pre = reader.prefix(text, q, allow_host=False)
        before = text[pre.start - 1] if pre.start > 0 else "。"
        if not (
            pre.regions
            or pre.party
            or before in _PUNCT_BEFORE
            or before in _JOIN_BEFORE
            or before in _CUE_BEFORE
            or before in rules.core_before
            or not is_cjk(before)
            or (text.endswith(_TOGETHER_BEFORE, 0, pre.start) and suffix_start - q > 1)
        ):
            return None
        start, parts = pre.start, {"pre": pre}
    if reader.guarded(text, start, end, scope="open") or rules.body_verbs.search(text, q, suffix_start):
        return None  # 美国建立网络战司令部: the sentence, not a name
    return reader.trailed(text, start, end, 2, {"open": suffix, "core": text[q:suffix_start], **parts})


def town_at(reader: NameReader, text: str, end: int, local: LocalNames | None = None) -> Candidate | None:
    """A town ending at ``end`` after a county or city: 杭州市拱墅区天水街道(党工委).

    With ``local``, also a town without its county before one of its organs (梅仙镇党委).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> c = town_at(reader, "杭州市拱墅区天水街道党工委", 10)
        >>> c.start, c.end, c.parts["town"]
        (0, 13, '天水街道')
    """
    rules = reader.rules
    word_start = end - 2 if text[end - 1] == "道" else end - 1
    for size in (2, 3, 4):
        name_start = word_start - size
        # the name follows the last character of a county or city name (区县市旗州)
        if name_start < 1 or text[name_start - 1] not in "区县市旗州":
            continue
        town = text[name_start:end]
        if not all(is_cjk(c) and c not in rules.open_stop for c in town[:size]):
            continue
        if rules.town_stop.search(town) and not is_market_town(town):
            continue
        if rules.region_ending_at(text, name_start, full_only=True) is None:
            continue
        regions, start = reader.region_chain(text, name_start)
        organ = _organ_after_town(rules, text, end, local)
        if organ is None and VILLAGE.match(text, end):
            return None  # 河南街道马鞍山村: a place down to the village, not the town's organ
        if organ is None and not town.endswith("街道"):
            return None  # 金坛区直溪镇: a town after its county is a place; a subdistrict (天水街道) is an office
        stop, parts = organ or (end, {"town_host": None})
        if reader.guarded(text, start, stop, scope="all"):
            return None
        return Candidate(start, stop, 1, {"town": town, "regions": regions, **parts})
    return None if local is None else _town_alone(reader, text, word_start, end, local)


def _organ_after_town(
    rules: DepartmentRules, text: str, end: int, local: LocalNames | None = None
) -> tuple[int, dict[str, str]] | None:
    """The organ after a town ending at ``end``: its own (党委, 人民政府) or one of its village's (…马鞍山村党支部).

    With ``local``, the village's name must be one (not 最后一个村党支部). Returns where
    the organ ends and the parts that name it, or None.
    """
    host = rules.town_hosts.match(text, end)
    if host is not None:
        return host.end(), {"town_host": host.group()}
    organ = _VILLAGE_ORGAN.match(text, end) or _JOINT_ORGAN.match(text, end)
    if organ is not None and (local is None or local.may_name_unit(organ["village"])):
        return organ.end(), {"village": organ["village"], "village_host": organ["organ"]}
    return None


#: The organs of a development zone, and their kind.
_ZONE_ORGANS = {
    "机关党支部": "party", "机关党委": "party", "党工委": "party", "管委会": "state", "管理委员会": "state", "管理局": "state",
    "工委": "party", "党委": "party",
}  # fmt: skip
#: What a development zone's name ends with, longest first.
_ZONE_WORDS = (
    "高新技术产业开发区", "经济技术开发区", "综合保税区", "经济开发区", "科技产业园", "产业园区", "工业园区", "科技园区",
    "高新区", "经开区", "开发区", "保税区", "新片区", "产业园", "工业园", "科技园", "新区",
    "生态区", "商务区", "度假区", "示范区", "合作区", "试验区", "自贸区", "先行区",
    "科学城", "科技城", "生态城", "航天城",
)  # fmt: skip
#: Characters no zone's name holds (numbers, measure and function words, 级 of 省级开发区): the name starts after them.
_ZONE_NAME_STOP = frozenset("的了是为个各全本该此每等这那其之所们有无不没又再就还更最很把被将以或由给让和与及对在到从向于级两几多")
#: Tags of a name's first word that make it the sentence, not a name (推动|开发区管委会, 加强|园区党工委).
_ZONE_NOT_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "d", "p", "c", "r", "m", "q", "u", "uj", "ul", "t"})


def zone_at(text: str, end: int, local: LocalNames | None) -> Candidate | None:
    """A development zone's organ, the zone named without its city (、西太湖科技产业园党工委, 临港新片区管委会).

    The zone's name runs back from its zone word (产业园, 高新区 …) to a mark or
    a function word, two to ten characters; its first word must not be a verb
    or another word of the sentence (推动开发区管委会 is no organ). Zones after
    their city or county (长沙经开区党工委) are read by the lexicon's units.

    Example:
        >>> from textmine.extract.local_names import load_local_names
        >>> from textmine.extract.tagger import Tagger
        >>> local = load_local_names(Tagger.default())
        >>> c = zone_at("对武进国家高新区党工委、西太湖科技产业园党工委", 23, local)
        >>> c.start, c.parts["body"]["kind"]
        (12, 'party')
        >>> zone_at("推动开发区管委会", 8, local) is None
        True
    """
    organ = next((w for w in _ZONE_ORGANS if text.endswith(w, 0, end)), None)
    if organ is None or local is None or local.tagger is None:
        return None
    zone_end = end - len(organ)
    zone = next((w for w in _ZONE_WORDS if text.endswith(w, 0, zone_end)), None)
    if zone is None:
        # A zone's part named after a city it covers (天府新区眉山党工委, 天府新区眉山管委会).
        for size in (2, 3):
            part = text[zone_end - size : zone_end]
            if len(part) == size and all(map(is_cjk, part)) and local.tagger.tag_text(part) == [(part, "ns")]:
                zone = next((w for w in _ZONE_WORDS if text.endswith(w, 0, zone_end - size)), None)
                if zone is not None:
                    zone_end -= size
                    break
        if zone is None:
            return None
    zone_start = q = zone_end - len(zone)
    while q > 0 and zone_start - q < 10 and is_cjk(text[q - 1]) and text[q - 1] not in _ZONE_NAME_STOP:
        q -= 1
    if zone_start - q < 2 or (q > 0 and is_cjk(text[q - 1]) and text[q - 1] not in _ZONE_NAME_STOP):
        return None  # too short, or no mark where the name would start
    first_word, tag = local.tagger.tag_text(text[q:zone_start])[0]
    if tag in _ZONE_NOT_TAGS or not local.may_name(first_word):
        return None
    return Candidate(q, end, 1, {"body": {"level": None, "kind": _ZONE_ORGANS[organ]}})


#: A committee of the Party's early decades under a region the gazetteer lacks (中共浙西南特委, 中共闽东特委,
#: 中共闽浙边临时省委, 中共旅欧总支部), and the level each stands at.
_HISTORICAL = re.compile(r"中共([\u4e00-\u9fff]{2,4}?)(临时省委|中心县委|临时县委|特委|总支部|特支)")
_HISTORICAL_LEVELS = {"临时省委": "province", "中心县委": "county", "临时县委": "county"}


def historical_committees(text: str) -> list[Candidate]:
    """The Party's committees of its early decades named after a region the gazetteer lacks (中共浙西南特委).

    Example:
        >>> [(c.start, c.end) for c in historical_committees("成立中共浙西南特委。与中共闽东特委书记")]
        [(2, 9), (11, 17)]
    """
    # (中共的各级特委: no name)
    named = (m for m in _HISTORICAL.finditer(text) if not any(c in _ZONE_NAME_STOP for c in m.group(1)))
    return _party_bodies(named, lambda m: _HISTORICAL_LEVELS.get(m.group(2)))


def _party_bodies(matches: Iterable[re.Match[str]], level_of: Callable[[re.Match[str]], str | None]) -> list[Candidate]:
    """A Party body for each match of a finder's pattern, at the level ``level_of`` reads from it."""
    return [Candidate(m.start(), m.end(), 0, {"body": {"level": level_of(m), "kind": "party"}}) for m in matches]


#: A Party organ of a numbered unit of the Xinjiang Production and Construction Corps: a company's branch
#: (五连党支部, 十师一八二团七连党支部委员会) or a regiment's committee (一八二团党委), the division first.
_CORPS_UNIT = re.compile(
    r"(?<![一二三四五六七八九十〇零第])(?:[一二三四五六七八九十]{1,3}师)?(?:[一二三四五六七八九十〇零]{1,4}团)?"
    r"(?:[一二三四五六七八九十]{1,3}连(?:党支部委员会|党总支委员会|党支部|党总支)|(?<=团)党委)"
)


def corps_units(text: str) -> list[Candidate]:
    """The Party organs of the Corps' numbered companies and regiments (五连党支部, 一八二团党委).

    Example:
        >>> [(c.start, c.end) for c in corps_units("十师一八二团七连党支部书记刘佳凯，五连党支部将产业调整")]
        [(0, 11), (17, 22)]
    """
    units = (m for m in _CORPS_UNIT.finditer(text) if "团" in m.group() or "连" in m.group())
    return _party_bodies(units, lambda m: "community" if "连" in m.group() else "township")


#: A survey team of the National Bureau of Statistics named after its region (国家统计局开州调查队).
_SURVEY_TEAM = re.compile(r"国家统计局([\u4e00-\u9fff]{2,8}?)调查总?队")


def _written_level(rules: DepartmentRules, name: str) -> str | None:
    """The level of the division ``name`` writes in full (开州区: county); a short name (开州) leaves it open."""
    return next((r.level for r in rules.gazetteer.lookup(name) if r.name == name), None)


def survey_teams(rules: DepartmentRules, text: str) -> list[Candidate]:
    """The survey teams of the National Bureau of Statistics, whose region stands between the bureau and the
    team (国家统计局开州调查队, 国家统计局浙江调查总队): one organ each, at its region's level.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> [(c.start, c.end, c.parts["body"]["level"]) for c in survey_teams(rules, "开州区统计局 国家统计局开州区调查队")]
        [(7, 18, 'county')]
    """
    out = []
    for at in find_all(text, "国家统计局"):
        m = _SURVEY_TEAM.match(text, at)
        if m is None or rules.region_ending_at(text, m.end(1)) != m.group(1):
            continue  # (a region only, written whole: no description between the bureau and its team)
        level = "province" if m.group().endswith("总队") else _written_level(rules, m.group(1))
        out.append(Candidate(m.start(), m.end(), 0, {"body": {"level": level, "kind": "state"}}))
    return out


#: A local CPPCC committee by its full name, the term and region between the body and its committee
#: (政协昆明市委员会, 中国人民政治协商会议浙江省委员会常务委员会, 政协第十一届贵州省常委会).
_CPPCC_LOCAL = re.compile(
    r"(?:中国人民政治协商会议|政协)(第[一二三四五六七八九十\d]{1,3}届)?([\u4e00-\u9fff]{2,12}?)(?:委员会(?:常务委员会)?|常务委员会|常委会)"
)


#: A CPPCC committee's special committee named right after it (提案委员会, 文化文史和学习委员会).
_CPPCC_SPECIAL = re.compile(r"(?![第全])(?:(?!会议|次)[\u4e00-\u9fff]){2,10}?委员会")  # (not 第一次会议提案审查委员会)


def cppcc_committees(reader: NameReader, text: str) -> list[Candidate]:
    """Local CPPCC committees named in full, the region after the body (政协昆明市委员会): one organ each.

    The region must be one or more divisions written whole (a description is no region:
    政协提案委员会 is the committee's own, read elsewhere); the level is the last division's.
    Where a term ordinal stands inside the name (政协第十二届广东省委员会), the organ without
    it is no contiguous span: the body's name alone is the span, read elsewhere, and what
    follows it is held by a ``blocker`` that gives no span (广东省委员会 is no Party committee there),
    but for a special committee after it, its ``tail`` (政协第九届杭州市委员会|提案委员会).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> [(c.start, c.end, c.parts["body"]["level"]) for c in cppcc_committees(reader, "代表政协昆明市委员会")]
        [(2, 10, 'city')]
        >>> [(c.start, c.end, c.parts.get("blocker")) for c in cppcc_committees(reader, "代表政协第十二届广东省委员会")]
        [(4, 14, True)]
    """
    out = []
    for at in (*find_all(text, "政协"), *find_all(text, "中国人民政治协商会议")):
        m = _CPPCC_LOCAL.match(text, at)
        if m is None:
            continue
        regions, q = reader.region_chain(text, m.end(2))
        if q != m.start(2) or not regions:
            continue
        if m.group(1):
            # 政协第九届杭州市委员会|提案委员会: a special committee after the name is the span (the body's own)
            special = _CPPCC_SPECIAL.match(text, m.end()) if text.endswith("委员会", 0, m.end()) else None
            end = special.end() if special is not None else m.end()
            tail = {"tail": Candidate(m.end(), end, 0, {"body": {"level": None, "kind": "cppcc"}})} if special is not None else {}
            out.append(Candidate(m.start(1), end, 0, {"blocker": True, **tail}, head=end - m.start(1)))
            continue
        level = _written_level(reader.rules, regions[-1])
        out.append(Candidate(m.start(), m.end(), 0, {"body": {"level": level, "kind": "cppcc"}}, head=m.end() - m.start()))
    return out



def community_at(reader: NameReader, text: str, end: int, local: LocalNames | None) -> Candidate | None:
    """A community's organ without its town, the 社区 ending at ``end`` (龙山社区党总支, 社区党委 alone), or
    a joint Party committee of villages ending at ``end`` (白马联合党委).

    The name is read as the PLACE extractor reads towns and villages
    (:mod:`.local_names`: the text marks where it starts). A community's organ
    unnamed, after a mark or a word of being somewhere, is the one of the
    community the article is about (社区党委于近日召开); after any other
    character it is a generic word (城市社区党委, 各社区党委).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> from textmine.extract.local_names import load_local_names
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> c = community_at(reader, "。龙山社区党总支书记", 5, load_local_names())
        >>> c.start, c.end, c.parts["village"]
        (1, 8, '龙山社区')
        >>> c = community_at(reader, "。白马联合党委辖三个村", 7, load_local_names())
        >>> c.start, c.end, c.parts["village"], c.parts["village_host"]
        (1, 7, '白马', '联合党委')
    """
    if local is None:
        return None
    joint = next((w for w in _JOINT_ORGANS if text.endswith(w, 0, end)), None)
    if joint is not None:
        name_end, organ = end - len(joint), joint
        unit_start, organ_end = name_end, end
    else:
        village = text[end - 1] == "村"
        found = (_VILLAGE_OWN_ORGAN if village else _COMMUNITY_ORGAN).match(text, end)
        if found is None:
            return None
        name_end, organ = end, found.group()
        unit_start, organ_end = end - (1 if village else 2), found.end()
    parts = {"town": "", "regions": [], "village_host": organ}
    name_start = local.name_start(text, unit_start)
    if name_start is None:
        if joint is None and not village and bare_town_may_follow(text[max(0, unit_start - 2) : unit_start]):
            # 社区党委 opening a sentence: the community's the article is about (a bare 村党支部 is generic)
            return Candidate(unit_start, organ_end, 1, {**parts, "village": "社区"})
        return None
    if reader.guarded(text, name_start, organ_end, scope="all"):
        return None
    return Candidate(name_start, organ_end, 1, {**parts, "village": text[name_start:name_end]})


def community_repeats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Other mentions of the communities and joint committees named with their organs in ``cands``
    (今天是兴卫村社区党委 after 、兴卫村社区党委).

    Where no mark says where a community's name starts, the name is one the
    article has already given that community.

    Example:
        >>> first = Candidate(1, 8, 1, {"town": "", "regions": [], "village": "兴卫村社区", "village_host": "党委"})
        >>> [(c.start, c.end) for c in community_repeats("。兴卫村社区党委，今天是兴卫村社区党委。", [first])]
        [(12, 19)]
    """
    # A community's name, then any of its organs; a joint committee's name with its own organ.
    names: dict[tuple[str, str | None], None] = {}
    for c in cands:
        village, host = c.parts.get("village", "社区"), c.parts.get("village_host")
        if village != "社区" and village.endswith("社区"):
            names[(village, None)] = None
        elif host in _JOINT_ORGANS:
            names[(village, host)] = None
    taken = {c.start for c in cands}
    out = []
    for village, joint in sorted(names, key=lambda k: (k[0], k[1] or "")):
        name = village + (joint or "")
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            organ = joint if joint is not None else (m.group() if (m := _COMMUNITY_ORGAN.match(text, end)) else None)
            if organ is not None and at not in taken:
                stop = end if joint is not None else end + len(organ)
                out.append(Candidate(at, stop, 1, {"town": "", "regions": [], "village": village, "village_host": organ}))
            at = text.find(name, at + 1)
    return out


def _town_alone(reader: NameReader, text: str, word_start: int, end: int, local: LocalNames) -> Candidate | None:
    """A town without its county, named before one of its organs or its village's: 梅仙镇党委, 南湖镇前汪村党支部.

    The name is read as the PLACE extractor reads towns (:mod:`.local_names`);
    the organ must follow, since a town alone is a place, not an organ.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> from textmine.extract.local_names import load_local_names
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> c = _town_alone(reader, "，梅仙镇党委书记", 3, 4, load_local_names())
        >>> c.start, c.end, c.parts["town"]
        (1, 6, '梅仙镇')
    """
    organ = _organ_after_town(reader.rules, text, end, local)
    if organ is None:
        return _acting_subdistrict(reader, text, word_start, end, local)
    stop, parts = organ
    name_start = local.name_start(text, word_start)
    if name_start is None:
        if "town_host" in parts and bare_town_may_follow(text[max(0, word_start - 2) : word_start]):
            # 会议由镇党委…主持: the town the article is about, as a bare 县委 is the county's
            return Candidate(word_start, stop, 1, {"town": text[word_start:end], "regions": [], **parts})
        return None
    town = text[name_start:end]
    if reader.rules.town_stop.search(town) and not is_market_town(town):  # 王集镇党委, not 小集镇
        return None
    if reader.guarded(text, name_start, stop, scope="all"):
        return None
    return Candidate(name_start, stop, 1, {"town": town, "regions": [], **parts})


def _acting_subdistrict(reader: NameReader, text: str, word_start: int, end: int, local: LocalNames) -> Candidate | None:
    """A subdistrict named alone opening its clause before a verb of its work (，广中路街道召开…, 西园街道开展…):
    the office that acts, as 天水街道 after its district is; elsewhere a subdistrict alone is a place.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> from textmine.extract.local_names import load_local_names
        >>> reader = NameReader(load_department_rules(load_gazetteer()))
        >>> c = _acting_subdistrict(reader, "下午，广中路街道召开例会", 6, 8, load_local_names())
        >>> c.start, c.end, c.parts["town"]
        (3, 8, '广中路街道')
    """
    if not text.endswith("街道", 0, end) or not text.startswith(_SUBDISTRICT_ACTS, end):
        return None
    name_start = local.name_start(text, word_start)
    if name_start is None or (name_start and text[name_start - 1] not in _CLAUSE_OPENERS):
        return None
    town = text[name_start:end]
    if reader.rules.town_stop.search(town) or reader.guarded(text, name_start, end, scope="all"):
        return None
    return Candidate(name_start, end, 1, {"town": town, "regions": [], "town_host": None})


#: Verbs of a subdistrict office's own work after its name (广中路街道召开…, 石泉路街道深入贯彻…).
_SUBDISTRICT_ACTS = ("召开", "开展", "组织", "举办", "举行", "深入", "坚持", "积极", "聚焦", "着力", "持续", "扎实", "联合")
#: What opens the clause a subdistrict acting as an office opens.
_CLAUSE_OPENERS = frozenset("，,。；;：:\n \u3000")


#: Characters that end a word (区域化, 组团式, 综合性) and open no alliance's name.
_WORD_TAILS = frozenset("化式性型")


def alliance_at(rules: DepartmentRules, text: str, end: int) -> Candidate | None:
    """A named alliance ending at ``end``: the name between a boundary or a verb and 党建联盟.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> c = alliance_at(load_department_rules(load_gazetteer()), "成立武林商圈党建联盟", 10)
        >>> c.start
        2
    """
    head = next(w for w in rules.alliance_by_last[text[end - 1]] if text.endswith(w, 0, end))
    head_start = end - len(head)
    if text[head_start - 1 : head_start] in _QUOTES_CLOSE:
        # “红动四明”党建联盟: a quoted name, marks and all, as 社区“两委”
        opening = max(text.rfind(mark, max(0, head_start - 12), head_start - 1) for mark in _QUOTES_OPEN)
        return Candidate(opening, end, 1, {"alliance": True}) if opening >= 0 and head_start - opening >= 4 else None
    q = head_start
    while q > head_start - 12 and q > 0 and is_cjk(text[q - 1]) and text[q - 1] not in "的和与及在为是了":
        q -= 1
    name = text[q:head_start]
    cut = max((name.rfind(w) + len(w) for w in rules.alliance_stop if w in name), default=0)
    name = name[cut:]
    if name[:1] in _WORD_TAILS:
        return None  # 以区域|化组团式党建联盟: the stop word cut a word, no name is left
    return Candidate(head_start - len(name), end, 1, {"alliance": True}) if 2 <= len(name) <= 8 else None


def body_at(reader: NameReader, text: str, end: int) -> Candidate | None:
    """A named ad-hoc body ending at ``end``: an organ, a description, a body suffix.

    中央应对疫情工作领导小组, 国务院扶贫开发领导小组 (国务院联防联控机制 is
    国务院 with a trail, see ``departments.jsonl``). The description is read back
    from the suffix, at most 14 characters that do not end the phrase (的, 了,
    、 …), to the nearest organ that sets up such bodies; a description with a
    verb of setting up (决定成立…) is the sentence, not a name.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> c = body_at(NameReader(load_department_rules(load_gazetteer())), "决定成立中央应对疫情工作领导小组", 16)
        >>> c.start, c.parts["body"]["kind"]
        (4, 'party')
    """
    rules = reader.rules
    suffix = next(w for w in rules.body_by_last[text[end - 1]] if text.endswith(w, 0, end))
    suffix_start = end - len(suffix)
    need = rules.body_min_desc[suffix]
    q = suffix_start
    prefixes = rules.body_prefix_words
    while q > 0 and suffix_start - q <= 14:
        # (省委|员会…: 省委员会 is a committee's full name, no 省委 before a description)
        prefix = (
            next(p for p in prefixes if text.endswith(p, 0, q))
            if suffix_start - q >= need and text.endswith(prefixes, 0, q) and not text.startswith("员会", q)
            else None
        )
        if prefix is not None and _body_prefix_opens(text, q, prefix, suffix):
            if rules.body_verbs.search(text, q, suffix_start):
                return None
            if suffix in rules.body_numbered and not _BODY_NUMBER.search(text, q, suffix_start):
                return None  # 省委巡视办下沉现场指导组: a guidance group is a body by its number only
            start = q - len(prefix)
            if prefix[0] in _LEVEL_FIRST:
                start = reader.region_chain(text, start)[1]  # 广东|省委第十三巡视组: the province the committee is of
            return Candidate(start, end, 1, {"body": rules.body_prefixes[prefix]})
        if not is_cjk(text[q - 1]) or text[q - 1] in rules.body_stop or (q < suffix_start and text.endswith(suffix, 0, q)):
            return None  # (…巡察组|组长徐杰代表|巡察组: the description holds a body of the same kind, no name)
        q -= 1
    return None


#: A province's department closed inside an open core (省文化厅|举行厅…), not a list of kinds (厅局).
_CLOSED_IN_CORE = re.compile("厅(?!局)")
#: The first characters of the body prefixes that name a level (省委, 市委, 县委): a region before them is theirs.
_LEVEL_FIRST = frozenset("省市县区州")
#: The number of a body in its description (第七指导组, 巡回指导组 are numbered or touring).
_BODY_NUMBER = re.compile(r"第[一二三四五六七八九十\d]+|巡回")
#: The bodies a level written alone may set up (市扫黑除恶斗争领导小组; a 委员会 after 省 is a congress's or
#: CPPCC's committee, read with its host: 省人大法制委员会).
_LEVEL_BODIES = frozenset({"领导小组", "协调小组", "指挥部"})


def _body_prefix_opens(text: str, q: int, prefix: str, suffix: str) -> bool:
    """True when the organ ``prefix`` ending at ``q`` may open the name of a body ending in ``suffix``: a level
    written alone (市|扫黑除恶斗争领导小组, 省级|…领导小组) only before a leading group or a headquarters, a
    level character after a mark or a word that opens a name, not inside a word (城|市更新…).

    Example:
        >>> _body_prefix_opens("，市扫黑", 2, "市", "领导小组"), _body_prefix_opens("城市更新", 2, "市", "领导小组")
        (True, False)
        >>> _body_prefix_opens("城市委", 3, "市委", "委员会"), _body_prefix_opens("省人大", 1, "省", "委员会")
        (True, False)
    """
    if len(prefix) > 1 and not prefix.endswith("级"):
        return True
    if suffix not in _LEVEL_BODIES:
        return False  # (省级…委员会 is a class of committees)
    if len(prefix) > 1:
        return True
    before = text[q - 2 : q - 1]
    # (召开|县东西部协作工作领导小组会议, 成立|县…领导小组: the verbs that hold or set up the body)
    return not before or not is_cjk(before) or before in _JOIN_BEFORE or before in _CUE_BEFORE or before in "在对为暨开立"


# The community or village whose 两委 they are, with a bracketed alternative (村（社区）“两委”).
_TWO_COMMITTEES_UNIT = re.compile(r"(?:社区|村)(?:[（(](?:社区|村|居)[）)])?$")
#: Words before a village's 两委 that make it every village's (各村两委).
_EACH = frozenset("各全每")


def special_at(text: str, end: int, reader: NameReader | None = None, local: LocalNames | None = None) -> Candidate | None:
    """团省委 (the Youth League committee, inverted order, with the division it serves before it: 深圳团市委)
    and the quoted 两委 (三委) of a community or village, with the village's name where ``local`` reads one
    before it (、坪地村“两委”).

    Example:
        >>> special_at("社区“两委”", 5).start, special_at("团省委", 3).parts
        (0, {'youth_inverted': '省'})
        >>> special_at("村（社区）“两委”", 8).start, special_at("加强“两委”", 5)
        (0, None)
        >>> from textmine.extract.local_names import load_local_names
        >>> special_at("、坪地村“两委”", 7, local=load_local_names()).start
        1
    """
    if text[end - 2] not in "两三":
        regions, start = reader.region_chain(text, end - 3) if reader is not None else ([], end - 3)
        if regions:
            return Candidate(start, end, 1, {"youth_inverted": text[end - 2], "youth_regions": regions})
        return Candidate(end - 3, end, 1, {"youth_inverted": text[end - 2]})
    start, stop = end - 2, end
    if start >= 1 and text[start - 1] in _QUOTES_OPEN and text[end : end + 1] and text[end] in _QUOTES_CLOSE:
        start, stop = start - 1, end + 1
    elif text[end - 2] == "三":
        return None  # 三委 names the committees in quotation marks only (村“三委”; not 23个村(社区)三委)
    unit = _TWO_COMMITTEES_UNIT.search(text, max(0, start - 8), start)
    if unit is None:
        return None
    named = local.name_start(text, unit.start()) if local is not None and unit.start() >= 2 else None
    if named is None and text[unit.start() - 1 : unit.start()] in _EACH:
        return None  # 各村两委主干: each village's, no one organ
    return Candidate(unit.start() if named is None else named, stop, 1, {"two_committees": True})


def named_at(rules: DepartmentRules, text: str, end: int) -> Candidate | None:
    """News reading: an organ named after the place it serves or a foreign name, ending at ``end``.

    A police station or traffic unit takes the place name before it whole,
    from the end of the phrase before it (督院街派出所, 油麻地警署: 到、的、向
    end the phrase; 辖区, 当地 open no name); the authority of a field takes
    the field named right after a boundary (房屋土地管理部门); a court, a government or a
    police force abroad takes a name in transliteration (特拉华州高等法院,
    里根政府, 美国夏威夷州政府). Organs with a level or a region before them
    are read by the other finders; the longest candidate wins.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer(), reading="news")
        >>> [named_at(rules, t, len(t)).start for t in ("到督院街派出所", "向特拉华州高等法院", "被带往辖区淮海路派出所")]
        [1, 1, 5]
    """
    suffix = next(w for w in rules.named_by_last[text[end - 1]] if text.endswith(w, 0, end))
    kind, how = rules.named_kinds[suffix]
    q = end - len(suffix)
    ordinal = rules.ordinal.search(text, max(0, q - 6), q) if suffix in rules.ordinal_suffixes else None
    if ordinal is not None:  # 第九巡回法庭, 第10师团, 美国第九巡回法庭: the ordinal names the unit
        if suffix[-1] == "军" and text[end : end + 1] and text[end] in rules.ordinal_army_stop:
            return None  # 第二军医大学
        start = ordinal.start()
        country = rules.country_ending_at(text, start, abbr=False)
        return Candidate(start - len(country[0]) if country else start, end, 2, {"named": "ordinal", "kind": kind})
    if how == "ordinal":
        return None  # 集团军 without its ordinal: generic
    if how == "transliterated":
        if q == 0 or text[q - 1] not in rules.transliterated_end:
            return None  # (the regex below needs one of these right before the suffix)
        m = rules.transliterated.search(text, max(0, q - 16), q) if rules.transliterated is not None else None
        if m is None or text.startswith(rules.name_stop, m.start()):
            return None  # 许多法院: a word of quantity, not a name
        return Candidate(m.start(), end, 2, {"named": how, "kind": kind})
    start, stops = q, rules.name_stop
    while start > 0 and q - start <= 6 and is_cjk(text[start - 1]) and text[start - 1] not in rules.name_boundary:
        if text.endswith(stops, 0, start):
            break  # 美国建立|网络战司令部, 辖区|淮海路派出所
        start -= 1
    if q - start > 6:
        return None  # no boundary near: the phrase before the organ is no name
    country = rules.country_ending_at(text, q, abbr=False)
    if country is not None and q - len(country[0]) >= start:
        start = q - len(country[0])  # 获得美国监管部门: the country names the organ
    name = text[start:q]
    cut = max((name.rfind(w) + len(w) for w in rules.name_stop if w in name), default=0)
    if len(name) - cut < 2:
        return None
    if how == "field" and (cut or len(name) > 4 or name.startswith(rules.field_verbs)):
        return None  # 房屋土地|管理部门 after a boundary; not 加强执法|监管部门, a task
    trail = rules.trail.match(text, end)  # 远东军区部队
    return Candidate(start + cut, trail.end() if trail else end, 2, {"named": how, "kind": kind})


def acronyms(rules: DepartmentRules, text: str, words: Iterable[int] | None = None) -> Iterable[Candidate]:
    """News reading: Latin acronyms of state bodies (FBI, SEC), read as whole Latin words, and polity armies (滇军).

    ``words`` are the offsets where Latin words start (``LatinWords``); without
    them the acronyms are searched for in the whole text.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer(), reading="news")
        >>> [(c.start, c.end) for c in acronyms(rules, "据FBI称，FBIX不是")], [c.start for c in acronyms(rules, "滇军", [])]
        ([(1, 4)], [0])
    """
    if rules.acronyms is not None:
        if words is None:
            found = (m for m in rules.acronyms.finditer(text))
        else:  # (every acronym is Latin letters and digits, so one starts where a Latin word does)
            found = (m for m in map(rules.acronyms.match, repeat(text), words) if m is not None)
        for m in found:
            if m.start() == 0 or not (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum()):
                yield Candidate(m.start(), m.end(), 0, {"acronym": rules.acronym_records[m.group()]})
    if rules.polity_army is not None:
        at = text.find("军", 1)
        while at > 0:  # 滇军, 蜀军 after a boundary: provincial and dynastic armies
            m = rules.polity_army.match(text, at - 1)
            if m is not None and (at == 1 or not is_cjk(text[at - 2]) or text[at - 2] in rules.name_boundary):
                yield Candidate(m.start(), m.end(), 1, {"named": "polity", "kind": "military"})
            at = text.find("军", at + 1)


def _military(c: Candidate) -> bool:
    """True for a candidate read as an army or a military unit (英军, 滇军, 海军陆战队)."""
    parts = c.parts
    rec = parts.get("foreign") or parts.get("rec") or {}
    return (rec.get("kind") or parts.get("kind")) == "military" and parts.get("named") != "ordinal"


def china_prefixes(rules: DepartmentRules, text: str, cands: Iterable[Candidate]) -> None:
    """Default reading: a central organ of the lexicon keeps 中国 written before it (中国自然资源部,
    中国全国政协), as a ministry named with its country does (the news reading keeps every country),
    and so 大陆 (大陆国台办, as Taiwan's reporting writes).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> c = Candidate(2, 7, 0, {"rec": {"role": "name", "level": "central"}})
        >>> china_prefixes(rules, "中国自然资源部", [c])
        >>> c.start
        0
    """
    for c in cands:
        if c.start < 2 or text[c.start - 1] not in "国陆":
            continue
        rec = c.parts.get("rec")
        if rec is None or rec.get("role") != "name" or rec.get("level") != "central" or rec.get("bare"):
            continue
        if text.endswith("大陆", 0, c.start):  # 大陆国台办: Taiwan's reporting names the mainland so
            c.start -= 2
            continue
        country = rules.country_ending_at(text, c.start, abbr=False)
        if country is not None and country[1].name == "中国":
            c.start -= len(country[0])
            c.parts["country"] = country[1]


def news_prefixes(rules: DepartmentRules, text: str, cands: Iterable[Candidate]) -> None:
    """News reading: an organ keeps the term ordinal (十一届全国人大常委会), the country (美国CIA), the region with organs of its own (香港证监会) or its count (五部委) before it.

    A numbered unit keeps the army it belongs to (英军第二军).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer(), reading="news")
        >>> c = Candidate(3, 10, 0, {})
        >>> news_prefixes(rules, "十一届全国人大常委会", [c])
        >>> c.start
        0
    """
    cands = list(cands)
    armies = {c.end: c.start for c in cands if _military(c)}
    for c in cands:
        if not c.start:
            continue
        if c.parts.get("named") == "ordinal" and c.start in armies:  # 英军第二军, 滇军第二军: the army's unit
            c.start = armies[c.start]
        elif text[c.start - 1] == "届":
            term = rules.term.search(text, max(0, c.start - 6), c.start)
            if term is not None:
                c.start = term.start()
        elif "acronym" in c.parts or c.parts.get("rec", {}).get("role") == "name":
            rec = c.parts.get("rec", {})
            if rec.get("counted"):  # 五部委, 国家七部委: the ministries counted, a definite group
                count = _COUNTED.search(text, max(0, c.start - 5), c.start)
                c.start = count.start() if count is not None else c.start
            country = rules.country_ending_at(text, c.start, abbr=False)
            if country is not None:  # 美国CIA, 澳大利亚民政部, 苏联红军
                c.start -= len(country[0])
                c.parts["country"] = country[1]
            elif rec and not rec.get("bare"):  # 香港证监会: the organ of a special administrative region
                region = rules.region_ending_at(text, c.start)
                if region is not None and region in rules.own_organs:
                    c.start -= len(region)
                    c.parts["own_region"] = region
