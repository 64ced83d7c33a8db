"""Extract slogans: ``Doc`` → SLOGAN, HONOR and TERM spans (ANNOTATION.md, SLOGAN).

Input: a ``Doc`` (the extractor reads ``doc.norm`` and the token boundaries).
Output: spans with original offsets and these attributes:

- SLOGAN: ``kind`` (formula, directive, campaign, term, quotation, period),
  ``canonical`` (the id that links variants and repeats), ``quoted``, and
  ``first_year`` where the lexicon knows it.
- HONOR (an honorary title, “时代楷模”陈立群) and TERM (a scare-quoted word,
  “德”; a designation of an enterprise or product, “小巨人”企业): ``canonical``,
  ``quoted`` and, for TERM, ``kind``. Never SLOGAN.

Three sources, in this order of precedence:

1. Quoted text (“” 「」 『』 ‘’, nested pairs too, straight quotes where they
   pair plausibly): the text inside the marks, classified by the lexicon,
   then by the context cues of ``data/slogan_cues.jsonl``. Quoted organ
   abbreviations (社区“两委”) yield nothing: the departments extractor owns them.
2. Lexicon formulas without quotation marks (``data/slogans.jsonl`` entries
   marked ``unquoted``, or any entry quoted elsewhere in the same article).
3. Unquoted repeats and clause-by-clause variants of slogans quoted in the
   same article (讓黨中央放心、讓人民滿意 after “讓黨中央放心、讓人民群眾滿意”).

Unquoted matches must start and end on token boundaries, never overlap a
quoted stretch (the span of a quoted slogan is its whole inner text), and do
not overlap each other (the longest leftmost wins). Time is linear in the text:
one regex pass for the marks, one vectorized pass for the lexicon and one
for the article's own quoted slogans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..records import Doc, Span
from ..resources import Resources, iter_jsonl
from . import make_span
from .quotes import Quote, find_quotes
from .slogan_lexicon import CLAUSE_SPLIT, CUE_IDS, Cues, LexiconEntry, canonical_key, load_cues, load_lexicon
from .slogan_unquoted import Found, Target, TextHashes, build_index, clause_variant, find_matches, keep_unquoted

LABELS = ("SLOGAN", "HONOR", "TERM")
#: Characters that end the ``tail`` window after a quotation (the rest of the
#: clause; a closing mark ends the tail of a quotation nested inside another).
_CLAUSE_END_RE = re.compile("[，,。；;：:！!？?\n”’」』]")
#: A list item starts after these (for titles before a name: 、“时代楷模”陈立群;
#: 涌现出“…”王芳; 表彰了“…”李丽).
_ITEM_START = frozenset("、，,。；;：:”」』\n \u3000出了如有像")
#: Characters a quoted slogan keeps its inner quotation marks with.
_MARKS = frozenset("“”‘’「」『』\"'")
_TAIL_WINDOW = 16
#: Longest quoted title taken for an honor because a name follows it.
_MAX_TITLE = 10
_BEFORE_WINDOW = 6
#: Kinds of quoted slogans whose unquoted repeats count (coinages and
#: quotations are optional in the guide and too loose to repeat).
_REPEATED_KINDS = frozenset({"formula", "directive", "campaign"})
#: Distinct slogans kept per first clause for linking variants (a bound, so that
#: a text of thousands of near-identical quotes stays linear).
_MAX_VARIANTS = 8
#: Numerals that open a numbered formula beyond doubt.
_NUMERALS = frozenset("两二三四五六七八九十双百千万")
#: Shortest quoted slogan (not in the lexicon, not numbered) whose unquoted repeats count.
_MIN_REPEAT = 4


class SloganExtractor:
    """Quoted and lexicon slogans, honors and terms; build it with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> ex = build(Resources())
        >>> [(s.label, s.text) for s in ex(tm.analyze("社区“两委”坚决做到“兩個維護”，“时代楷模”陈立群"), ())]
        [('SLOGAN', '兩個維護'), ('HONOR', '时代楷模')]
    """

    labels = LABELS

    def __init__(self, entries: Sequence[LexiconEntry], cues: Cues) -> None:
        self.entries = tuple(entries)
        self.cues = cues
        self._cue = {cue: cues.finder(cue) for cue in CUE_IDS}
        self._by_key = {canonical_key(form): entry for entry in self.entries for form in entry.forms}
        self._by_id = {entry.id: entry for entry in self.entries}
        # Formulas that count without quotation marks, found in one pass over
        # the text; quoted-only entries are searched only when quoted.
        self._index = build_index(Target.of_entry(e) for e in self.entries if e.label == "SLOGAN" and e.unquoted)

    def dictionary_words(self) -> Iterator[str]:
        """Lexicon forms the tokenizer should keep whole (Han only, 3–7 characters).

        Longer formulas are left to the tokenizer so that names inside them
        (习近平 in 习近平新时代中国特色社会主义思想) stay visible to other extractors.

        Example:
            >>> "两个维护" in set(build(Resources()).dictionary_words())
            True
        """
        for entry in self.entries:
            if entry.label == "DEPARTMENT":
                continue
            for form in entry.forms:
                if 3 <= len(form) <= 7 and all("\u4e00" <= c <= "\u9fff" for c in form):
                    yield form

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the SLOGAN, HONOR and TERM spans of ``doc`` (``found`` is not needed).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("開展“深化拓展‘三服務’”行動")
            >>> [(s.text, s.attrs["kind"]) for s in build(Resources())(doc, ())]
            [('深化拓展‘三服務’', 'campaign'), ('三服務', 'campaign')]
        """
        norm = doc.norm
        quotes = find_quotes(norm)
        results = self._classify_quotes(norm, quotes)
        quoted = [r for r in results if r.label == "SLOGAN"]
        hashes = TextHashes(norm)
        candidates = list(find_matches(self._index, norm, hashes))
        repeated = self._repeat_targets(norm, quoted)
        if repeated:
            candidates.extend(find_matches(build_index(repeated), norm, hashes))
        if candidates:
            results.extend(keep_unquoted(doc, candidates, quotes))
        return sorted((make_span(doc, r.label, r.start, r.end, r.attrs) for r in results), key=Span.sort_key)

    # -- quoted text --------------------------------------------------------

    def _classify_quotes(self, norm: str, quotes: Sequence[Quote]) -> list[Found]:
        chain_end = _chain_ends(norm, quotes)
        out: list[Found] = []
        seen: dict[tuple[int, str], list[tuple[list[str], str]]] = {}  # multi-clause slogans met so far
        for q in quotes:
            label, attrs = self._classify(norm, q, chain_end[q.open])
            if label is None:
                continue
            if label == "SLOGAN" and attrs["canonical"] not in self._by_key:
                attrs["canonical"] = _link_variant(attrs["canonical"], seen)
            out.append(Found(label, q.start, q.end, attrs))
        return out

    def _classify(self, norm: str, q: Quote, tail_start: int) -> tuple[str | None, dict[str, Any]]:
        cue = self._cue
        text = norm[q.start : q.end]
        key = canonical_key(text)
        if not key:
            return None, {}
        entry = self._by_key.get(key)
        if entry is not None and entry.label == "DEPARTMENT":
            return None, {}
        if len(key) == 1 and entry is None:
            return "TERM", {"kind": "word", "canonical": key, "quoted": True}  # ANNOTATION.md: “德” is no slogan
        before = max(0, q.open - _BEFORE_WINDOW)
        # ANNOTATION.md: an honorary title before a name is HONOR, never SLOGAN.
        if (entry is not None and entry.label == "HONOR") or (
            entry is None
            and (
                cue["honor-before"](norm, before, q.open)
                or cue["honor-after"](norm, q.close + 1, len(norm))
                or cue["honor-suffix"](text, 0, len(text))
                or cue["honor-prefix"](text, 0, len(text))
                or self._title_before_name(norm, q, text)
            )
        ):
            return "HONOR", {"canonical": entry.id if entry else key, "quoted": True}
        # ANNOTATION.md: quoted designations of enterprises, factories and
        # products are not slogans (“小巨人”企业).
        if cue["designation-after"](norm, q.close + 1, len(norm)) or (
            entry is None and cue["designation-suffix"](text, 0, len(text))
        ):
            return "TERM", {"kind": "designation", "canonical": entry.id if entry else key, "quoted": True}
        if entry is not None:
            attrs: dict[str, Any] = {"kind": entry.kind, "canonical": entry.id, "quoted": True}
            if entry.first_year is not None:
                attrs["first_year"] = entry.first_year
            return entry.label, attrs
        if cue["organ-suffix"](text, 0, len(text)):
            return None, {}  # the name of an organisation: the departments extractor's
        if cue["title-suffix"](text, 0, len(text)):
            return "TERM", {"kind": "title", "canonical": key, "quoted": True}
        # ANNOTATION.md: a scare-quoted single word (“德”) is not a slogan; a
        # two-character name of a campaign is (“筑基”工程).
        if len(key) <= 2 and not cue["numbered"](key, 0, len(key)):
            if len(key) == 2 and cue["campaign-after"](norm, q.close + 1, len(norm)):
                return "SLOGAN", {"kind": "campaign", "canonical": key, "quoted": True}
            return "TERM", {"kind": "word", "canonical": key, "quoted": True}
        return "SLOGAN", {"kind": self._kind(norm, q, key, tail_start), "canonical": key, "quoted": True}

    def _title_before_name(self, norm: str, q: Quote, text: str) -> bool:
        """A short quoted title opening a list item and followed by a name (、“改革先锋”谢高华、)."""
        cue = self._cue
        if len(text) > _MAX_TITLE or cue["numbered"](text, 0, len(text)):
            return False
        if q.open > 0 and norm[q.open - 1] not in _ITEM_START:
            return False
        return cue["surname"](norm, q.close + 1, len(norm)) is not None

    def _kind(self, norm: str, q: Quote, key: str, tail_start: int) -> str:
        cue = self._cue
        if cue["period"](key, 0, len(key)):
            return "period"
        if "·" in key or cue["campaign-suffix"](key, 0, len(key)):
            return "campaign"
        if len(key) > 40 or key[-1] in "。！？…":
            return "quotation"
        limit = min(len(norm), tail_start + _TAIL_WINDOW)
        stop = _CLAUSE_END_RE.search(norm, tail_start, limit)
        tail_end = stop.start() if stop else limit
        campaign = cue["campaign-tail"](norm, tail_start, tail_end)
        directive = cue["directive-tail"](norm, tail_start, tail_end)
        if campaign or directive:
            first = min((m for m in (campaign, directive) if m), key=lambda m: m.start())
            return "campaign" if first is campaign else "directive"
        if len(key) >= 10 and cue["quotation-before"](norm, max(0, q.open - _BEFORE_WINDOW), q.open):
            return "quotation"
        if cue["numbered"](key, 0, len(key)):
            return "formula"
        if len(key) >= 6 and (cue["directive-prefix"](key, 0, len(key)) or ("是" in key and len(key) >= 8)):
            return "directive"
        if CLAUSE_SPLIT.search(key):
            return "formula"
        return "term" if len(key) <= 5 else "formula"

    # -- unquoted matches ---------------------------------------------------

    def _repeat_targets(self, norm: str, quoted: Sequence[Found]) -> list[Target]:
        """Targets for unquoted repeats and variants of the article's quoted slogans.

        Lexicon formulas that count without quotation marks are found anyway;
        quoted-only ones and slogans the lexicon does not know are searched
        here, in one more pass over the text, when the article quotes them.
        """
        targets: dict[str, Target] = {}
        for r in quoted:
            canonical = r.attrs["canonical"]
            if canonical in targets or r.attrs["kind"] not in _REPEATED_KINDS:
                continue
            entry = self._by_id.get(canonical)
            if entry is not None:
                if not entry.unquoted:
                    targets[canonical] = Target.of_entry(entry)
                continue
            text = norm[r.start : r.end]
            # Numbered formulas repeat from three characters on (三下降): as
            # SLOGAN, their numerals are no figures.
            # (一 also means "whole", 一体化; digits run on into numbers, 3150).
            shortest = 3 if text[0] in _NUMERALS else _MIN_REPEAT
            if len(text) >= shortest and not any(c in _MARKS for c in text):
                targets[canonical] = Target(canonical, r.attrs["kind"], None, (text,))
        return list(targets.values())


