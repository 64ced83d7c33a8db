"""PLACE extractor: ``Doc`` → PLACE spans with the administrative chain.

Input: a ``Doc`` (matched on ``doc.norm``, so traditional and simplified texts
give the same spans) and the spans found before it (DEPARTMENT, SLOGAN …).
Output: PLACE spans whose ``attrs`` hold ``level`` (country, province, city,
county, new_area, region, natural), ``chain`` (full names, province first:
杭州市拱墅區 → 浙江省/杭州市/拱墅区), ``canonical`` (the full name), ``code``
(the 12-digit division code, gazetteer places only) and ``norm``. Unresolved
values are None, never a guess.

Names come from the shared gazetteer (provinces, prefectures, counties: full
names, short forms, province aliases such as 陇原) and ``data/places.jsonl``
(countries, regions, natural features, national-level new areas, nicknames,
and NOT_PLACE guards). The article's tokens that are names are proposed, with
their prefixes that are names too; rules then keep the ones that name a place:

- ANNOTATION.md: one-character abbreviations alone (在浙落地 → 浙) are
  optional, so single characters are never proposed; 全国/全省/我省 are not places.
- A name must be a token, or start one (伟大理论 holds no 大理); short forms of
  prefectures and counties must be whole tokens (和政治 holds no 和政).
  NOT_PLACE lists the short forms that are ordinary words (合作, 和平, 磐石 …)
  and words that swallow a name (大江南北); such a short form of a division
  names it in a list of places (长治、临汾), and a city's name before a
  street word of its own (赤峰|道) names the street, not the city.
- 浙江省委 is 浙江 + 省委: a full name whose suffix begins an organ
  abbreviation (省委, 市直, 省政府 …) gives way to its short form.
- 台湾同胞 is 台湾 + 同胞: a province, SAR or country that jieba glues to a
  noun for its people or parts (PLACE_PART: 同胞, 各族群众, 地区, 当局 …) is
  the place; any other longer word a name opens (亚洲各国) counts only where
  the name also stands alone in the article.
- Towns and villages the gazetteer lacks are read from their unit word where
  the text marks where their name starts (到上津镇, 梅仙镇汶潭村: :mod:`.local_names`).
- 长江上游 is 长江 + 上游: a natural feature glued to a part of its course
  (NATURAL_PART: 上游, 干流, 沿岸 …) is the place.
- 青岛港 is 青岛 + 港: a province or prefecture name that jieba glues to a
  port or an airport (PLACE_FACILITY: 港, 机场) is the place (held-out
  conventions: the city before an airport or a port is required).
- A match that cuts an earlier span in two is dropped (ANNOTATION.md: PLACE
  spans that cut a department or a slogan are wrong); one at the start of a
  department name is kept (optional there).
- Adjacent divisions that form a chain are one span, the longest name
  (杭州市拱墅区; a country and its city, 越南河内, too); a name several
  divisions share is resolved by the chain it sits in, then by the provinces
  and prefectures the article names elsewhere. A county's short name before
  its own 市 (荔浦市, made a city since the gazetteer was written) keeps it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import Any, NamedTuple

from ..gazetteer import Gazetteer, Region, load_gazetteer
from ..records import Doc, Span
from ..resources import Resources, iter_jsonl
from .local_names import LocalNames, build_local_names, load_local_names
from .numerals import parse_number
from .person_names import load_person_lexicon
from .place_names import (
    COUNTRY_FORMS,
    CURATED,
    DIVISION_SUFFIX,
    FULL,
    ORGANS,
    SHORT,
    STRONG,
    TOWN_VILLAGE,
    UNKNOWN_ENTRY,
    PlaceEntry,
    PlaceLexicon,
    context_codes,
    division_attrs,
    load_place_lexicon,
    resolve_region,
)
from .tagger import Tagger, build_tagger, verb_starts
from .tokens import (
    SpanBoundaries,
    TokenVocabulary,
    ends_token,
    find_all,
    item_spans,
    on_token_bounds,
    starts_token,
    token_at,
)

LABEL = "PLACE"
#: What makes 城 after a county's name the start of another word (城乡, 城市, 城区, 城管, 城建, 城投 …).
_NOT_COUNTY_TOWN = frozenset("乡市镇区管建投际关中内外墙郊")
#: A town opening a chain's part (大桥镇 of 大桥镇由桥村), and a village or community opening an organ's name.
_TOWN_PART = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,})")
_COMMUNITY_PART = re.compile(r"(?:^|[镇乡道])([\u4e00-\u9fff]{2,4}?(?:社区|村))(?=党|居委|村委|村民委)")
#: The last characters of the names repeated (镇, 乡, 街道, 村, 社区).
_LOCAL_UNIT_LAST = frozenset("镇乡道村区")
#: The labels a repeated name may not overlap (a quotation or a slogan may hold it).
_REPEAT_BLOCKERS = frozenset({LABEL, "DEPARTMENT", "PERSON"})
#: Guarded names that are the parts of a region too (南部县 by its short name): no place in a list.
_REGION_PARTS = frozenset({"南部", "北部", "东部", "西部", "中部"})
#: The last characters of an organ whose head is titled with 长 glued after it (农业部长, 统计局长, 公安厅长, 总署长).
_ORGAN_LAST = frozenset("部局厅署")
#: Levels of curated villages and towns (大寨, 枫桥镇): found where the tokenizer cuts them out, never
#: at the start of a longer word (普及大寨县 names no village).
_LOCAL_LEVELS = frozenset({"village", "town"})

#: An organ abbreviation after a division suffix (浙江省|委); 政府 before 工作报告 opens the name of the
#: report, whose place is the full name (杭州市|政府工作报告).
_ORGAN_AFTER_SUFFIX = re.compile("|".join("政府(?!工作报告)" if organ == "政府" else organ for organ in ORGANS))
#: A form of state after a country's name (波兰|人民共和国): the alternatives are tried in the order of
#: COUNTRY_FORMS, longest first, so the match is the form that list finds first.
_COUNTRY_FORM = re.compile("|".join(COUNTRY_FORMS))
#: After a province or a city, the words that make it an area of its own: a city cluster of (a part of)
#: it (山西中部城市群), a basin or plain named after it (太原盆地); after a river, its valley (汾河谷地).
_DIVISION_AREA = re.compile(r"(?:(?:东南|西南|东北|西北|东|南|西|北|中)部)?(?:城市群|都市圈)|盆地|平原|谷地")
_RIVER_AREA = re.compile(r"谷地|河谷|平原|三角洲")
#: The level of such an area, by its last character (群/圈: a region, else a natural feature).
_AREA_LEVEL = {"群": "region", "圈": "region"}
# A county or prefecture short form followed by these names a township or
# village of that name (天水街道 in Hangzhou is not 天水市): not ours to chain
# (but 吴川街道上 is on the streets of 吴川, 银川村集体经济 the collective economy of 银川's villages).
_SMALLER_UNIT = re.compile(r"街道(?!上)|镇|乡(?!村)|村(?!集体|社)|社区|嘎查|苏木")
# A route named by its ends: [G679线]乌拉斯台[（alias）]至奇台[铁路]; one side must say it is a route.
_ROUTE_LEFT = re.compile(
    r"(?:(?P<road>[GS]\d{1,4}线)|(?<=[、，；：。！？（\s])|^)(?P<name>[\u4e00-\u9fff]{2,6}?)(?:（(?P<alias>[\u4e00-\u9fff]{2,6})）)?$"
)
_ROUTE_RIGHT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?=等?(?:\d+|[一二三四五六七八九十]+)?个?(?P<kind>铁路|高铁|高速公路|高速|公路|航道|管道|城际|段|特高压|输电|输气|管线)|[、，；。等]|$)"
)
#: A verb of building before the first end of a route the lexicon does not know (续建|黄桶至百色).
_ROUTE_VERB = re.compile(r"续建|新建|改建|扩建|建设|建成|开工|实施|推进|加快|启动|谋划|规划")
# A street named after a city: the name and one of these as a token of its own (赤峰|道).
_STREET = frozenset("路道街")
_DIRECTIONS = frozenset("东西南北中")
# What may stand on either side of an item of a list of places.
_LIST_EDGE = frozenset("、，。；：！？,.;:（）()和与及等在\n\u3000 ")
#: Tags of the verb that may follow the last name of a list (支持大连、朝阳创建).
_LIST_VERB_TAGS = frozenset({"v", "vn", "vd"})
#: Locative words the tokenizer may take the last character of a river or lake into (海|河畔, 西|湖边):
#: one of these characters, then one of the locatives.
_WATER_ENDS = frozenset("河湖江")
_LOCATIVES = "畔边"
#: What follows 县 when it opens a word after a county's short name (县长, 县城, 县级, 县域).
_XIAN_WORDS = frozenset("长城级域")
# What follows 市 when it opens a word (市场, 市民, 市委 …), not the end of a city's name.
_SHI_WORDS = frozenset("场民委直政区县级长里内域属值面容井辖人纪监")
#: A village's name of two or three characters and 村, no organ or committee after it (刘堡子村, not 刘堡子村党委).
_VILLAGE_AFTER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}?)村(?![党委民两])")
#: A town right after its county, nothing of an organ, a title or a village after its unit (金坛区|直溪镇).
_TOWN_AFTER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}?)[镇乡](?![\u4e00-\u9fff]{0,4}?(?:村|社区)|[长党政人纪委监])")
#: A news dateline at a line's start or in brackets: the agency or paper, the place filed from, the
#: date, 电 (新华社喀布尔7月18日电, 本报泽当电, 新华网洛杉矶9月27日专电).
_DATELINE = re.compile(
    r"(?:新华社|新华网|中新社|中新网|中国新闻网|人民网|央视网|光明网|本报|本刊|本台|本网)"
    r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?:\d{1,2}月\d{1,2}日)?[专快特]?电$"
)
_DATELINE_BEFORE = frozenset("\n（(【 \t\u3000")
_DATELINE_REACH = 16  # characters before 电 that may hold the agency, the place and the date
#: Words that make a dateline's "place" something else (本报综合电, 本报特约记者电, 本报打来热线电).
_NOT_DATELINE = ("综合", "记者", "特约", "热线", "消息", "报道", "联合", "通讯员")
#: A company of the Corps named by its (division and) regiment: 一师十团五连, 十团五连 (not 五连党支部).
_CORPS_COMPANY = re.compile(
    r"(?<![一二三四五六七八九十〇零第])(?:[一二三四五六七八九十]{1,3}师)?[一二三四五六七八九十〇零]{1,4}团[一二三四五六七八九十]{1,3}连$"
)
_CORPS_DIGITS = frozenset("一二三四五六七八九十")
_CORPS_REACH = 12  # characters before 连 that may hold the division and the regiment
_ROUTE_UNKNOWN_MAX = 5  # longest name not in the lexicon taken as a route end
_START = itemgetter(0)  # _Candidate.start
_END = itemgetter(1)  # _Candidate.end
# Organ names are at most this long: bounds the search for a department around a match.
_LONGEST_DEPARTMENT = 40
# Longest place name looked for at either end of a slogan.
_EDGE_LONGEST = 4


class _Candidate(NamedTuple):
    start: int  # norm offsets
    end: int
    entry: PlaceEntry
    regions: tuple[Region, ...]


#: ``_Candidate(...)`` without the Python-level ``__new__`` of a NamedTuple.
_candidate = partial(tuple.__new__, _Candidate)


class PlaceExtractor:
    """Find PLACE spans; built once per pipeline by :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> ex = build(Resources())
        >>> [(s.text, s.attrs["chain"]) for s in ex(tm.analyze("杭州市拱墅區天水街道"), ())]
        [('杭州市拱墅區', ['浙江省', '杭州市', '拱墅区'])]
    """

    labels = (LABEL,)

    def __init__(
        self,
        lexicon: PlaceLexicon,
        vocabulary: TokenVocabulary | None = None,
        tagger: Tagger | None = None,
        local: LocalNames | None = None,
        name_parts: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        # Parts of Tibetan and Mongolian names: one that is a division's name too (尼玛) is no place next to another.
        self.name_parts = name_parts
        self.tagger = tagger
        self.local = local or load_local_names(tagger)
        self.vocabulary = vocabulary or TokenVocabulary()
        words = lexicon.names.keys() | lexicon.prefixes.keys()
        self.vocabulary.register(words)
        # What a token proposes, in one lookup: the name it is (or None) and its prefixes that are names.
        self._token_names = {w: (lexicon.names.get(w), lexicon.prefixes.get(w, ())) for w in words}
        self._longest_listed = max(map(len, lexicon.listed), default=0)  # of the guarded division names (长治)
        # The names that, seen as a token, are looked for at the start of longer words too (亚洲各国):
        # provinces, countries, full and curated names, but no village or town (普及大寨县).
        self._opening = frozenset(
            w for w, e in lexicon.names.items() if e.kind in STRONG and e.attrs.get("level") not in _LOCAL_LEVELS
        )
        # Attributes of a division (by code) or of an unresolved name (by its divisions), computed once:
        # (level, chain, canonical, code).
        self._attrs: dict[Any, tuple[Any, ...]] = {}
        # First and last two characters of the strong names a slogan may open or close with (2 to
        # 4 characters): most slogans are ruled out by them (_slogan_edges).
        edges = [n for n, e in lexicon.names.items() if e.kind in STRONG and len(n) <= _EDGE_LONGEST]
        self._edge_firsts = frozenset(n[:2] for n in edges)
        self._edge_lasts = frozenset(n[-2:] for n in edges)

    def dictionary_words(self) -> Iterable[str]:
        """Curated and long full names, and the guards: kept whole by the tokenizer."""
        return self.lexicon.words

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the PLACE spans of ``doc``."""
        slogans, departments = [], []
        for span in found:
            label = span.label
            if label == "SLOGAN":
                slogans.append((span.start, span.end))
            elif label == "DEPARTMENT":
                departments.append((span.start, span.end))
        candidates = self._candidates(doc, found, slogans)
        if not candidates:
            return _unlisted(doc, [], found)
        gazetteer = self.lexicon.gazetteer
        merged = _merge_chains(_longest_first(candidates), gazetteer)
        offsets = doc.normalized.offsets
        if departments:
            reach = _department_reach(departments).get
            if offsets is None:
                merged = [c for c in merged if reach(c[0], 0) < c[1]]
            else:
                merged = [c for c in merged if reach(offsets[c[0]], 0) < offsets[c[1]]]
            if "长" in doc.norm:
                merged = _no_title_after_organ(doc, merged, departments)
        context = None  # the provinces and prefectures the article names, when a name needs them
        text, norm = doc.text, doc.norm
        described, describe = self._attrs, self._describe
        spans = []
        village_end = 0  # the end of the last chain taken down to a village: names inside it are its parts
        for start, end, entry, regions in merged:
            if start < village_end:
                continue  # 河南 of 赤峰市喀喇沁旗河南街道马鞍山村
            if norm[start] == "长" and _head_title_before(norm, start):
                continue  # 区委副书记、区长江稳: 区长 and a name, no 长江
            name = norm[start:end]
            if name in self.name_parts and (norm[start - 2 : start] in self.name_parts or norm[end : end + 2] in self.name_parts):
                continue  # 才旺尼玛, 尼玛才仁: a Tibetan name, no 尼玛县
            if entry.kind == CURATED and not regions:
                attrs = dict(entry.attrs)
                form = _COUNTRY_FORM.match(norm, end) if _is_country(entry) else None
                if form is not None:  # 波兰|人民共和国: the form of state is part of the name
                    end = form.end()
                    name = norm[start:end]
                elif name == "中国" and norm.startswith("大陆", end) and not self._organ_at(doc, end, departments):
                    end += 2  # 中国大陆: one place (not 中国|大陆国台办, where 大陆 opens the organ's name)
                    name = norm[start:end]
                elif attrs.get("level") == "natural" and name[-1] in "河江溪" and (area := _area_end(doc, end, _RIVER_AREA)):
                    end, name, attrs = area, norm[start:area], _area_attrs(norm[start:area])  # 汾河谷地
                elif (attrs.get("chain") or [None])[0] == "台湾" and len(name) > 2 and name[-1] in "市县乡镇区":
                    if _lone_head_at(doc, end, self.tagger):
                        end -= 1  # 南投县|长许淑华: the level word is the title's (县长), the place 南投
                        name = norm[start:end]
                    elif attrs.get("level") in ("town", "county") and (village := _TAIWAN_VILLAGE.match(norm, end)) and self.local.may_name(village.group(1)):
                        end = village_end = village.end()  # 水里乡新兴村, 埔里镇桃米里: the chain down to the village
                        attrs = {"level": "village", "chain": [*attrs["chain"], village.group()], "canonical": village.group(), "code": None}
                        name = norm[start:end]
                attrs["norm"] = name
            else:
                # Most names denote one division: nothing to resolve.
                if len(regions) == 1:
                    region = regions[0]
                else:
                    if context is None:
                        context = context_codes(c.regions for c in merged)
                    region = resolve_region(regions, context, gazetteer)
                key = region.code if region is not None else regions
                level, chain, canonical, code = described[key] if key in described else describe(region, regions)
                if name[-1] in "省市县" and len(name) > 2 and _lone_head_at(doc, end, self.tagger):
                    end -= 1  # 黑龙江省|长|胡昌升: the level word is the title's (省长), the place 黑龙江
                    name = norm[start:end]
                if level in ("county", "city") and entry.kind == SHORT and norm.startswith("市", end) and norm[end + 1 : end + 2] not in _SHI_WORDS and (
                    level == "county" or (canonical or "").endswith(("地区", "盟"))
                ):
                    # 荔浦市, 那曲市: a county or a prefecture made a city since the gazetteer was written (not 荔浦市场)
                    end += 1
                    name = norm[start:end]
                elif level == "county" and entry.kind == SHORT and norm.startswith("县", end) and (canonical or "").endswith("自治县") and norm[end + 1 : end + 2] not in _XIAN_WORDS:
                    end += 1  # 西盟县(以): an autonomous county by its short name and 县, which the tokenizer may glue on
                    name = norm[start:end]
                elif level == "county" and entry.kind == SHORT and norm.startswith("区", end) and self._town_after(norm, end + 1):
                    end += 1  # 金坛区直溪镇: a county made a district since the gazetteer was written
                    name = norm[start:end]
                elif level == "county" and name.endswith("县") and norm.startswith("城", end) and norm[end + 1 : end + 2] not in _NOT_COUNTY_TOWN:
                    end += 1  # 莲花县城: the county's seat, one place with its county (not 县城乡, 县城区, 县城管)
                    name = norm[start:end]
                attrs = {"level": level, "chain": list(chain) if chain else None, "canonical": canonical, "code": code, "norm": name}
                if level in ("province", "city") and (area := _area_end(doc, end, _DIVISION_AREA)):
                    end = area  # 太原盆地, 山西中部城市群: an area named after the division
                    name = norm[start:end]
                    attrs = {**_area_attrs(name), "norm": name}
                if level in ("county", "city") and chain and (down := TOWN_VILLAGE.match(norm, end)) is not None and (
                    (level == "county" and self._village_named(down)) or self._local_chain(down)
                ):
                    # 赤峰市喀喇沁旗河南街道马鞍山村: the chain goes down to the village (no code below counties);
                    # after a city, where the county is left out (广元市平溪乡毛坝村), when both may be names
                    end = village_end = down.end()
                    name = norm[start:end]
                    attrs = {"level": "village", "chain": [*chain, down["town"], down["village"]], "canonical": down["village"], "code": None, "norm": name}
                elif level == "county" and chain and (town_end := self._town_after(norm, end, down)):
                    # 金坛区直溪镇: a county's chain down to its town (no organ after it: 良渚镇党委 is the organ's)
                    town = norm[end:town_end]
                    end = village_end = town_end
                    name = norm[start:end]
                    attrs = {"level": "town", "chain": [*chain, town], "canonical": town, "code": None, "norm": name}
                elif level == "county" and chain and name.endswith(("县", "旗")) and (village := self._village_after(norm, end)):
                    # 正宁县刘堡子村: a county's chain down to its village, the town left out
                    end = village_end = village.end()
                    name = norm[start:end]
                    attrs = {"level": "village", "chain": [*chain, village.group()], "canonical": village.group(), "code": None, "norm": name}
            a, b = (start, end) if offsets is None else (offsets[start], offsets[end])
            spans.append(Span(LABEL, a, b, text[a:b], name, attrs))
        if len(spans) > 1:
            spans = _province_before_site(spans, text)
        return _local_repeats(doc, _unlisted(doc, spans, found), found)

    @staticmethod
    def _organ_at(doc: Doc, at: int, departments: Sequence[tuple[int, int]]) -> bool:
        """True when a DEPARTMENT span starts at norm offset ``at``."""
        offsets = doc.normalized.offsets
        a = at if offsets is None else offsets[at]
        return any(start == a for start, _ in departments)

    def _town_after(self, norm: str, at: int, down: re.Match[str] | None = None) -> int | None:
        """The end of a town named at ``at`` after its county (直溪镇 of 金坛区直溪镇), or None.

        The name (two or three characters) must be one by :mod:`.local_names`, and
        no organ, title or village follow the unit (良渚镇党委, 直溪镇长, 直溪镇村), unless
        what reads as a village (``down``, a ``TOWN_VILLAGE`` match at ``at``) opens the clause
        (永正镇|按照农村).
        """
        if down is not None and down.start() == at and not self._village_named(down) and self.local.may_name_unit(down["town"]):
            return at + len(down["town"])
        town = _TOWN_AFTER_COUNTY.match(norm, at)
        if town is None or not self.local.may_name(town.group(1)):
            return None
        return town.end()

    def _village_after(self, norm: str, at: int) -> re.Match[str] | None:
        """A village named at ``at`` right after its county (刘堡子村 of 正宁县刘堡子村), with no organ after it, or None."""
        village = _VILLAGE_AFTER_COUNTY.match(norm, at)
        if village is None or not self.local.may_name(village.group(1)):
            return None
        return None if self._opens_clause(village.group()) else village

    def _local_chain(self, down: re.Match[str]) -> bool:
        """True when the town and the village of a ``TOWN_VILLAGE`` match may both be names (not 各乡|镇村)."""
        return self.local.may_name_unit(down["town"]) and self.local.may_name_unit(down["village"]) and self._village_named(down)

    def _village_named(self, down: re.Match[str]) -> bool:
        """True unless the first word after the town opens the clause (永正镇|按照农村: a preposition, no village)."""
        return not self._opens_clause(down["village"])

    def _opens_clause(self, text: str) -> bool:
        """True when the tagger reads the first word of ``text`` as a clause's (按照, 对, 在), no place's name.

        A verb of one character opens none: it is as often a name's first (官亭镇|付|家村, 建新村).
        """
        if self.tagger is None:
            return False
        word, tag = self.tagger.tag_text(text)[0]
        return tag in _CLAUSE_OPENING_TAGS and not (tag == "v" and len(word) == 1)

    def _describe(self, region: Region | None, regions: tuple[Region, ...]) -> tuple[Any, ...]:
        """The attributes of a division (or of an unresolved name) as a tuple, computed once."""
        attrs = division_attrs(region, regions, self.lexicon.gazetteer)
        key = region.code if region is not None else regions
        found = self._attrs[key] = (attrs["level"], attrs["chain"], attrs["canonical"], attrs["code"])
        return found

    def _candidates(self, doc: Doc, found: Sequence[Span], slogans: Sequence[tuple[int, int]]) -> list[_Candidate]:
        """Names the tokenizer cut out, their prefixes that are names too (浙江 of 浙江省), and places before organs.

        Whole tokens are looked up in one pass over the tokens shared by the
        lexicon extractors (far below the cost of segmentation); the tokenizer
        keeps curated names whole (``dictionary_words``). A whole name before a
        place part is the prefix of its token (台湾同胞 → 台湾, from the lexicon's
        ``prefixes``). A province, country or curated name seen as a token is
        also looked for at the start of longer tokens (亚洲各国); a name inside a
        word (伟大理论, 发展中国家) is never proposed.
        """
        names, norm = self.lexicon.names, doc.norm
        offsets, tokens = doc.normalized.offsets, doc.tokens
        raw: list[_Candidate] = []
        seen: set[int] = set()
        strong: set[str] = set()
        # Where a proposed name ends: at the end of its token, or inside one (a prefix): known without
        # a look at the tokens (norm offsets are original ones when ``offsets`` is None).
        token_ends: set[int] = set()
        inner_ends: set[int] = set()
        # Where a prefix of a port or airport word ends (青岛 of 青岛港), or a native's home (义乌 of 义乌人):
        # a name ends there.
        facility_ends: set[int] = set()
        facility_words = self.lexicon.facility_words
        # The ranges that may cut an earlier span: each token's covers its prefixes.
        ranges: list[tuple[int, int]] = []
        token_names, opening = self._token_names.get, self._opening
        for tok in self.vocabulary.hits(doc):
            word = tok[1]
            proposed = token_names(word)
            if proposed is None:
                continue  # a word of the other extractors
            entry, cuts = proposed
            start = tok[2] if offsets is None else bisect_left(offsets, tok[2])
            end = start + len(word)
            ranges.append((tok[2], tok[3]))
            if entry is not None:
                seen.add(start)
                if word in opening:
                    strong.add(word)
                raw.append(_candidate((start, end, entry, entry.regions)))
                token_ends.add(end)
            for cut, shorter in cuts:
                raw.append(_candidate((start, start + cut, shorter, shorter.regions)))
                inner_ends.add(start + cut)
            if cuts and word in facility_words:
                facility_ends.add(start + cuts[0][0])
            if word.endswith("政府") and norm.startswith("工作报告", end):
                full = names.get(word[:-2])  # 杭州市|政府工作报告: the report of the city, named in full
                if full is not None:
                    raw.append(_candidate((start, end - 2, full, full.regions)))
                    token_ends.add(end - 2)
        if offsets is not None:
            token_ends.clear()
            inner_ends.clear()
        extra = len(raw)
        # A province, country or curated name also opens longer words (亚洲各国, 中国共产党):
        # look for the other occurrences of those seen as tokens, where they start a token.
        if strong:
            # The strong names by their first two characters (names are two characters or more).
            by_pair: dict[str, list[str]] = {}
            for name in sorted(strong, key=len):
                by_pair.setdefault(name[:2], []).append(name)
            pair_names = by_pair.get
            for start in self.vocabulary.opening(doc):
                if start in seen:
                    continue
                written = pair_names(norm[start : start + 2])
                if written is None:
                    continue
                for name in written:
                    if norm.startswith(name, start):
                        entry = names[name]
                        raw.append(_candidate((start, start + len(name), entry, entry.regions)))
        raw.extend(self._before_locative(doc))
        if "人" in norm and raw:
            natives = self._natives(doc, raw)
            raw.extend(natives)
            facility_ends.update(c[1] for c in natives)  # (a name ends there, inside the token 义乌人)
        raw.extend(self._local_units(norm))
        if "个" in norm or "等" in norm:
            raw.extend(self._counted_units(norm))
        if "河、" in norm or "溪、" in norm:
            raw.extend(_river_lists(norm))
        routes = self._route_ends(norm) if "至" in norm else []
        raw.extend(routes)
        # (route ends are read from the text around 至, so they need not end a token: 龙胜至|南宁段,
        # where the tokenizer glued 至 to the name)
        routed = {(c[0], c[1]) for c in routes}
        if slogans:
            raw.extend(self._slogan_edges(doc, slogans))
        if not raw:
            return []
        if offsets is None:
            ranges += [(c[0], c[1]) for c in raw[extra:]]
        else:
            ranges = [(offsets[c[0]], offsets[c[1]]) for c in raw]
        boundaries = SpanBoundaries(found, ranges)
        crosses = boundaries.crosses if boundaries else None
        out = []
        for cand in raw:
            start, end, entry, _ = cand
            kind = entry.kind
            if kind == FULL and norm[end - 1] in DIVISION_SUFFIX and _ORGAN_AFTER_SUFFIX.match(norm, end):
                continue  # 浙江省委: the place is 浙江, 省委 the organ
            if norm.startswith(("巷", "苑"), end) and kind in (SHORT, CURATED):
                continue  # 福山巷, 新竹苑: a lane or a lodge named after the place (巷 may be glued into 巷道)
            if kind == SHORT:
                if _SMALLER_UNIT.match(norm, end):
                    continue  # 天水街道 is a township, not 天水市
                if norm.startswith("湾", end) and all(r.level == "county" for r in entry.regions):
                    continue  # 金州湾 is a bay (大连金州湾国际机场), not the district 金州
                if norm[end : end + 1] in _STREET and (
                    on_token_bounds(tokens, end, end + 1) if offsets is None else on_token_bounds(tokens, offsets[end], offsets[end + 1])
                ):
                    continue  # 赤峰|道, 成都|道: a street named after the city (Tianjin names many so)
                if norm[end : end + 1] in _DIRECTIONS and norm[end + 1 : end + 2] in _STREET:
                    continue  # 滨江东路, 长江西路: a street named after the place and a direction
                if end in token_ends or end in facility_ends or (start, end) in routed:
                    pass
                elif (
                    end in inner_ends or not ends_token(tokens, end if offsets is None else offsets[end])
                ) and not _before_organ(norm, end):
                    continue  # a prefix of a longer token: 杭州 of 杭州市委 only
            if crosses is not None and (
                crosses(start, end) if offsets is None else crosses(offsets[start], offsets[end])
            ):
                continue
            out.append(cand)
        if out and "、" in norm:
            out.extend(_in_lists(doc, self.lexicon.listed, self._longest_listed, out, self.tagger))
        return out

    def _before_locative(self, doc: Doc) -> list[_Candidate]:
        """Natural features whose last character the tokenizer took into a locative word (海|河畔, 西|湖边).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("灯火海河畔")
            >>> [(c[0], c[1]) for c in build(Resources())._before_locative(doc)]
            [(2, 4)]
        """
        norm, names, tokens, offsets = doc.norm, self.lexicon.names, doc.tokens, doc.normalized.offsets
        out = []
        # Found from the locatives (a few an article, and str.find skips to them faster than a regex
        # scan of the text for the pairs does); in text order, as each is tried below.
        found = sorted(j - 1 for c in _LOCATIVES for j in find_all(norm, c) if j >= 2 and norm[j - 1] in _WATER_ENDS)
        for at in found:
            for start in range(max(0, at - 4), at):
                entry = names.get(norm[start : at + 1])
                if (
                    entry is not None
                    and entry.kind == CURATED
                    and entry.attrs.get("level") == "natural"
                    and starts_token(tokens, start if offsets is None else offsets[start])
                ):
                    out.append(_candidate((start, at + 1, entry, entry.regions)))
                    break
        return out

    def _natives(self, doc: Doc, raw: Sequence[_Candidate]) -> list[_Candidate]:
        """A city or county of a province named right after it, before 人 (浙江义乌人, 四川南充人: a native's
        home, the tokenizer's word 义乌人).

        Example:
            >>> from textmine import Pipeline
            >>> doc, places = Pipeline.from_config().analyze("他是浙江义乌人"), build(Resources())
            >>> [doc.norm[c[0]:c[1]] for c in places._natives(doc, places._candidates(doc, (), ()))]
            ['义乌']
        """
        names, norm, offsets = self.lexicon.names, doc.norm, doc.normalized.offsets
        out = []
        for start, end, entry, regions in raw:
            if "人" not in norm[end + 2 : end + 4] or not regions or any(r.level != "province" for r in regions):
                continue  # (a city or county of two or three characters, then 人)
            token = token_at(doc.tokens, end if offsets is None else offsets[end])
            if token is None or not token.norm.endswith("人") or not 3 <= len(token.norm) <= 4:
                continue
            if (token.start if offsets is None else bisect_left(offsets, token.start)) != end:
                continue
            inner = names.get(token.norm[:-1])
            if inner is not None and any(r.code.startswith(regions[0].code[:2]) for r in inner.regions):
                out.append(_candidate((end, end + len(token.norm) - 1, inner, inner.regions)))
        return out

    def _counted_units(self, norm: str) -> list[_Candidate]:
        """The villages, communities or towns of a list that a count of them closes (中寨、松乐、大沟和庙湾4个村,
        林旺北、青田、洪风3个大社区): each item a name by :mod:`.local_names`, the count that of the items.

        Example:
            >>> norm = "中寨、松乐和庙湾3个村"
            >>> [(norm[a:b], c.attrs["level"]) for a, b, c, _ in build(Resources())._counted_units(norm)]
            [('中寨', 'village'), ('松乐', 'village'), ('庙湾', 'village')]
        """
        out = []
        for m in self._counted_lists(norm):
            items = re.split("[、和及]", m.group(1))
            first = m.start(1)
            if len(items[0]) == 3 and (
                not self.local.may_name(items[0]) or (self.tagger is not None and self.tagger.tag_text(items[0])[0][0] == items[0][0])
            ):
                # 较高的|中寨、松乐, 联合党委辖|白马、双柏: the match began a character early (a word of its own)
                items[0], first = items[0][1:], first + 1
            count = parse_number(m.group(2)).value if m.group(2) else None  # (a count of two to ten: 4, 两, 十)
            if (count is not None and count != len(items)) or not all(self.local.may_name(item) for item in items):
                continue  # (after 等 the count may be left out: 南港、国姓、石门等村)
            level = _COUNTED_LEVELS[m.group(3)]
            for a, b in item_spans(norm, first, items):
                attrs = {"level": level, "chain": None, "canonical": norm[a:b], "code": None}
                out.append(_candidate((a, b, PlaceEntry(CURATED, (), attrs), ())))
        return out

    @staticmethod
    def _counted_lists(norm: str) -> Iterator[re.Match[str]]:
        """The matches of ``_COUNTED_UNITS``, each searched for before a count and 个 of villages, communities or
        towns (found with ``str.find``: the pattern tried at every offset would cost more than the rule)."""
        for at in find_all(norm, "个"):
            if norm.startswith(_COUNTED_UNIT_WORDS, at + 1):
                m = _COUNTED_UNITS.search(norm, max(0, at - _COUNTED_REACH), at + 4)
                if m is not None and m.end() > at:
                    yield m
        for at in find_all(norm, "等"):
            if (m := _LISTED_UNITS_ETC.match(norm, at)) is not None:
                m = _COUNTED_UNITS_ETC.search(norm, max(0, at - _COUNTED_REACH), m.end())
                if m is not None and m.end() > at:
                    yield m

    def _local_units(self, norm: str) -> list[_Candidate]:
        """Towns and villages the gazetteer lacks, named by their unit word (:mod:`.local_names`).

        Example:
            >>> [(c[0], c[1], c[2].attrs["level"]) for c in build(Resources())._local_units("到上津镇石庙子村、关防乡。示范村")]
            [(1, 8, 'village'), (9, 12, 'town')]
        """
        out = []
        for start, end, level in self.local.places(norm):
            attrs = {"level": level, "chain": None, "canonical": norm[start:end], "code": None}
            out.append(_candidate((start, end, PlaceEntry(CURATED, (), attrs), ())))
        return out

    def _slogan_edges(self, doc: Doc, slogans: Sequence[tuple[int, int]]) -> list[_Candidate]:
        """Provinces, countries and curated places that open or close a slogan (幸福美好新甘肃, 平安山东).

        The slogan extractor keeps its slogans whole in the tokenizer, so a place
        at either end of one is no token of its own; the gold counts it.
        """
        names, norm = self.lexicon.names, doc.norm
        firsts, lasts = self._edge_firsts, self._edge_lasts
        offsets = doc.normalized.offsets
        out: list[_Candidate] = []
        for a, b in slogans:
            if offsets is not None:
                a, b = bisect_left(offsets, a), bisect_left(offsets, b)
            if b - a < 3:
                continue  # a name of two characters or more, and something besides
            opens, closes = norm[a : a + 2] in firsts, norm[b - 2 : b] in lasts
            if not (opens or closes):
                continue
            for length in range(min(_EDGE_LONGEST, b - a - 1), 1, -1):
                for start in (a,) * opens + (b - length,) * closes:
                    entry = names.get(norm[start : start + length])
                    if entry is not None and entry.kind in STRONG:
                        out.append(_candidate((start, start + length, entry, entry.regions)))
        return out

    def _route_ends(self, norm: str) -> list[_Candidate]:
        """Both ends of a road or railway named by its ends (G679线乌拉斯台至奇台, 将军庙至淖毛湖铁路).

        Held-out conventions: places joined by 至 in a road or railway name are
        each a place, towns and villages the gazetteer lacks included (their
        chain stays null); a second name in brackets is a place too.
        """
        pairs = []
        for at in find_all(norm, "至"):
            left = _ROUTE_LEFT.search(norm, max(0, at - 16), at)
            right = _ROUTE_RIGHT.match(norm, at + 1)
            pairs.append(None if left is None or right is None else (left, right))
        # A list of routes says what they are once, after the last (黄桶至百色、合浦至湛江等7个铁路项目):
        # a route followed by 、 and a route that says it is one is one too.
        routes = []
        listed_route = False
        for pair in reversed(pairs):
            if pair is not None:
                left, right = pair
                listed_route = bool(left.group("road") or right.group("kind")) or (listed_route and norm.startswith("、", right.end()))
                if listed_route:
                    routes.append(pair)
            else:
                listed_route = False
        out: list[_Candidate] = []
        for left, right in reversed(routes):
            for m, group, at_end in ((left, "name", True), (left, "alias", True), (right, "name", False)):
                if m.group(group):
                    found = self._route_end(norm, *m.span(group), at_end=at_end)
                    if found is not None:
                        out.append(found)
        return out

    def _route_end(self, norm: str, a: int, b: int, *, at_end: bool) -> _Candidate | None:
        """The place at one end of a route: the longest known name next to 至, else a short unknown one."""
        names, listed = self.lexicon.names, self.lexicon.listed
        for length in range(b - a, 1, -1):
            start, end = (b - length, b) if at_end else (a, a + length)
            # (a guarded name counts here too: 长治至临汾铁路, 大同至天津南等特高压工程)
            entry = names.get(norm[start:end]) or listed.get(norm[start:end])
            if entry is not None:  # 规划建设赤峰 → 赤峰, 锦州输氢氨醇 → 锦州
                return _Candidate(start, end, entry, entry.regions)
        if at_end and (verb := _ROUTE_VERB.match(norm, a)) and b - verb.end() >= 2:
            a = verb.end()  # 续建|黄桶
        if b - a <= _ROUTE_UNKNOWN_MAX:  # 乌拉斯台, 将军庙: not in the gazetteer, chain unknown
            return _Candidate(a, b, UNKNOWN_ENTRY, ())
        return None


