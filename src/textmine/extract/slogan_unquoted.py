"""Slogans without quotation marks: lexicon forms, repeats and variants → ``Found`` matches.

Input: ``doc.norm`` (and the tokens of the ``Doc``, for boundary checks),
``Target`` records (what a match yields) and the stretches quotation marks
exclude. Output: ``Found`` matches in norm offsets, ``quoted`` False, which the
slogan extractor turns into spans.

Invariants: a match starts on a token boundary, overlaps no excluded stretch
and no other kept match (the longest leftmost wins). One vectorized pass
(:class:`KeyIndex`) finds the lexicon forms and another one an article's own
quoted slogans, so time stays linear in the text; a match becomes a ``Found``
(with its attribute dict) only once it is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from ..records import Doc, Token
from ..segment import token_lists
from .slogan_keys import KeyIndex, TextHashes
from .slogan_lexicon import ANY_CHAR, CLAUSE_SPLIT, LexiconEntry, split_clauses

#: Clause separators accepted between the clauses of a variant.
SEPARATORS = frozenset("、，,；;")
#: Punctuation that never falls inside a clause.
_PUNCTUATION_RE = re.compile("[、，,；;。：:！!？?\n“”‘’「」『』]")
#: Most slogans whose variants one first clause anchors.
MAX_ANCHORED = 8

_start, _end = itemgetter(0), itemgetter(1)


def _glued(text: str, i: int, j: int) -> bool:
    """Whether ``text[i]`` and ``text[j]`` (``j == i + 1``) are both ASCII letters or digits (one code, no boundary)."""
    pair = text[i : j + 1] if i >= 0 else ""
    return len(pair) == 2 and pair.isascii() and pair.isalnum()


class Found(NamedTuple):
    """A classified quoted text or a kept unquoted match, in norm offsets.

    Example:
        >>> Found("SLOGAN", 0, 4, {"kind": "formula"}).end
        4
    """

    label: str
    start: int
    end: int
    attrs: dict[str, Any]


class Target(NamedTuple):
    """What an unquoted match of some forms yields.

    Attributes:
        canonical: The ``canonical`` attribute of the match.
        kind: The SLOGAN kind.
        first_year: Year of first appearance, where known.
        forms: Surface forms searched (simplified); the first one's clauses
            anchor variants.
        doctrine: Whether a match counts only where it names the doctrine,
            not as the modifier of a noun (see ``LexiconEntry.doctrine``).

    Example:
        >>> Target("三服务", "campaign", 2019, ("三服务",)).forms
        ('三服务',)
    """

    canonical: str
    kind: str | None
    first_year: int | None
    forms: tuple[str, ...]
    doctrine: bool = False

    @classmethod
    def of_entry(cls, entry: LexiconEntry) -> Target:
        """The target of a lexicon entry (its id is the canonical).

        Example:
            >>> Target.of_entry(LexiconEntry("两个维护", "SLOGAN", "formula", (), None, True)).canonical
            '两个维护'
        """
        return cls(entry.id, entry.kind, entry.first_year, entry.forms, entry.doctrine)

    def attrs(self) -> dict[str, Any]:
        """The attributes of an unquoted match of this target (a new dict each time).

        Example:
            >>> Target("三服务", "campaign", 2019, ("三服务",)).attrs()["quoted"]
            False
        """
        attrs: dict[str, Any] = {"kind": self.kind, "canonical": self.canonical, "quoted": False}
        if self.first_year is not None:
            attrs["first_year"] = self.first_year
        return attrs


class Candidate(NamedTuple):
    """An unquoted match before the boundary and overlap checks: ``[start, end)`` of norm.

    Example:
        >>> Candidate(2, 6, Target("两个维护", "formula", None, ("两个维护",))).target.canonical
        '两个维护'
    """

    start: int
    end: int
    target: Target


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def clause_variant(candidate: str, clause: str) -> bool:
    """Whether ``candidate`` is ``clause`` itself, shortened or lengthened.

    A variant keeps the first and last characters, one is a subsequence of the
    other, and the lengths differ by at most half the clause (two at least).

    Example:
        >>> clause_variant("让人民满意", "让人民群众满意"), clause_variant("使人民满意", "让人民群众满意")
        (True, False)
    """
    if candidate == clause:
        return True
    if len(candidate) < 2 or candidate[0] != clause[0] or candidate[-1] != clause[-1]:
        return False
    if abs(len(candidate) - len(clause)) > max(2, len(clause) // 2):
        return False
    return _is_subsequence(candidate, clause) or _is_subsequence(clause, candidate)


def match_clauses(text: str, pos: int, clauses: Sequence[str]) -> int | None:
    """Return the end of a variant of ``clauses`` whose first clause starts at ``pos``.

    The first clause must match exactly; each later one may be a
    :func:`clause_variant` and follows any clause separator. The last clause
    takes the longest candidate that qualifies.

    Example:
        >>> t = "建设让党中央放心、让人民满意的机关"
        >>> t[2:match_clauses(t, 2, ["让党中央放心", "让人民群众满意"])]
        '让党中央放心、让人民满意'
    """
    if not text.startswith(clauses[0], pos):
        return None
    p = pos + len(clauses[0])
    n = len(text)
    for i, clause in enumerate(clauses[1:], 1):
        if p >= n - 1 or text[p] not in SEPARATORS or text[p + 1] != clause[0]:
            return None
        p += 1
        last = i == len(clauses) - 1
        end = p + len(clause)
        if text.startswith(clause, p) and (last or text[end : end + 1] in SEPARATORS):
            p = end  # the clause as written wins over any variant (实事求是|是我们…)
            continue
        # A variant runs to the next punctuation at most; a clause before the
        # last must end right at a separator.
        stop = _PUNCTUATION_RE.search(text, p, min(n, p + len(clause) + max(2, len(clause) // 2) + 1))
        limit = stop.start() if stop else min(n, p + len(clause) + max(2, len(clause) // 2))
        if not last:
            if stop is None or text[limit] not in SEPARATORS or not clause_variant(text[p:limit], clause):
                return None
            p = limit
            continue
        for size in range(limit - p, 1, -1):
            if text[p + size - 1] == clause[-1] and clause_variant(text[p : p + size], clause):
                p += size
                break
        else:
            return None
    return p


def _payloads(targets: Iterable[Target]) -> dict[str, list[tuple[Target, int, tuple[str, ...]]]]:
    """Search keys of ``targets`` → what a match of the key yields.

    Each form is a key as written and with ASCII commas and semicolons (the
    seed types 以…立身,以…立业); the first clause of a multi-clause form is
    also a key, an anchor from which variants are matched clause by clause
    (with its opening causative verb swapped too: 使党中央放心 for 让党中央放心).
    """
    payloads: dict[str, list[tuple[Target, int, tuple[str, ...]]]] = {}
    for target in targets:
        for form in target.forms:
            payloads.setdefault(form, []).append((target, len(form), ()))
            for wide, ascii_ in _ASCII_SPELLINGS:
                if wide in form:
                    spelling = form.replace(wide, ascii_)
                    payloads.setdefault(spelling, []).append((target, len(spelling), ()))
        first = target.forms[0]
        if not CLAUSE_SPLIT.search(first):
            continue
        clauses = tuple(split_clauses(first))
        if len(clauses) > 1 and len(clauses[0]) >= 3:
            # A causative verb that opens the first clause may be swapped for
            # another (让党中央放心 → 使党中央放心): each wording anchors.
            head, rest = clauses[0][0], clauses[0][1:]
            for anchor in [head + rest] + [c + rest for c in _CAUSATIVES if c != head and head in _CAUSATIVES]:
                items = payloads.setdefault(anchor, [])
                # Every occurrence of an anchor tries each slogan it anchors: a
                # bound keeps a text of thousands of look-alike slogans linear.
                if sum(1 for item in items if item[2]) < MAX_ANCHORED:
                    items.append((target, len(anchor), (anchor, *clauses[1:])))
    return payloads


#: Causative verbs that open a slogan's first clause interchangeably (让…放心, 使…放心).
_CAUSATIVES = "让使"
#: Full-width clause punctuation and the ASCII a text may type instead.
_ASCII_SPELLINGS = (("，", ","), ("；", ";"))


def build_index(targets: Iterable[Target]) -> KeyIndex:
    """Build a :class:`KeyIndex` over the search keys of ``targets``.

    An article's own quoted slogans are searched this way too, every key
    in the one pass of the index: a pre-filter that counts each key in the
    text (``str.count``, a scan of the text per key) costs more than the
    pass it would spare, even for a handful of keys.

    Example:
        >>> index = build_index([Target("两个维护", "formula", None, ("两个维护",))])
        >>> [m.start for m in find_matches(index, "做到两个维护")]
        [2]
    """
    return KeyIndex(_payloads(targets))


def find_matches(
    index: KeyIndex,
    norm: str,
    hashes: TextHashes | None = None,
    *,
    extend: Callable[[str, int, int], re.Match[str] | None] | None = None,
    extend_first: Container[str] = ANY_CHAR,
    skip: Container[int] = (),
) -> list[Candidate]:
    """Return the matches of an index's keys in ``norm`` (one pass over the text).

    Args:
        index: The keys searched.
        norm: The text.
        hashes: Its :class:`TextHashes`, when already computed.
        extend: A lookup ``(text, pos, endpos)`` anchored at the end of a
            match; what it matches is added to the match (a standard trailing
            head: 稳中求进 → 稳中求进工作总基调), except to a list formula.
        extend_first: The characters a match of ``extend`` may start with
            (``extend`` is called only where one of them follows the match).
        skip: Offsets where no match may start (the first character inside
            a pair of quotation marks: a quoted slogan is no unquoted repeat
            of itself), dropped before any further work.

    Example:
        >>> index = build_index([Target("让党中央放心、让人民群众满意", "directive", 2019, ("让党中央放心、让人民群众满意",))])
        >>> [(m.start, m.end) for m in find_matches(index, "建设让党中央放心、让人民满意的机关")]
        [(2, 14)]
    """
    found: list[Candidate] = []
    size = len(norm)
    # Every key of an item starts where the match does: the index passes
    # over the offsets of ``skip`` itself.
    for key_end, items in index.find(norm, hashes, skip):
        for target, length, clauses in items:
            start = key_end - length
            end = match_clauses(norm, start, clauses) if clauses else key_end
            if end is None:
                continue
            # A head names the policy a formula states; a list formula is the words themselves
            # (革命化、年轻化、知识化、专业化 in …专业化方针 stays without it).
            if extend is not None and norm[end : end + 1] in extend_first and "、" not in target.canonical:
                head = extend(norm, end, size)
                if head is not None:
                    end = head.end()
            found.append(new_candidate((start, end, target)))
    return found


def exclusions(stretches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge closed ranges ``[a, b]`` (quoted stretches, marks included) into sorted, disjoint, non-adjacent ones.

    Example:
        >>> exclusions([(5, 9), (0, 3), (6, 7), (11, 12), (10, 10)])
        [(0, 3), (5, 12)]
    """
    merged: list[tuple[int, int]] = []
    for a, b in sorted(stretches):
        if merged and a <= merged[-1][1] + 1:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


