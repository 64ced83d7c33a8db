"""Extract FIGURE spans: ``Doc`` → counted or measured quantities.

Input: a ``Doc`` (matching runs on ``doc.norm``, simplified and width-folded)
and the spans found before (SLOGAN, HONOR, DATE). Output: FIGURE spans with
original offsets and ``attrs`` ``value``, ``approx``, ``unit``, ``subject``.

ANNOTATION.md: a figure is number + optional approximation word + unit or
classifier (7000多個, 890 余個, 9萬多名, 上百場, 1.2億元, 三分之二, 百分之十五點六);
``value`` scales 万/亿 in, ``unit`` is what remains, in the script of the text.
Never figures: numerals inside formulas and slogans (兩個維護, 百名處長…), ordinals
(十九大, 第5位), idioms (翻一番), years (DATEs). Units, approximation words and
the numbered formulas are data (``data/figure_*.jsonl``).

Invariants: the text is scanned in C for numeral runs that can start a figure,
and one compiled pattern is tried there; a number that cannot be read for
certain gives no span rather than a guessed value. Matches are read by
:class:`~textmine.extract.figure_reading.FigureReader`; this module finds them,
gives them their subjects and makes the spans.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence

from ..records import Doc, Span, Token
from ..resources import Resources, iter_jsonl
from .figure_patterns import FigureAnchors, Unit, figure_pattern
from .figure_reading import FigureReader
from .numerals import match_at
from .ranges import Ranges
from .subjects import SubjectFinder
from .tagger import build_tagger

#: Labels of earlier spans whose numerals are never figures (ANNOTATION.md: formulas, slogans, years).
SUPPRESSING_LABELS = frozenset({"SLOGAN", "HONOR", "DATE"})
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
_OPEN_QUOTES = "“‘「『"
#: Longest quotation whose numbers are part of a name or formula (“三个表率”, “民营经济32条”).
SHORT_QUOTE = 12
#: One pattern per opening mark: a pattern that opens with a literal is scanned for in C.
_SHORT_QUOTES = tuple((q, re.compile(rf"{q}[^“”‘’「」『』\n]{{1,{SHORT_QUOTE}}}[”’」』]")) for q in _OPEN_QUOTES)
_TOKEN_START = operator.itemgetter(2)  # Token.start, as a C-level bisect key


class FigureExtractor:
    """Find figures in a ``Doc``; build with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江7000多個省直機關基層黨組織")
        >>> [(s.text, s.attrs["value"], s.attrs["unit"], s.attrs["subject"]) for s in build(Resources())(doc, ())]
        [('7000多個', 7000, '個', '省直機關基層黨組織')]
    """

    labels = ("FIGURE",)

    def __init__(self, *, units: Sequence[Unit], approx: Sequence[dict], formulas: Sequence[str], subjects: SubjectFinder) -> None:
        self._reader = FigureReader(units=units, approx=approx, formulas=formulas, subjects=subjects)
        self._subjects = subjects
        self._prefixes = frozenset(a["pattern"] for a in approx if a["attrs"]["position"] == "pre")
        self._anchors = FigureAnchors(units, approx)
        self._pattern = re.compile(figure_pattern(units, approx))

    def dictionary_words(self) -> Iterable[str]:
        """The numbered formulas, so that the tokenizer keeps them whole (两个维护).

        Example:
            >>> "两个维护" in set(build(Resources()).dictionary_words())
            True
        """
        return self._reader.formulas

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the FIGURE spans of ``doc``, except inside ``found`` slogans, honours and dates.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("收集問題32659個")
            >>> [(s.text, s.attrs["subject"]) for s in build(Resources())(doc, ())]
            [('32659個', '問題')]
        """
        ctx = FigureContext(doc, [(s.start, s.end) for s in found if s.label in SUPPRESSING_LABELS], self._subjects)
        # Ranges.overlaps(start, start + 1), inline: it is asked for every match
        blocked_starts, blocked_reach = ctx.blocked.starts, ctx.blocked.reach
        read, read_digits = self._reader.read, self._reader.read_digits
        figures = []
        for m in match_at(self._pattern, doc.norm, self._anchors.starts(doc), prefixes=self._prefixes):
            start = m.start()
            # A figure holds at least the first character of its match: when that one lies in an
            # earlier slogan, honour or date, so does the figure (checked again once it is read).
            k = bisect.bisect_right(blocked_starts, start)
            if k and blocked_reach[k - 1] > start:
                continue
            figure = read_digits(m, ctx) if m.group(6) is not None else read(m, ctx)  # 6: ar, Arabic digits
            if figure is not None:
                figures.append(figure)
        if not figures:
            return []
        subjects = self._subjects.assign(ctx.words, [(f.start, f.end, f.kind == "count") for f in figures])
        text, norm = doc.text, doc.norm
        # Offsets are shared when normalization kept the length (always with t2s): no mapping then.
        to_original = None if doc.normalized.offsets is None else doc.normalized.to_original
        spans = []
        for (start, end, value, approx, unit_start, unit_end, unit, _), subject in zip(figures, subjects):
            a, b = (start, end) if to_original is None else to_original(start, end)
            if unit is None:
                ua, ub = (unit_start, unit_end) if to_original is None else to_original(unit_start, unit_end)
                unit = text[ua:ub]  # the unit in the script of the text (個 / 个)
                if unit and max(unit) >= "\uff01":
                    unit = unit.translate(_FOLD)  # width-folded like the norm (％ → %)
            if subject is not None:
                sa, sb = subject if to_original is None else to_original(*subject)
                subject = text[sa:sb]
            attrs = {"value": value, "approx": approx, "unit": unit, "subject": subject}
            spans.append(Span("FIGURE", a, b, text[a:b], norm[start:end], attrs))
        return spans