def _before_organ(norm: str, end: int) -> bool:
    """True when an organ abbreviation follows: 杭州 + 市委."""
    return end < len(norm) and norm[end] in DIVISION_SUFFIX and _ORGAN_AFTER_SUFFIX.match(norm, end + 1) is not None


def _local_names_of(spans: Sequence[Span], found: Sequence[Span]) -> set[str]:
    """The towns, villages and communities ``spans`` and the DEPARTMENT spans of ``found`` name (大桥镇由桥村
    → 大桥镇, 由桥村, and the two written together; 军门社区党委 → 军门社区).

    Example:
        >>> sorted(_local_names_of([Span("PLACE", 0, 6, "大桥镇由桥村", "大桥镇由桥村", {"level": "village", "chain": None})], []))
        ['大桥镇', '大桥镇由桥村', '由桥村']
    """
    names: set[str] = set()
    for span in spans:
        attrs = span.attrs
        if attrs.get("level") not in ("town", "village"):
            continue
        chain = attrs.get("chain")
        parts = chain[-2:] if chain else [span.norm]
        for part in parts:
            town = _TOWN_PART.match(part)
            names.update(p for p in ((town[0], part[town.end() :]) if town else (part,)) if p and len(p) >= 3)
            if town and part == span.norm and town.end() < len(part):
                names.add(part)  # 补洛乡泰机乃村: the town and its village, again one place where written together
    for span in found:
        if span.label == "DEPARTMENT" and span.attrs.get("level") == "community":
            m = _COMMUNITY_PART.search(span.norm)
            if m is not None:
                names.add(m[1])
    return {n for n in names if n[-1] in _LOCAL_UNIT_LAST}


