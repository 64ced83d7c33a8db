"""Attributes of DEPARTMENT candidates: level, kind, region and the canonical name.

The extractor (``departments.py``) finds where an organ's name is and which
parts it was read from (region, level word, host, unit, trails); this module
turns those parts into ``attrs``. ``canonical`` is in SIMPLIFIED script (it is
an identifier used to index organs across articles) and expands abbreviations:
省网信办 in a Zhejiang article → 浙江省委网络安全和信息化委员会办公室; 省委 in a
Gansu article → 中共甘肃省委. When neither the span nor the article tells the
region, ``canonical`` is null rather than a guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any, Protocol

from ..gazetteer import Region
from ..records import Token
from .department_rules import DepartmentRules

#: Level words of the centre: they are part of the name (国家统计局) and need no region.
CENTRAL_WORDS = ("中央", "国家")
_PROVINCE_WORDS = ("省", "自治区")
_CITY_WORDS = ("市", "州", "自治州", "盟", "地区")
#: ``Token.norm`` by index: cheaper than by name, at thousands of tokens per article.
_NORM = itemgetter(1)
#: Tokens read to decide an article's region (about 6,500 characters: the title and opening part).
VOTE_TOKENS = 4000


@dataclass(slots=True)
class Prefix:
    """What the morphology read leftwards of a head: ``[中共|共青团] REGION{0,3} LEVEL [HOST]``.

    Example:
        >>> Prefix(0, level_word="省").regions
        []
    """

    start: int
    host: str | None = None
    level_word: str | None = None
    regions: list[str] = field(default_factory=list)
    party: bool = False
    youth: bool = False
    #: The full name of another party whose committee this is (农工党湖南省委 → 中国农工民主党).
    other_party: str | None = None


@dataclass(slots=True)
class Candidate:
    """A possible DEPARTMENT span of ``norm`` and the parts it was read from.

    ``tier`` orders equally long candidates (0 named organs, 1 morphology,
    2 open cores), then the longer ``head`` wins: 全国人大常委会 + 办公厅 rather
    than 全国人大 + 常委会 + 办公厅.

    Example:
        >>> Candidate(0, 4, 1, {}).end
        4
    """

    start: int
    end: int
    tier: int
    parts: dict[str, Any]
    head: int = 0


@dataclass(frozen=True, slots=True)
class ArticleRegion:
    """The province and city an article is about, each None when the text does not settle it.

    Example:
        >>> ArticleRegion(None, None).province is None
        True
    """

    province: Region | None
    city: Region | None


class RegionSource(Protocol):
    """Gives the article's region on demand (inferring it costs one pass over the text)."""

    def get(self) -> ArticleRegion:  # pragma: no cover - protocol
        """Return the article's region."""


def infer_article_region(
    rules: DepartmentRules, tokens: Sequence[Token], *, names: Counter[str] | None = None
) -> ArticleRegion:
    """Decide which province (and city) an article is about, or None when unsure.

    The first :data:`VOTE_TOKENS` tokens the segmenter produced are counted (no
    second pass over the text); every token that is a division name belonging to one province counts
    for it (浙江, 杭州, 拱墅区; 陇原 for Gansu). A province wins with twice as
    many mentions as the next one (one uncontested mention is enough); a city
    of that province wins the same way among the cities. ``names`` are those
    counts when the caller has them (the tokens are then not read).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> from textmine.records import Token
        >>> rules = load_department_rules(load_gazetteer())
        >>> words = ["甘肃", "省委", "。", "兰州市", "发展", "兰州", "新区", "陇原", "儿女"]
        >>> r = infer_article_region(rules, [Token(w, w, 0, 0) for w in words])
        >>> r.province.name, r.city.name
        ('甘肃省', '兰州市')
    """
    provinces: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    gazetteer, telling = rules.gazetteer, rules.telling
    if names is None:
        # filter() and Counter run at C speed over the tokens: only division names reach Python.
        # The first VOTE_TOKENS tokens (title and opening paragraphs) are plenty to tell the region.
        names = Counter(filter(telling.__contains__, map(_NORM, tokens[:VOTE_TOKENS])))
    for word, count in names.items():
        regions = telling[word]
        codes = {gazetteer.province_of(r).code for r in regions}
        if len(codes) != 1:
            continue
        provinces[next(iter(codes))] += count
        city_codes = {r.code if r.level == "city" else r.parent for r in regions if r.level != "province"}
        if len(city_codes) == 1:
            cities[next(iter(city_codes))] += count
    province = _winner(provinces)
    city = None
    if province is not None:
        city = _winner(Counter({c: n for c, n in cities.items() if c and c[:2] == province[:2]}))
    regions = rules.gazetteer.regions
    return ArticleRegion(regions.get(province) if province else None, regions.get(city) if city else None)


