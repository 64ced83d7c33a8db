"""DEPARTMENT: Party, state, congress, CPPCC, discipline, mass and military organs.

Input: a :class:`~textmine.records.Doc` (rules run on ``doc.norm``, simplified).
Output: ``DEPARTMENT`` spans with original offsets, the longest name of each
organ (ANNOTATION.md: 杭州市拱墅区天水街道, not 天水街道), never overlapping.

A name is read around a *head*: a named organ (中共中央, 国务院, 中组部), a unit
of the closed core list (组织部, 网信办, 公安局), a host (委, 政府, 人大常委会)
or a country-organ word (海军, 政府). Heads are found in one regex pass that
stops only where a head can end, then by dictionary look-ups (see
``DepartmentRules.heads_in``; on the political dev set this is five times
faster than a pyahocorasick automaton, whose per-character cost grows with the
fan-out of a large CJK lexicon). From the head the morphology reads leftwards
``[中共] REGION{0,3} LEVEL [HOST]`` and rightwards ``TRAIL{0,2}`` (办公厅, 党组,
机关党委) and ``SUB-UNIT{0,2}`` (政策研究中心, 财金司). Units need a level or a
region, hosts need a level: generic nouns (各级党委, 组织部门, 6部门) have
neither and are never spans. Unlisted cores (武汉市国土房产局) are read from a
suffix back to the nearest level word, with stricter guards. Towns need a
county or city before them (拱墅区天水街道); alliances need a name (武林商圈党建联盟).
Organs inside titles of works 《…》 are optional in ANNOTATION.md and not emitted.

Attributes: ``level`` (central, province, city, county, township, community),
``kind`` (party, state, congress, cppcc, discipline, mass, alliance, military),
``canonical`` (the expanded name, in SIMPLIFIED script since it is an
identifier: 省网信办 in a Zhejiang article → 浙江省委网络安全和信息化委员会办公室),
``region`` (the division the organ belongs to) with ``region_source``
(``span`` when the name says it, ``article`` when inferred from the article),
``country`` for foreign organs, ``collective`` for organ groups (省直机关).
An attribute the text does not settle is null, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..gazetteer import load_gazetteer
from ..records import Doc, Span
from ..resources import Resources
from . import make_span
from .department_attrs import CENTRAL_WORDS, ArticleRegion, Candidate, Prefix, describe, infer_article_region
from .department_rules import DepartmentRules, load_department_rules

LABEL = "DEPARTMENT"
_PUNCT_BEFORE = set("、，,。；;：:（(“‘「《 \n\t　")
_JOIN_BEFORE = set("和与及同由会暨")
_ARMY_NOT_BEFORE = set("国人事费舰机工民备训营衔装官令区队属地港种纪械网迷情歌旗团")
_TITLE = re.compile(r"《[^《》\n]{1,100}》")
_YOUTH_INVERTED = re.compile(r"团([省市县区州])委(?!员)")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class DepartmentExtractor:
    """Find DEPARTMENT spans; build with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> [(s.text, s.attrs["level"]) for s in tm.extract("浙江省委召开会议，省委組織部參加。") if s.label == "DEPARTMENT"]
        [('浙江省委', 'province'), ('省委組織部', 'province')]
    """

    labels = (LABEL,)

    def __init__(self, rules: DepartmentRules) -> None:
        self.rules = rules
        # Characters a level word or a country name ends with: where an open core may begin.
        self._anchor_chars = frozenset(w[-1] for w in rules.levels) | frozenset(rules.country_lengths)

    def dictionary_words(self) -> Iterable[str]:
        """Named organs of three characters or more (中组部, 国务院), kept whole by the tokenizer.

        Example:
            >>> "中组部" in set(build(Resources()).dictionary_words())
            True
        """
        return sorted(
            w for w, recs in self.rules.records.items() if len(w) >= 3 and any(r["role"] == "name" for r in recs)
        )

    def __call__(self, doc: Doc, found: Sequence[Span] = ()) -> list[Span]:
        """Return the DEPARTMENT spans of ``doc``, longest names, without overlaps.

        ``found`` is not read: organ names do not depend on earlier labels
        (organs inside quoted slogans are optional in ANNOTATION.md and kept).

        Example:
            >>> from textmine import Pipeline
            >>> tm = Pipeline.from_config()
            >>> [s.attrs["canonical"] for s in build(Resources())(tm.analyze("中共中央總書記"))]
            ['中共中央']
        """
        text = doc.norm
        cands: list[Candidate] = []
        records = self.rules.records
        for start, end, word in self.rules.heads_in(text):
            for rec in records[word]:
                cand = self._from_head(text, start, end, rec)
                if cand is not None:
                    cands.append(cand)
        cands.extend(self._open_core(text))
        cands.extend(self._towns(text))
        cands.extend(self._alliances(text))
        cands.extend(self._bodies(text))
        if self.rules.reading == "news":
            cands.extend(self._acronyms(text))
            _news_prefixes(self.rules, text, cands)
        cands.extend(self._special(text))
        cands = [c for c in cands if not _level_inside_word(doc, c)]
        chosen = _resolve(cands, _titles(text), len(text))
        if not chosen:
            return []
        article = _LazyRegion(self.rules, doc)
        return [make_span(doc, LABEL, c.start, c.end, describe(self.rules, text, c, article)) for c in chosen]

    # ------------------------------------------------------------------ heads
    def _from_head(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        role = rec["role"]
        if role == "name":
            if rec.get("bare") and text.endswith(self.rules.generic_before, 0, start):
                return None  # 各级妇联, 有关共青团: generic (ANNOTATION.md: no name, no span)
            return self._trailed(text, start, end, 0, {"rec": rec, "bare": bool(rec.get("bare"))})
        if role == "unit":
            pre = self._prefix(text, start, allow_host=True)
            bare = pre.level_word is None and not pre.regions
            if bare and not self._bare_unit(text, start, rec):
                return None
            return self._trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre, "bare": bare})
        if role == "host":
            pre = self._prefix(text, start, allow_host=False)
            if pre.start == start:
                central = self._central(text, start, end, rec) if rec.get("central") else None
                if central is not None or not self._bare_unit(text, start, rec, hosts=True):
                    return central
                return self._trailed(text, start, end, 1, {"rec": rec, "pre": pre, "bare": True})
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
            if pre.level_word in ("中央", "国家", "乡", "镇", "街道", "社区", "村"):
                return None  # central hosts are names; township hosts need a named town
            return self._trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre})
        if role in ("foreign", "embassy"):
            before = text[start - 1] if start > 0 else ""
            if role == "foreign" and before not in self._anchor_chars and before not in self.rules.country_abbr:
                return None  # no country can end right before it
            return self._foreign(text, start, end, rec)
        return None

    def _bare_unit(self, text: str, start: int, rec: dict[str, Any], *, hosts: bool = False) -> bool:
        """True when a unit (or, with ``hosts``, a host) without level or region is an organ.

        The news reading only (教育局表示, 法院判决, 政协委员): the guide reading
        leaves bare units out as generic nouns (ANNOTATION.md); news text uses
        them for the organ of the place it reports on.
        """
        rules = self.rules
        return (
            rules.reading == "news"
            and (rec["pattern"] in rules.bare_hosts if hosts else rec["pattern"] not in rules.bare_stop)
            and not text.endswith(rules.generic_before, 0, start)
        )

    def _central(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
        """A bare congress host that can only be the national one, or None.

        After a term ordinal with no region before it (五届人大, 四届人大) or
        before a title only the national organ has (人大常委会副委员长), 人大 is
        全国人大; the span stays the host (ANNOTATION.md: the ordinal is not part
        of 全国人大常委会 in 第十四届全国人大常委会).
        """
        rules = self.rules
        term = rules.term.search(text, max(0, start - 6), start)
        titles = rec.get("central_titles")
        if term is None and not (titles and text.startswith(tuple(titles), end)):
            return None
        if term is not None:
            pre = self._prefix(text, term.start(), allow_host=False)
            if pre.start < term.start():  # 湖南省第十四届人民代表大会: a provincial congress
                if rules.reading != "news":
                    return None  # the guide has no span for an organ cut by its ordinal
                return self._trailed(text, pre.start, end, 1, {"rec": rec, "pre": pre})
        name = next(r for r in rules.records[rec["central"]] if r["role"] == "name")
        return self._trailed(text, start, end, 0, {"rec": name})

    def _prefix(self, text: str, pos: int, *, allow_host: bool) -> Prefix:
        """Read ``[中共|共青团] REGION{0,3} LEVEL{0,2} [HOST]`` leftwards from ``pos``."""
        rules = self.rules
        pre = Prefix(pos)
        q = pos
        if allow_host:
            for size in (5, 4, 3, 2, 1):
                word = text[q - size : q] if q >= size else ""
                if word in rules.unit_hosts and rules.level_ending_at(text, q - size):
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
            regions, start_a = self._region_chain(text, q_level)
            # 礼县委, 广州中院: a division name that ends with the level word covers it.
            full = rules.region_ending_at(text, q)
            if full in rules.region_stop and not rules.region_ending_at(text, q - len(full)):
                full = None  # 市委和县委: 和县 is an ordinary word here
            if full and len(full) > len(level) and full.endswith(level) and q - len(full) < start_a:
                more, start_b = self._region_chain(text, q - len(full))
                regions, start_a = [*more, full], start_b
            pre.regions = regions
            q = start_a
        else:
            pre.regions, q = self._region_chain(text, q)
        if text[q - 2 : q] == "中共" and q >= 2:
            pre.party, q = True, q - 2
        elif text[q - 5 : q] == "中国共产党" and q >= 5:
            pre.party, q = True, q - 5
        elif text[q - 3 : q] == "共青团" and q >= 3:
            pre.youth, q = True, q - 3
        pre.start = q
        return pre

    def _region_chain(self, text: str, end: int) -> tuple[list[str], int]:
        """Up to three division names ending at ``end`` (杭州市拱墅区), outermost first."""
        regions: list[str] = []
        q = end
        while len(regions) < 3:
            name = self.rules.region_ending_at(text, q)
            if name is None:
                break
            regions.insert(0, name)
            q -= len(name)
        # 公安派出所, 市委和县委: an ordinary word is a region only inside a chain (信阳市新县).
        while regions and regions[0] in self.rules.region_stop:
            q += len(regions.pop(0))
        return regions, q

    def _trailed(self, text: str, start: int, end: int, tier: int, parts: dict[str, Any]) -> Candidate | None:
        """Add up to two trails (办公厅, 党组 …) and two sub-units (政策研究中心) after ``end``; check the guards.

        When the longest reading ends in a guard word, the last addition is
        dropped and the shorter reading is checked, down to the head itself.
        """
        head = end - start
        ends = [end]
        trails: list[str] = []
        for _ in range(2):
            m = self.rules.trail.match(text, ends[-1])
            if m is None:
                break
            trails.append(m.group())
            ends.append(m.end())
        subs: list[str] = []
        for _ in range(2):
            sub = self._sub_unit(text, ends[-1])
            if sub is None:
                break
            subs.append(text[ends[-1] : sub])
            ends.append(sub)
        # A guard word inside the head itself is part of a listed name (税务部门 in the news reading).
        while self._guarded(
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

    def _sub_unit(self, text: str, end: int) -> int | None:
        """The end of a sub-unit written right after an organ (国家发改委|财金司), or None."""
        rules = self.rules
        m = rules.sub_unit.match(text, end)
        if m is None:
            return None
        core = m.group(1)
        # A division name opens the core whatever its characters are (央行|上海总部: 上 is no stop there).
        rest = next((core[n:] for n in (3, 2) if core[:n] in rules.gazetteer.by_name), core)
        # 部长和市公安局: a coordination or a title is no sub-unit; 住宅与房地产研究处 is one.
        if core[0] == "与" or any(c in rules.open_stop or c in "和及" for c in rest) or core.startswith(rules.sub_stop):
            return None
        return m.end()

    def _guarded(self, text: str, start: int, end: int, *, scope: str, inside: int = 0) -> bool:
        """True when a guard word crosses the end of ``[start, end)`` or ends it (部署, 干部).

        End guards no longer than ``inside`` (the length of a listed head ending
        at ``end``) are part of that head and do not count.
        """
        rules = self.rules
        for rest, sc in rules.guards_after.get(text[end - 1], ()):
            if (sc == "all" or sc == scope) and text.startswith(rest, end):
                return True
        for word, sc in rules.guards_end.get(text[end - 1], ()):
            if (sc == "all" or sc == scope) and inside < len(word) <= end - start and text.endswith(word, start, end):
                return True
        return False

    def _foreign(self, text: str, start: int, end: int, rec: dict[str, Any]) -> Candidate | None:
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
        if len(written) == 1 and q >= 2 and text[q - 2 : q] in rules.abbr_stop:
            return None  # 完美军团, 所以军: the abbreviation ends another word
        if self._guarded(text, q - len(written), end, scope="all"):
            return None
        if rec["pattern"] == "军" and text[end : end + 1] and text[end] in _ARMY_NOT_BEFORE:
            return None  # 日本军国主义, 美国军人, 美军舰
        if rules.reading == "news":
            trail = rules.trail.match(text, end)
            end = trail.end() if trail else end  # 德军部队, 俄罗斯海军司令部
        return Candidate(q - len(written), end, 1, {"foreign": rec, "country": country, "written": written})

    # ------------------------------------------------------------------ other finders
    def _open_core(self, text: str) -> Iterable[Candidate]:
        """Unlisted cores: a level word or a country, 1–8 content characters, a strong suffix.

        武汉市国土房产局, 省海洋与渔业局, 英国边境局. The core reaches back to the
        nearest level word; without a region before it, the level must follow a
        boundary (punctuation, 和, 由 …) so that 推进区域协调发展委员会 is no organ.
        """
        rules = self.rules
        anchors = self._anchor_chars
        for m in rules.open_suffix.finditer(text):
            end = m.end()
            suffix = next(w for w in rules.open_by_last[text[end - 1]] if text.endswith(w, 0, end))
            suffix_start = end - len(suffix)
            q = suffix_start
            while q > suffix_start - 9 and q > 0:
                if q < suffix_start and text[q - 1] in anchors:
                    cand = self._open_at(text, q, suffix_start, end, suffix)
                    if cand is not False:
                        if cand is not None:
                            yield cand
                        break
                ch = text[q - 1]
                if not _is_cjk(ch) or ch in rules.open_stop:
                    break
                q -= 1

    def _open_at(self, text: str, q: int, suffix_start: int, end: int, suffix: str) -> Candidate | None | bool:
        """The open-core candidate whose core starts at ``q``; False when nothing anchors there."""
        rules = self.rules
        level = rules.level_ending_at(text, q)
        country = None
        if level is None and text[q - 1] in rules.country_lengths:
            country = rules.country_ending_at(text, q, abbr=False)
        if country is not None and (country[1].name == "中国" or suffix == "中心"):
            country = None  # 中国…委员会, …研究中心 are mostly societies and institutes, not state organs
        if level is None and country is None:
            return False
        if level in ("乡", "镇", "街道", "社区", "村", "中央"):
            return False
        if text[q] in "和与及" or (level and text[q - 1 : q + 1] in rules.level_word_stop):
            return None  # 省市县和…局: a coordination; 区域…委员会: 区 starts a word, it is no level
        if country is not None:
            start, parts = q - len(country[0]), {"country": country[1]}
        else:
            pre = self._prefix(text, q, allow_host=False)
            before = text[pre.start - 1] if pre.start > 0 else "。"
            if not (
                pre.regions or pre.party or before in _PUNCT_BEFORE or before in _JOIN_BEFORE or not _is_cjk(before)
            ):
                return None
            start, parts = pre.start, {"pre": pre}
        if self._guarded(text, start, end, scope="open") or any(v in text[q:suffix_start] for v in rules.body_verbs):
            return None  # 美国建立网络战司令部: the sentence, not a name
        return self._trailed(text, start, end, 2, {"open": suffix, "core": text[q:suffix_start], **parts})

    def _towns(self, text: str) -> Iterable[Candidate]:
        """Towns after a county or city: 杭州市拱墅区天水街道(党工委)."""
        rules = self.rules
        for m in rules.towns.finditer(text):
            end = m.end()
            word_start = end - 2 if text[end - 1] == "道" else end - 1
            for size in (2, 3, 4):
                name_start = word_start - size
                # the name follows the last character of a county or city name (区县市旗州)
                if name_start < 1 or text[name_start - 1] not in "区县市旗州":
                    continue
                town = text[name_start:end]
                if not all(_is_cjk(c) and c not in rules.open_stop for c in town[:size]):
                    continue
                if any(stop in town for stop in rules.town_stop):
                    continue
                if rules.region_ending_at(text, name_start, full_only=True) is None:
                    continue
                regions, start = self._region_chain(text, name_start)
                host = rules.town_hosts.match(text, end)
                stop = host.end() if host else end
                if not self._guarded(text, start, stop, scope="all"):
                    town_host = host.group() if host else None
                    yield Candidate(start, stop, 1, {"town": town, "regions": regions, "town_host": town_host})
                break

    def _alliances(self, text: str) -> Iterable[Candidate]:
        """Named alliances: the name between a boundary or a verb and 党建联盟 (武林商圈党建联盟)."""
        rules = self.rules
        for m in rules.alliances.finditer(text):
            q = m.start()
            while q > m.start() - 12 and q > 0 and _is_cjk(text[q - 1]) and text[q - 1] not in "的和与及在为是了":
                q -= 1
            name = text[q : m.start()]
            cut = max((name.rfind(w) + len(w) for w in rules.alliance_stop if w in name), default=0)
            name = name[cut:]
            if 2 <= len(name) <= 8:
                yield Candidate(m.start() - len(name), m.end(), 1, {"alliance": True})

    def _bodies(self, text: str) -> Iterable[Candidate]:
        """Named ad-hoc bodies: an organ, a description, a body suffix (中央应对疫情工作领导小组, 国务院联防联控机制).

        The description is read back from the suffix, at most 14 characters
        that do not end the phrase (的, 了, 、 …), to the nearest organ that sets
        up such bodies; a description with a verb of setting up (决定成立…) is
        the sentence, not a name.
        """
        rules = self.rules
        for m in rules.bodies.finditer(text):
            suffix_start, end = m.span()
            need = rules.body_min_desc[m.group()]
            q = suffix_start
            while q > 0 and suffix_start - q <= 14:
                if suffix_start - q >= need:
                    prefix = next((p for p in rules.body_prefixes if text.endswith(p, 0, q)), None)
                    if prefix is not None:
                        if not any(v in text[q:suffix_start] for v in rules.body_verbs):
                            yield Candidate(q - len(prefix), end, 1, {"body": rules.body_prefixes[prefix]})
                        break
                if not _is_cjk(text[q - 1]) or text[q - 1] in rules.body_stop:
                    break
                q -= 1

    def _acronyms(self, text: str) -> Iterable[Candidate]:
        """Latin acronyms of state bodies (FBI, SEC), read as whole Latin words."""
        if self.rules.acronyms is None:
            return
        for m in self.rules.acronyms.finditer(text):
            yield Candidate(m.start(), m.end(), 0, {"acronym": self.rules.acronym_records[m.group()]})

    def _special(self, text: str) -> Iterable[Candidate]:
        """团省委 (inverted order) and quoted 两委 of a community or village."""
        for m in _YOUTH_INVERTED.finditer(text):
            yield Candidate(m.start(), m.end(), 1, {"youth_inverted": m.group(1)})
        i = text.find("两委", 0)
        while i >= 0:
            start, end = i, i + 2
            if text[i - 1 : i] in '“‘「"' and text[i + 2 : i + 3] in '”’」"' and i >= 1:
                start, end = i - 1, i + 3
            for unit in ("社区", "村"):
                if text.endswith(unit, 0, start):
                    start -= len(unit)
                    break
            if end - start > 2:
                yield Candidate(start, end, 1, {"two_committees": True})
            i = text.find("两委", i + 2)


class _LazyRegion:
    """The article's province and city, inferred on first use only (one pass over the tokens)."""

    def __init__(self, rules: DepartmentRules, doc: Doc) -> None:
        self._rules = rules
        self._doc = doc
        self._value: ArticleRegion | None = None

    def get(self) -> ArticleRegion:
        """Return the article's region, inferring it the first time."""
        if self._value is None:
            self._value = infer_article_region(self._rules, self._doc.tokens)
        return self._value