def _unlisted(doc: Doc, spans: list[Span], found: Sequence[Span]) -> list[Span]:
    """``spans`` and the places no lexicon lists that the text's form names: a dateline's place, a Corps company."""
    norm = doc.norm
    if "电" in norm:
        spans = _dateline_places(doc, spans, found)
    if "团" in norm and "连" in norm:
        spans = _corps_companies(doc, spans, found)
    return spans


def _dateline_places(doc: Doc, spans: list[Span], found: Sequence[Span]) -> list[Span]:
    """``spans`` and the place of a news dateline that no other rule names (本报泽当电, 新华社喀布尔7月18日电).

    The place is unresolved (no level, no chain): a dateline names the town a
    report was filed from, which the gazetteer often lacks.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("本報澤當電 昨日召开会议")
        >>> [(s.text, s.attrs["level"]) for s in _dateline_places(doc, [], [])]
        [('澤當', None)]
    """
    norm = doc.norm
    added = []
    for at in find_all(norm, "电"):  # (a few per article: cheaper than a pattern run over the text)
        window = max(0, at - _DATELINE_REACH)
        match = _DATELINE.search(norm, window, at + 1)
        if match is None or (match.start() and norm[match.start() - 1] not in _DATELINE_BEFORE):
            continue
        name = match["name"]
        if any(word in name for word in _NOT_DATELINE):
            continue
        a, b = match.span("name")
        added.append((a, b, {"level": None, "chain": None, "canonical": None, "code": None, "norm": name}))
    return _with_unlisted(doc, spans, found, added)


