"""DEPARTMENT: Party, state, congress, CPPCC, discipline, mass and military organs.

Input: a :class:`~textmine.records.Doc` (rules run on ``doc.norm``, simplified).
Output: ``DEPARTMENT`` spans with original offsets, the longest name of each
organ (ANNOTATION.md: 杭州市拱墅区天水街道, not 天水街道), never overlapping.

The scan stops only where a word the extractor starts from can end, and says
which kinds of word end there: array tests over the code points find the
offsets where one of those words may end (:class:`EndFilter`: the character,
then the two or three characters ending there), and the scan regex
(``DepartmentRules.scan``) confirms each. A *head* (a named organ 中共中央, a unit 组织部, a host 委 or 人大常委会, a
country-organ word 海军) is looked up in the lexicon and read around by
:class:`~textmine.extract.department_reader.NameReader` (``[中共] REGION{0,3}
LEVEL [HOST]`` leftwards, trails and sub-units rightwards); open-core suffixes
(武汉市国土房产局), towns (拱墅区天水街道), alliances (武林商圈党建联盟),
ad-hoc bodies (中央应对疫情工作领导小组) and the special forms (团省委, 社区“两委”)
are read back from their end (``department_finders``). The longest candidates
that do not overlap are kept; organs inside titles of works 《…》 are optional
in ANNOTATION.md and not emitted. On the political dev set the one pass is
five times faster than a pyahocorasick automaton, whose per-character cost
grows with the fan-out of a large CJK lexicon.

Two readings (:class:`DepartmentOptions`): ``guide`` follows ANNOTATION.md,
where generic organ nouns (各级党委, 组织部门, a bare 法院) are no spans;
``news`` also reports definite references to state organs that news text
makes with them (警方, 法院, a bare 教育局, 税务部门, 十一届全国人大常委会 with
its ordinal, Latin acronyms such as FBI), organs named after the place they
serve or a foreign name (督院街派出所, 乌拉尔军区, 特拉华州高等法院, 里根政府),
units named by their ordinal (第九巡回法庭, 英军第二军), armies named by what
they are (反抗军, 滇军), foreign organs after a country or its abbreviation
(美政府, 澳大利亚民政部, 伊朗革命卫队), administering centres after a level
(市土地整理储备中心), unions of states and international bodies (欧盟, 北约,
联合国粮农组织, 欧佩克) and the central state media, which ANNOTATION.md lists as
optional (新华社, 央视; no sub-unit is read after them: 新华社电…):
``data/departments_news.jsonl``.

Attributes: ``level`` (central, province, city, county, township, community),
``kind`` (party, state, congress, cppcc, discipline, mass, alliance, military;
``international`` for unions of states and ``media`` for state media in the news reading),
``canonical`` (the expanded name, in SIMPLIFIED script since it is an
identifier: 省网信办 in a Zhejiang article → 浙江省委网络安全和信息化委员会办公室),
``region`` (the division the organ belongs to) with ``region_source``
(``span`` when the name says it, ``article`` when inferred from the article),
``country`` for foreign organs, ``collective`` for organ groups (省直机关).
An attribute the text does not settle is null, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..gazetteer import load_gazetteer
from ..records import Doc, Span
from ..resources import Resources, iter_jsonl
from ..segment import token_lists
from .char_classes import code_points
from .department_attrs import (
    CENTRAL_WORDS,
    VOTE_TOKENS,
    ArticleRegion,
    Candidate,
    Prefix,
    describe,
    infer_article_region,
)
from .department_finders import (
    acronyms,
    alliance_at,
    body_at,
    china_prefixes,
    community_at,
    community_repeats,
    corps_units,
    cppcc_committees,
    historical_committees,
    named_at,
    news_prefixes,
    open_core_at,
    special_at,
    survey_teams,
    town_at,
    zone_at,
)
from .department_patterns import EndFilter, LatinWords
from .department_reader import NameReader, follows_posts, is_cjk, province_department
from .department_rules import DepartmentRules, load_department_rules
from .local_names import LocalNames, build_local_names
from .person_names import load_person_lexicon
from .tokens import find_all

LABEL = "DEPARTMENT"
_TITLE = re.compile(r"《[^《》\n]{1,100}》")
#: Words ending in 部 whose 部 would open a ministry's name of the lexicon (部机关党委, 部党组).
_WORDS_OF_BU = frozenset({"总部", "全部", "干部", "内部", "外部", "局部", "本部", "校部"})
#: Prepositions (and 请, and 任 of an appointment) the segmenter may join to a level character (由省, 到市,
#: 为省, 请州, 任市, 至区, 以区, 驻省), the demonstratives 该, 本 and 我 (该县|纪委监委, 本市, 我市), and the classifiers 名
#: and 位 and the 有 of a count before a deputy (4名省|人大代表, 有市|人大代表建议): the level still starts a name.
_PREPOSITIONS = frozenset("由向到从经对在将被据受为请任至于赴以该本我名位有驻")
#: An organ's Party bodies after which its own bodies may be listed bare (省政协党组、机关党组), and those bodies
#: with the trails they are read as.
_PARTY_BODIES = frozenset({"党组", "党委", "直属机关党委"})
_LISTED_BODIES = {"机关党组": ("机关", "党组"), "机关党委": ("机关党委",), "机关纪委": ("机关纪委",)}
_BODY_LIST_MARKS = ("、机关", "(机关", "（机关")
#: The same bodies (and 机关工委, an organisation's 书记处) as later posts of one person after the organ's own
#: (省政协秘书长、|机关党组书记, 市委常委、秘书长、|机关工委书记, 全国妇联副主席、|书记处书记): the marks before
#: them, the post that must follow them, and what the posts before them end with.
_POSTED_BODIES = {
    **_LISTED_BODIES,
    "机关工委": ("机关工委",),
    "机关党支部": ("机关", "党支部"),
    "机关党总支": ("机关", "党总支"),
    "书记处": ("书记处",),  # (全国妇联副主席、|书记处书记林怡: the federation's secretariat)
}
_POSTED_MARKS = ("、机关", "、书记处")
_BODY_POSTS = ("书记", "副书记", "常务副书记", "专职副书记", "成员", "委员")
_POST_ENDS = ("长", "员", "委", "书记", "主任", "主席")
#: How far back (characters) the organ of a list of posts may end, and what no list of posts holds.
_POSTS_REACH = 16
_NOT_IN_POSTS = frozenset("，。；：:;,\n！？（）()“”")
#: The marks that join a bare unit to a prefixed one before it in a list (市财政局、人社局, 省委组织部和宣传部),
#: and the conjunctions among them, which the segmenter may glue between a name and a level (陈明|修和市).
_LIST_JOINS = frozenset("、和及与")
#: The characters of a level that open a bare organ (州委, 市委, 县政府) after a region's short name's first character.
_LEVEL_CHARS = frozenset("省市县区州旗")
#: The level characters that close a division's name (台中市, 彰化县).
_DIVISION_LEVELS = frozenset("市县区")
#: What makes a level character before a bare name the whole of one's own division, no division's name (全市, 本县).
_WHOLE_LEVEL = frozenset("全各本该我此")
_JOINS = _LIST_JOINS - {"、"}


class DepartmentExtractor:
    """Find DEPARTMENT spans; build with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> [(s.text, s.attrs["level"]) for s in tm.extract("浙江省委召开会议，省委組織部參加。") if s.label == "DEPARTMENT"]
        [('浙江省委', 'province'), ('省委組織部', 'province')]
    """

    labels = (LABEL,)

    def __init__(self, rules: DepartmentRules, local: LocalNames | None = None, surnames: frozenset[str] = frozenset()) -> None:
        self.rules = rules
        self.surnames = surnames  # (the persons' shared lexicon: a name before a head's title is no sub-unit)
        self.reader = NameReader(rules)
        # Towns written without their county are read before an organ only with it (梅仙镇党委).
        self.local = local
        # Each head's records, each with whether it is an organ only after a prefix (a level, a
        # division …): the scan skips those where no prefix can end, without reading the name.
        self._ends = EndFilter(rules.end_words)
        self._latin = LatinWords() if rules.acronyms is not None else None
        # Where a division name may begin: the pairs its first two characters end (see _LazyRegion).
        self._name_starts = EndFilter({name[:2] for name in rules.telling})
        self._named: dict[tuple, dict] = {}  # the attributes of named organs by reading (see _describe)
        self._heads = {
            word: tuple((rec, _needs_prefix(rules, rec)) for rec in recs) for word, recs in rules.records.items()
        }

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
        codes = code_points(doc)
        latin = self._latin.positions(codes) if self._latin is not None else None
        cands = self._candidates(_guards_crossed(text), self._ends.positions(codes), latin)
        chosen = [
            c if "blocker" not in c.parts else c.parts.get("tail")
            for c in _resolve([c for c in cands if _in_context(c, text)], doc, self.rules.region_stop)
        ]
        chosen = [c for c in chosen if c is not None]
        if not chosen:
            return []
        if self.surnames and "长" in text:
            chosen = [_without_named_sub(text, c, self.surnames) for c in chosen]
        chosen = [c for c in chosen if not _bare_after_unread_division(text, c)]
        if "直机关" in text or "级机关" in text or "直工委" in text:
            chosen = _committee_organs(text, chosen)
        if "机关" in text or "书记处" in text:
            chosen = _listed_bodies(text, chosen)
        if "委会" in text and any(party in text for party in _OTHER_PARTIES):
            chosen = _other_party_committees(self.rules, text, chosen)
        if "香港" in text or "澳门" in text or "区议会" in text:
            chosen = _with_sar_prefix(text, chosen, self.rules.sar_districts)
        article = _LazyRegion(self, doc)
        original, offsets = doc.text, doc.normalized.offsets
        spans = []
        for c in chosen:
            start, end = c.start, c.end
            a, b = (start, end) if offsets is None else (offsets[start], offsets[end])
            # (make_span written out: a copy of the attributes, which _describe may keep for other spans)
            spans.append(Span(LABEL, a, b, original[a:b], text[start:end], dict(self._describe(text, c, article))))
        return spans

    def _describe(self, text: str, cand: Candidate, article: _LazyRegion) -> dict:
        """The attributes of ``cand``; those of a named organ are kept per reading of its name.

        A named organ's attributes depend on its record, its trails and sub-units
        and the country or region before it only (党中央 is read the same way
        hundreds of times in a corpus); those without sub-units (a closed set)
        are kept; each span gets a copy.
        """
        parts = cand.parts
        rec = parts.get("rec")
        if rec is None or rec["role"] != "name" or parts["subs"]:
            return describe(self.rules, text, cand, article)  # (sub-units are open text: not kept)
        key = (id(rec), *parts["trails"], parts.get("country"), parts.get("own_region"))
        attrs = self._named.get(key)
        if attrs is None:
            attrs = self._named[key] = describe(self.rules, text, cand, article)
        return attrs

    def _candidates(
        self, text: str, ends: Iterable[int] | None = None, latin: Iterable[int] | None = None
    ) -> list[Candidate]:
        """Every candidate of ``text``, from one scan: heads first, then the other finders, each in text order.

        ``ends`` are the offsets the scan may stop at (:class:`EndFilter`); the
        scan regex confirms each. Without them, it runs over the whole text.
        ``latin`` are the offsets where Latin words start (news reading: acronyms).
        """
        rules, reader = self.rules, self.reader
        records, lengths, kinds, from_head = self._heads, rules.head_lengths, rules.scan_kinds, reader.from_head
        foreign_before, singles, pairs = rules.foreign_before, reader.prefix_singles, reader.prefix_pairs
        heads: list[Candidate] = []
        others: dict[str, list[Candidate]] = {
            k: [] for k in ("open", "town", "community", "zone", "alliance", "body", "special", "named")
        }
        scan_at = rules.scan.match
        for p in (m.start() for m in rules.scan.finditer(text)) if ends is None else ends:
            if scan_at(text, p) is None:
                continue  # (a match of finditer matches again: the scan's matches are one character wide)
            end = p + 1
            for kind, confirm in kinds[text[p]]:
                if confirm is not None and confirm.match(text, p) is None:
                    continue
                if kind != "head":
                    cand = self._other(kind, text, end)
                    if cand is not None:
                        others[kind].append(cand)
                    continue
                # The heads ending here (DepartmentRules.heads_ending_at, inlined: this loop is the hot path).
                words = [(p, text[p])] if text[p] in records else []
                if p >= 1 and text[p - 1 : end] in lengths:
                    words.append((p - 1, text[p - 1 : end]))
                for size in lengths.get(text[end - 3 : end], ()) if end >= 3 else ():
                    if size <= end and text[end - size : end] in records:
                        words.append((end - size, text[end - size : end]))
                for start, word in words:
                    before = text[start - 1] if start else ""
                    prefixed = (  # NameReader.may_follow, or a list of posts (NameReader.after_posts)
                        before in singles or text[start - 2 : start] in pairs or (before in "、，,兼" and follows_posts(text, start))
                    )
                    listed = None if prefixed or before not in _LIST_JOINS else _listed_prefix(heads, start - 1)
                    for rec, needs_prefix in records[word]:
                        if needs_prefix and not prefixed:
                            if listed is not None and rec["role"] == "unit":
                                cand = reader.listed(text, start, end, rec, listed)
                                if cand is not None:
                                    heads.append(cand)
                            continue  # a unit or a host without a level or a division before it
                        if rec["role"] == "foreign" and before not in foreign_before:
                            continue  # no country can end right before it (the common case of 政府, 军)
                        cand = from_head(text, start, end, rec)
                        if cand is not None:
                            heads.append(cand)
        communities = [*others["town"], *others["community"]]
        if communities:
            others["community"] += community_repeats(text, communities)
        cands = [*heads, *others["open"], *others["town"], *others["community"], *others["zone"], *others["alliance"]]
        cands += others["body"]
        if "中共" in text:
            cands += historical_committees(text)
        if "连党" in text or "团党委" in text:
            cands += corps_units(text)
        if "调查" in text and "国家统计局" in text:
            cands += survey_teams(rules, text)
        if "政协" in text or "政治协商会议" in text:
            cands += cppcc_committees(self.reader, text)
        if rules.reading == "news":
            cands.extend(acronyms(rules, text, latin))
            cands.extend(others["named"])
            news_prefixes(rules, text, cands)
        else:
            china_prefixes(rules, text, heads)
        cands.extend(others["special"])
        return cands

    def _other(self, kind: str, text: str, end: int) -> Candidate | None:
        """The candidate of a finder that reads back from the end of its word."""
        if kind == "open":
            return open_core_at(self.reader, text, end)
        if kind == "town":
            return town_at(self.reader, text, end, self.local)
        if kind == "community":
            return community_at(self.reader, text, end, self.local)
        if kind == "zone":
            return zone_at(text, end, self.local)
        if kind == "alliance":
            return alliance_at(self.rules, text, end)
        if kind == "body":
            return body_at(self.reader, text, end)
        if kind == "named":
            return named_at(self.rules, text, end)
        return special_at(text, end, self.reader, self.local)


def _listed_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the organ's own bodies listed bare after its Party body (省政协党组、|机关党组,
    市民政局党组、|机关纪委): the same organ's, read with its prefix and record.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> [s.text for s in tm.extract("会议通报了省政协党组、机关党组年度专题民主生活会情况") if s.label == "DEPARTMENT"]
        ['省政协党组', '机关党组']
    """
    out = list(chosen)
    for cand in chosen:
        trails = cand.parts.get("trails")
        if not trails or trails[-1] not in _PARTY_BODIES or not text.startswith(_BODY_LIST_MARKS, cand.end):
            continue  # (省政协党组、|机关党组, 市人大常委会党组(|机关党组): the second name of the same body)
        at = cand.end + 1
        body = next((b for b in _LISTED_BODIES if text.startswith(b, at)), None)
        if body is None or text.startswith("织", at + len(body)):
            continue  # (机关党组织: the organ's Party organizations, a generic noun)
        own = [*trails[:-1], *_LISTED_BODIES[body]]
        out.append(Candidate(at, at + len(body), cand.tier, {**cand.parts, "trails": own}, head=len(body)))
    out += _posted_bodies(text, chosen)
    if len(out) > len(chosen):
        out.sort(key=lambda c: c.start)
    return out


