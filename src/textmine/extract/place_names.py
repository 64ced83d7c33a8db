"""Place names: what each name of the gazetteer, ``data/countries.jsonl`` and ``data/places.jsonl`` may denote.

The PLACE extractor (``places.py``) finds names; this module holds the
lexicon it looks them up in (gazetteer divisions, curated places, NOT_PLACE
guards) and resolves a name shared by several divisions to one of them, or
to None when the article does not say which (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..gazetteer import LEVELS, Gazetteer, Region
from ..resources import iter_jsonl

# Kinds of lexicon entries, by how much a bare match can be trusted.
GUARD, FULL, PROVINCE, CURATED, SHORT = "guard", "full", "province", "curated", "short"
STRONG = frozenset({FULL, PROVINCE, CURATED})

# The last character of a full name that also begins an organ abbreviation:
# 浙江省委 = 浙江 + 省委, 杭州市直机关 = 杭州 + 市直机关, 浙江省政府 = 浙江 + 省政府.
DIVISION_SUFFIX = frozenset("省市县区州旗盟")
ORGANS = ("委", "直", "政府", "人大", "政协", "纪委", "监委")
# Guards (NOT_PLACE words) are at most this long.
LONGEST_GUARD = 8
#: A village after its town (河南街道|马鞍山村, 田铺乡|田铺大塆, 天荒坪镇|余村, 迈皋桥街道|兴卫村社区: a
#: community named after a village): the end of a place chain, not a township organ (a village's own
#: bodies, 村委 and 村民, are no village).
VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村社区|村(?![委民级庄务])|大?塆|嘎查)")
#: A town and its village after a county (赤峰市喀喇沁旗|河南街道马鞍山村).
TOWN_VILLAGE = re.compile(rf"(?P<town>[\u4e00-\u9fff]{{1,4}}?(?:街道|镇|乡))(?P<village>{VILLAGE.pattern})")
_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """What a lexicon pattern may denote: its kind, the divisions it names, fixed attributes.

    Example:
        >>> PlaceEntry(CURATED, (), {"level": "natural"}).attrs["level"]
        'natural'
    """

    kind: str
    regions: tuple[Region, ...] = ()
    attrs: Mapping[str, Any] = field(default_factory=dict)


#: Forms of state written after a country's name in its official name (波兰人民共和国, 越南民主共和国),
#: longest first; the name with its form is the place.
COUNTRY_FORMS = ("民主主义人民共和国", "人民民主共和国", "社会主义共和国", "人民共和国", "民主共和国", "联邦共和国", "共和国")


def official_names(name: str) -> list[str]:
    """A country's name with each form of state after it; none when the name has one already.

    Example:
        >>> official_names("波兰")[:2], official_names("中华人民共和国")
        (['波兰民主主义人民共和国', '波兰人民民主共和国'], [])
    """
    return [] if name.endswith(COUNTRY_FORMS) else [name + form for form in COUNTRY_FORMS]

# A place the lexicon does not know (a town at the end of a road): nothing to say about it.
UNKNOWN_ENTRY = PlaceEntry(CURATED, (), {"level": None, "chain": None, "canonical": None, "code": None})


def _curated_attrs(record: Mapping[str, Any], gazetteer: Gazetteer, source: str) -> PlaceEntry:
    attrs = dict(record.get("attrs") or {})
    pattern = record["pattern"]
    ref = attrs.pop("ref", None)
    if ref is not None:
        regions = tuple(r for r in gazetteer.lookup(ref) if r.name == ref)
        if len(regions) != 1:
            raise ConfigError(f"{source}: {pattern!r} refers to {ref!r}, which names {len(regions)} divisions")
        return PlaceEntry(CURATED, regions)
    level = attrs.get("level")
    canonical = attrs.get("canonical") or pattern
    chain = list(attrs.get("chain") or [canonical])
    fixed = {"level": level, "chain": chain, "canonical": chain[-1] if attrs.get("chain") else canonical, "code": None}
    if record.get("id"):
        fixed["id"] = record["id"]
    return PlaceEntry(CURATED, (), fixed)


@dataclass(frozen=True)
class PlaceLexicon:
    """Every place name with what it may denote; build with :func:`load_place_lexicon`.

    Attributes:
        gazetteer: The divisions behind the names.
        names: Name → entry (gazetteer names of two characters or more, curated places).
        guards: NOT_PLACE words that contain a name without naming a place (大江南北): kept whole
            by the tokenizer, so that the name inside is never a token of its own.
        words: Names the tokenizer should keep whole, so that the extractor finds them as tokens.
        prefixes: Name → its proper prefixes that are names too, with their lengths (浙江省 → 浙江);
            also organ words made of a full name (浙江省委 → 浙江, the place before 省委), and words
            made of a whole name and a part (台湾同胞 → 台湾, the place before 同胞), and of a
            natural feature and a NATURAL_PART of its course (长江上游 → 长江).
        parts: PLACE_PART nouns: the people or parts of a place (同胞, 各族群众, 地区, 当局).
        facility_words: Words made of a province or prefecture name and a PLACE_FACILITY noun
            (青岛港 → 青岛, a port or airport named by its city); their prefix ends a name although
            it ends no token.
        listed: Division names that NOT_PLACE guards as ordinary words (长治, 来宾, 大同), with
            their entries: they name the place only in a list with another division (长治、临汾);
            and the country names a country keeps out of ``names`` (蒙古), which name it only in
            a list with another country (中国、蒙古、俄罗斯).
    """

    gazetteer: Gazetteer
    names: Mapping[str, PlaceEntry]
    guards: frozenset[str]
    words: tuple[str, ...]
    prefixes: Mapping[str, tuple[tuple[int, PlaceEntry], ...]] = field(default_factory=dict)
    parts: frozenset[str] = frozenset()
    facility_words: frozenset[str] = frozenset()
    listed: Mapping[str, PlaceEntry] = field(default_factory=dict)


def load_place_lexicon(
    gazetteer: Gazetteer,
    records: Iterable[Mapping[str, Any]] | None = None,
    countries: Iterable[Mapping[str, Any]] | None = None,
) -> PlaceLexicon:
    """Merge the gazetteer names with the countries and the curated records of ``places.jsonl``.

    Args:
        gazetteer: The divisions (full names, short forms, aliases).
        records: ``places.jsonl`` records (read from the package when None).
        countries: ``countries.jsonl`` records (read from the package when None; shared with
            the departments): a country, today's or a former one (东德, 南斯拉夫), is a place by
            its name and every alias but those it lists in ``not_places`` (蒙古, read in 蒙古语
            and 蒙古包); its ``id`` (ISO 3166) goes into the attributes when it has one.

    Raises:
        ConfigError: a record has an unknown label or a dangling ``ref``.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> lex = load_place_lexicon(load_gazetteer())
        >>> lex.names["庆阳"].kind, "合作" in lex.names, "兰州新区" in lex.words
        ('short', False, True)
    """
    source = "textmine/data/places.jsonl"
    names: dict[str, PlaceEntry] = {}
    for name, regions in gazetteer.by_name.items():
        if len(name) < 2:  # ANNOTATION.md: one-character abbreviations alone are optional
            continue
        if any(r.name == name for r in regions):
            kind = FULL
        elif any(r.level == "province" for r in regions):
            kind = PROVINCE
        else:
            kind = SHORT
        names[name] = PlaceEntry(kind, regions)
    # 上海浦东, 南京玄武, 上海浦东新区 are single tokens: a prefecture (or municipality) by its short
    # name and one of its counties, by its short or full name, name the county.
    for region in gazetteer.regions.values():
        parent = gazetteer.regions.get(region.parent) if region.level == "county" and region.parent else None
        if parent is None or not parent.aliases or len(parent.aliases[0]) < 2:
            continue
        for county in (*region.aliases[:1], region.name):
            word = parent.aliases[0] + county
            if len(county) > 1 and word not in names:
                names[word] = PlaceEntry(SHORT, (region,))
    # 福建厦门, 台湾彰化: a province by its short name and one of its cities by its short name, one token to the
    # tokenizer, name the city (a region and a place of it written together are one place).
    for region in gazetteer.regions.values():
        parent = gazetteer.regions.get(region.parent) if region.level == "city" and region.parent else None
        if parent is None or parent.level != "province" or not parent.aliases or not region.aliases:
            continue
        word = parent.aliases[0] + region.aliases[0]
        if len(parent.aliases[0]) > 1 and len(region.aliases[0]) > 1 and word not in names:
            names[word] = PlaceEntry(SHORT, (region,))
    # 湘西州, 临夏州: an autonomous prefecture by its short name and 州, a full name of its own
    # (kept whole by the tokenizer; 湘西州委 is 湘西 and 州委, as 浙江省委 is).
    whole_tokens: dict[str, PlaceEntry] = {}
    for region in gazetteer.regions.values():
        if region.level == "city" and region.name.endswith("自治州"):
            for alias in region.aliases:
                if len(alias) > 1 and alias + "州" not in names:
                    names[alias + "州"] = PlaceEntry(FULL, (region,))
        elif region.level == "city" and region.name.endswith("市"):
            # 昌都地区, 铜仁地区: a prefecture by its name before it became a city, where the
            # tokenizer reads that name as one word (no word is added for it: 大连地区 stays
            # 大连 and the part 地区). Added last, so that no part or facility word is made of it.
            for alias in region.aliases:
                if len(alias) > 1:
                    whole_tokens[alias + "地区"] = PlaceEntry(SHORT, (region,))
    listed_countries = {}
    for country in countries if countries is not None else iter_jsonl("countries.jsonl"):
        attrs = {"level": "country", "canonical": country["name"]}
        for name in (country["name"], *country.get("aliases", ())):
            entry = _curated_attrs({"pattern": name, "id": country.get("id"), "attrs": attrs}, gazetteer, source)
            if name in country.get("not_places", ()):
                listed_countries[name] = entry  # 蒙古: a place only in a list of countries
                # but 蒙古人民共和国 is one (kept whole by the tokenizer)
                names.update(dict.fromkeys(official_names(name), entry))
            else:
                names[name] = entry
                # 越南民主共和国, 捷克斯洛伐克共和国: the name and a form of state that jieba reads
                # as one word (波兰|人民共和国 is joined by the extractor)
                whole_tokens.update(dict.fromkeys(official_names(name), entry))
    guards = set()
    parts = set()
    natural_parts = set()
    facilities = set()
    for record in records if records is not None else iter_jsonl("places.jsonl"):
        label, pattern = record.get("label"), record.get("pattern")
        if not isinstance(pattern, str) or len(pattern) < (1 if label == "PLACE_FACILITY" else 2):
            raise ConfigError(f"{source}: pattern {pattern!r} must be a string of two characters or more (one for PLACE_FACILITY)")
        if label == "PLACE":
            names[pattern] = _curated_attrs(record, gazetteer, source)
        elif label == "NOT_PLACE":
            guards.add(pattern)
        elif label == "PLACE_PART":
            parts.add(pattern)
        elif label == "PLACE_FACILITY":
            facilities.add(pattern)
        elif label == "NATURAL_PART":
            natural_parts.add(pattern)
        else:
            raise ConfigError(
                f"{source}: unknown label {label!r} for {pattern!r} (PLACE, NOT_PLACE, PLACE_PART, NATURAL_PART or PLACE_FACILITY)"
            )
    # 喀什噶尔河流域, 高屏溪流域: a river's basin is a place of its own, as the curated ones are (塔里木河流域).
    for name, entry in list(names.items()):
        if entry.kind == CURATED and name.endswith(("河", "江", "溪")) and entry.attrs.get("level") == "natural":
            names.setdefault(name + "流域", PlaceEntry(CURATED, (), {**entry.attrs, "chain": [name + "流域"], "canonical": name + "流域"}))
    # 美国纽约, 法国巴黎: a foreign city after its country, one word to the tokenizer, is one place (the city's).
    for name, entry in list(names.items()):
        chain = entry.attrs.get("chain") if entry.kind == CURATED else None
        if chain and len(chain) == 2 and entry.attrs.get("level") == "city" and chain[0] in names and chain[1] == name:
            names.setdefault(chain[0] + name, entry)
    if any(len(g) > LONGEST_GUARD for g in guards):
        raise ConfigError(f"{source}: NOT_PLACE patterns are at most {LONGEST_GUARD} characters")
    listed = dict(listed_countries)
    for pattern in guards:  # a guard wins over a name spelled the same
        entry = names.pop(pattern, None)
        if entry is not None and entry.kind != CURATED:
            listed[pattern] = entry
    # Whole tokens for curated names (兰州新区 is otherwise cut 兰州/新区), full names of
    # three characters or more, and the guards; two-character names are left to jieba.
    # Short forms written as news writes them (科右前旗) are whole tokens too.
    words = sorted(
        {n for n, e in names.items() if e.kind == CURATED or (e.kind == FULL and len(n) > 2)}
        | guards
        | (gazetteer.written_short & names.keys())
    )
    prefixes: dict[str, tuple[tuple[int, PlaceEntry], ...]] = {}
    for name in names:
        found = tuple((cut, names[name[:cut]]) for cut in range(2, len(name)) if name[:cut] in names)
        if found:
            prefixes[name] = found
    # 浙江省委, 杭州市直 are single tokens: the place is their prefix without the division suffix.
    for name, entry in names.items():
        if entry.kind != FULL or name[-1] not in DIVISION_SUFFIX:
            continue
        short = [(cut, names[name[:cut]]) for cut in range(2, len(name)) if name[:cut] in names]
        if short:
            for organ in ORGANS:
                prefixes.setdefault(name + organ, (short[-1],))
    # 台湾同胞, 台湾当局, 北京地区 are single tokens: a province, SAR or country before a noun for its
    # people or parts is the place, also where the name stands nowhere alone.
    for name, entry in names.items():
        if names_whole(name, entry):
            for part in parts:
                if name + part not in guards:
                    prefixes.setdefault(name + part, ((len(name), entry),))
    # 拉美地区, 欧洲地区 are single tokens: a curated region before 地区 is the place (before a noun for its
    # people it is left out, as names_whole says).
    if "地区" in parts:
        for name, entry in names.items():
            if entry.kind == CURATED and entry.attrs.get("level") == "region" and name + "地区" not in guards:
                prefixes.setdefault(name + "地区", ((len(name), entry),))
    # 长江上游 is a single token: a natural feature before a part of its course is the place.
    for name, entry in names.items():
        if entry.kind == CURATED and entry.attrs.get("level") == "natural":
            for part in natural_parts:
                if name + part not in names and name + part not in guards:
                    prefixes.setdefault(name + part, ((len(name), entry),))
    # 青岛港 is a single token: a province or prefecture name before a port or an airport is the
    # place (held-out conventions: 长沙 in 长沙机场, 青岛 in 青岛港); counties are left out.
    facility_words = set()
    for name, entry in names.items():
        if entry.kind == CURATED or all(r.level == "county" for r in entry.regions):
            continue
        for facility in facilities:
            word = name + facility
            if word not in names and word not in guards and word not in prefixes:
                prefixes[word] = ((len(name), entry),)
                facility_words.add(word)
    # Names read only where the tokenizer already made them one word: not tokenizer words, and
    # no prefix, part or facility word is derived from them.
    for name, entry in whole_tokens.items():
        names.setdefault(name, entry)
    return PlaceLexicon(
        gazetteer,
        names,
        frozenset(g for g in guards if g not in gazetteer.by_name),
        tuple(words),
        prefixes,
        frozenset(parts),
        frozenset(facility_words),
        listed,
    )


def names_whole(name: str, entry: PlaceEntry) -> bool:
    """True for a name that always denotes a whole province, SAR or country (浙江, 香港, 美国).

    Literary aliases (陇原, 齐鲁), prefectures and counties, regions and the
    curated names without a country code (神州) are left out: before a noun
    for its people (陇原人民) such a name is no place, or not one the text
    fixes.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> lex = load_place_lexicon(load_gazetteer())
        >>> [n for n in ("台湾", "浙江省", "美国", "陇原", "庆阳", "神州") if names_whole(n, lex.names[n])]
        ['台湾', '浙江省', '美国']
    """
    if entry.kind == CURATED:
        return entry.attrs.get("level") == "country" and bool(entry.attrs.get("id"))
    if entry.kind not in (FULL, PROVINCE):
        return False
    # A province's first alias is its short form (浙江); the others are literary (之江).
    return any(r.level == "province" and name in (r.name, *r.aliases[:1]) for r in entry.regions)


def context_codes(regions: Iterable[tuple[Region, ...]]) -> set[str]:
    """Codes of the provinces and prefectures that the unambiguous places of an article lie in.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> sorted(context_codes([load_gazetteer().lookup("庆阳")]))
        ['620000000000', '621000000000']
    """
    codes: set[str] = set()
    for found in regions:
        if len(found) == 1:
            region = found[0]
            codes.add(region.code[:2] + "0" * 10)
            if region.level != "province":
                codes.add(region.code[:4] + "0" * 8)
    return codes


def resolve_region(regions: tuple[Region, ...], context: set[str], gazetteer: Gazetteer) -> Region | None:
    """Pick the division a name denotes, or None when the text does not say.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> g = load_gazetteer()
        >>> resolve_region(g.lookup("西安"), set(), g).name, resolve_region(g.lookup("伊宁"), set(), g)
        ('西安市', None)
    """
    if len(regions) <= 1:
        return regions[0] if regions else None
    for region in regions:  # 吉林: the province contains the city of the same name
        if all(other is region or region in gazetteer.chain(other) for other in regions):
            return region

    def named(pool: list[Region], digits: int) -> list[Region]:
        return [r for r in pool if r.code[:digits] + "0" * (12 - digits) in context]

    major = [r for r in regions if r.level != "county"]
    counties = [r for r in regions if r.level == "county"]
    # A county outranks a province or prefecture of the same name only where
    # the article names its prefecture (城关 in an article on 兰州).
    local = named(counties, 4)
    if len(local) == 1:
        return local[0]
    if len(major) == 1:  # 西安 → 西安市, not the 西安区 of two northeastern cities
        return major[0]
    pool = major or counties
    for found in (named(pool, 2), [r for r in pool if r.level == "province"]):
        if len(found) == 1:  # 海南 in an article on 青海 → 海南藏族自治州; elsewhere 海南省
            return found[0]
    return None


def division_attrs(region: Region | None, regions: tuple[Region, ...], gazetteer: Gazetteer) -> dict[str, Any]:
    """The PLACE attributes of a division, or what the candidates share when it is unresolved (None).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> g = load_gazetteer()
        >>> division_attrs(None, g.lookup("伊宁"), g)["level"], division_attrs(g.lookup("庆阳")[0], (), g)["chain"]
        ('county', ['甘肃省', '庆阳市'])
    """
    if region is not None:
        return {
            "level": region.level,
            "chain": [r.name for r in gazetteer.chain(region)],
            "canonical": region.name,
            "code": region.code,
        }
    levels = {r.level for r in regions}
    names = {r.name for r in regions}
    return {
        "level": levels.pop() if len(levels) == 1 else None,
        "chain": None,
        "canonical": names.pop() if len(names) == 1 else None,
        "code": None,
    }