def _winner(counts: Counter[str]) -> str | None:
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]


def display_name(rules: DepartmentRules, region: Region) -> str:
    """The name an organ of ``region`` is known by: a district keeps its city (杭州市拱墅区).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> display_name(rules, rules.gazetteer.lookup("拱墅区")[0]), display_name(rules, rules.gazetteer.lookup("义乌")[0])
        ('杭州市拱墅区', '义乌市')
    """
    if region.level == "county" and region.name.endswith("区") and region.parent in rules.gazetteer.regions:
        parent = rules.gazetteer.regions[region.parent]
        if parent.level == "city":
            return parent.name + region.name
    return region.name


def resolve_regions(
    rules: DepartmentRules, names: list[str], level_word: str | None, article: RegionSource
) -> Region | None:
    """The division the innermost of ``names`` is, or None when it stays ambiguous.

    Outer names narrow inner ones (北京市朝阳区), the level word narrows the
    last (朝阳 + 县), then the article's province.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> class Unknown:
        ...     def get(self): return ArticleRegion(None, None)
        >>> resolve_regions(rules, ["北京市", "朝阳"], "区", Unknown()).code[:4]
        '1101'
    """
    gazetteer = rules.gazetteer
    if any(name in rules.taiwan_regions and not gazetteer.lookup(name) for name in names):
        return None  # 台中市|和平区: inside a division of Taiwan, not the 和平区 of Tianjin or Shenyang
    parent: Region | None = None
    for i, name in enumerate(names):
        cands = list(gazetteer.lookup(name))
        if parent is not None:
            inside = [r for r in cands if parent.code in {c.code for c in gazetteer.chain(r)}]
            cands = inside or cands
        if i == len(names) - 1 and level_word:
            fits = [
                r
                for r in cands
                if r.name.endswith(level_word) or (level_word in _PROVINCE_WORDS and r.level == "province")
            ]
            cands = fits or cands
        if len({r.code for r in cands}) > 1:
            province = article.get().province
            if province is not None:
                cands = [r for r in cands if gazetteer.province_of(r).code == province.code] or cands
        codes = {r.code for r in cands}
        parent = cands[0] if len(codes) == 1 else None
        if parent is None and i == len(names) - 1:
            return None
    return parent


def _host_record(rules: DepartmentRules, word: str) -> dict[str, Any]:
    return next(r for r in rules.records[word] if r["role"] == "host")


def _trails(rules: DepartmentRules, trails: list[str], subs: list[str]) -> tuple[str, str | None]:
    """The full forms of the trails and sub-units and the kind of the last trail that has a kind."""
    if not trails and not subs:
        return "", None
    full = "".join([rules.trail_full.get(t, t) for t in trails]) + "".join(subs)
    # (a numbered branch, 第八党支部, is the party's as 党支部 is)
    kinds = [rules.trail_kinds.get(t, "party" if t.endswith("支部") else None) for t in trails]
    kinds = [k for k in kinds if k]
    return full, (kinds[-1] if kinds else None)


def _place(rules: DepartmentRules, pre: Prefix, article: RegionSource) -> tuple[Region | None, str | None, str | None]:
    """The organ's division, where it came from (span/article) and its level."""
    if pre.level_word in CENTRAL_WORDS:
        return None, None, "central"
    if pre.regions:
        region = resolve_regions(rules, pre.regions, pre.level_word, article)
        if region is not None:
            return region, "span", region.level
        return None, None, rules.levels.get(pre.level_word) if pre.level_word else None
    level = rules.levels.get(pre.level_word) if pre.level_word else None
    if pre.level_word not in _PROVINCE_WORDS and pre.level_word not in _CITY_WORDS:
        return None, None, level  # (the article's region is inferred only when a level asks for it)
    known = article.get()
    if (
        pre.level_word in _PROVINCE_WORDS
        and known.province is not None
        and known.province.name.endswith(pre.level_word)
    ):
        return known.province, "article", "province"  # 自治区党委 in a Shanghai article: no region
    if pre.level_word in _CITY_WORDS and known.city is not None and known.city.name.endswith(pre.level_word):
        return known.city, "article", known.city.level
    if pre.level_word == "市" and known.province is not None and known.province.name.endswith("市"):
        return known.province, "article", "province"  # 市委 in a Beijing article: a municipality is a province
    return None, None, level


def _base(rules: DepartmentRules, pre: Prefix, region: Region | None) -> str | None:
    """The region part of a canonical name (浙江省, 杭州市拱墅区, 国家), or None when unknown."""
    if pre.level_word in CENTRAL_WORDS:
        return pre.level_word
    if region is not None:
        return display_name(rules, region)
    return _taiwan_base(rules, pre.regions)