def _posted_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The organ's own bodies named bare as a later post of one person after the organ and its post
    (省政协秘书长、|机关党组书记, 民政厅党组成员、|机关党委书记, 温州市委常委、秘书长、|机关工委书记): the organ's,
    read with its prefix and record as :func:`_listed_bodies` reads them.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> [s.text for s in tm.extract("省政协秘书长、机关党组书记汪中山主持会议") if s.label == "DEPARTMENT"]
        ['省政协', '机关党组']
    """
    out = []
    taken = {c.start for c in chosen}
    for at in sorted(m + 1 for mark in _POSTED_MARKS for m in find_all(text, mark)):
        body = next((b for b in _POSTED_BODIES if text.startswith(b, at)), None)
        if body is None or at in taken or not text.startswith(_BODY_POSTS, at + len(body)):
            continue
        if not text.endswith(_POST_ENDS, 0, at - 1):
            continue  # (the item before is a post: 秘书长、, 党组成员、, 常委、)
        organ = next((c for c in reversed(chosen) if c.end < at), None)
        if organ is None or at - organ.end > _POSTS_REACH or any(ch in _NOT_IN_POSTS for ch in text[organ.end : at]):
            continue  # one person's posts, read back to the organ without a break
        trails = organ.parts.get("trails") or []
        if trails and trails[-1] in _PARTY_BODIES:
            trails = trails[:-1]  # (民政厅党组成员、机关党委: the department's committee, not its Party group's)
        own = [*trails, *_POSTED_BODIES[body]]
        out.append(Candidate(at, at + len(body), organ.tier, {**organ.parts, "trails": own}, head=len(body)))
    return out


def _listed_prefix(heads: list[Candidate], end: int) -> Prefix | None:
    """The prefix of the organ ending at ``end``, a unit read after a level or a region, that a bare unit
    after it in a list shares (市财政局、|人社局, 省委组织部和|宣传部), or None.

    Heads are found in the order of their ends, so those ending at ``end`` are the last ones.
    """
    for cand in reversed(heads):
        if cand.end < end:
            return None
        pre = cand.parts.get("pre")
        if cand.end == end and pre is not None and cand.parts["rec"]["role"] == "unit" and not cand.parts["bare"]:
            return pre
    return None


def _needs_prefix(rules: DepartmentRules, rec: dict) -> bool:
    """True for a unit or a host that ``NameReader.from_head`` reads only after a prefix.

    Central congress hosts are read after a term ordinal too (五届人大); the
    news reading reads some units and hosts alone (法院, 政协).
    """
    if rec["role"] not in ("unit", "host") or rec.get("central") or rec.get("after_term") or province_department(rec):
        return False
    if rules.reading != "news":
        return True
    return rec["pattern"] not in rules.bare_hosts if rec["role"] == "host" else rec["pattern"] in rules.bare_stop


class _LazyRegion:
    """The article's province and city, inferred on first use only."""

    def __init__(self, extractor: DepartmentExtractor, doc: Doc) -> None:
        self._extractor = extractor
        self._doc = doc
        self._value: ArticleRegion | None = None

    def get(self) -> ArticleRegion:
        """Return the article's region, inferring it the first time."""
        if self._value is None:
            rules, doc = self._extractor.rules, self._doc
            names = None if doc.normalized.offsets is not None else self._names()
            self._value = infer_article_region(rules, doc.tokens, names=names)
        return self._value

    def _names(self) -> Counter[str]:
        """The division names among the first ``VOTE_TOKENS`` tokens, counted, in text order.

        Reading thousands of tokens costs more than finding, with array tests
        on the text, the few hundred offsets where a division name may begin
        (its first two characters) and looking at the token there. Token
        offsets are ``doc.norm``'s: the caller checks the conversion kept lengths.
        """
        tokens, telling = self._doc.tokens, self._extractor.rules.telling
        count = min(len(tokens), VOTE_TOKENS)
        names: Counter[str] = Counter()
        if not count:
            return names
        # (The starts and norms segmentation listed: bisection without a key, no token read per position.)
        lists = token_lists(self._doc)
        starts, norms = lists.starts, lists.norms
        codes = code_points(self._doc)[: tokens[count - 1].end]
        for second in self._extractor._name_starts.positions(codes):
            k = bisect_left(starts, second - 1, 0, count)
            if k < count and starts[k] == second - 1 and norms[k] in telling:
                names[norms[k]] += 1
        return names


