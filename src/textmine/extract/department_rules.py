"""The data of the DEPARTMENT extractor, compiled once per pipeline.

Four data files written for this project feed it:

- ``data/departments.jsonl``: the morphology of organ names: level words (省, 市,
  国家), hosts (委, 政府, 人大常委会), trails (办公厅, 党组), guards (部署, 干部),
  open-core suffixes (局, 厅), country-organ words (政府, 海军), town hosts,
  alliance heads, the organs and suffixes of ad-hoc bodies (中央…领导小组), the
  words that make a bare name generic (各级, 有关) and the other parties, whose
  names open their committees as 中共 opens the Party's (农工党湖南省委).
- ``data/departments_lexicon.jsonl``: named organs that stand alone (中共中央,
  国务院, 中组部, 央行) and units, the closed list of core + suffix that needs a
  level or region before it (组织部, 网信办, 经信厅, 公安局), each with its full
  form (网信办 → 网络安全和信息化委员会办公室).
- ``data/countries.jsonl``: countries, their other names and one-character
  abbreviations (美国, 美), for foreign organs (美国国防部, 美军); the places
  read the same table (every country is a PLACE).
- ``data/departments_news.jsonl``, read for the news reading only: definite
  references to state organs that news text makes with generic nouns (警方,
  公安机关, a bare unit or host), units that stay generic even there (党校,
  监狱), Latin acronyms of state bodies (FBI), military trails (部队), unions of
  states, international bodies and state media (欧盟, 联合国, 新华社), foreign organ
  words (法庭), the suffixes of organs named after a place or a foreign name
  (派出所, 军区, 高等法院) with the words and characters that delimit such a
  name, transliteration, polity armies (滇军) and regions with own organs (香港).

Records follow spaCy's ruler shape ``{"label", "pattern", "id", "attrs"}`` with
``attrs.role`` saying which part of a name the pattern is. Every pattern is
simplified, as OpenCC ``t2s`` writes it: rules run on ``Doc.norm``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..gazetteer import Gazetteer, Region
from ..resources import iter_jsonl
from .department_patterns import (
    alternation,
    ending_pattern,
    guarded_alternation,
    last_char_alternation,
    scan_pattern,
)
from .place_names import official_names

#: Characters after 军 that make it part of another word (军国主义, 军人, 军舰 …), not an army.
ARMY_NOT_BEFORE = "国人事费舰机工民备训营衔装官令区队属地港种纪械网迷情歌旗团"
#: The characters an ordinal ends with (第二, 第10).
_NUMERALS = "0123456789一二三四五六七八九十百零"
#: Roles found by the head scan; the other roles are read around a head.
HEAD_ROLES = ("name", "unit", "host", "foreign", "embassy")
#: The last character of a town (街道, 镇, 乡), not of ordinary words (城镇, 乡村, 回乡 …).
_TOWNS = (
    r"道(?<=街道)|镇(?<![城乡村重古名]镇)(?![村长压守痛静定])|乡(?<![城下返回故家老思他异]乡)(?![村镇土亲下愁音情])"
)
#: The 区 of 社区 before one of the community's organs (龙山社区党总支); the name before it is read by the extractor.
_COMMUNITY = (
    r"区(?<=社区)(?=党总支|党支部|党委|居委会|居民委员会)|村(?=党总支|党支部|党委|村委会|村民委员会|委会(?!议)|民委员会)"
    r"|委(?<=联合党委)|委(?<=联合体党委)|支(?<=联合党总支)"
)
#: The last character of a development zone's organ after a zone word (产业园党工委, 新片区管委会, 园区管理委员会,
#: 新区管理局, 科技城管理局).
_ZONE = (
    r"委(?<=[园区城]党工委)|会(?<=[园区城]管委会)|会(?<=[园区城]管理委员会)|局(?<=[区城]管理局)"
    # a zone's organs' own Party bodies (科技园区机关党支部, 开发区机关党委)
    r"|部(?<=[园区城]机关党支部)|委(?<=[园区城]机关党委)"
    # a zone's part named after a city it covers (天府新区眉山党工委)
    r"|委(?<=[园区]..党工委)|委(?<=[园区]...党工委)|会(?<=[园区]..管委会)|会(?<=[园区]...管委会)"
    # a zone's working or Party committee (育才生态区工委, 中央商务区党委)
    r"|委(?<=区[工党]委)"
)
#: The 委 of 团省委 (the Youth League committee, inverted) and of 两委, 三委 (a community's or village's committees, 村“三委”).
_SPECIAL = r"委(?:(?<=团[省市县区州]委)(?!员)|(?<=[两三]委))"


@dataclass(frozen=True, slots=True)
class Country:
    """A country and the names it goes by.

    Example:
        >>> Country("美国", ("美利坚合众国",), "美").abbr
        '美'
    """

    name: str
    aliases: tuple[str, ...]
    abbr: str | None


@dataclass(frozen=True)
class DepartmentRules:
    """Compiled rules and tables; build with :func:`load_department_rules`.

    Attributes:
        reading: ``guide`` (ANNOTATION.md) or ``news`` (also definite generic state organs).
        scan: One regex over the text for every kind of word the extractor starts
            from, matching its last character only (see ``department_patterns``):
            heads (names, units, hosts, country-organ words), open-core
            suffixes, towns, alliances, ad-hoc body suffixes and the special
            forms (团省委, 两委).
        scan_kinds: Character → the kinds of words it may end, each with its own
            regex to confirm it at a scan match (None when it is the only kind).
        end_words: Every word the scan stops at the end of (委, 省委, 组织部): where none ends, it
            does not stop, which an array test finds for a whole text (``EndFilter``).
        head_lengths: Two-character heads, and the last three characters of longer heads → their lengths.
        records: Head pattern → its records (a pattern may have several roles).
        levels: Level word → level (``省`` → ``province``).
        unit_hosts: Hosts that may stand between a level and a unit (委 in 省委组织部).
        region_hosts: Hosts that hold their own level and follow a division's short name → the
            kind of division they name (地委 → 地区: 和田地委组织部 is 和田地区's).
        trail: Regex of one trail at a position (办公厅, 党组 …), guards included.
        guards_after: Words a candidate's last character starts (部署 after …部), with their scope.
        guards_end: Last character → words a candidate may not end with (干部, 布局), with their scope.
        open_by_last: Last character → the open-core suffixes ending with it, longest first.
        open_stop: Characters an open core or a sub-unit never contains.
        open_whole: Open-core suffixes that name the body whole, so that the core may be empty
            (筹委会, the preparatory committee: 西藏自治区筹委会).
        sub_unit: Regex of a sub-unit at a position: 2–10 characters and a sub-unit suffix
            (政策研究中心, 财金司), suffix guards included.
        sub_stop: Words a sub-unit never starts with (发布, 部署: the sentence goes on).
        abbr_stop: Words a one-character country abbreviation may end (完美, 所以): no country there.
        town_hosts: Regex of one organ after a town (党工委, 政府).
        town_stop: Regex of the words that make a town name generic (城乡, 乡镇).
        alliance_by_last: Last character → the alliance heads ending with it (党建联盟).
        alliance_stop: Words an alliance name does not contain (组建, 区域).
        region_stop: Division names that are ordinary words (公安, 合作): a region only after another region.
        level_stop: Words in which a level character is no level (市县, 示范区), by their last character.
        level_stop_after: Stop word → the words before which it is none (部 before 分省: 部分|省委).
        level_word_stop: Words a level character starts that begin no organ core (区域, 市场).
        countries: Every country name and alias → country.
        country_abbr: One-character abbreviation → country.
        gazetteer: Provinces, prefectures and counties.
        telling: Division names that tell an article's region → the divisions
            (full names, province and prefecture short forms; see :func:`_telling_names`).
        region_lengths: Last character → lengths of the division names (2+ characters) ending with it, longest first.
        taiwan_regions: Taiwan's divisions (listed in ``places.jsonl``, not in the code table) by full name,
            with their depth (2: a city or county, 3: a district or township).
        sar_districts: Hong Kong's districts (``places.jsonl``), by full and short name, that name a district
            council written after them (中西区|区议会, 离岛|区议会).
        country_lengths: The same for country names.
        prefix_chars: Characters a prefix of a unit or a host can end with (levels, divisions, hosts, 中共).
        other_parties: The names of the other parties, as written before their committees → their full names
            (农工党 → 中国农工民主党).
        foreign_before: Characters a country (or a level) can end with, before a country-organ word.
        generic_before: Words that make the bare name after them generic (各级妇联, 有关部门).
        term: Regex of a term ordinal ending where it is searched up to (四届, 第十四届).
        body_by_last: Last character → the suffixes of named ad-hoc bodies ending with it (领导小组, 指挥部).
        body_min_desc: Body suffix → the shortest description it needs (two characters: 应对疫情工作).
        body_numbered: Body suffixes whose description must number the body (市委主题教育第七指导组).
        body_prefixes: Organs that set up ad-hoc bodies (中央, 国务院) → their level and kind.
        body_prefix_words: The same organs, longest first (one ``str.endswith`` tests them all).
        body_stop: Characters a body's description never contains (the sentence goes on).
        body_verbs: Regex of the words a body's description never contains (成立, 决定: the sentence, not a name).
        bare_stop: Units that stay generic when they stand alone, even in the news reading (党校, 监狱).
        bare_hosts: Hosts that stand alone in the news reading (政协, 纪委: the one of the place reported on).
        acronyms: Regex of the Latin acronyms of state bodies (FBI, SEC), news reading only (else None).
        acronym_records: Acronym → its attributes (kind, canonical, country).
        named_by_last: News reading: last character → the suffixes of organs named after a place
            or a foreign name (派出所, 高等法院, 政府), longest first.
        named_kinds: Named suffix → its kind and how its name is read (``place`` or ``transliterated``).
        name_stop: Words that open no place name (辖区, 当地, 前往): the name starts after them.
        field_verbs: Verbs that open the phrase before a field's authority (加强…管理部门): no name there.
        name_boundary: Characters that end the phrase before a place name (的, 到, 向).
        transliterated: Regex of a foreign name ending where it is searched up to: an optional
            country, a run of transliteration characters, an optional 州/省/郡 (特拉华州, 美国夏威夷州).
        transliterated_end: News reading: the characters such a name ends with (a transliteration
            character, 州, 省, 郡, or the 区 of 北区): a cheap test before the regex.
        not_after: Named organ → words it may not follow, being part of another word there (联|学联 of 联学联创;
            the news reading: 中央陆军).
        own_organs: News reading: regions with organs of their own, kept before a named organ (香港证监会),
            and the words that open an open core as they do (联邦 of 联邦海关局).
        polity_army: News reading: regex of a provincial or dynastic army (滇军, 蜀军) after a
            phrase boundary, its polity no common surname (吴军 is also a name).
        core_before: News reading: characters after which a level word opens an open core, as
            punctuation does (的 in 负责…工作的市国土房产局).
        ordinal: News reading: regex of the ordinal of a numbered unit, ending where it is searched
            up to (第九 of 第九巡回法庭, 第10 of 第10师团); None in the guide reading.
        ordinal_suffixes: News reading: named suffixes an ordinal names (巡回法庭, 师团; not 法庭, a courtroom).
        ordinal_army_stop: Characters after a numbered 军 that make it part of another word (第二军医大学).
    """

    reading: str
    scan: re.Pattern[str]
    scan_kinds: Mapping[str, tuple[tuple[str, re.Pattern[str] | None], ...]]
    end_words: frozenset[str]
    head_lengths: Mapping[str, tuple[int, ...]]
    records: Mapping[str, tuple[dict[str, Any], ...]]
    levels: Mapping[str, str]
    unit_hosts: frozenset[str]
    region_hosts: Mapping[str, str]
    trail: re.Pattern[str]
    trail_kinds: Mapping[str, str | None]
    trail_full: Mapping[str, str]
    guards_after: Mapping[str, tuple[tuple[str, str], ...]]
    guards_end: Mapping[str, tuple[tuple[str, str], ...]]
    open_by_last: Mapping[str, tuple[str, ...]]
    open_kinds: Mapping[str, str | None]
    open_stop: frozenset[str]
    open_whole: frozenset[str]
    sub_unit: re.Pattern[str]
    sub_stop: tuple[str, ...]
    abbr_stop: frozenset[str]
    town_hosts: re.Pattern[str]
    town_kinds: Mapping[str, str]
    town_stop: re.Pattern[str]
    alliance_by_last: Mapping[str, tuple[str, ...]]
    alliance_stop: frozenset[str]
    region_stop: frozenset[str]
    level_stop: Mapping[str, tuple[str, ...]]
    level_stop_after: Mapping[str, tuple[str, ...]]
    level_word_stop: frozenset[str]
    countries: Mapping[str, Country]
    country_abbr: Mapping[str, Country]
    gazetteer: Gazetteer
    telling: Mapping[str, tuple[Region, ...]]
    region_lengths: Mapping[str, tuple[int, ...]]
    taiwan_regions: Mapping[str, int]
    sar_districts: frozenset[str]
    country_lengths: Mapping[str, tuple[int, ...]]
    prefix_chars: frozenset[str]
    other_parties: Mapping[str, str]
    foreign_before: frozenset[str]
    generic_before: tuple[str, ...]
    term: re.Pattern[str]
    body_by_last: Mapping[str, tuple[str, ...]]
    body_min_desc: Mapping[str, int]
    body_numbered: frozenset[str]
    body_prefixes: Mapping[str, Mapping[str, Any]]
    body_prefix_words: tuple[str, ...]
    body_stop: frozenset[str]
    body_verbs: re.Pattern[str]
    bare_stop: frozenset[str]
    bare_hosts: frozenset[str]
    acronyms: re.Pattern[str] | None
    acronym_records: Mapping[str, Mapping[str, Any]]
    named_by_last: Mapping[str, tuple[str, ...]]
    named_kinds: Mapping[str, tuple[str, str]]
    name_stop: tuple[str, ...]
    name_boundary: frozenset[str]
    field_verbs: tuple[str, ...]
    transliterated: re.Pattern[str] | None
    transliterated_end: frozenset[str]
    polity_army: re.Pattern[str] | None
    own_organs: frozenset[str]
    not_after: Mapping[str, tuple[str, ...]]
    core_before: frozenset[str]
    ordinal: re.Pattern[str] | None
    ordinal_suffixes: frozenset[str]
    ordinal_army_stop: frozenset[str]

    def ends_in(self, text: str) -> Iterator[tuple[str, int]]:
        """Yield ``(kind, end)`` for every word of every kind ending in ``text``, in text order.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> list(load_department_rules(load_gazetteer()).ends_in("省委组织部"))
            [('head', 2), ('head', 5)]
        """
        kinds = self.scan_kinds
        for m in self.scan.finditer(text):
            p = m.start()
            for kind, confirm in kinds[text[p]]:
                if confirm is None or confirm.match(text, p):
                    yield kind, p + 1

    def heads_ending_at(self, text: str, end: int) -> Iterator[tuple[int, str]]:
        """Yield ``(start, pattern)`` of every head ending at ``end``, shortest first.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> list(load_department_rules(load_gazetteer()).heads_ending_at("省委组织部", 5))
            [(2, '组织部')]
        """
        records, lengths = self.records, self.head_lengths
        if text[end - 1] in records:
            yield end - 1, text[end - 1]
        if end >= 2 and text[end - 2 : end] in lengths:
            yield end - 2, text[end - 2 : end]
        for size in lengths.get(text[end - 3 : end], ()) if end >= 3 else ():
            word = text[end - size : end] if size <= end else ""
            if word in records:
                yield end - size, word

    def heads_in(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, pattern)`` of every head in ``text``, overlapping ones included.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> [h[2] for h in load_department_rules(load_gazetteer()).heads_in("省委组织部")]
            ['委', '组织部']
        """
        for kind, end in self.ends_in(text):
            if kind == "head":
                for start, word in self.heads_ending_at(text, end):
                    yield start, end, word

    def level_ending_at(self, text: str, end: int) -> str | None:
        """The longest level word ending at ``end`` in ``text``.

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> rules = load_department_rules(load_gazetteer())
            >>> rules.level_ending_at("广西自治区", 5), rules.level_ending_at("市县", 2), rules.level_ending_at("成都市", 3)
            ('自治区', None, '市')
        """
        for size in (3, 2, 1):
            word = text[end - size : end] if end >= size else ""
            if word in self.levels:
                for stop in self.level_stop.get(word[-1], ()):
                    if text.endswith(stop, 0, end):
                        named = self.region_ending_at(text, end, full_only=True)
                        if named is not None and len(named) > len(stop):
                            break  # 成都市, 晋城市: the stop word (都市, 城市) ends a division's full name
                        kept = self.level_stop_after.get(stop)
                        if kept is None or not text.endswith(kept, 0, end - len(stop)):
                            return None
                if size == 1 and end >= 2 and text[end - 2] == "、" and _distributed_level(text, end - 2):
                    return None  # 各市、县人民政府: 各 governs every level word of its list
                return word
        return None

    def region_ending_at(self, text: str, end: int, *, full_only: bool = False) -> str | None:
        """The longest division name (full or short) ending at ``end``.

        With ``full_only``, only names that are a division's full name count
        (杭州市, not 杭州).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> load_department_rules(load_gazetteer()).region_ending_at("浙江杭州市", 4)
            '杭州'
        """
        if end < 2:
            return None
        by_name = self.gazetteer.by_name
        for size in self.region_lengths.get(text[end - 1], ()):
            if size > end:
                continue
            word = text[end - size : end]
            regions = by_name.get(word)
            if regions and (not full_only or any(r.name == word for r in regions)):
                return word
            if word in self.taiwan_regions:
                return word
        return None

    def country_ending_at(self, text: str, end: int, *, abbr: bool) -> tuple[str, Country] | None:
        """The longest country name ending at ``end`` (one-character abbreviations when ``abbr``).

        Example:
            >>> from textmine.gazetteer import load_gazetteer
            >>> load_department_rules(load_gazetteer()).country_ending_at("俄罗斯海军", 3, abbr=False)[1].name
            '俄罗斯'
        """
        if end < 1:
            return None
        for size in self.country_lengths.get(text[end - 1], ()):
            word = text[end - size : end] if size <= end else ""
            if word in self.countries:
                return word, self.countries[word]
        if abbr and end >= 1 and text[end - 1] in self.country_abbr:
            return text[end - 1], self.country_abbr[text[end - 1]]
        return None


def _by_role(records: Iterable[dict[str, Any]], source: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        attrs = rec.get("attrs") or {}
        if rec.get("label") != "DEPARTMENT" or "role" not in attrs or not rec.get("pattern"):
            raise ConfigError(f"{source}: record {rec.get('id')!r} needs label DEPARTMENT, a pattern and attrs.role")
        out[attrs["role"]].append(rec)
    return out


def _cue_words(pattern: str, words: Iterable[str], cue_sets: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words of a name's ``only_with``, each ``@set`` replaced by the words of that cue set of
    ``departments.jsonl`` (``@taiwan``: 行政院, 台股, 高雄 …) less the name itself, which is no cue of itself.

    Raises:
        ConfigError: a set no record defines.

    Example:
        >>> _cue_words("警政署", ["@taiwan", "交通部"], {"@taiwan": ("台湾", "警政署")})
        ('台湾', '交通部')
    """
    out: list[str] = []
    for word in words:
        if not word.startswith("@"):
            out.append(word)
            continue
        if word not in cue_sets:
            raise ConfigError(f"textmine/data/departments_lexicon.jsonl: {pattern!r} names an unknown cue set {word!r}")
        out.extend(w for w in cue_sets[word] if w != pattern)
    return tuple(dict.fromkeys(out))


def _by_last_longest(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for word in words:
        out[word[-1]].append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _lengths_by_last(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = defaultdict(set)
    for word in words:
        out[word[-1]].add(len(word))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def _by_last(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for word in words:
        out[word[-1]].append(word)
    return {k: tuple(v) for k, v in out.items()}


def _telling_names(gazetteer: Gazetteer) -> dict[str, tuple[Region, ...]]:
    """Names that tell an article's region: full names, province and prefecture short forms.

    Two-character short forms of counties are left out: many are common words
    (合作 of 合作市, 共和 of 共和县, 平安 of 平安区) and would vote for a province.
    """
    out = {}
    for name, regions in gazetteer.by_name.items():
        telling = tuple(r for r in regions if r.name == name or r.level != "county" or len(name) >= 3)
        if len(name) >= 2 and telling:
            out[name] = telling
    return out


def _distributed_level(text: str, mark: int) -> bool:
    """True when the list of single level words that ``、`` at ``mark`` continues opens with 各 (各县、市、区).

    Example:
        >>> _distributed_level("各县、市、区人民政府", 4), _distributed_level("省委、县", 2)
        (True, False)
    """
    at = mark
    while at >= 2 and text[at - 1] in _SINGLE_LEVELS:
        if text[at - 2] == "各":
            return True
        if text[at - 2] != "、":
            return False
        at -= 2
    return False


#: The level words of one character that a list distributes 各 over (各市、县、区).
_SINGLE_LEVELS = frozenset("省市县区州盟旗乡镇村")


def load_department_rules(
    gazetteer: Gazetteer,
    *,
    reading: str = "guide",
    countries: Iterable[Mapping[str, Any]] | None = None,
    places: Iterable[Mapping[str, Any]] | None = None,
) -> DepartmentRules:
    """Read the department data files and compile them.

    ``countries``, ``places``: the records of ``countries.jsonl`` and ``places.jsonl`` (read from
    the package when None; a pipeline shares one list of each with the places).

    Raises:
        ConfigError: a record lacks its label, pattern or role.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> rules = load_department_rules(load_gazetteer())
        >>> rules.levels["省"], "组织部" in rules.records
        ('province', True)
    """
    grammar = _by_role(iter_jsonl("departments.jsonl"), "textmine/data/departments.jsonl")
    lexicon = _by_role(iter_jsonl("departments_lexicon.jsonl"), "textmine/data/departments_lexicon.jsonl")

    guards_after: dict[str, list[tuple[str, str]]] = defaultdict(list)
    guards_end: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for rec in grammar["guard"]:
        word, attrs = rec["pattern"], rec["attrs"]
        # A candidate may never end with a guard word (…部署), whatever its side.
        guards_end[word[-1]].append((word, attrs["scope"]))
        if attrs["side"] == "after":
            guards_after[word[0]].append((word[1:], attrs["scope"]))
    frozen_after = {k: tuple(v) for k, v in guards_after.items()}
    frozen_end = {k: tuple(v) for k, v in guards_end.items()}

    news = _news_records(lexicon) if reading == "news" else {}
    cue_sets = {r["pattern"]: tuple(r["attrs"]["words"]) for r in grammar.get("cue_set", ())}
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for role in HEAD_ROLES:
        for rec in [*lexicon.get(role, ()), *grammar.get(role, ()), *news.get(role, ())]:
            attrs = rec["attrs"]
            if "only_with" in attrs:
                attrs = {**attrs, "only_with": _cue_words(rec["pattern"], attrs["only_with"], cue_sets)}
            records[rec["pattern"]].append({"id": rec["id"], "pattern": rec["pattern"], **attrs})
    frozen_records = {word: tuple(recs) for word, recs in records.items()}
    levels = {r["pattern"]: r["attrs"]["level"] for r in grammar["level"]}
    unit_hosts = frozenset(r["pattern"] for r in grammar["unit_host"])
    # Taiwan's cities, counties, districts and townships by their full names (彰化县|环保局, 汐止区|公所), as
    # places.jsonl lists them (the gazetteer's code table stops at the province), with their depth: 2 for a
    # city or county, 3 for a district or township.
    places = list(iter_jsonl("places.jsonl") if places is None else places)
    taiwan = {
        r["attrs"]["canonical"]: len(r["attrs"]["chain"])
        for r in places
        if r["label"] == "PLACE" and ((r.get("attrs") or {}).get("chain") or [None])[0] == "台湾" and len(r["attrs"]["chain"]) > 1
    }
    sar_districts = frozenset(
        name
        for r in places
        if r["label"] == "PLACE" and ((r.get("attrs") or {}).get("chain") or [None])[0] == "香港特别行政区"
        and r["attrs"].get("level") == "county"
        for full in (r["attrs"].get("canonical") or r["pattern"],)
        for name in (r["pattern"], full, full[:-1] if full.endswith("区") and len(full) > 2 else full)
    )  # (离岛|区议会: the district's name without its 区, which the council's name holds)
    region_lengths = _lengths_by_last([*(n for n in gazetteer.by_name if len(n) >= 2), *taiwan])
    countries, abbr = _countries(iter_jsonl("countries.jsonl") if countries is None else countries)
    country_lengths = _lengths_by_last(n for n in countries if len(n) >= 2)
    # What a prefix (level, division, host before a unit, 中共, 共青团) or a country can end with.
    other_parties = {r["pattern"]: r["attrs"]["full"] for r in grammar["other_party"]}
    prefix_chars = (
        frozenset(w[-1] for w in (*levels, *unit_hosts, *other_parties)) | frozenset(region_lengths) | frozenset("共党团")
    )
    foreign_before = frozenset(w[-1] for w in levels) | frozenset(country_lengths) | frozenset(abbr)
    bare: set[str] = set()  # units and hosts that stand alone in the news reading
    if news:
        bare = {r["pattern"] for r in (*news["unit"], *lexicon["unit"])} - {r["pattern"] for r in news["bare_stop"]}
        bare |= {r["pattern"] for r in news["bare_host"]}
    heads, head_lengths = ending_pattern(
        frozen_records, _heads_before(frozen_records, prefix_chars, foreign_before, bare)
    )

    trail_kinds = {r["pattern"]: r["attrs"].get("kind") for r in [*grammar["trail"], *news.get("trail", ())]}
    acronyms = {r["pattern"]: {"id": r["id"], **r["attrs"]} for r in news.get("acronym", ())}
    # Acronyms that are no English word are also read in lower case (opec, nato), as some sources write them.
    acronyms |= {p.lower(): rec for p, rec in acronyms.items() if rec.get("fold_case")}
    open_kinds = {r["pattern"]: r["attrs"].get("kind") for r in [*grammar["open_suffix"], *news.get("open_suffix", ())]}
    town_kinds = {r["pattern"]: r["attrs"]["kind"] for r in grammar["town_host"]}
    stop = "".join(r["pattern"] for r in grammar["open_stop"])
    alliances = [r["pattern"] for r in grammar["alliance"]]
    bodies = [r["pattern"] for r in grammar["body_suffix"]]
    named = {r["pattern"]: (r["attrs"]["kind"], r["attrs"]["name"]) for r in news.get("named_suffix", ())}
    # Organs named after a place or a foreign name: news reading only (the guide has no such span).
    # A unit named by its ordinal only (第二军, 第10师团) ends after a numeral: the scan stops there only.
    named_words = [w for w, (_, how) in named.items() if how != "ordinal"]
    named_words += [n + w for w, (_, how) in named.items() if how == "ordinal" for n in _NUMERALS]
    named_scan = {"named": (last_char_alternation(named_words), (w[-1] for w in named_words))} if named else {}
    # Every word the scan stops at the end of, for the array pre-filter (see ``ends``): the scan's
    # patterns are built from these words, so a match ends one of them or a one-character word.
    ending_words = [*frozen_records, *open_kinds, *alliances, *bodies, *named_words, "街道", "镇", "乡", "社区", "村", "联合党委", "联合体党委", "联合党总支", "委"]
    scan, scan_kinds = scan_pattern(
        {
            **named_scan,
            "head": (heads, (w[-1] for w in frozen_records)),
            "open": (
                last_char_alternation(open_kinds, frozen_after, frozen_end, scope="open"),
                (w[-1] for w in open_kinds),
            ),
            # The last character of 街道/镇/乡 (乡村, 城乡 … are no towns: the guards keep the
            # scan from stopping there); the town name before it is read by the extractor.
            "town": (_TOWNS, "道镇乡"),
            "community": (_COMMUNITY, "区村委支"),
            "zone": (_ZONE, "委会局部"),
            "alliance": (last_char_alternation(alliances), (w[-1] for w in alliances)),
            "body": (last_char_alternation(bodies), (w[-1] for w in bodies)),
            "special": (_SPECIAL, "委"),
        }
    )
    return DepartmentRules(
        reading=reading,
        scan=scan,
        scan_kinds=scan_kinds,
        end_words=frozenset(ending_words),
        head_lengths=head_lengths,
        records=frozen_records,
        levels=levels,
        unit_hosts=unit_hosts,
        region_hosts={r["pattern"]: r["attrs"]["after_region"] for r in grammar["unit_host"] if r["attrs"].get("after_region")},
        trail=re.compile(guarded_alternation(trail_kinds, frozen_after, scope="all")),
        trail_kinds=trail_kinds,
        trail_full={r["pattern"]: r["attrs"].get("full", r["pattern"]) for r in grammar["trail"]},
        guards_after=frozen_after,
        guards_end=frozen_end,
        open_by_last=_by_last_longest(open_kinds),
        open_kinds=open_kinds,
        open_stop=frozenset(stop),
        open_whole=frozenset(r["pattern"] for r in grammar["open_suffix"] if r["attrs"].get("whole")),
        sub_unit=re.compile(
            r"([\u4e00-\u9fff]{2,10}?)(?:"
            + guarded_alternation((r["pattern"] for r in grammar["sub_suffix"]), frozen_after, scope="open")
            + ")"
        ),
        sub_stop=tuple(r["pattern"] for r in grammar["sub_stop"]),
        abbr_stop=frozenset(r["pattern"] for r in grammar["abbr_stop"]),
        town_hosts=re.compile(alternation(town_kinds)),
        town_kinds=town_kinds,
        town_stop=re.compile(alternation(r["pattern"] for r in grammar["town_stop"])),
        alliance_by_last=_by_last_longest(r["pattern"] for r in grammar["alliance"]),
        alliance_stop=frozenset(r["pattern"] for r in grammar["alliance_stop"]),
        region_stop=frozenset(r["pattern"] for r in grammar["region_stop"]),
        level_stop=_by_last(r["pattern"] for r in grammar["level_stop"]),
        level_stop_after={r["pattern"]: tuple(r["attrs"]["not_after"]) for r in grammar["level_stop"] if "not_after" in r["attrs"]},
        level_word_stop=frozenset(r["pattern"] for r in grammar["level_word_stop"]),
        countries=countries,
        country_abbr=abbr,
        gazetteer=gazetteer,
        telling=_telling_names(gazetteer),
        region_lengths=region_lengths,
        taiwan_regions=taiwan,
        sar_districts=sar_districts,
        country_lengths=country_lengths,
        prefix_chars=prefix_chars,
        other_parties=other_parties,
        foreign_before=foreign_before,
        generic_before=tuple(sorted((r["pattern"] for r in grammar["generic_before"]), key=len, reverse=True)),
        # 五届, 第十四届; not 新一届, 本届, 每届 (a term, not its ordinal)
        term=re.compile(r"(?<![新本上下历每各])第?[一二三四五六七八九十\d]{1,3}届$"),
        body_by_last=_by_last_longest(r["pattern"] for r in grammar["body_suffix"]),
        body_min_desc={r["pattern"]: r["attrs"]["min_desc"] for r in grammar["body_suffix"]},
        body_numbered=frozenset(r["pattern"] for r in grammar["body_suffix"] if r["attrs"].get("numbered")),
        body_prefixes={
            r["pattern"]: r["attrs"] for r in sorted(grammar["body_prefix"], key=lambda r: -len(r["pattern"]))
        },
        body_prefix_words=tuple(sorted((r["pattern"] for r in grammar["body_prefix"]), key=lambda w: -len(w))),
        body_stop=frozenset("".join(r["pattern"] for r in grammar["body_stop"])),
        body_verbs=re.compile(alternation(r["pattern"] for r in grammar["body_verb"])),
        bare_stop=frozenset(r["pattern"] for r in news.get("bare_stop", ())),
        bare_hosts=frozenset(r["pattern"] for r in news.get("bare_host", ())),
        # No lookbehind before the alternation: the engine then skips to the acronyms' first letters
        # (the letter before a match is tested by the caller).
        acronyms=re.compile(rf"(?:{alternation(acronyms)})(?![A-Za-z0-9])") if acronyms else None,
        acronym_records=acronyms,
        named_by_last=_by_last_longest(named),
        named_kinds=named,
        name_stop=tuple(r["pattern"] for r in news.get("name_stop", ())),
        field_verbs=tuple(w for r in news.get("field_verb", ()) for w in r["attrs"]["words"]),
        name_boundary=frozenset("".join(r["pattern"] for r in news.get("name_boundary", ()))),
        transliterated=_transliterated(news.get("transliteration", ()), countries),
        transliterated_end=frozenset("".join(r["pattern"] for r in news.get("transliteration", ())) + "州省郡区"),
        not_after={r["pattern"]: tuple(r["attrs"]["words"]) for r in (*grammar.get("not_after", ()), *news.get("not_after", ()))},
        own_organs=frozenset(r["pattern"] for r in (*news.get("own_organs", ()), *news.get("core_anchor", ()))),
        polity_army=_polity_army(news.get("polity_army", ())),
        core_before=frozenset("".join(r["pattern"] for r in news.get("core_before", ()))),
        ordinal=re.compile(r"(?<![\d一二三四五六七八九十百零])第[\d一二三四五六七八九十百零]{1,4}\Z") if news else None,
        ordinal_suffixes=frozenset(
            r["pattern"] for r in news.get("named_suffix", ()) if r["attrs"]["name"] == "ordinal" or r["attrs"].get("ordinal")
        ),
        ordinal_army_stop=frozenset(ARMY_NOT_BEFORE + "医校"),
    )


def _transliterated(records: Iterable[dict[str, Any]], countries: Mapping[str, Country]) -> re.Pattern[str] | None:
    """The regex of a foreign name written in transliteration, anchored at the end of the search (news reading).

    An optional country and a direction (美国北…), a run of two to seven
    transliteration characters or a shorter run with 州/省/郡 (加州, 特拉华州),
    and an optional part of it (北区): 美国夏威夷州, 加利福尼亚北区, 里根.
    """
    chars = "".join(r["pattern"] for r in records)
    if not chars:
        return None
    cls = f"[{re.escape(chars)}]"
    country = f"(?:{alternation(countries)})?"
    return re.compile(rf"(?<!{cls}){country}[东南西北]?(?:{cls}{{1,6}}[州省郡]|{cls}{{2,7}})(?:[东南西北]区)?\Z")


def _polity_army(records: Iterable[dict[str, Any]]) -> re.Pattern[str] | None:
    """The regex of a provincial or dynastic army (news reading): 滇军, not 滇军区 or 滇军人.

    The character before it (a boundary) is tested by the caller: a lookbehind
    before the polity would keep the engine from skipping to it.
    """
    polities = "".join(r["attrs"]["polities"] for r in records)
    if not polities:
        return None
    return re.compile(rf"[{re.escape(polities)}]军(?![{re.escape(ARMY_NOT_BEFORE)}])")


def _countries(records: Iterable[Mapping[str, Any]]) -> tuple[dict[str, Country], dict[str, Country]]:
    """Countries by every name and alias (also with a form of state: 波兰人民共和国), and by
    one-character abbreviation (``data/countries.jsonl``)."""
    countries: dict[str, Country] = {}
    abbr: dict[str, Country] = {}
    for rec in records:
        country = Country(rec["name"], tuple(rec.get("aliases", ())), rec.get("abbr"))
        for name in (country.name, *country.aliases):
            countries[name] = country
            for official in official_names(name):  # 越南民主共和国政府: the official name before an organ
                countries.setdefault(official, country)
        if country.abbr:
            abbr[country.abbr] = country
    return countries, abbr


#: What stands before a later post in a list of one person's posts (区委常委、纪委书记、监委主任).
_POST_LIST_MARKS = frozenset("、，,兼")


def _heads_before(
    records: Mapping[str, tuple[dict[str, Any], ...]],
    prefix_chars: frozenset[str],
    foreign_before: frozenset[str],
    bare: frozenset[str] | set[str],
) -> dict[str, frozenset[str]]:
    """Heads found only after certain characters, as ``NameReader.from_head`` reads them.

    A unit or a host needs a prefix (a level, a division …) unless it may stand
    alone (a central congress host after a term ordinal, a bare unit or host of
    the news reading); a country-organ word needs a country. Names and
    embassies stand anywhere. The scan then stops at 市政府, not at 的政府.
    """
    out = {}
    for word, recs in records.items():
        if len(word) > 2:
            continue  # longer heads are rare enough: the lookbehinds would cost more than they save
        allowed: set[str] = set()
        for rec in recs:
            role = rec["role"]
            if role == "foreign":
                allowed |= foreign_before
            elif role in ("unit", "host") and not rec.get("central") and word not in bare:
                allowed |= prefix_chars
                if rec.get("under") == "委" or rec.get("kind") in ("discipline", "military"):
                    allowed |= _POST_LIST_MARKS  # 区委常委、纪委书记: a later post of one person's list (NameReader.after_posts)
                if rec.get("after_term"):
                    allowed.add("届")  # 县十二届|纪委 (NameReader.after_term)
            else:
                break  # this record stands anywhere
        else:
            out[word] = frozenset(allowed)
    return out


def _news_records(lexicon: Mapping[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The records of the news reading: ``data/departments_news.jsonl`` and the sectors of the units.

    A sector is a unit's core with 部门 (税务局 → 税务部门, 民政局 → 民政部门):
    news text names the authorities of a field that way ("the tax authorities").
    """
    news = _by_role(iter_jsonl("departments_news.jsonl"), "textmine/data/departments_news.jsonl")
    named = {r["pattern"] for r in news.get("name", ())}
    for rec in lexicon.get("unit", ()):
        core, sector = rec["pattern"][:-1], rec["pattern"][:-1] + "部门"
        if rec["pattern"][-1] in "局厅委办" and len(core) >= 2 and sector not in named:
            named.add(sector)
            kind = rec["attrs"].get("kind")
            for role, extra in (("name", {"bare": True}), ("unit", {"full": sector})):  # 民政部门, 区民政部门
                attrs = {"role": role, "kind": kind, **extra}
                news[role].append(
                    {"label": "DEPARTMENT", "pattern": sector, "id": f"news.sector.{core}", "attrs": attrs}
                )
    return news