def _taiwan_base(rules: DepartmentRules, regions: Sequence[str]) -> str | None:
    """The region part of an organ of Taiwan's divisions, which the code table does not list (台东县|消防局)."""
    if regions and all(name in rules.taiwan_regions for name in regions):
        return "台湾地区" + "".join(regions)
    return None


def province_department(rec: dict[str, Any]) -> bool:
    """True for a unit record of a province's department (民政厅, 水利厅): only provinces name theirs ``…厅``.

    Example:
        >>> province_department({"role": "unit", "pattern": "民政厅"}), province_department({"role": "unit", "pattern": "民政局"})
        (True, False)
    """
    return rec["role"] == "unit" and rec["pattern"][-1] == "厅"


def describe(rules: DepartmentRules, text: str, cand: Candidate, article: RegionSource) -> dict[str, Any]:
    """Attributes of a chosen candidate (see the module docstring).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> class Zhejiang:
        ...     def get(self): return ArticleRegion(rules.gazetteer.lookup("浙江")[0], None)
        >>> unit = next(r for r in rules.records["网信办"] if r["role"] == "unit")
        >>> c = Candidate(0, 4, 1, {"rec": unit, "pre": Prefix(0, level_word="省"), "trails": []})
        >>> describe(rules, "省网信办", c, Zhejiang())["canonical"]
        '浙江省委网络安全和信息化委员会办公室'
    """
    parts = cand.parts
    trail_full, trail_kind = _trails(rules, parts.get("trails", []), parts.get("subs", []))
    attrs: dict[str, Any] = {"level": None, "kind": None, "canonical": None}
    rec = parts.get("rec")
    if rec is not None and rec["role"] == "name":
        canonical = rec.get("canonical")
        attrs.update(level=rec.get("level"), kind=trail_kind or rec.get("kind"))
        attrs["canonical"] = canonical + trail_full if canonical else None
        for key in ("country", "collective"):
            if rec.get(key):
                attrs[key] = rec[key]
        foreign = parts.get("country") is not None and parts["country"].name != "中国"
        if parts.get("own_region") or (foreign and not rec.get("country")):
            attrs.update(level=None, canonical=None)  # 澳大利亚民政部, 香港证监会: not the central organ of the name
        return _with_country(attrs, parts.get("country"))
    if rec is not None:
        return _describe_morphology(rules, rec, parts["pre"], trail_full, trail_kind, attrs, article)
    if "open" in parts:
        attrs["kind"] = trail_kind or rules.open_kinds.get(parts["open"])
        core = parts["core"] + parts["open"] + trail_full
        if "country" in parts:  # 英国边境局
            attrs["canonical"] = parts["country"].name + core
            attrs["country"] = parts["country"].name
            return attrs
        if "own_region" in parts:  # 香港金融管理局
            attrs["canonical"] = parts["own_region"] + core
            return attrs
        pre = parts["pre"]
        region, source, level = _place(rules, pre, article)
        base = _base(rules, pre, region)
        attrs["level"] = level
        attrs["canonical"] = base + core if base else None
        return _with_region(rules, attrs, region, source)
    if "foreign" in parts:
        country, word = parts["country"], parts["foreign"]["pattern"]
        attrs["kind"] = parts["foreign"]["kind"]
        attrs["canonical"] = country.name + ("军队" if word == "军" else text[cand.end - len(word) : cand.end])
        if parts["foreign"]["role"] == "embassy":
            attrs["canonical"] = country.name + text[cand.start + len(parts["written"]) : cand.end]
        if country.name == "中国":
            attrs["level"] = "central"
        else:
            attrs["country"] = country.name
        return attrs
    if "town" in parts:
        return _describe_town(rules, parts, attrs, article)
    if "acronym" in parts:  # FBI → 美国联邦调查局
        acronym = parts["acronym"]
        attrs.update(level=acronym.get("level"), kind=acronym["kind"], canonical=acronym["canonical"])
        if acronym.get("country"):
            attrs["country"] = acronym["country"]
        return _with_country(attrs, parts.get("country"))
    if "named" in parts:  # 督院街派出所, 里根政府: the kind only; the text does not say the country or the region
        attrs["kind"] = parts["kind"]
        return attrs
    if "body" in parts:  # 中央应对疫情工作领导小组: the name as written is the best identifier
        attrs.update(level=parts["body"]["level"], kind=parts["body"]["kind"], canonical=text[cand.start : cand.end])
        return attrs
    if parts.get("alliance"):
        attrs.update(kind="alliance", canonical=text[cand.start : cand.end])
        return attrs
    if "youth_inverted" in parts:
        pre = Prefix(cand.start, level_word=parts["youth_inverted"], regions=parts.get("youth_regions", []))
        region, source, level = _place(rules, pre, article)
        attrs.update(level=level, kind="mass")
        attrs["canonical"] = "共青团" + display_name(rules, region) + "委" if region is not None else None
        return _with_region(rules, attrs, region, source)
    attrs.update(level="community")  # 社区“两委”: the Party committee and the residents' committee together
    attrs["collective"] = True
    return attrs