#: Where a guard word reads across the end of an organ it does not end (the guards 局长 and 部分 keep 副局长,
#: 局局长 and 部分地区 from ending an organ): a title glued to its organ (国家统计局长, 省公安厅长: the organ's
#: 局 written once for the organ and the title) and 分管 or 分别 after an organ's 部 (宣传部分管, 统战部分别).
#: The words read so, each with what may not stand before it; the mark goes on its second character.
_GUARD_CROSSED = (("局长", "副正代分局厅署"), ("厅长", "副正代分局厅署"), ("署长", "副正代分局厅署"), ("院长", "副正代分院"), ("部分管", ""), ("部分别", ""))


#: Places opening with 长 that continue an organ's name (湖北省社科院|长江流域经济研究所): no head's title glued to it.
_CHANG_WORDS = frozenset({"长江", "长城", "长沙", "长春", "长安", "长征", "长三", "长株", "长治", "长白"})


def _guards_crossed(text: str) -> str:
    """``text`` with a mark where a guard word would cross the end of an organ (国家统计局|长, 宣传部|分管).

    An organ inside a title counts (ANNOTATION.md); the scan reads the text
    this returns, whose offsets are those of ``text``. (Found with
    ``str.find``: a regex with lookbehinds tried at every offset costs more.)

    Example:
        >>> _guards_crossed("国家统计局长宁吉喆，副局长；区委宣传部分管领导，部分地区")
        '国家统计局，宁吉喆，副局长；区委宣传部，管领导，部分地区'
    """
    cut = [
        at + 1
        for word, not_before in _GUARD_CROSSED
        for at in find_all(text, word)
        if at
        and "\u4e00" <= text[at - 1] <= "\u9fff"
        and text[at - 1] not in not_before
        and text[at + 1 : at + 3] not in _CHANG_WORDS
    ]
    if not cut:
        return text
    chars = list(text)
    for at in cut:
        chars[at] = "，"
    return "".join(chars)