def _corps_companies(doc: Doc, spans: list[Span], found: Sequence[Span]) -> list[Span]:
    """``spans`` and the companies of the Xinjiang Production and Construction Corps named by their
    regiment (一师十团五连, 十团五连): the Corps' villages, outside the gazetteer. Not inside an organ's
    name (五连党支部 is the departments extractor's).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("1月2日，一師十團五連職工談起收入")
        >>> [(s.text, s.attrs["level"]) for s in _corps_companies(doc, [], [])]
        [('一師十團五連', 'village')]
    """
    norm = doc.norm
    added = []
    for at in find_all(norm, "连"):  # (read back from each 连 after a numeral: a pattern run over the text costs more)
        if norm[at - 1 : at] not in _CORPS_DIGITS or norm[at + 1 : at + 2] in "党队":
            continue
        match = _CORPS_COMPANY.search(norm, max(0, at - _CORPS_REACH), at + 1)
        if match is None:
            continue
        name = match.group()
        added.append((*match.span(), {"level": "village", "chain": None, "canonical": name, "code": None, "norm": name}))
    return _with_unlisted(doc, spans, found, added)


def _with_unlisted(doc: Doc, spans: list[Span], found: Sequence[Span], added: list[tuple[int, int, dict[str, Any]]]) -> list[Span]:
    """``spans`` and the places ``added`` (norm ranges and attributes) that no span found already holds or
    crosses (新华社北京…电: named already), in order."""
    offsets, text = doc.normalized.offsets, doc.text
    out = list(spans)
    for a, b, attrs in added:
        if offsets is not None:
            a, b = offsets[a], offsets[b]
        if not any(s.start < b and a < s.end for s in (*spans, *found)):
            out.append(Span(LABEL, a, b, text[a:b], attrs["norm"], attrs))
    return sorted(out, key=lambda s: (s.start, s.end)) if len(out) > len(spans) else spans