def _describe_morphology(
    rules: DepartmentRules,
    rec: dict[str, Any],
    pre: Prefix,
    trail_full: str,
    trail_kind: str | None,
    attrs: dict[str, Any],
    article: RegionSource,
) -> dict[str, Any]:
    if pre.level_word is None and not pre.regions and province_department(rec):
        pre = replace(pre, level_word="省")  # 民政厅 in the department's own news: the article's province's
    region_kind = rec.get("after_region") if rec["role"] == "host" else rules.region_hosts.get(pre.host or "")
    if region_kind and pre.level_word is None and pre.regions:
        pre = replace(pre, level_word=region_kind)  # 喀什地委: the prefecture (喀什地区), not the city (喀什市)
    region, source, level = _place(rules, pre, article)
    base = _base(rules, pre, region)
    if region is None and base and rules.taiwan_regions.get(pre.regions[-1] if pre.regions else "") == 3:
        level = "township"  # 汐止区公所, 竹北市公所: the office of a district or township of Taiwan
    if rec["role"] == "host":
        kind = "mass" if pre.youth else rec.get("kind")
        host_full = rec["full"]
        if (region is not None and region.name.endswith("特别行政区")) or (base or "").startswith("台湾地区"):
            host_full = rec["pattern"]  # 香港特别行政区政府, 台湾地区台中市政府: no 人民政府
        if pre.other_party is not None:
            kind = "party"
            canonical = f"{pre.other_party}{base}委员会{trail_full}" if base and rec.get("committee") else None
        elif pre.youth:
            canonical = f"共青团{base}委" if base else None
        elif rec.get("committee") and not trail_full:
            # 广西壮族自治区党委 and 广西区委 are one organ: 中共广西壮族自治区委员会.
            host_full = "委员会" if base and base.endswith(("自治区", "自治州", "自治县", "自治旗")) else host_full
            canonical = f"中共{base}{host_full}" if base else None
        else:
            canonical = f"{base}{host_full}{trail_full}" if base else None
        if rec.get("collective") and not trail_kind:
            attrs["collective"] = True
    else:
        host = _host_record(rules, pre.host) if pre.host else None
        kind = rec.get("kind")
        host_full = host["full"] if host else rec.get("under", "")
        if host is not None and (base or "").startswith("台湾地区"):
            host_full = host["pattern"]  # 台中市政府|民政局: no 人民政府 in Taiwan
        if host is not None and host.get("kind") == "state" and kind == "party":
            kind = None  # a party unit under a government is unusual: do not guess
        if pre.level_word == "中央" and kind == "party":
            base = "中共中央"
        canonical = f"{base}{host_full}{rec['full']}{trail_full}" if base else None
        if pre.other_party is not None and canonical is not None:
            canonical = pre.other_party + canonical  # 民盟浙江省委宣传部: the other party's unit
    attrs.update(level=level, kind=trail_kind or kind, canonical=canonical)
    return _with_region(rules, attrs, region, source)


def _describe_town(
    rules: DepartmentRules, parts: dict[str, Any], attrs: dict[str, Any], article: RegionSource
) -> dict[str, Any]:
    region = resolve_regions(rules, parts["regions"], None, article)
    host = parts.get("town_host")
    if "village" in parts:  # a village's party branch or its committee
        organ = parts["village_host"]
        attrs.update(level="community", kind="mass" if organ.endswith(("委员会", "委会")) else "party")
        host_full = parts["village"] + organ
    else:
        attrs.update(level="township", kind=rules.town_kinds.get(host, "state") if host else "state")
        host_full = "人民政府" if host == "政府" else (host or "")
    if region is not None:
        attrs["canonical"] = display_name(rules, region) + parts["town"] + host_full
    elif (base := _taiwan_base(rules, parts["regions"])) is not None:
        attrs["canonical"] = base + parts["town"] + host_full  # 花莲县|卓溪乡公所
    return _with_region(rules, attrs, region, "span" if region is not None else None)


def _with_country(attrs: dict[str, Any], country: Any) -> dict[str, Any]:
    """Attributes of an organ written after its country (英国警方, 中国司法机关)."""
    if country is not None:
        if country.name == "中国":
            attrs["level"] = "central"
        else:
            attrs["country"] = country.name
    return attrs


def _with_region(
    rules: DepartmentRules, attrs: dict[str, Any], region: Region | None, source: str | None
) -> dict[str, Any]:
    if region is not None:
        attrs["region"] = display_name(rules, region)
        attrs["region_source"] = source
    return attrs