#: The organs of a level's organs as a class, named after the committee that leads them (省委|省直机关工委).
_CLASS_ORGAN = re.compile(r"[省市县区州](?:[直级]机关|直工委)")  # (省委|省直工委: the short form)


#: The democratic parties by the short names their news uses (民进丽水市委会: 市委会 is theirs).
_OTHER_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
#: What follows 会 when it opens a word after the committee (市委会同, 市委会议, 市委会商, 市委会上): no 委会.
_NOT_AFTER_HUI = frozenset("议同商签见上后前谈")


def _other_party_committees(rules: DepartmentRules, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A democratic party's committee named by its level alone in the party's own news (市委会对口联系单位, in a
    text naming 民进): 市委会, not the Communist Party's 市委 with 会 after it (nor 市委|会同, 市委|会议).

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> from textmine.extract.department_rules import load_department_rules
        >>> rules = load_department_rules(load_gazetteer())
        >>> [(c.start, c.end) for c in _other_party_committees(rules, "民进市委会认真贯彻", [Candidate(2, 4, 1, {})])]
        [(2, 5)]
    """
    out = []
    for cand in chosen:
        # (a level's committee written bare: 省委, 市委, 县委 …)
        level = rules.levels.get(text[cand.start]) if cand.end - cand.start == 2 and text[cand.end - 1] == "委" else None
        if level is not None and text.startswith("会", cand.end) and text[cand.end + 1 : cand.end + 2] not in _NOT_AFTER_HUI:
            cand = Candidate(cand.start, cand.end + 1, cand.tier, {"body": {"level": level, "kind": "party"}})
        out.append(cand)
    return out


def _committee_organs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Join a Party committee to the organ of its level's organs written right after it: 省委省直机关工委 is one
    organ (中共福建省委省直机关工委), as 省委直属机关工委, 自治区党委区直机关工委 and 省委省直工委 are.

    Example:
        >>> a = Candidate(0, 2, 1, {})
        >>> b = Candidate(2, 8, 1, {"rec": None})
        >>> [(c.start, c.end) for c in _committee_organs("省委省直机关工委召开", [a, b])]
        [(0, 8)]
    """
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == cand.start
            and text[last.end - 1] == "委"
            and _CLASS_ORGAN.match(text, cand.start)
            # the same level: 省委|省直, 市委|市直 (市级), 自治区党委|区直
            and text[cand.start] in (text[last.end - 2], text[last.end - 3] if text.endswith("党委", 0, last.end) else "")
        ):
            # (the level is the committee's: 区 of 区直 is the autonomous region's)
            parts = {**cand.parts, "pre": last.parts["pre"]} if "pre" in last.parts else cand.parts
            out[-1] = Candidate(last.start, cand.end, cand.tier, parts, head=cand.head)
        else:
            out.append(cand)
    return out