class FigureContext:
    """Per-document lookups shared by the matches of one call: tokens, words and blocked ranges.

    Example:
        >>> from textmine import Pipeline
        >>> from textmine.extract.tagger import Tagger
        >>> ctx = FigureContext(Pipeline.from_config().analyze("“三个表率”和6部门"), (), SubjectFinder(Tagger.default()))
        >>> ctx.blocked.overlaps(1, 2), ctx.in_word(9)
        (True, True)
    """

    def __init__(self, doc: Doc, blocked: Iterable[tuple[int, int]], subjects: SubjectFinder) -> None:
        self.doc = doc
        self.tokens, self.offsets = doc.tokens, doc.normalized.offsets
        self.words = subjects.words(doc)
        self.norm = doc.norm
        norm = self.norm
        if self.offsets is None:
            ranges = list(blocked)
        else:
            to_norm = _norm_offsets(doc)
            ranges = [to_norm(a, b) for a, b in blocked]
        if "《" in norm:
            ranges.extend(m.span() for m in _TITLE.finditer(norm))
        for quote, short_quote in _SHORT_QUOTES:
            # “三个表率”, “民营经济32条”: a number inside a short quotation belongs to its name.
            # (Scanned for from the literal quotation mark: scanning the text for a character class
            # costs more. A quotation holds no other mark, so no two of them overlap.)
            if quote in norm:
                ranges.extend(m.span() for m in short_quote.finditer(norm))
        self.blocked = Ranges(ranges)
        self.any_blocked = bool(ranges)

    def _token_around(self, pos: int) -> Token | None:
        """The token that ``pos`` (a norm offset) falls strictly inside, if any."""
        norm = self.norm
        if not (0 < pos < len(norm) and "\u4e00" <= norm[pos - 1] <= "\u9fff" and "\u4e00" <= norm[pos] <= "\u9fff"):
            return None  # tokens split wherever Han characters meet anything else
        if self.offsets is None:
            i = self.words.index(pos)  # a search near the last token found
            token = self.tokens[i]
            return token if token.start < pos < token.end else None
        at = self.offsets[pos]
        i = bisect.bisect_right(self.tokens, at, key=_TOKEN_START) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i].start < at < self.tokens[i].end else None

    def inside_token(self, pos: int) -> bool:
        """True when ``pos`` (a norm offset) falls strictly inside a token."""
        return self._token_around(pos) is not None

    def in_word(self, pos: int) -> bool:
        """True when ``pos`` falls inside a dictionary word (部门, 人民), not a guessed one (个省).

        jieba's HMM glues a classifier to what follows (8个省 → 个省); such a
        token is no word of the dictionary, and the classifier stays a classifier.
        """
        token = self._token_around(pos)
        if token is None:
            return False
        known = self.words.known_words.get(token.norm)
        if known is None:
            known = self.words.known_words[token.norm] = self.words.tagger_knows(token.norm)
        return known


def _norm_offsets(doc: Doc):
    """A function mapping ``[start, end)`` of the original text to ``doc.norm`` (the identity when aligned)."""
    offsets = doc.normalized.offsets
    if offsets is None:
        return lambda a, b: (a, b)

    def to_norm(a: int, b: int) -> tuple[int, int]:
        return bisect.bisect_left(offsets, a), bisect.bisect_left(offsets, b)

    return to_norm


def build(resources: Resources) -> FigureExtractor:
    """Build the figure extractor from the data tables (units, approximation words, formulas).

    Example:
        >>> build(Resources()).labels
        ('FIGURE',)
    """
    units = [
        Unit(r["pattern"], r["attrs"]["kind"], bool(r["attrs"].get("digits_only")), bool(r["attrs"].get("latin")))
        for r in resources.get("data.figure_units", lambda: list(iter_jsonl("figure_units.jsonl")))
    ]
    approx = resources.get("data.figure_approx", lambda: list(iter_jsonl("figure_approx.jsonl")))
    formulas = [r["pattern"] for r in resources.get("data.figure_formulas", lambda: list(iter_jsonl("figure_formulas.jsonl")))]
    return FigureExtractor(units=units, approx=approx, formulas=formulas, subjects=SubjectFinder(build_tagger(resources)))