def _province_before_site(spans: list[Span], text: str) -> list[Span]:
    """``spans`` with a province and the curated place of it written right after it made one place
    (河北西柏坡, 山东沂蒙: a chain, as 河南兰考 is one), with the place's attributes.

    Example:
        >>> hebei = Span(LABEL, 0, 2, "河北", "河北", {"level": "province", "canonical": "河北省"})
        >>> site = Span(LABEL, 2, 5, "西柏坡", "西柏坡", {"level": "village", "chain": ["河北省", "平山县", "西柏坡村"]})
        >>> [(s.text, s.attrs["level"]) for s in _province_before_site([hebei, site], "河北西柏坡")]
        [('河北西柏坡', 'village')]
    """
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        chain = span.attrs.get("chain")
        if (
            last is not None
            and last.end == span.start
            and last.attrs.get("level") == "province"
            and chain
            and len(chain) > 1
            and chain[0] == last.attrs.get("canonical")
        ):
            out[-1] = Span(LABEL, last.start, span.end, text[last.start : span.end], last.norm + span.norm, dict(span.attrs))
        else:
            out.append(span)
    return out


def _local_repeats(doc: Doc, spans: list[Span], found: Sequence[Span]) -> list[Span]:
    """``spans`` and the later mentions of the towns, villages and communities they and the organs of ``found``
    name (南湖区大桥镇由桥村 … 推荐由桥村: the village, once named, needs no mark where its name starts).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("前往大桥镇由桥村。推荐由桥村")
        >>> first = Span("PLACE", 2, 8, "大桥镇由桥村", "大桥镇由桥村", {"level": "village", "chain": None})
        >>> [s.text for s in _local_repeats(doc, [first], [])]
        ['大桥镇由桥村', '由桥村']
    """
    names = _local_names_of(spans, found)
    if not names:
        return spans
    norm, offsets, text = doc.norm, doc.normalized.offsets, doc.text
    # (a quotation may hold a place: only names and organs rule a mention out)
    taken = sorted((s.start, s.end) for s in (*spans, *found) if s.label in _REPEAT_BLOCKERS)
    starts, reach = [t[0] for t in taken], list(accumulate((t[1] for t in taken), max))
    out = list(spans)
    added: list[tuple[int, int]] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):  # (a chain before its parts)
        for at in find_all(norm, name):
            a, b = (at, at + len(name)) if offsets is None else (offsets[at], offsets[at + len(name)])
            i = bisect_left(starts, b)  # the spans starting before b; one of them overlaps when it reaches past a
            if i and reach[i - 1] > a:
                continue  # inside or across a span already found (the name's own first mention)
            if any(a < y and x < b for x, y in added):
                continue  # inside a chain found again (补洛乡 of 补洛乡泰机乃村)
            added.append((a, b))
            level = "village" if name.endswith(("村", "社区")) else "town"
            attrs = {"level": level, "chain": None, "canonical": name, "code": None, "norm": name}
            out.append(Span(LABEL, a, b, text[a:b], name, attrs))
    if len(out) > len(spans):
        out.sort(key=lambda s: (s.start, s.end))
    return out