def _inside_word(doc: Doc, cand: Candidate) -> bool:
    """True when a candidate starts with a bare level character the segmenter put inside a longer word.

    宣武区法院 (a former district, unknown to the gazetteer) must not give 区法院,
    nor 加州政府 give 州政府; 在市委领导下 keeps 市委, whose 市 starts a token.
    The same holds for an organ standing alone (合作协议 is no 作协, 住建委 no 建委)
    and for an open core read from a region (马里兰州地区法庭 is no 兰州…).
    A preposition the segmenter joined to the level character starts no word
    with it: 由省检察院 keeps 省检察院 (a token 由省).
    A name of the lexicon is no name where a word ends inside it, having begun
    before it: 外国军队 is no 国军, 集中办公 no 中办 (九届全国人大, one word, keeps 全国人大),
    nor is one that opens with the 部 of a word (总|部机关党委 even where the tokenizer cuts so).
    """
    pre = cand.parts.get("pre")
    rec = cand.parts.get("rec")
    if rec is not None and rec["role"] == "name" and not cand.parts.get("bare"):
        if doc.norm[cand.start - 1 : cand.start + 1] in _WORDS_OF_BU:
            return True  # 总|部机关党委: the headquarters' committee, no ministry's
        start, end = doc.normalized.to_original(cand.start, cand.end)
        i = bisect_right(token_lists(doc).starts, start) - 1
        return i >= 0 and doc.tokens[i].start < start < doc.tokens[i].end < end
    if cand.parts.get("named") == "place" or cand.parts.get("bare") or (cand.tier == 2 and pre is not None and pre.regions):
        pass  # and a place name starts a word (和平路派出所 is no 平路派出所)
    elif pre is None or pre.regions or pre.party or pre.youth or pre.level_word in (None, *CENTRAL_WORDS):
        return False
    start = doc.normalized.to_original(cand.start, cand.start + 1)[0]
    lists = token_lists(doc)
    i = bisect_right(lists.starts, start) - 1
    token = doc.tokens[i] if i >= 0 else None
    if token is None or not token.start < start < token.end:
        return False
    if start - token.start == 2 and token.norm[1] in _JOINS:
        return False  # (陈明|修和市|人大常委会: a name's last character, then the conjunction, glued to the level)
    if start - token.start != 1:
        return True
    # (和 glued after a word is the conjunction: 候补委员和|县纪委委员; at a clause's start, 和县 is the county)
    return not (token.norm[0] in _PREPOSITIONS or (token.norm[0] == "和" and token.start and is_cjk(doc.text[token.start - 1])))