def _chain_ends(norm: str, quotes: Sequence[Quote]) -> dict[int, int]:
    """Map each quote's opening mark to where the text after its chain of quotes starts.

    “a”“b”、“c”等活动: the tail of all three starts after “c”. Computed right to
    left, so a chain of any length costs linear time.
    """
    by_open = {q.open: q for q in quotes}
    ends: dict[int, int] = {}
    for q in sorted(quotes, key=lambda q: q.open, reverse=True):
        after = q.close + 1
        nxt = after + 1 if after < len(norm) and norm[after] in "、，,和与及" else after
        follower = by_open.get(nxt)
        ends[q.open] = ends[follower.open] if follower is not None else after
    return ends


def _link_variant(canonical: str, seen: dict[tuple[int, str], list[tuple[list[str], str]]]) -> str:
    """Give a multi-clause slogan the canonical of an earlier variant of it, if any.

    Variants share their first clause and their number of clauses (as the
    unquoted variants do), which keys ``seen``: each slogan is compared with
    the few met before under the same key, never with all of them.
    """
    clauses = [c for c in CLAUSE_SPLIT.split(canonical) if c]
    if len(clauses) < 2:
        return canonical
    bucket = seen.setdefault((len(clauses), clauses[0]), [])
    for other, other_canonical in bucket:
        if other == clauses or all(clause_variant(a, b) for a, b in zip(clauses[1:], other[1:])):
            return other_canonical
    if len(bucket) < _MAX_VARIANTS:
        bucket.append((clauses, canonical))
    return canonical


def build(resources: Resources) -> SloganExtractor:
    """Build the slogan extractor from the package's lexicon and cue tables.

    Example:
        >>> ex = build(Resources())
        >>> ex.labels
        ('SLOGAN', 'HONOR', 'TERM')
    """
    entries = resources.get(
        "slogans.lexicon", lambda: load_lexicon(iter_jsonl("slogans.jsonl"), source="textmine/data/slogans.jsonl")
    )
    cues = resources.get(
        "slogans.cues", lambda: load_cues(iter_jsonl("slogan_cues.jsonl"), source="textmine/data/slogan_cues.jsonl")
    )
    return SloganExtractor(entries, cues)