def _level_inside_word(doc: Doc, cand: Candidate) -> bool:
    """True when a candidate starts with a bare level character the segmenter put inside a longer word.

    宣武区法院 (a former district, unknown to the gazetteer) must not give 区法院,
    nor 加州政府 give 州政府; 在市委领导下 keeps 市委, whose 市 starts a token.
    The same holds for an organ standing alone (合作协议 is no 作协, 住建委 no 建委)
    and for an open core read from a region (马里兰州地区法庭 is no 兰州…).
    """
    pre = cand.parts.get("pre")
    if cand.parts.get("bare") or (cand.tier == 2 and pre is not None and pre.regions):
        pass
    elif pre is None or pre.regions or pre.party or pre.youth or pre.level_word in (None, *CENTRAL_WORDS):
        return False
    start = doc.normalized.to_original(cand.start, cand.start + 1)[0]
    i = bisect_right(doc.tokens, start, key=attrgetter("start")) - 1
    return i >= 0 and doc.tokens[i].start < start < doc.tokens[i].end


def _news_prefixes(rules: DepartmentRules, text: str, cands: list[Candidate]) -> None:
    """News reading: an organ keeps the term ordinal (十一届全国人大常委会) or the country (美国CIA, 英国警察部门) before it."""
    for c in cands:
        if not c.start:
            continue
        if text[c.start - 1] == "届":
            term = rules.term.search(text, max(0, c.start - 6), c.start)
            if term is not None:
                c.start = term.start()
        elif "acronym" in c.parts or c.parts.get("rec", {}).get("bare"):
            country = rules.country_ending_at(text, c.start, abbr=False)
            if country is not None:
                c.start -= len(country[0])
                c.parts["country"] = country[1]