#: Prepositions that may stand glued before a division named alone (在息县公安局, 据单县县委).
_BEFORE_DIVISION = frozenset("在据由对向经到赴从自于和与及了")


def _in_context(cand: Candidate, text: str) -> bool:
    """False for a name whose record says it is one only in a text holding one of some words
    (``only_with``): Hong Kong's 行政会议 (its Executive Council) where the text names a 行政长官 or
    Hong Kong, a school's meeting elsewhere."""
    rec = cand.parts.get("rec")
    words = None if rec is None else rec.get("only_with")
    return words is None or any(word in text for word in words)


#: The names of Hong Kong and Macao, longest first: written before one of the region's own organs (香港|食物环境卫生署),
#: they are part of its name; so is its government's (香港特区政府|劳工及福利局) and, before a district council, its
#: district's (中西区|区议会).
_SAR_NAMES = ("香港特别行政区", "澳门特别行政区", "香港特区", "澳门特区", "香港", "澳门")
_SAR_GOVERNMENTS = frozenset({"香港特别行政区政府", "澳门特别行政区政府"})
_SAR_IDS = ("cn.hk.", "cn.mo.", "cn.sar.", "hk.", "mo.")


def _with_sar_prefix(text: str, chosen: list[Candidate], districts: frozenset[str] = frozenset()) -> list[Candidate]:
    """Stretch each named organ of Hong Kong or Macao over the region's name, its government or (a district council)
    its district written right before it.

    Example:
        >>> rec = {"id": "cn.hk.fehd", "canonical": "香港特别行政区食物环境卫生署"}
        >>> [(c.start, c.end) for c in _with_sar_prefix("与香港食物环境卫生署会面", [Candidate(3, 10, 0, {"rec": rec})])]
        [(1, 10)]
    """
    out: list[Candidate] = []
    for cand in chosen:
        rec = cand.parts.get("rec") or {}
        canonical = rec.get("canonical") or ""
        if not str(rec.get("id", "")).startswith(_SAR_IDS) or canonical in _SAR_GOVERNMENTS:
            out.append(cand)
            continue
        prev = out[-1] if out else None
        prev_canonical = (prev.parts.get("rec") or {}).get("canonical") if prev is not None else None
        if prev is not None and prev.end == cand.start and prev_canonical in _SAR_GOVERNMENTS:
            out[-1] = Candidate(prev.start, cand.end, cand.tier, cand.parts, cand.head)  # 香港特区政府|劳工及福利局
            continue
        written = next((w for w in _SAR_NAMES if text.endswith(w, 0, cand.start)), None)
        if written is None and rec.get("id") == "cn.hk.dc":
            written = next((w for w in districts if text.endswith(w, 0, cand.start)), None)
        if written is not None and (prev is None or prev.end <= cand.start - len(written)):
            cand = Candidate(cand.start - len(written), cand.end, cand.tier, cand.parts, cand.head)  # 香港|警务处
        out.append(cand)
    return out


