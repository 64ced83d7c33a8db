"""Quoted slogans: the quotes of a text → classified ``Found`` records (ANNOTATION.md, SLOGAN).

Input: ``doc.norm`` and its ``Quote`` records (see ``quotes.py``). Output, per
quote, a SLOGAN, HONOR or TERM ``Found`` (or nothing: a quoted organ
belongs to the departments extractor), classified by the lexicon, then by the
context cues of ``data/slogan_cues.jsonl``; also the stretches unquoted
matches must not touch and the targets of the quoted slogans' unquoted
repeats.

Invariants: what a quoted text says of itself (its canonical key, its
lexicon entry, its own cues) is a pure function of the text, read once per
distinct text into a bounded table of the classifier; only the context (the
characters around the marks, the rest of the clause) is read per quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Any, NamedTuple

from .dates import DAY_NAMES
from .quotes import Quote
from .slogan_lexicon import CLAUSE_SPLIT, CUE_IDS, Cues, LexiconEntry, canonical_key
from .slogan_unquoted import Found, Target, clause_variant, new_found

#: A quoted text that is a figure only, a unit or an approximation written (「5%左右」, “3.5万”, “15分钟”), or a ratio
#: (“3:3:4”): no slogan (“985”, “1+1” name programmes).
_DIGITS = frozenset("0123456789")
_FIGURE_ONLY = re.compile(r"[\d.,]+(?:(?:%|‰|个百分点|万|亿|万亿|分钟|小时)(?:左右|以上|以下|上下|多)?|左右|以上|以下|上下|多|(?:[:：][\d.]+)+)\Z")
#: The name of a congress or a plenary session, quoted on its banner (…第十四次代表大会, …十四届三次全会).
_MEETING_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]+次(?:代表大会|全体会议)|[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次全(?:体会议|会))\Z")
#: A grade written alone in quotation marks (“五星”, “四星级”, “3A级”, “十佳”, “百强”): no slogan.
_GRADE = re.compile(r"[一二三四五六七八九十\dA-Z]{1,3}星级?\Z|[一二三四五六七八九十\d]A级\Z|[十百][佳强]\Z")

#: Characters that end the ``tail`` window after a quotation (the rest of the
#: clause; a closing mark ends the tail of a quotation nested inside another).
_CLAUSE_END_RE = re.compile("[，,。；;：:！!？?\n”’」』]")
#: A list item starts after these (for titles before a name: 、“时代楷模”陈立群;
#: 涌现出“…”王芳; 表彰了“…”李丽).
_ITEM_START = frozenset("、，,。；;：:”」』\n \u3000出了如有像")
#: Characters a quoted slogan keeps its inner quotation marks with.
_MARKS = frozenset("“”‘’「」『』\"'")
#: Separators between chained quotations (“a”、“b”和“c”活动).
_CHAIN = frozenset("、，,和与及")
#: Characters a canonical key folds or drops (see ``canonical_key``).
_KEY_CHARS = re.compile("[“”‘’「」『』\"'＂＇\\s,;:!?]")
_TAIL_WINDOW = 16
#: A congress named by its ordinal alone (“十大”, “二十大”).
_CONGRESS_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}大")
#: What names the quoted text after it as a headline (题为“…”的通报): a title, no slogan.
_TITLE_BEFORE = ("题为", "标题为")
#: What names the quoted text after it as the short name a document gives a party or a company ((以下简称“风华高科”)):
#: a designation, no slogan (a formula's own short form is written 简称“…” without 以下).
_SHORT_NAME_BEFORE = ("以下简称", "下称", "以下称")
#: Longest quoted title taken for an honor because a name follows it.
_MAX_TITLE = 10
_BEFORE_WINDOW = 6
#: Longest run of quotations standing side by side that share what precedes the first (获评“A”“B”“C”).
_CHAIN_MAX = 8


def _chain_start(norm: str, open_: int) -> int:
    """Where a run of quotations standing side by side starts, for the one opening at ``open_``:
    获评“全国文明城区”“全国社会治理创新示范区” — both follow 获评.

    Example:
        >>> _chain_start("获评“甲”“乙”", 5), _chain_start("获评“甲”、“乙”", 6)
        (2, 6)
    """
    for _ in range(_CHAIN_MAX):
        if open_ < 2 or norm[open_ - 1] not in "”」』":
            break
        before = norm.rfind("“「『"[("”」』").index(norm[open_ - 1])], 0, open_ - 1)
        if before < 0:
            break
        open_ = before
    return open_
#: Kinds of quoted slogans whose unquoted repeats count (coinages and
#: quotations are optional in the guide and too loose to repeat).
_REPEATED_KINDS = frozenset({"formula", "directive", "campaign"})
#: Distinct slogans kept per first clause for linking variants (a bound, so that
#: a text of thousands of near-identical quotes stays linear).
_MAX_VARIANTS = 8
#: Most profiles of quoted texts a classifier keeps (about 370 bytes each: 1.5 MB at most;
#: the table starts over when full). The dev articles quote 1,528 distinct texts.
_MAX_PROFILES = 4096
#: Numerals that open a numbered formula beyond doubt.
_NUMERALS = frozenset("两二三四五六七八九十双百千万")
#: Shortest quoted slogan (not in the lexicon, not numbered) whose unquoted repeats count.
_MIN_REPEAT = 4


class QuoteClassifier:
    """Classify an article's quotes as slogans, honors and terms; built once per pipeline from the lexicon and cues.

    Example:
        >>> from textmine.resources import Resources
        >>> from textmine.extract.quotes import find_quotes
        >>> from textmine.extract.slogans import build
        >>> classify = build(Resources()).classify_quotes
        >>> norm = "坚决做到“两个维护”，“时代楷模”陈立群"
        >>> [(f.label, norm[f.start : f.end]) for f in classify(norm, find_quotes(norm))[0]]
        [('SLOGAN', '两个维护'), ('HONOR', '时代楷模')]
    """

    def __init__(self, entries: Sequence[LexiconEntry], cues: Cues) -> None:
        self._cue = {cue: cues.finder(cue) for cue in CUE_IDS}
        # The rest of the clause after a quotation: a campaign word or an
        # instruction word, whichever comes first (one search for both).
        self._tail = cues.union("campaign-tail", "directive-tail")
        # Unions that rule a quote out of several cues in one call (most
        # quotes match none of them).
        self._suffix_any = cues.union("honor-suffix", "designation-suffix", "organ-suffix", "title-suffix")
        self._after_any = cues.union("honor-after", "designation-after", "campaign-after")
        self._word_any = cues.union("ism-word", "faction-label")
        # The characters each lookup's match may start or end with: most
        # quotes are ruled out by one set lookup instead of a regex call.
        self._first = {cue: cues.edges(cue)[0] for cue in CUE_IDS}
        self._last = {cue: cues.edges(cue)[1] for cue in CUE_IDS}
        self._suffix_last = cues.edges("honor-suffix", "designation-suffix", "organ-suffix", "title-suffix")[1]
        self._after_first = cues.edges("honor-after", "designation-after", "campaign-after")[0]
        self._word_last = cues.edges("ism-word", "faction-label")[1]
        self._by_key = {canonical_key(form): entry for entry in entries for form in entry.forms}
        self._by_id = {entry.id: entry for entry in entries}
        # Quoted text → its profile, a bounded table (see :meth:`_profile`).
        self._profiles: dict[str, _Profile] = {}

    def __call__(self, norm: str, quotes: Sequence[Quote]) -> tuple[list[Found], list[tuple[int, int]], list[Target]]:
        """Classify every quote; also return the stretches unquoted matches must not touch and the targets of repeats.

        A quotation of someone's words leaves its inside open to unquoted
        matches (列宁说：“…马克思主义…”), so only its marks are out of bounds.
        What a quoted text says of itself is read once per distinct text
        (:meth:`_profile`); only its context is read per quote.
        """
        out: list[Found] = []
        stretches: list[tuple[int, int]] = []
        seen: dict[tuple[int, str], list[tuple[list[str], str]]] = {}  # multi-clause slogans met so far
        repeated: dict[str, Target] = {}  # canonical → what its unquoted repeats yield
        tails = _TailStarts(norm, quotes)
        profiles = self._profiles
        for q in quotes:
            text = norm[q.start : q.end]
            profile = profiles.get(text)
            if profile is None:
                profile = self._profile(text)
            entry = profile.entry
            if entry is not None:
                label, attrs = self._classify_known(norm, q, entry)
            elif profile.fixed is not None:
                label, attrs = profile.fixed[0], dict(profile.fixed[1])
            else:
                label, attrs = self._classify(norm, q, profile, tails)
            if label == "SLOGAN" and attrs["kind"] == "quotation":
                stretches.append((q.open, q.open))
                stretches.append((q.close, q.close))
            else:
                stretches.append((q.open, q.close))
            if label is None:
                continue
            if label == "SLOGAN":
                if entry is None and profile.clauses is not None:
                    attrs["canonical"] = _link_variant(profile.key, profile.clauses, seen)
                if attrs["kind"] in _REPEATED_KINDS and attrs["canonical"] not in repeated:
                    self._add_repeat(repeated, text, attrs)
            out.append(new_found((label, q.start, q.end, attrs)))
        return out, stretches, list(repeated.values())

    def _profile(self, text: str) -> _Profile:
        """What a quoted text says of itself, whatever its context: its key, its lexicon entry and its own cues.

        A pure function of ``text``, kept in a bounded table of the extractor
        (the same slogans recur within and across articles).
        """
        key = canonical_key(text) if _KEY_CHARS.search(text) else text
        entry = self._by_key.get(key)
        size = len(key)
        if entry is not None and entry.doctrine and self._cue["ism-word"](key, 0, size) is not None:
            # A doctrine's bare name in quotation marks (“马克思主义” as someone
            # else's claim) is a scare-quoted -ism: the cues decide, as for any.
            entry = None
        if entry is not None or size < 2:
            fixed = None
            if entry is None:  # ANNOTATION.md: “德” is no slogan
                fixed = ("TERM", {"kind": "word", "canonical": key, "quoted": True}) if key else (None, {})
            profile = _new_profile((key, entry, fixed, False, False, False, False, False, None, size, None, "", None))
        else:
            profile = self._unknown_profile(text, key, size)
        profiles = self._profiles
        if len(profiles) >= _MAX_PROFILES:
            profiles.clear()
        profiles[text] = profile
        return profile

    def _unknown_profile(self, text: str, key: str, size: int) -> _Profile:
        """The profile of a quoted text the lexicon does not know (``key`` two characters or more)."""
        cue, first, last = self._cue, self._first, self._last
        length = len(text)
        suffixed = text[-1] in self._suffix_last and self._suffix_any(text, 0, length) is not None
        if "、" not in text and (
            (suffixed and cue["honor-suffix"](text, 0, length))
            or (text[0] in first["honor-prefix"] and cue["honor-prefix"](text, 0, length))
        ):  # ANNOTATION.md: an honorary title is HONOR, never SLOGAN (a list of them is a formula: 三个表率、一个模范)
            honor = ("HONOR", {"canonical": key, "quoted": True})
            return _new_profile((key, None, honor, False, False, False, False, False, None, size, None, "", None))
        designation = organ = title = False
        if suffixed:
            # (a list of clauses ending in one, “…、多个红色基地”, is a formula: no designation)
            designation = "、" not in text and cue["designation-suffix"](text, 0, length) is not None
            organ = cue["organ-suffix"](text, 0, length) is not None
            title = cue["title-suffix"](text, 0, length) is not None
        numbered = key[0] in first["numbered"] and cue["numbered"](key, 0, size) is not None
        # A short quoted title opening a list item may be an honor when a name follows (、“改革先锋”谢高华、).
        titled = length <= _MAX_TITLE and not (
            numbered if text is key else text[0] in first["numbered"] and cue["numbered"](text, 0, length)
        )
        word = None
        if not numbered and size != 2 and key[-1] in self._word_last:
            found = self._word_any(key, 0, size)
            if found is not None:
                word = "word" if found.lastgroup == "ism_word" else "label"
        text_kind, late_kind, clauses = None, "", None
        if numbered or (size != 2 and word is None):  # it may be a SLOGAN: its kinds and clauses
            # The kinds the text decides alone (before the tail is read), then those it decides after.
            if key[0] in first["period"] and key[-1] in last["period"] and cue["period"](key, 0, size):
                text_kind = "period"
            elif "·" in key or (key[-1] in last["campaign-suffix"] and cue["campaign-suffix"](key, 0, size)):
                text_kind = "campaign"
            elif size > 40 or key[-1] in "。！？…":
                text_kind = "quotation"
            if CLAUSE_SPLIT.search(key):
                clauses = [c for c in CLAUSE_SPLIT.split(key) if c]
            if numbered:
                late_kind = "formula"
            elif size >= 6 and (
                (key[0] in first["directive-prefix"] and cue["directive-prefix"](key, 0, size))
                or ("是" in key and size >= 8)
            ):
                late_kind = "directive"
            elif clauses is not None:
                late_kind = "formula"
            else:
                late_kind = "term" if size <= 5 else "formula"
            if clauses is not None and len(clauses) < 2:
                clauses = None
        return _new_profile(
            (key, None, None, designation, organ, title, numbered, titled, word, size, text_kind, late_kind, clauses)
        )

    def _classify(
        self, norm: str, q: Quote, profile: _Profile, tails: _TailStarts
    ) -> tuple[str | None, dict[str, Any]]:
        """Classify a quoted text the lexicon does not know, from its profile and its context."""
        cue = self._cue
        key = profile.key
        if key[0] in _DIGITS and _FIGURE_ONLY.match(key):
            return None, {}  # 「5%左右」: a quoted figure, read by the FIGURE extractor
        if key[-1] in "星级佳强" and _GRADE.match(key):
            return None, {}  # “五星”支部, “三星级”: a quoted grade, no slogan (fifth probe)
        if key in DAY_NAMES:
            return None, {}  # “七一”, “五四”: a day, read by the DATE extractor (twenty-first probe)
        if key[-1] == "大" and _CONGRESS_ORDINAL.fullmatch(key):
            return None, {}  # 市科协“十大”: a congress by its ordinal, no slogan
        if key[-1] in "会议" and _MEETING_NAME.search(key):
            return None, {}  # “中国共产党陕西省第十四次代表大会” (a banner): the meeting's name, no slogan
        end = len(norm)
        after = q.close + 1
        # Each lookup runs only when the edge character allows a match.
        followed = norm[after : after + 1] in self._after_first and self._after_any(norm, after, end) is not None
        # ANNOTATION.md: an honorary title before a name is HONOR, never SLOGAN.
        if (
            (followed and cue["honor-after"](norm, after, end))
            or (
                norm[(opened := _chain_start(norm, q.open)) - 1 : opened] in self._last["honor-before"]
                and cue["honor-before"](norm, max(0, opened - _BEFORE_WINDOW), opened)
            )
            or (
                profile.titled
                and (q.open == 0 or norm[q.open - 1] in _ITEM_START)
                and cue["surname"](norm, after, end) is not None
            )
        ):
            return "HONOR", {"canonical": key, "quoted": True}
        # ANNOTATION.md: quoted designations of enterprises, factories and
        # products are not slogans (“小巨人”企业).
        if profile.designation or (followed and cue["designation-after"](norm, after, end)) or norm.endswith(_SHORT_NAME_BEFORE, 0, q.open):
            return "TERM", {"kind": "designation", "canonical": key, "quoted": True}
        if profile.organ:
            return None, {}  # the name of an organisation: the departments extractor's
        if profile.title or norm.endswith(_TITLE_BEFORE, 0, q.open):
            # (一则题为“…被开除党籍和公职”的通报: the headline of a notice, a title)
            return "TERM", {"kind": "title", "canonical": key, "quoted": True}
        # ANNOTATION.md: a scare-quoted single word (“德”, an -ism, a faction's
        # label) is not a slogan; a two-character name of a campaign is (“筑基”工程).
        if not profile.numbered:
            if profile.size == 2:
                if followed and cue["campaign-after"](norm, after, end):
                    return "SLOGAN", {"kind": "campaign", "canonical": key, "quoted": True}
                return "TERM", {"kind": "word", "canonical": key, "quoted": True}
            if profile.word is not None:
                return "TERM", {"kind": profile.word, "canonical": key, "quoted": True}
        kind = profile.text_kind or self._kind(norm, q, profile, tails)
        return "SLOGAN", {"kind": kind, "canonical": key, "quoted": True}

    def _classify_known(self, norm: str, q: Quote, entry: LexiconEntry) -> tuple[str | None, dict[str, Any]]:
        """A quoted lexicon form: the lexicon decides, unless a designation word follows (“…”牌)."""
        if entry.label == "DEPARTMENT":
            return None, {}
        if entry.label == "HONOR":
            return "HONOR", {"canonical": entry.id, "quoted": True}
        after = q.close + 1
        if norm[after : after + 1] in self._first["designation-after"] and self._cue["designation-after"](
            norm, after, len(norm)
        ):
            return "TERM", {"kind": "designation", "canonical": entry.id, "quoted": True}
        attrs: dict[str, Any] = {"kind": entry.kind, "canonical": entry.id, "quoted": True}
        if entry.first_year is not None:
            attrs["first_year"] = entry.first_year
        return entry.label, attrs

    def _kind(self, norm: str, q: Quote, profile: _Profile, tails: _TailStarts) -> str:
        """The kind of a quoted slogan its text leaves open: read from the rest of the clause and what precedes it."""
        # A campaign word or an instruction word in the rest of the clause
        # (“…”活动, “…”的要求), whichever comes first.
        tail_start = tails.start(q)
        limit = min(len(norm), tail_start + _TAIL_WINDOW)
        stop = _CLAUSE_END_RE.search(norm, tail_start, limit)
        tail = self._tail(norm, tail_start, stop.start() if stop else limit)
        if tail is not None:
            return "campaign" if tail.lastgroup == "campaign_tail" else "directive"
        if (
            profile.size >= 10
            and norm[q.open - 1 : q.open] in self._last["quotation-before"]
            and self._cue["quotation-before"](norm, max(0, q.open - _BEFORE_WINDOW), q.open)
        ):
            return "quotation"
        return profile.late_kind

    def _add_repeat(self, repeated: dict[str, Target], text: str, attrs: dict[str, Any]) -> None:
        """File the target for unquoted repeats and variants of a quoted slogan (``text``, ``attrs``), if it has one.

        Lexicon formulas that count without quotation marks are found anyway;
        quoted-only ones and slogans the lexicon does not know are searched,
        in one more pass over the text, when the article quotes them.
        """
        canonical = attrs["canonical"]
        entry = self._by_id.get(canonical)
        if entry is not None:
            if not entry.unquoted:
                repeated[canonical] = Target.of_entry(entry)
            return
        # Numbered formulas repeat from three characters on (三下降): as
        # SLOGAN, their numerals are no figures.
        # (一 also means "whole", 一体化; digits run on into numbers, 3150).
        shortest = 3 if text[0] in _NUMERALS else _MIN_REPEAT
        if len(text) >= shortest and _MARKS.isdisjoint(text):
            repeated[canonical] = Target(canonical, attrs["kind"], None, (text,))


class _Profile(NamedTuple):
    """What a quoted text says of itself (see ``SloganExtractor._profile``); its context decides the rest.

    ``entry`` is its lexicon entry, if any; ``fixed`` the classification when
    the text alone decides it (a single character, the words of an honorary
    title), None when the lexicon or the context decides; ``designation``,
    ``organ`` and ``title``: its own cues; ``titled``: short enough, and not
    numbered, to be a title before a name; ``word``: the TERM kind of a
    scare-quoted word or label; ``text_kind``: the SLOGAN kind its text fixes
    before the tail is read, ``late_kind`` the one after; ``clauses``: the
    clauses that link its variants (two or more).
    """

    key: str
    entry: LexiconEntry | None
    fixed: tuple[str | None, dict[str, Any]] | None
    designation: bool
    organ: bool
    title: bool
    numbered: bool
    titled: bool
    word: str | None
    size: int
    text_kind: str | None
    late_kind: str
    clauses: list[str] | None


#: Builds a ``_Profile`` without the Python-level ``__new__`` of a named tuple.
_new_profile = partial(tuple.__new__, _Profile)


class _TailStarts:
    """Where the text after a quote's chain of quotes starts, computed on demand.

    “a”“b”、“c”等活动: the tail of all three starts after “c”. Each chain is
    walked once and remembered, so a chain of any length costs linear time.
    """

    __slots__ = ("_by_open", "_known", "_norm")

    def __init__(self, norm: str, quotes: Sequence[Quote]) -> None:
        self._norm = norm
        self._by_open = {q.open: q for q in quotes}
        self._known: dict[int, int] = {}

    def start(self, q: Quote) -> int:
        norm, by_open, known = self._norm, self._by_open, self._known
        after = known.get(q.open)
        if after is not None:
            return after
        after = q.close + 1
        if by_open.get(after + 1 if norm[after : after + 1] in _CHAIN else after) is None:
            # No quote follows (most quotes): nothing to walk. No quote before
            # chains into this one either, or the walk from it would have
            # remembered this tail, so there is nothing to remember.
            return after
        path: list[int] = []
        while True:
            if q.open in known:
                after = known[q.open]
                break
            path.append(q.open)
            after = q.close + 1
            follower = by_open.get(after + 1 if norm[after : after + 1] in _CHAIN else after)
            if follower is None:
                break
            q = follower
        for opened in path:
            known[opened] = after
        return after


def _link_variant(canonical: str, clauses: list[str], seen: dict[tuple[int, str], list[tuple[list[str], str]]]) -> str:
    """Give a multi-clause slogan (``clauses``: two or more) the canonical of an earlier variant of it, if any.

    Variants share their first clause and their number of clauses (as the
    unquoted variants do), which keys ``seen``: each slogan is compared with
    the few met before under the same key, never with all of them.
    """
    bucket = seen.setdefault((len(clauses), clauses[0]), [])
    for other, other_canonical in bucket:
        if other == clauses or all(clause_variant(a, b) for a, b in zip(clauses[1:], other[1:])):
            return other_canonical
    if len(bucket) < _MAX_VARIANTS:
        bucket.append((clauses, canonical))
    return canonical