def _no_title_after_organ(doc: Doc, merged: list, departments: Sequence[tuple[int, int]]) -> list:
    """``merged`` without the places that open with the 长 of a title glued to its organ (国家统计局长宁吉喆: no 长宁).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("国家统计局长宁吉喆")
        >>> _no_title_after_organ(doc, [(5, 7, None, [])], [(0, 5)])
        []
    """
    norm, offsets = doc.norm, doc.normalized.offsets
    ends = {b for _, b in departments}
    return [
        c
        for c in merged
        if not (
            norm[c[0]] == "长"
            and norm[c[0] - 1 : c[0]] in _ORGAN_LAST
            and (c[0] if offsets is None else offsets[c[0]]) in ends
        )
    ]


def _department_reach(departments: Iterable[tuple[int, int]]) -> dict[int, int]:
    """For each offset, the furthest end of the department names that hold it without starting there.

    A place ``[start, end)`` lies in a department name without starting it (天水 in
    …天水街道) when ``reach[start] >= end``. Organ names are at most
    ``_LONGEST_DEPARTMENT`` long, so only that many offsets after a name's start are marked.

    Example:
        >>> _department_reach([(0, 4), (2, 6)])
        {1: 4, 2: 4, 3: 6, 4: 6, 5: 6}
    """
    reach: dict[int, int] = {}
    # By end, so that where names overlap the furthest end is written last.
    for a, b in sorted(departments, key=_END):
        reach.update(dict.fromkeys(range(a + 1, min(b, a + _LONGEST_DEPARTMENT + 1)), b))
    return reach


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep non-overlapping candidates, longest first, then leftmost; return them in text order.

    Candidates that overlap no other (most) are kept as they are: the choice is made
    only within each run of overlapping candidates, which no other choice affects.

    Example:
        >>> c = [_candidate((0, 3, None, ())), _candidate((0, 2, None, ())), _candidate((5, 7, None, ()))]
        >>> [(a, b) for a, b, _, _ in _longest_first(c)]
        [(0, 3), (5, 7)]
    """
    taken: list[_Candidate] = []
    head: _Candidate | None = None  # the first candidate of the current run
    rest: list[_Candidate] = []  # the others, which overlap it or one another
    run_end = -1
    # By start, then in the order found (a stable sort).
    for cand in sorted(candidates, key=_START):
        if cand[0] >= run_end:  # overlaps nothing before it: the run so far is settled
            if rest:
                taken += _choose_longest([head, *rest])
                rest = []
            elif head is not None:
                taken.append(head)
            head, run_end = cand, cand[1]
        else:
            rest.append(cand)
            run_end = max(run_end, cand[1])
    if rest:
        taken += _choose_longest([head, *rest])
    elif head is not None:
        taken.append(head)
    return taken


def _choose_longest(run: list[_Candidate]) -> list[_Candidate]:
    """Among overlapping candidates (by start, then in the order found): longest first, then leftmost, then first found."""
    taken: list[_Candidate] = []
    occupied = bytearray(max(map(_END, run)))  # 1 where a candidate was taken
    for _, start, i in sorted([(c[0] - c[1], c[0], i) for i, c in enumerate(run)]):
        end = run[i][1]
        if occupied.find(1, start, end) < 0:
            taken.append(run[i])
            occupied[start:end] = b"\x01" * (end - start)
    taken.sort(key=_START)
    return taken


def _is_country(entry: PlaceEntry) -> bool:
    return entry.kind == CURATED and entry.attrs.get("level") == "country"


def _in_lists(
    doc: Doc, listed: Mapping[str, PlaceEntry], longest: int, found: Sequence[_Candidate], tagger: Tagger | None = None
) -> list[_Candidate]:
    """The guarded names (长治, 来宾) that stand in a list next to a division: 长治、临汾, 太原、大同、长治;
    a guarded country name (蒙古) in a list next to a country: 中国、蒙古、俄罗斯.

    The name is a token on one side of a 、 whose other side is a division
    found (or another name taken so), and its own other side is a list's edge
    (punctuation, 和/与/及/等/在, the text's start or end): 长治、临汾,
    太原、大同、长治; 南部 in 北京、南部地区 is no place. The last name of a list
    may also be followed by the list's verb (支持大连、朝阳创建, with ``tagger``).
    Right after its own province such a name is still none: 辽宁振兴发展 holds
    no 振兴区 (西藏定日 is missed for it).

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> [s.text for s in tm.extract(tm.analyze("支持大连、朝阳创建国家历史文化名城")) if s.label == "PLACE"]
        ['大连', '朝阳']
    """
    norm, tokens, offsets = doc.norm, doc.tokens, doc.normalized.offsets

    def token(a: int, b: int) -> PlaceEntry | None:  # the listed name that is the token [a, b) of norm
        if a < 0 or b > len(norm) or norm[a:b] not in listed or norm[a:b] in _REGION_PARTS:
            return None  # (河南中部及南部、湖北东部: a part of a region, not the county 南部)
        oa, ob = (a, b) if offsets is None else (offsets[a], offsets[b])
        return listed[norm[a:b]] if on_token_bounds(tokens, oa, ob) else None

    def edge(pos: int) -> bool:  # a list may end at norm offset pos
        return pos < 0 or pos >= len(norm) or norm[pos] in _LIST_EDGE

    kept: list[_Candidate] = []
    seen: set[tuple[int, int]] = set()
    todo = [c for c in found if c.entry.kind != CURATED or _is_country(c.entry)]
    while todo:
        cand = todo.pop()
        beside: list[tuple[int, int, int]] = []  # (start, end, the list's edge on the far side)
        if norm.startswith("、", cand.end):  # 长治、[临汾]: the name after the mark
            a = cand.end + 1
            beside += [(a, b, b) for b in range(a + 2, min(a + longest, len(norm)) + 1)]
        if cand.start > 1 and norm[cand.start - 1] == "、":  # [长治]、临汾: the name before it
            b = cand.start - 1
            beside += [(a, b, a - 1) for a in range(max(0, b - longest), b - 1)]
        for a, b, far in beside:
            entry = token(a, b)
            if entry is not None and _is_country(entry) == _is_country(cand.entry) and (edge(far) or far == b and tagger is not None and verb_starts(doc, b, tagger, _LIST_VERB_TAGS)) and (a, b) not in seen:
                seen.add((a, b))
                kept.append(_candidate((a, b, entry, entry.regions)))
                todo.append(kept[-1])
    return kept


def _area_end(doc: Doc, end: int, pattern: re.Pattern[str]) -> int | None:
    """Where an area word of ``pattern`` right after a place name at ``end`` (a ``doc.norm`` offset) ends,
    when it ends a token (太原|盆地|大气污染, not 平原 of 平原上), else None."""
    m = pattern.match(doc.norm, end)
    if m is None:
        return None
    offsets = doc.normalized.offsets
    return m.end() if ends_token(doc.tokens, m.end() if offsets is None else offsets[m.end()]) else None


def _area_attrs(name: str) -> dict[str, Any]:
    """The attributes of an area named after a place (汾河谷地, 山西中部城市群): like a curated one's."""
    return {"level": _AREA_LEVEL.get(name[-1], "natural"), "chain": [name], "canonical": name, "code": None}


#: A village (村) or a borough (里) of Taiwan right after its township or district (新兴村 of 水里乡新兴村), no organ or
#: head after it.
_TAIWAN_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2})[村里](?![长民委办干])")