def _bare_after_unread_division(text: str, cand: Candidate) -> bool:
    """True for a bare name of a mass organisation (总工会, 妇联) right after the level character of a division
    the morphology could not read (台中市总工会, 台中直辖市总工会: a local body, not the national one).

    Example:
        >>> _bare_after_unread_division("台中市总工会", Candidate(3, 6, 0, {"bare": True})), _bare_after_unread_division("总工会", Candidate(0, 3, 0, {"bare": True}))
        (True, False)
    """
    if not cand.parts.get("bare") or cand.start < 2 or text[cand.start - 1] not in _DIVISION_LEVELS:
        return False
    before = text[cand.start - 2]
    return "\u4e00" <= before <= "\u9fff" and before not in _WHOLE_LEVEL  # (全市共青团: the city's, named bare)


def _without_named_sub(text: str, cand: Candidate, surnames: frozenset[str]) -> Candidate:
    """``cand`` without its last sub-unit where that is a name of three and the suffix of a head's title
    (社会文化司谭俊荣司长, 邮电局刘惠明局长: Macao's order, the organ, the name, the title); else ``cand``.

    Example:
        >>> c = _without_named_sub("社会文化司谭俊荣司长", Candidate(0, 9, 1, {"subs": ["谭俊荣司"]}), frozenset("谭"))
        >>> c.end, c.parts["subs"]
        (5, [])
    """
    subs = cand.parts.get("subs")
    if not subs or text[cand.end : cand.end + 1] != "长":
        return cand
    last = subs[-1]
    if len(last) != 4 or last[0] not in surnames or not text.endswith(last, 0, cand.end):
        return cand
    return Candidate(cand.start, cand.end - 4, cand.tier, {**cand.parts, "subs": subs[:-1]}, cand.head)


