"""Token-boundary and span-overlap helpers shared by the lexicon extractors.

Lexicon matches are found on ``doc.norm`` by automata that know nothing of
words; these helpers let an extractor ask whether a match starts or ends where
the tokenizer put a boundary, and whether it cuts a span found earlier in two.
All positions here are ORIGINAL offsets (``Token.start``/``Span.start``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, repeat
from operator import eq, itemgetter, sub

import numpy as np

from ..records import Doc, Span, Token
from ..segment import token_lists
from .char_classes import code_points

_START = itemgetter(2)
_NORM = itemgetter(1)


def item_spans(text: str, start: int, items: Iterable[str]) -> Iterator[tuple[int, int]]:
    """The start and end in ``text`` of each of ``items``, written in that order from ``start`` on.

    Example:
        >>> list(item_spans("（武山 赵妍 王迎）", 1, ["武山", "赵妍", "王迎"]))
        [(1, 3), (4, 6), (7, 9)]
    """
    at = start
    for item in items:
        at = text.index(item, at)
        yield at, at + len(item)
        at += len(item)


def find_all(text: str, word: str) -> Iterator[int]:
    """Yield the start of every occurrence of ``word`` in ``text``, overlapping ones included.

    Example:
        >>> list(find_all("中国—中国", "中国"))
        [0, 3]
    """
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def norm_offset(doc: Doc, original: int) -> int:
    """The ``doc.norm`` offset of an original offset (the same unless the converter changed lengths).

    Example:
        >>> from textmine import Pipeline
        >>> norm_offset(Pipeline.from_config().analyze("浙江省委"), 2)
        2
    """
    offsets = doc.normalized.offsets
    return original if offsets is None else bisect_left(offsets, original)


def token_at(tokens: Sequence[Token], pos: int) -> Token | None:
    """Return the token that covers original offset ``pos`` (None past the end).

    Example:
        >>> from textmine.records import Token
        >>> token_at((Token("浙江", "浙江", 0, 2), Token("省委", "省委", 2, 4)), 3).text
        '省委'
    """
    i = bisect_right(tokens, pos, key=_START) - 1
    if i < 0 or pos >= tokens[i].end:
        return None
    return tokens[i]


def starts_token(tokens: Sequence[Token], pos: int) -> bool:
    """True when a token starts at ``pos``.

    Example:
        >>> from textmine.records import Token
        >>> starts_token((Token("伟大", "伟大", 0, 2), Token("理论", "理论", 2, 4)), 1)
        False
    """
    tok = token_at(tokens, pos)
    return tok is not None and tok.start == pos


def ends_token(tokens: Sequence[Token], pos: int) -> bool:
    """True when a token ends at ``pos`` (the end of the text counts).

    Example:
        >>> from textmine.records import Token
        >>> ends_token((Token("积石山", "积石山", 0, 3), Token("地震", "地震", 3, 5)), 3)
        True
    """
    if pos <= 0:
        return False
    tok = token_at(tokens, pos - 1)
    return tok is not None and tok.end == pos


def on_token_bounds(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when a token starts at ``start`` and one ends at ``end`` (original offsets).

    Example:
        >>> from textmine.records import Token
        >>> toks = (Token("赤峰", "赤峰", 0, 2), Token("道", "道", 2, 3))
        >>> on_token_bounds(toks, 2, 3), on_token_bounds(toks, 1, 3)
        (True, False)
    """
    return starts_token(tokens, start) and ends_token(tokens, end)