#: Builders of the records above that skip the Python-level ``__new__`` of a
#: named tuple (the records are plain tuples underneath).
new_found = partial(tuple.__new__, Found)
new_candidate = partial(tuple.__new__, Candidate)


#: One-character prepositions the tokenizer glues to the first character of a formula (坚持|以新|时代…).
_PREPOSITIONS = frozenset("以在为对从把向与将被于")


def _glued_preposition(norm: str, token: Token, start: int, end: int, a: int) -> bool:
    """True when a formula of four characters or more starts inside a two-character token that a
    preposition opens (以新 of 以新时代中国特色社会主义思想为指导): the formula starts a word there."""
    return end - start >= 4 and start > 0 and token.start == a - 1 and token.end == a + 1 and norm[start - 1] in _PREPOSITIONS


def keep_unquoted(doc: Doc, candidates: list[Candidate], excluded: Sequence[tuple[int, int]]) -> list[Found]:
    """Drop matches in excluded stretches or off token boundaries; keep the longest leftmost of overlaps.

    A match's start must open a token (三农 inside 第三|农场 is no match). Its
    end must close one, except for forms of four or more characters, which
    the tokenizer may glue to the next word (三个|表率作用), and for a form that
    opens a longer token (三农问题). Tokens are found by binary search, so a
    check costs O(log n) whatever the length of the text.

    Args:
        doc: The document (its tokens decide the boundaries).
        candidates: Matches in norm offsets (sorted here).
        excluded: Sorted disjoint closed ranges no match may touch (see :func:`exclusions`).

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("“红色根脉强基工程”与红色根脉")
        >>> target = Target("红色根脉", "formula", None, ("红色根脉",))
        >>> hits = [Candidate(1, 5, target), Candidate(11, 15, target)]
        >>> [m.start for m in keep_unquoted(doc, hits, [(0, 9)])]
        [11]
    """
    starts = [a for a, _ in excluded]
    kept: list[Found] = []
    last_end = -1
    # Longest leftmost first: by start, then by end descending (two stable sorts in C).
    candidates.sort(key=_end, reverse=True)
    candidates.sort(key=_start)
    norm, tokens = doc.norm, doc.tokens
    # The token starts as one list (shared in ``doc.memo``): bisected in C, no key call per step.
    starts_at = token_lists(doc).starts
    to_original = None if doc.normalized.offsets is None else doc.normalized.to_original
    for start, end, target in candidates:
        if start < last_end:
            continue
        i = bisect_right(starts, end - 1) - 1
        if i >= 0 and excluded[i][1] >= start:
            continue  # overlaps a quoted stretch (marks included)
        # “315” inside 3150, or any code inside a longer one (only ASCII can glue).
        if (norm[start] < "\x80" or norm[end - 1] < "\x80") and (
            _glued(norm, start - 1, start) or _glued(norm, end - 1, end)
        ):
            continue
        a, b = (start, end) if to_original is None else to_original(start, end)
        i = bisect_right(starts_at, a) - 1
        if i < 0 or (starts_at[i] != a and not _glued_preposition(norm, tokens[i], start, end, a)):
            continue
        if end - start < 4 and tokens[i].end < b:
            j = bisect_right(starts_at, b) - 1
            if starts_at[j] != b and tokens[j].end != b:  # the latter only at the end of the text
                continue
        kept.append(new_found(("SLOGAN", start, end, target.attrs())))
        last_end = end
    return kept
