"""The slogan lexicon and the quote cues: data files → validated, compiled tables.

Input: ``data/slogans.jsonl`` (one reviewed entry per canonical form) and
``data/slogan_cues.jsonl`` (regex fragments that classify quoted text by its
context). Output: ``LexiconEntry`` records and a ``Cues`` table of compiled
patterns, both built once per pipeline by :func:`load_lexicon` and
:func:`load_cues`.

Invariants: every form is simplified as OpenCC ``t2s`` writes it (the
extractor matches on ``doc.norm``); canonical ids are unique; a form names one
entry only; labels and kinds are those of ANNOTATION.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ConfigError

try:  # the standard library's regex parser (private; Python 3.11+), read for edge characters only
    from re import _constants as _C
    from re import _parser
except ImportError:  # pragma: no cover - a later Python may move it: cues are then tried on every quote
    _C = _parser = None

#: SLOGAN kinds of ANNOTATION.md.
SLOGAN_KINDS = ("formula", "directive", "campaign", "term", "quotation", "period")
#: Labels a lexicon entry may carry; DEPARTMENT marks quoted organ
#: abbreviations (社区“两委”), for which the slogan extractor emits nothing.
LEXICON_LABELS = ("SLOGAN", "HONOR", "TERM", "DEPARTMENT")
#: Kinds of TERM spans: a scare-quoted word, a designation of an enterprise or
#: product, the title of a treaty or law, a name of a group, a derogatory label,
#: an event.
TERM_KINDS = ("word", "designation", "title", "group", "label", "event")
#: Cue tables the extractor reads (see ``data/slogan_cues.jsonl``).
CUE_IDS = (
    "numbered", "period", "honor-before", "honor-after", "honor-suffix", "honor-prefix",
    "designation-after", "designation-suffix", "title-suffix", "organ-suffix", "campaign-suffix",
    "campaign-after", "campaign-tail", "directive-tail", "quotation-before", "directive-prefix", "surname",
    "ism-word", "faction-label", "head-after", "doctrine-head", "doctrine-verb", "modifier-after",
)  # fmt: skip
_KEYS = {"label", "id", "kind", "variants", "first_year", "unquoted", "doctrine", "short", "per_province"}
#: The place holder of a ``per_province`` entry's id: the short name of each province (平安{省} → 平安天津).
PROVINCE_SLOT = "{省}"

# Quotation marks vanish from a canonical key; list and clause punctuation is
# folded to its full-width form so that 以…立身,以…立业 and 以…立身，以…立业 link.
_KEY_TABLE = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？"})
_KEY_DROP = re.compile(r"[“”‘’「」『』\"'＂＇\s]+")
#: Clause separators of a canonical key.
CLAUSE_SPLIT = re.compile(r"[、，；]")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One reviewed lexicon entry.

    Attributes:
        id: The canonical simplified form, also the ``canonical`` attribute of
            every span it yields (variants link through it).
        label: SLOGAN, HONOR, TERM, or DEPARTMENT (quoted organ abbreviation).
        kind: SLOGAN kind (formula, directive …) or TERM kind; None for HONOR.
        variants: Other simplified surface forms of the same slogan.
        first_year: Year the formula first appeared, where known.
        unquoted: Whether the forms count without quotation marks too.
        doctrine: Whether an unquoted form counts only where it names the
            doctrine itself, not as the modifier of a noun
            (坚持和发展中国特色社会主义, not 中国特色社会主义事业; 马克思主义, not
            马克思主义者): the ``modifier-after`` cue tells them apart.
        short: Short forms that stand for the slogan once a full form has
            been named earlier in the same text (五项原则 after 和平共处五项原则),
            and only then: alone they are too common or too vague.

    Example:
        >>> LexiconEntry("两个维护", "SLOGAN", "formula", (), None, True).forms
        ('两个维护',)
    """

    id: str
    label: str
    kind: str | None
    variants: tuple[str, ...]
    first_year: int | None
    unquoted: bool
    doctrine: bool = False
    short: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical form followed by the variants."""
        return (self.id, *self.variants)


def canonical_key(text: str) -> str:
    """Fold a quoted text into the key that links its variants.

    Quotation marks and spaces are dropped; ASCII clause punctuation becomes
    full-width, so the same slogan typed with either links.

    Example:
        >>> canonical_key("深化拓展‘三服务’, 凝心聚力")
        '深化拓展三服务，凝心聚力'
    """
    return _KEY_DROP.sub("", text.translate(_KEY_TABLE))


def split_clauses(text: str) -> list[str]:
    """Split a (canonical) slogan into its clauses at 、 ， ；.

    Example:
        >>> split_clauses("让党中央放心、让人民群众满意")
        ['让党中央放心', '让人民群众满意']
    """
    return [c for c in CLAUSE_SPLIT.split(canonical_key(text)) if c]


def _entry(record: Mapping[str, Any], where: str) -> LexiconEntry:
    unknown = set(record) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    label, id_, kind = record.get("label"), record.get("id"), record.get("kind")
    if label not in LEXICON_LABELS:
        raise ConfigError(f"{where}: label must be one of {', '.join(LEXICON_LABELS)}, got {label!r}")
    if not isinstance(id_, str) or not id_ or id_ != id_.strip():
        raise ConfigError(f"{where}: id must be a non-empty string without surrounding spaces")
    kinds = {"SLOGAN": SLOGAN_KINDS, "TERM": TERM_KINDS}.get(label, (None,))
    if kind not in kinds:
        raise ConfigError(f"{where}: kind of a {label} must be one of {kinds}, got {kind!r}")
    variants = record.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) and v for v in variants):
        raise ConfigError(f"{where}: variants must be a list of strings")
    year = record.get("first_year")
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2100):
        raise ConfigError(f"{where}: first_year must be a year, got {year!r}")
    unquoted, doctrine = bool(record.get("unquoted", False)), bool(record.get("doctrine", False))
    if doctrine and not (unquoted and label == "SLOGAN"):
        raise ConfigError(f"{where}: doctrine marks an unquoted SLOGAN entry only")
    short = record.get("short", [])
    if not isinstance(short, list) or not all(isinstance(v, str) and v for v in short) or (short and label != "SLOGAN"):
        raise ConfigError(f"{where}: short must be a list of strings, on a SLOGAN entry")
    return LexiconEntry(id_, label, kind, tuple(variants), year, unquoted, doctrine, tuple(short))


def load_lexicon(
    records: Iterable[Mapping[str, Any]], *, source: str = "slogans.jsonl", provinces: Sequence[str] = ()
) -> tuple[LexiconEntry, ...]:
    """Validate lexicon records into entries.

    A record with ``"per_province": true`` has ``{省}`` in its id and stands
    for one entry per name of ``provinces`` (平安{省} → 平安天津, 平安山东 …);
    an entry written out for one of them (平安浙江) comes first.

    Raises:
        ConfigError: an unknown key, label or kind, or a form claimed twice.

    Example:
        >>> load_lexicon([{"label": "SLOGAN", "id": "三服务", "kind": "formula"}])[0].unquoted
        False
        >>> [e.id for e in load_lexicon([{"label": "SLOGAN", "id": "平安{省}", "kind": "formula",
        ...     "unquoted": True, "per_province": True}], provinces=["天津", "山东"])]
        ['平安天津', '平安山东']
    """
    entries: list[LexiconEntry] = []
    owner: dict[str, str] = {}
    templates: list[LexiconEntry] = []
    for lineno, record in enumerate(records, 1):
        where = f"{source}:{lineno}"
        entry = _entry(record, where)
        if record.get("per_province"):
            if PROVINCE_SLOT not in entry.id or entry.variants or entry.short:
                raise ConfigError(f"{where}: a per_province entry has {PROVINCE_SLOT} in its id, no variants and no short forms")
            templates.append(entry)
            continue
        for form in entry.forms:
            key = canonical_key(form)
            if key in owner:
                raise ConfigError(f"{where}: form {form!r} already belongs to {owner[key]!r}")
            owner[key] = entry.id
        entries.append(entry)
    for template in templates:
        for name in provinces:
            form = template.id.replace(PROVINCE_SLOT, name)
            if canonical_key(form) not in owner:
                owner[canonical_key(form)] = form
                entries.append(replace(template, id=form))
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cue patterns, one regex per cue id of ``data/slogan_cues.jsonl``.

    Where a cue looks decides how it is anchored: ``prefix``, ``after`` and
    ``name`` patterns must start at ``pos``; ``suffix`` and ``before`` patterns
    must end at ``endpos``; ``whole`` patterns must span ``pos:endpos``;
    ``tail`` patterns may occur anywhere in the window. Callers pass short
    windows (the quoted text, a few characters around the marks), so every
    lookup is cheap.

    Example:
        >>> cues = load_cues([{"id": "numbered", "where": "prefix", "patterns": ["[两三]"]}])
        >>> bool(cues.match("numbered", "两个维护"))
        True
    """

    finders: Mapping[str, Callable[[str, int, int], re.Match[str] | None]]
    #: cue id → (where, alternation of its patterns), for :meth:`union`.
    sources: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: cue id → its patterns as written, for :meth:`patterns`.
    written: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: cue id → (characters a match may start with, characters it may end with), for :meth:`edges`.
    edge_chars: Mapping[str, tuple[Container[str], Container[str]]] = field(default_factory=dict)

    def edges(self, *cues: str) -> tuple[Container[str], Container[str]]:
        """The characters a match of any of ``cues`` may start with, and those it may end with.

        A cheap test before a lookup: a quote whose next character cannot
        start an ``after`` cue needs no call of the cue. The sets hold a line
        break besides (``$`` matches before a final one); where the patterns
        do not tell (a class of all Han characters, a pattern that may match
        nothing), the container holds every character. A cue missing from the
        data holds none.

        Example:
            >>> cues = load_cues([{"id": "honor-after", "where": "after", "patterns": ["称号", "奖(?!金)", "说[：:]?"]}])
            >>> firsts, lasts = cues.edges("honor-after")
            >>> sorted(firsts), sorted(lasts)
            (['奖', '称', '说'], ['\\n', ':', '号', '奖', '说', '：'])
        """
        firsts: set[str] = set()
        lasts: set[str] = set()
        for cue in cues:
            if cue not in self.edge_chars:
                continue
            first, last = self.edge_chars[cue]
            if first is ANY_CHAR or firsts is ANY_CHAR:
                firsts = ANY_CHAR  # type: ignore[assignment]
            else:
                firsts |= first  # type: ignore[operator]
            if last is ANY_CHAR or lasts is ANY_CHAR:
                lasts = ANY_CHAR  # type: ignore[assignment]
            else:
                lasts |= last  # type: ignore[operator]
        return (
            firsts if firsts is ANY_CHAR else frozenset(firsts),
            lasts if lasts is ANY_CHAR else frozenset(lasts),
        )

    def patterns(self, cue: str) -> tuple[str, ...]:
        """The patterns of cue ``cue`` as the data writes them (none for a cue missing from the data).

        Callers that search literal patterns with another index use these.

        Example:
            >>> load_cues([{"id": "doctrine-head", "where": "whole", "patterns": ["方略", "总基调"]}]).patterns("doctrine-head")
            ('方略', '总基调')
        """
        return self.written.get(cue, ())

    def finder(self, cue: str) -> Callable[[str, int, int], re.Match[str] | None]:
        """The anchored lookup of cue ``cue`` as a plain ``(text, pos, endpos)`` callable.

        Callers that test many quotes keep these instead of calling
        :meth:`match`; a cue missing from the data never matches.

        Example:
            >>> cues = load_cues([{"id": "period", "where": "whole", "patterns": ["十四五"]}])
            >>> cues.finder("period")("十四五", 0, 3) is not None, cues.finder("numbered")("两个", 0, 2)
            (True, None)
        """
        return self.finders.get(cue, _never)

    def union(self, *cues: str) -> Callable[[str, int, int], re.Match[str] | None]:
        """One lookup for several cues that look in the same place: it matches where any of them does.

        The match's ``lastgroup`` names the cue that matched, with ``_`` for
        ``-`` (``campaign-tail`` → ``campaign_tail``); for ``tail`` cues it is
        the leftmost match, the first cue given on a tie. Cues missing from
        the data are left out. A quote that matches none of several cues is
        ruled out in one call instead of one per cue.

        Raises:
            ConfigError: the cues look in different places.

        Example:
            >>> cues = load_cues([{"id": "a-tail", "where": "tail", "patterns": ["活动"]},
            ...                   {"id": "b-tail", "where": "tail", "patterns": ["要求"]}])
            >>> cues.union("a-tail", "b-tail")("的要求和活动", 0, 6).lastgroup
            'b_tail'
        """
        parts, wheres = [], set()
        for cue in cues:
            if cue in self.sources:
                where, alternation = self.sources[cue]
                wheres.add(where)
                parts.append(f"(?P<{cue.replace('-', '_')}>{alternation})")
        if len(wheres) > 1:
            raise ConfigError(
                f"cues {cues} look in different places ({', '.join(sorted(wheres))}): they cannot be combined"
            )
        if not parts:
            return _never
        template, method = _ANCHORS[wheres.pop()]
        return getattr(re.compile(template.format("|".join(parts))), method)

    def match(self, cue: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Look for cue ``cue`` in ``text[pos:endpos]``, anchored as its ``where`` says.

        Returns None when it does not occur (or the data has no such cue).
        """
        finder = self.finders.get(cue)
        if finder is None:
            return None
        return finder(text, pos, len(text) if endpos is None else endpos)


def _never(text: str, pos: int, endpos: int) -> None:
    return None


class _AnyChar:
    """A container of every character: the edge set of a cue whose patterns do not tell."""

    __slots__ = ()

    def __contains__(self, item: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "ANY_CHAR"


#: The edge set that holds every character.
ANY_CHAR: Container[str] = _AnyChar()
#: Widest character range spelled out in an edge set (a class of all Han characters is not).
_MAX_RANGE = 256


def _edge(items: Sequence[tuple[Any, Any]], last: bool) -> tuple[set[str] | None, bool]:
    """The characters a match of parsed ``items`` may start (``last``: end) with, and whether it may be empty.

    None stands for "any character": an operator this reading does not know.
    """
    found: set[str] = set()
    for op, av in reversed(items) if last else items:
        if op is _C.LITERAL:
            chars, empty = {chr(av)}, False
        elif op is _C.IN:
            chars, empty = set(), False
            for kind, value in av:
                if kind is _C.LITERAL:
                    chars.add(chr(value))
                elif kind is _C.RANGE and value[1] - value[0] < _MAX_RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False  # a negated class, a category, a wide range
        elif op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            chars, empty = _edge(av[3], last)
        elif op is _C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                sub, sub_empty = _edge(branch, last)
                if sub is None:
                    return None, False
                chars |= sub
                empty = empty or sub_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            chars, empty = _edge(av[2], last)
            empty = empty or av[0] == 0
        elif op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero width: the next item decides
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _edge_chars(pattern: str) -> tuple[Container[str], Container[str]]:
    """(first characters, last characters and a line break) of the matches of ``pattern``."""
    if _parser is None:
        return ANY_CHAR, ANY_CHAR
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - a parser that differs: no pre-filter, never a lost match
        return ANY_CHAR, ANY_CHAR
    if parsed.state.flags & re.IGNORECASE:
        return ANY_CHAR, ANY_CHAR
    edges: list[Container[str]] = []
    for last in (False, True):
        chars, empty = _edge(list(parsed), last)
        edges.append(ANY_CHAR if chars is None or empty else frozenset(chars | {"\n"} if last else chars))
    return edges[0], edges[1]


#: where → (regex template, method used to apply it).
_ANCHORS = {
    "prefix": ("(?:{})", "match"),
    "after": ("(?:{})", "match"),
    "suffix": ("(?:{})$", "search"),
    "before": ("(?:{})$", "search"),
    "whole": ("(?:{})", "fullmatch"),
    "tail": ("(?:{})", "search"),
    # A surname, one or two more characters, then a list or clause boundary;
    # or a transliterated name with its middle dot (布茹玛汗·毛勒朵).
    "name": (
        "(?:(?:{})[\u4e00-\u9fff]{{1,2}}(?:[、，,。；;等和与及（(]|同志|$)|[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2}})",
        "match",
    ),
}


def load_cues(records: Iterable[Mapping[str, Any]], *, source: str = "slogan_cues.jsonl") -> Cues:
    """Compile cue records ``{"id", "where", "patterns", "comment"}`` into :class:`Cues`.

    Raises:
        ConfigError: an unknown ``where``, a duplicate id, or a bad regex.

    Example:
        >>> load_cues([{"id": "honor-after", "where": "after", "patterns": ["称号"]}]).match("honor-after", "称号")[0]
        '称号'
    """
    compiled: dict[str, Callable[[str, int, int], re.Match[str] | None]] = {}
    sources: dict[str, tuple[str, str]] = {}
    written: dict[str, tuple[str, ...]] = {}
    edges: dict[str, tuple[Container[str], Container[str]]] = {}
    for lineno, record in enumerate(records, 1):
        cue, where, patterns = record.get("id"), record.get("where"), record.get("patterns")
        if where not in _ANCHORS or not isinstance(cue, str) or not isinstance(patterns, list) or not patterns:
            raise ConfigError(f"{source}:{lineno}: expected id, where (one of {', '.join(_ANCHORS)}) and patterns")
        if cue in compiled:
            raise ConfigError(f"{source}:{lineno}: duplicate cue {cue!r}")
        # Longest alternatives first, so that 荣誉称号 wins over 称号.
        alternation = "|".join(sorted(patterns, key=len, reverse=True))
        template, method = _ANCHORS[where]
        try:
            # The bound method (match, search or fullmatch) that anchors the cue.
            compiled[cue] = getattr(re.compile(template.format(alternation)), method)
        except re.error as err:
            raise ConfigError(f"{source}:{lineno}: bad pattern in cue {cue!r}: {err}") from err
        sources[cue] = (where, alternation)
        written[cue] = tuple(patterns)
        edges[cue] = _edge_chars(template.format(alternation))
    return Cues(compiled, sources, written, edges)