def _merge_chains(cands: list[_Candidate], gazetteer: Gazetteer) -> list[_Candidate]:
    """Join adjacent divisions that form a chain (杭州市 + 拱墅区, 越南 + 河内) into one candidate."""
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.end == cand.start:
            if prev.regions and cand.regions:
                parents = {r.code for r in prev.regions}
                below = tuple(r for r in cand.regions if parents & {p.code for p in gazetteer.chain(r)[:-1]})
                if below:
                    out[-1] = _Candidate(prev.start, cand.end, cand.entry, below)
                    continue
            elif prev.entry.kind == CURATED and cand.entry.kind == CURATED and not cand.regions:
                chain = cand.entry.attrs.get("chain") or ()
                if len(chain) > 1 and prev.entry.attrs.get("canonical") in chain[:-1]:
                    # a country and its city, a Taiwan city and its district (新北市|板桥区)
                    out[-1] = _Candidate(prev.start, cand.end, cand.entry, cand.regions)
                    continue
        out.append(cand)
    return out


def build(resources: Resources) -> PlaceExtractor:
    """Build the PLACE extractor (the gazetteer is shared through ``resources``).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("庆阳、酒泉经济总量突破千亿元")
        >>> [(s.text, s.attrs["canonical"]) for s in build(Resources())(doc, ())]
        [('庆阳', '庆阳市'), ('酒泉', '酒泉市')]
    """
    gazetteer = resources.get("gazetteer", load_gazetteer)
    countries = resources.get("data.countries", lambda: list(iter_jsonl("countries.jsonl")))  # shared with the departments
    places = resources.get("data.places", lambda: list(iter_jsonl("places.jsonl")))  # shared with the departments
    lexicon = resources.get("places.lexicon", lambda: load_place_lexicon(gazetteer, places, countries=countries))
    parts = resources.get("persons.lexicon", load_person_lexicon).name_parts  # (shared with the persons extractor)
    return PlaceExtractor(
        lexicon, resources.get("token.vocabulary", TokenVocabulary), build_tagger(resources), build_local_names(resources), parts
    )


