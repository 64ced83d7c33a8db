"""Administrative divisions of China: provinces, prefectures and counties.

The rows (3,511 divisions with their 12-digit codes) come from the MIT-licensed
``cpca`` package, whose ``resources/adcodes.csv`` is read straight from its
installation: ``cpca`` itself (and pandas, which it imports) is never imported,
so loading has no side effects. Province short names, one-character
abbreviations and literary names are our own table, ``data/provinces.jsonl``.
Short forms of prefectures and counties are derived by rule (杭州市 → 杭州,
积石山保安族东乡族撒拉族自治县 → 积石山); one-character results are dropped.
Short forms no rule derives, as news writes them (科尔沁右翼前旗 → 科右前旗),
are our own table too, ``data/division_aliases.jsonl``.

All names are simplified, as OpenCC ``t2s`` writes them: match on ``doc.norm``.
"""

from __future__ import annotations

import csv
import importlib.metadata
import io
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import ConfigError
from .resources import iter_jsonl

LEVELS = ("province", "city", "county")

# Placeholder rows of the code table that are not places.
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县"}
_AUTONOMOUS_SUFFIX = re.compile(r"自治(?:州|县|旗)$")
# Longest first: 浦东新区 → 浦东 (not 浦东新), 峰峰矿区 → 峰峰 (not 峰峰矿).
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "矿区", "省", "市", "盟", "县", "区", "旗")


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative division.

    Attributes:
        name: Full name (杭州市).
        level: ``province``, ``city`` (prefecture level) or ``county`` (county level).
        code: 12-digit administrative code.
        parent: Code of the parent division, or None for a province.
        aliases: Short and other names (杭州; 浙江, 浙, 之江 for 浙江省).

    Example:
        >>> Region("杭州市", "city", "330100000000", "330000000000", ("杭州",)).level
        'city'
    """

    name: str
    level: str
    code: str
    parent: str | None
    aliases: tuple[str, ...] = ()


def short_form(name: str, ethnic_groups: tuple[str, ...] = ()) -> str | None:
    """Derive the usual short form of a division name, or None when it would be one character.

    Autonomous divisions lose their ethnic groups: pass the names of the groups
    (积石山保安族东乡族撒拉族自治县 → 积石山).

    Example:
        >>> short_form("积石山保安族东乡族撒拉族自治县", ("保安族", "东乡族", "撒拉族")), short_form("拱墅区"), short_form("礼县")
        ('积石山', '拱墅', None)
        >>> short_form("浦东新区"), short_form("峰峰矿区")
        ('浦东', '峰峰')
    """
    if _AUTONOMOUS_SUFFIX.search(name):
        short = _AUTONOMOUS_SUFFIX.sub("", name)
        stripped = True
        while stripped:
            stripped = False
            for group in ethnic_groups:
                if short.endswith(group) and len(short) > len(group):
                    short = short[: -len(group)]
                    stripped = True
    else:
        short = name
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                short = name[: -len(suffix)]
                break
    return short if len(short) >= 2 and short != name else None


@dataclass(frozen=True)
class Gazetteer:
    """Divisions by code and by every name they go by; build with :func:`load_gazetteer`.

    ``written_short`` holds the short forms of the table no rule derives (科右前旗,
    达茂旗): the tokenizer keeps them whole, as it cuts them otherwise (科右|前旗).
    """

    regions: Mapping[str, Region]
    by_name: Mapping[str, tuple[Region, ...]]
    abbreviations: Mapping[str, Region]
    written_short: frozenset[str] = frozenset()

    def lookup(self, name: str) -> tuple[Region, ...]:
        """Every division called ``name`` (full or short form), provinces first.

        Example:
            >>> [r.name for r in load_gazetteer().lookup("杭州")]
            ['杭州市']
        """
        return self.by_name.get(name, ())

    def chain(self, region: Region) -> list[Region]:
        """The division and its parents, province first.

        Example:
            >>> g = load_gazetteer()
            >>> [r.name for r in g.chain(g.lookup("拱墅区")[0])]
            ['浙江省', '杭州市', '拱墅区']
        """
        out = [region]
        while out[0].parent is not None and out[0].parent in self.regions:
            out.insert(0, self.regions[out[0].parent])
        return out

    def province_of(self, region: Region) -> Region:
        """The province a division belongs to.

        Example:
            >>> g = load_gazetteer()
            >>> g.province_of(g.lookup("榆中县")[0]).name
            '甘肃省'
        """
        return self.chain(region)[0]


def _level_and_parent(code: str) -> tuple[str, str | None]:
    if code[2:] == "0" * 10:
        return "province", None
    province = code[:2] + "0" * 10
    if code[4:] == "0" * 8:
        return "city", province
    city = code[:4] + "0" * 8
    return "county", city


def _read_cpca(name: str) -> str:
    try:
        dist = importlib.metadata.distribution("cpca")
    except importlib.metadata.PackageNotFoundError as err:
        raise ConfigError("the gazetteer needs the 'cpca' package (its code table): pip install cpca") from err
    path = dist.locate_file(f"cpca/resources/{name}")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read the cpca code table at {path}: {err}") from err


def load_gazetteer() -> Gazetteer:
    """Load every province, prefecture and county with their short forms.

    Example:
        >>> g = load_gazetteer()
        >>> g.lookup("浙江")[0].name, g.abbreviations["甘"].name
        ('浙江省', '甘肃省')
    """
    provinces = {rec["name"]: rec for rec in iter_jsonl("provinces.jsonl")}
    extra = {rec["name"]: tuple(rec["aliases"]) for rec in iter_jsonl("division_aliases.jsonl")}
    rows = list(csv.reader(io.StringIO(_read_cpca("adcodes.csv"))))[1:]
    # Longest first, so that 蒙古族 is stripped before a shorter name could match.
    # Names of autonomous divisions sometimes drop the 族 (塔什库尔干塔吉克自治县): strip both forms.
    names = {g.strip() for g in _read_cpca("56_nations.csv").split() if g.strip()}
    names |= {g[:-1] for g in names if g.endswith("族") and len(g) > 2}
    names.add("各族")  # 龙胜各族自治县, 隆林各族自治县: the county of all its peoples
    groups = tuple(sorted(names, key=len, reverse=True))
    regions: dict[str, Region] = {}
    codes_by_name = {}
    for code, name, *_ in sorted(rows):
        if name in _PLACEHOLDERS:
            continue
        level, parent = _level_and_parent(code)
        if parent is not None and parent not in regions:
            parent = code[:2] + "0" * 10 if level == "county" and code[:2] + "0" * 10 in regions else parent
        if level == "province":
            rec = provinces.get(name)
            aliases = (rec["short"], *rec["aliases"]) if rec else tuple(filter(None, [short_form(name, groups)]))
        else:
            short = short_form(name, groups)
            # 彭水县, 西盟县: an autonomous county by its short name and 县, as local news writes it
            county = (f"{short}县",) if short and name.endswith("自治县") else ()
            aliases = (*filter(None, [short]), *county, *extra.get(name, ()))
        regions[code] = Region(name, level, code, parent, aliases)
        codes_by_name[name] = code
    # A county directly under a province (省直辖县) has no city row: attach it to the province.
    for code, region in list(regions.items()):
        if region.parent is not None and region.parent not in regions:
            regions[code] = Region(region.name, region.level, code, code[:2] + "0" * 10, region.aliases)
    by_name: dict[str, list[Region]] = defaultdict(list)
    for region in regions.values():
        for name in (region.name, *region.aliases):
            by_name[name].append(region)
    order = {level: i for i, level in enumerate(LEVELS)}
    frozen = {k: tuple(sorted(v, key=lambda r: (order[r.level], r.code))) for k, v in by_name.items()}
    abbreviations = {rec["abbr"]: regions[codes_by_name[name]] for name, rec in provinces.items() if name in codes_by_name}
    written = frozenset(a for name, aliases in extra.items() if name in codes_by_name for a in aliases)
    return Gazetteer(regions, frozen, abbreviations, written)