def _level_after_cut_region(doc: Doc, cand: Candidate) -> Candidate | None:
    """``cand`` without the region's short name it opens with, where the segmenter ended a word with the
    name's first character and its second is a level's (召开|州委常委会: 州委常委会, no 开州 committee);
    None otherwise.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("召开州委常委会")
        >>> c = _level_after_cut_region(doc, Candidate(1, 7, 1, {"pre": Prefix(1, host="委", regions=["开州区"])}))
        >>> c.start, c.parts["pre"].level_word
        (2, '州')
    """
    pre = cand.parts.get("pre")
    norm = doc.norm
    if pre is None or not pre.regions or norm[cand.start + 1 : cand.start + 2] not in _LEVEL_CHARS:
        return None
    start = doc.normalized.to_original(cand.start, cand.start + 1)[0]
    i = bisect_right(token_lists(doc).starts, start) - 1
    if i < 0 or not doc.tokens[i].start < start < doc.tokens[i].end == start + 1:
        return None
    bare = Prefix(cand.start + 1, host=pre.host, level_word=norm[cand.start + 1], party=pre.party)
    return Candidate(cand.start + 1, cand.end, cand.tier, {**cand.parts, "pre": bare}, cand.head)


def _whole_division(doc: Doc, cand: Candidate, region_stop: frozenset[str], *, glued: bool) -> Candidate | None:
    """``cand`` widened to a division of a one-character name before it, where the segmenter holds
    the division as one word; None otherwise.

    Such names (息县, 和县, 单县) are ordinary words elsewhere, so the morphology reads them as a
    region only after another region; standing alone as a token, they name the county:
    息县|公安局 → 息县公安局 (``glued``: the candidate starts with the division's level character)
    and 单县|县委 → 单县县委, while 市委|和|县委 keeps 县委. Only a clause's start, a mark or a
    preposition may come before it (县委的领导|和县|人大 keeps 县人大 out).
    """
    pre = cand.parts.get("pre")
    start = cand.start - 1 if glued else cand.start - 2
    if pre is None or pre.regions or pre.party or pre.youth or start < 0:
        return None
    norm = doc.norm
    word = norm[start : start + 2]
    if word not in region_stop or (glued and pre.level_word != word[1]):
        return None
    if start and "\u4e00" <= norm[start - 1] <= "\u9fff" and norm[start - 1] not in _BEFORE_DIVISION:
        return None  # 领导|和县|人大: a word before it, and the conjunction 和 of 县人大
    a, b = doc.normalized.to_original(start, start + 2)
    i = bisect_right(token_lists(doc).starts, a) - 1
    if i < 0 or doc.tokens[i].start != a or doc.tokens[i].end != b:
        return None
    widened = Prefix(start, host=pre.host, level_word=pre.level_word, regions=[word])
    return Candidate(start, cand.end, cand.tier, {**cand.parts, "pre": widened}, cand.head)


def _resolve(cands: list[Candidate], doc: Doc, region_stop: frozenset[str] = frozenset()) -> list[Candidate]:
    """Keep the longest candidates that do not overlap (lexicon names first on ties), outside titles.

    Organs inside titles of works 《…》 are optional (ANNOTATION.md), so not emitted.
    A candidate :func:`_inside_word` is no candidate: skipping it where it comes
    keeps the others' order, and only those that nothing taken overlaps are
    asked (not the heads inside a longer name: 政治局 of 中共中央政治局).
    """
    text = doc.norm
    cands.sort(key=lambda c: (c.start - c.end, c.tier, -c.head, c.start))
    used = bytearray(len(text))
    titled = bytearray(len(text)) if "《" in text else None
    if titled is not None:
        for m in _TITLE.finditer(text):
            titled[m.start() + 1 : m.end() - 1] = b"\x01" * (m.end() - m.start() - 2)
    taken: list[Candidate] = []
    for c in cands:
        if used.find(1, c.start, c.end) >= 0 or (titled is not None and titled.find(0, c.start, c.end) < 0):
            continue
        if _inside_word(doc, c):
            c = _whole_division(doc, c, region_stop, glued=True)
            if c is None or used[c.start]:
                continue  # (the division's level character is the candidate's first, checked above)
        elif (bare := _level_after_cut_region(doc, c)) is not None:
            c = bare  # (召开|州委常委会: inside the span checked above)
        elif c.start > 1 and text[c.start - 1] in "县市区旗":
            wider = _whole_division(doc, c, region_stop, glued=False)
            if wider is not None and used.find(1, wider.start, c.start) < 0:
                c = wider
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
    countries = resources.get("data.countries", lambda: list(iter_jsonl("countries.jsonl")))  # shared with the places
    places = resources.get("data.places", lambda: list(iter_jsonl("places.jsonl")))  # (Taiwan's divisions; shared too)
    rules = resources.get(
        f"department_rules.{reading}",
        lambda: load_department_rules(gazetteer, reading=reading, countries=countries, places=places),
    )
    surnames = resources.get("persons.lexicon", load_person_lexicon).surnames  # (shared with the persons extractor)
    return DepartmentExtractor(rules, build_local_names(resources), surnames)