def _lone_head_at(doc: Doc, at: int, tagger: Tagger | None = None) -> bool:
    """True when the token at norm offset ``at`` is 长 alone, or 长 glued to a name the tagger reads as one
    (``tagger`` given): the head's title whose level word ends the division's name before it (黑龙江省|长,
    四川省|长魏宏; not 湖北省|长江经济带, 吉林省|长春市).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("黑龙江省长胡昌升")
        >>> _lone_head_at(doc, 4), _lone_head_at(doc, 3)
        (True, False)
    """
    if doc.norm[at : at + 1] != "长":
        return False
    a = at if doc.normalized.offsets is None else doc.normalized.offsets[at]
    token = token_at(doc.tokens, a)
    if token is None or token.start != a:
        return False
    if token.norm == "长":
        return True
    name = token.norm[1:]
    return tagger is not None and len(name) == 2 and tagger.tag_text(name) == [(name, "nr")]


def _head_title_before(norm: str, at: int) -> bool:
    """True when the 长 at norm offset ``at`` ends a head's title of one level word written as a post of its
    own, after a mark, 副 or 代(理) (区委副书记、区长江稳, 副县长江华, 代理县长沙万强), or after an organ's last
    character (环保局长江培根): no place starts there.

    Example:
        >>> _head_title_before("区委副书记、区长江稳代表区政府", 7), _head_title_before("湖北省长江流域", 3)
        (True, False)
    """
    if norm[at - 1 : at] in _HEAD_ORGANS:
        return True  # 环保局长江培根: a bureau's head and a name, no 长江
    return norm[at - 1 : at] in _HEAD_LEVELS and (at < 2 or norm[at - 2] in _POST_OPENERS or norm.endswith("代理", 0, at - 1))


#: Level words that a head's title 长 follows (区长, 县长, 镇长), and the last characters of organs it follows
#: whatever stands before them (环保局长, 警务处长, 教育厅长, 消防署长).
_HEAD_LEVELS = frozenset("区市县镇乡州旗")
_HEAD_ORGANS = frozenset("局处厅署")
#: What stands before a post of its own: a mark, 副 (副县长) or 代 (代县长, and 代理县长沙万强).
_POST_OPENERS = frozenset("、，,。；;（( \u3000\n副代")


def _river_lists(norm: str) -> list[_Candidate]:
    """The rivers of a list of three or more named by 河 or 溪, each a name of two or three before it (有黄湓河、
    新华河、望家河、山溪河等): a county's or a town's streams, which no gazetteer holds.

    Example:
        >>> norm = "境内有黄湓河、新华河、望家河等河流"
        >>> [norm[a:b] for a, b, _, _ in _river_lists(norm)]
        ['黄湓河', '新华河', '望家河']
    """
    out = []
    for m in _RIVER_LIST.finditer(norm):
        items = m.group(1).split("、")
        if any(item[:-1] in _NOT_RIVER_NAMES for item in items):
            continue
        for a, b in item_spans(norm, m.start(1), items):
            attrs = {"level": "natural", "chain": [norm[a:b]], "canonical": norm[a:b], "code": None}
            out.append(_candidate((a, b, PlaceEntry(CURATED, (), attrs), ())))
    return out


#: Three or more rivers named by 河 or 溪 in a list (有黄湓河、新华河、望家河), after what opens such a list.
_RIVER_LIST = re.compile(r"(?<=[有括流：:，,；;\n])((?:[\u4e00-\u9fff]{2,3}[河溪]、){2,}[\u4e00-\u9fff]{2,3}[河溪])(?=[、，,。；;等和及\n])")
#: Words before 河 that make no river's name (母亲河, 护城河, 内河).
_NOT_RIVER_NAMES = frozenset({"母亲", "护城", "城市", "农村", "大小", "主要", "重点", "黑臭", "骨干", "中小"})


#: A list of two or more short names closed by the count of its items and their unit (中寨、松乐、大沟和庙湾4个村).
_LISTED_NAMES = r"((?:[\u4e00-\u9fff]{2,3}[、和及]){1,9}[\u4e00-\u9fff]{2,3})"
_COUNTED_UNITS = re.compile(_LISTED_NAMES + r"([2-9]|10|[两二三四五六七八九十])个大?(村|社区|乡镇|街道)")
#: The same list closed by 等, its count then optional, and Taiwan's boroughs (民主、三民…中正等6里, 南港、国姓等村).
_COUNTED_UNITS_ETC = re.compile(_LISTED_NAMES + r"等(?:([2-9]|1\d|[两二三四五六七八九十]{1,2})个?)?(村|里|社区|乡镇|街道)")
#: What stands after such a list's 等 (a literal scan finds the 等 first), not a village's people or bodies (等村干部).
_LISTED_UNITS_ETC = re.compile(r"等(?:[2-9]|1\d|[两二三四五六七八九十]{1,2})?个?(?:村|里|社区|乡镇|街道)(?![干民委两党支书主长])")
_COUNTED_LEVELS = {"村": "village", "里": "village", "社区": "community", "乡镇": "town", "街道": "town"}
_COUNTED_UNIT_WORDS = ("村", "社区", "乡镇", "街道", "大村", "大社区", "大乡镇", "大街道")
#: How far before its 个 such a list is looked for (ten names of three characters and their marks).
_COUNTED_REACH = 42


#: Tags of the first word of what follows a town that make it the clause, not a village's name (按照, 对, 在).
_CLAUSE_OPENING_TAGS = frozenset({"p", "v", "c", "d", "r", "u", "uj"})