def _ends_with_level(pre: Prefix, rules: DepartmentRules) -> bool:
    """True when the last region read is a full name, which carries its level (礼县 in 礼县委)."""
    return bool(pre.regions) and any(r.name == pre.regions[-1] for r in rules.gazetteer.lookup(pre.regions[-1]))


def _titles(text: str) -> list[tuple[int, int]]:
    """Ranges of titles of works 《…》: organs inside them are optional (ANNOTATION.md), so not emitted."""
    return [m.span() for m in _TITLE.finditer(text)] if "《" in text else []


def _resolve(cands: list[Candidate], titles: list[tuple[int, int]], size: int) -> list[Candidate]:
    """Keep the longest candidates that do not overlap (lexicon names first on ties), outside titles."""
    cands.sort(key=lambda c: (c.start - c.end, c.tier, -c.head, c.start))
    taken: list[Candidate] = []
    used = bytearray(size)
    for c in cands:
        if used.find(1, c.start, c.end) >= 0 or any(a <= c.start and c.end <= b for a, b in titles):
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


class DepartmentOptions(BaseModel):
    """Options of ``departments.v1`` (``[extract.options."departments.v1"]`` in a pipeline config).

    ``reading = "guide"`` (the default) follows ANNOTATION.md; ``"news"`` also
    reports definite references to state organs that the guide leaves out as
    generic or optional (see ``data/departments_news.jsonl``).

    Example:
        >>> DepartmentOptions().reading, DepartmentOptions(reading="news").reading
        ('guide', 'news')
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    reading: Literal["guide", "news"] = Field(
        "guide", description="guide: ANNOTATION.md; news: also 警方, 法院, bare units, term ordinals, acronyms."
    )


def build(resources: Resources, *, options: DepartmentOptions | None = None) -> DepartmentExtractor:
    """Build the DEPARTMENT extractor (rules loaded once per reading, shared gazetteer).

    Example:
        >>> build(Resources()).labels
        ('DEPARTMENT',)
        >>> build(Resources(), options=DepartmentOptions(reading="news")).rules.reading
        'news'
    """
    reading = (options or DepartmentOptions()).reading
    gazetteer = resources.get("gazetteer", load_gazetteer)
    rules = resources.get(f"department_rules.{reading}", lambda: load_department_rules(gazetteer, reading=reading))
    return DepartmentExtractor(rules)