class SpanBoundaries:
    """Index of the boundaries of earlier spans, to reject matches that cut one in two.

    Args:
        spans: The earlier spans.
        ranges: The ``[start, end)`` ranges that will be asked about, when known: only
            spans with an end inside one of them are indexed (most are not).

    Example:
        >>> from textmine.records import Span
        >>> idx = SpanBoundaries([Span("DEPARTMENT", 2, 6, "省委组织", "省委组织")])
        >>> idx.crosses(0, 3), idx.crosses(2, 4), idx.crosses(0, 8)
        (True, False, False)
    """

    def __init__(self, spans: Iterable[Span], ranges: Iterable[tuple[int, int]] | None = None) -> None:
        # For each position: the furthest end of the spans starting there, the earliest start
        # of the spans ending there; a range crosses a span when one of them lies beyond it.
        self._furthest: dict[int, int] = {}
        self._earliest: dict[int, int] = {}
        furthest, earliest = self._furthest, self._earliest
        inside = None if ranges is None else {p for a, b in ranges for p in range(a + 1, b)}
        for span in spans:
            a, b = span.start, span.end
            if (inside is None or a in inside) and furthest.get(a, -1) < b:
                furthest[a] = b
            if (inside is None or b in inside) and earliest.get(b, b) > a:
                earliest[b] = a
        self._marked = furthest.keys() | earliest.keys()  # positions where a span starts or ends

    def __bool__(self) -> bool:
        return bool(self._marked)

    def crosses(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a span without either containing the other."""
        if self._marked.isdisjoint(range(start + 1, end)):
            return False  # no span starts or ends inside (most ranges): tested in C
        furthest, earliest = self._furthest, self._earliest
        for pos in range(start + 1, end):
            if furthest.get(pos, end) > end or earliest.get(pos, start) < start:
                return True
        return False


class TokenVocabulary:
    """The lexicon words of the document being extracted: where they are spelled, which are tokens.

    Lexicon extractors ``register`` their words when they are built; ``hits``
    then returns, once per document, every token whose simplified form is one
    of them, ``opening`` the offsets where a token starts and a word may be
    written, and ``spelled`` every place where one is written (inside longer
    tokens too). They are kept in the document's ``memo``, so every extractor
    of the pipeline that shares this object (through its ``Resources``) gets
    them for free, and nothing outlives the document.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江省委召开会议")
        >>> vocab = TokenVocabulary()
        >>> vocab.register(["召开", "会议", "浙江"])
        >>> [t.norm for t in vocab.hits(doc)], vocab.spelled(doc)
        (['召开', '会议'], ((0, ('浙江',)), (4, ('召开',)), (6, ('会议',))))
        >>> vocab.opening(doc)
        (0, 4, 6)
    """

    def __init__(self) -> None:
        self._words: frozenset[str] = frozenset()
        self._index: _WordStarts | None = None

    def register(self, words: Iterable[str]) -> None:
        """Add words to look up (at build time, before the first document)."""
        self._words = self._words | frozenset(words)

    def hits(self, doc: Doc) -> tuple[Token, ...]:
        """The tokens of ``doc`` whose ``norm`` is a registered word, in text order."""
        return self._scan(doc).hits

    def opening(self, doc: Doc) -> tuple[int, ...]:
        """The ``doc.norm`` offsets where a token starts and a registered word may be written, in order.

        Every offset where a token starts with a registered word written out is
        there (the word may run past the token); a few others may be (the first
        characters of a word without the rest): check what is written.
        """
        return self._scan(doc).opening()

    def spelled(self, doc: Doc) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Each ``doc.norm`` offset where registered words are written, with those words, in text order."""
        return self._scan(doc).spelled()

    def _scan(self, doc: Doc) -> _Scan:
        index = self._index
        if index is None or index.words is not self._words:
            index = self._index = _WordStarts(self._words)
        found = doc.memo.get(index)
        if found is None:
            found = doc.memo[index] = index.scan(doc)
        return found


class _WordStarts:
    """Where the words of a vocabulary are written in a text, and which of them are tokens.

    Hashing every token is the obvious way to find lexicon tokens, and a slow
    one: the tokens of an article are spread over memory. The text itself is
    compact: its code points are tested as an array for the first two
    characters of the words (a table indexed by a hash of the pair, so a few
    false alarms); where a word is written out, the token there is looked up by
    bisection. The positions that pass are tested again, as an array too, for
    a two-character word or the first three characters of a longer one: most
    pairs open only longer words (the 中国 of 中国人), and a position no word
    can start at costs no string lookup. The tables may give false alarms,
    never misses: every position left is checked against the words themselves.
    """

    #: Size of the tables of first pairs and of word heads, in bits of the hash (a few thousand
    #: entries are set in each). The tables hold a byte per entry (1 MB each) and are read with
    #: ``take``: packed eight entries to a byte they would fit the CPU cache better, but unpacking
    #: an entry costs four more passes over the text's array (the first test then takes 1.7 times
    #: as long on the dev articles).
    TABLE_BITS = 20

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self._lengths = {pair: tuple(sorted(found)) for pair, found in lengths.items()}
        #: Pairs that are a word and open no longer one: what is written there, without a lookup.
        self._pair_words = {pair: (pair,) for pair, found in lengths.items() if found == {2}}
        # A word of one character has no pair: such a vocabulary is looked up position by position.
        self._any_position = any(len(pair) < 2 for pair in lengths)
        table = np.zeros(1 << self.TABLE_BITS, dtype=np.bool_)
        pairs = "".join(pair for pair in lengths if len(pair) == 2)
        if pairs:
            codes = np.frombuffer(pairs.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            table[self._keys(codes)[::2]] = True
        self._pairs = table
        # The second test: two-character words by their pair, longer ones by their first three.
        heads = np.zeros(1 << self.TABLE_BITS, dtype=np.bool_)
        for size in (2, 3):
            starts = "".join(w[:size] for w in words if len(w) == size or (size == 3 and len(w) > 3))
            if starts:
                codes = np.frombuffer(starts.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).reshape(-1, size)
                heads[self._head_keys(*(codes[:, k] for k in range(size)))] = True
        self._heads = heads

    def _keys(self, codes: np.ndarray) -> np.ndarray:
        """A hash of the pair of code points starting at each position but the last."""
        keys = codes[:-1] * np.uint32(2654435761)
        keys += codes[1:] * np.uint32(40503)  # (in place: one array less to allocate and read)
        keys >>= np.uint32(32 - self.TABLE_BITS)
        return keys

    def _head_keys(self, first: np.ndarray, second: np.ndarray, third: np.ndarray | None = None) -> np.ndarray:
        """A hash of a word's first two characters (a word of two) or first three (a longer one)."""
        key = first * np.uint32(2246822519) + second * np.uint32(3266489917)
        if third is not None:
            key = key + (third + np.uint32(1)) * np.uint32(668265263)
        return key >> np.uint32(32 - self.TABLE_BITS)

    def _candidates(self, codes: np.ndarray) -> list[int]:
        """The offsets where a word may be written (a superset: some false alarms, no misses)."""
        found = self._pairs.take(self._keys(codes)).nonzero()[0]
        if not len(found):
            return []
        first, second = codes[found], codes[found + 1]
        # The character after the pair (or the pair's second one again at the end of the text:
        # at worst a false alarm).
        third = codes[np.minimum(found + 2, len(codes) - 1)]
        heads = self._heads
        keep = heads.take(self._head_keys(first, second)) | heads.take(self._head_keys(first, second, third))
        return found[keep.nonzero()[0]].tolist()

    def scan(self, doc: Doc) -> _Scan:
        """The lexicon tokens of ``doc``, and what is needed to say where lexicon words are written."""
        tokens, norm = doc.tokens, doc.norm
        if self._any_position:
            candidates: Sequence[int] = range(len(norm))
        elif len(norm) < 2:
            candidates = ()
        else:
            candidates = self._candidates(code_points(doc))
        if doc.normalized.offsets is not None:
            # With a length-changing conversion, token offsets are no norm offsets: token by token.
            words = self.words
            return _Scan(self, doc, candidates, tuple(compress(tokens, map(words.__contains__, map(_NORM, tokens)))), None)
        # The token at each offset where a word may be written: a lexicon token when it starts
        # there and is a word (its text is norm's, so one lookup of its string says so). Found with
        # C-level maps over the token starts listed by segmentation: no Python step per offset.
        lists = token_lists(doc)
        starts = lists.starts
        count = len(candidates)
        # (Every candidate lies at or after the first token's start, 0: the index is never -1.)
        at = list(map(sub, map(bisect_right, repeat(starts, count), candidates), repeat(1, count)))
        opens = list(map(eq, map(starts.__getitem__, at), candidates))
        opening = list(compress(candidates, opens))
        at = list(compress(at, opens))
        hits = list(map(tokens.__getitem__, compress(at, map(self.words.__contains__, map(lists.norms.__getitem__, at)))))
        return _Scan(self, doc, candidates, tuple(hits), tuple(opening))

    def written(self, norm: str, candidates: Iterable[int]) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Each offset among ``candidates`` where words are written, with those words."""
        words, lengths = self.words, self._lengths
        spelled = []
        any_position = self._any_position
        lengths_of, pair_word = lengths.get, self._pair_words.get
        for start in candidates:
            pair = norm[start : start + 2]
            written = None if any_position else pair_word(pair)  # most often a word of two alone
            if written is None:
                found = lengths_of(pair)  # None: another pair with the same hash
                if any_position:
                    found = sorted({*(found or ()), *lengths.get(norm[start : start + 1], ())})
                if not found:
                    continue
                written = ()
                for n in found:  # (a loop: a generator per candidate costs more than the lookups)
                    word = norm[start : start + n]
                    if word in words:
                        written += (word,)
                if not written:
                    continue
            spelled.append((start, written))
        return tuple(spelled)


class _Scan:
    """What :meth:`_WordStarts.scan` found in one document; the rest is worked out when asked for."""

    # (No reference to the document itself: this lives in the document's memo, and a cycle
    # would leave documents to the cyclic collector.)
    __slots__ = ("_candidates", "_index", "_norm", "_offsets", "_opening", "_spelled", "_tokens", "hits")

    def __init__(
        self,
        index: _WordStarts,
        doc: Doc,
        candidates: Sequence[int],
        hits: tuple[Token, ...],
        opening: tuple[int, ...] | None,
    ) -> None:
        self._index, self._candidates = index, candidates
        self._norm, self._tokens, self._offsets = doc.norm, doc.tokens, doc.normalized.offsets
        self.hits = hits
        self._opening = opening
        self._spelled: tuple[tuple[int, tuple[str, ...]], ...] | None = None

    def spelled(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        if self._spelled is None:
            self._spelled = self._index.written(self._norm, self._candidates)
        return self._spelled

    def opening(self) -> tuple[int, ...]:
        if self._opening is None:  # (a length-changing conversion: from what is written)
            tokens, offsets = self._tokens, self._offsets
            self._opening = tuple(s for s, _ in self.spelled() if starts_token(tokens, s if offsets is None else offsets[s]))
        return self._opening
