"""Token-boundary and span-overlap helpers shared by the lexicon extractors.

Lexicon matches are found on ``doc.norm`` by automata that know nothing of
words; these helpers let an extractor ask whether a match starts or ends where
the tokenizer put a boundary, and whether it cuts a span found earlier in two.
All positions here are ORIGINAL offsets (``Token.start``/``Span.start``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from operator import itemgetter

import numpy as np

from ..records import Doc, Span, Token

_START = itemgetter(2)
_NORM = itemgetter(1)


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


class SpanBoundaries:
    """Index of the boundaries of earlier spans, to reject matches that cut one in two.

    Example:
        >>> from textmine.records import Span
        >>> idx = SpanBoundaries([Span("DEPARTMENT", 2, 6, "省委组织", "省委组织")])
        >>> idx.crosses(0, 3), idx.crosses(2, 4), idx.crosses(0, 8)
        (True, False, False)
    """

    def __init__(self, spans: Iterable[Span]) -> None:
        self._ends_of: dict[int, list[int]] = {}
        self._starts_of: dict[int, list[int]] = {}
        for span in spans:
            self._ends_of.setdefault(span.start, []).append(span.end)
            self._starts_of.setdefault(span.end, []).append(span.start)

    def __bool__(self) -> bool:
        return bool(self._ends_of)

    def crosses(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a span without either containing the other."""
        if not self._ends_of:
            return False
        for pos in range(start + 1, end):
            for other_end in self._ends_of.get(pos, ()):
                if other_end > end:
                    return True
            for other_start in self._starts_of.get(pos, ()):
                if other_start < start:
                    return True
        return False


class TokenVocabulary:
    """The tokens of the document being extracted that are lexicon words.

    Lexicon extractors ``register`` their words when they are built; ``hits``
    then returns, once per document, every token whose simplified form is one
    of them. The result is kept in the document's ``memo``, so every extractor
    of the pipeline that shares this object (through its ``Resources``) gets it
    for free, and nothing outlives the document.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江省委召开会议")
        >>> vocab = TokenVocabulary()
        >>> vocab.register(["召开", "会议"])
        >>> [t.norm for t in vocab.hits(doc)]
        ['召开', '会议']
    """

    def __init__(self) -> None:
        self._words: frozenset[str] = frozenset()
        self._index: _WordStarts | None = None

    def register(self, words: Iterable[str]) -> None:
        """Add words to look up (at build time, before the first document)."""
        self._words = self._words | frozenset(words)

    def hits(self, doc: Doc) -> tuple[Token, ...]:
        """The tokens of ``doc`` whose ``norm`` is a registered word, in text order."""
        index = self._index
        if index is None or index.words is not self._words:
            index = self._index = _WordStarts(self._words)
        found = doc.memo.get(index)
        if found is None:
            found = doc.memo[index] = index.hits(doc)
        return found


class _WordStarts:
    """Where the words of a vocabulary occur in a text, and which of them are tokens.

    Hashing every token is the obvious way, and a slow one: the tokens of an
    article are spread over memory, and reading them all costs a sixth of
    what segmenting did. The text itself is compact: its code points are
    scanned as an array for the first two characters of the words (a table
    indexed by a hash of the pair, so a few false alarms); where a word is
    spelled out, the token there is looked up by bisection.
    """

    #: Size of the table of first pairs (a power of two; a few thousand entries are set).
    TABLE_BITS = 20

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self._lengths = {pair: tuple(sorted(found)) for pair, found in lengths.items()}
        # A word of one character has no pair: such a vocabulary is looked up token by token.
        self._by_token = any(len(pair) < 2 for pair in lengths)
        self._table = np.zeros(1 << self.TABLE_BITS, dtype=np.bool_)
        pairs = "".join(pair for pair in lengths if len(pair) == 2)
        if pairs:
            self._table[self._keys(_code_points(pairs))[::2]] = True

    def _keys(self, codes: np.ndarray) -> np.ndarray:
        """A hash of the pair of code points starting at each position but the last."""
        return (codes[:-1] * np.uint32(2654435761) + codes[1:] * np.uint32(40503)) >> np.uint32(32 - self.TABLE_BITS)

    def hits(self, doc: Doc) -> tuple[Token, ...]:
        tokens, norm = doc.tokens, doc.norm
        words = self.words
        if self._by_token or doc.normalized.offsets is not None:
            # (With a length-changing conversion, token offsets are no norm offsets.)
            return tuple(compress(tokens, map(words.__contains__, map(_NORM, tokens))))
        if len(norm) < 2:
            return ()
        lengths, count = self._lengths, len(tokens)
        out = []
        i = last = 0  # the token at offset ``last`` is tokens[i]
        for start in np.flatnonzero(self._table[self._keys(_code_points(norm))]).tolist():
            found = lengths.get(norm[start : start + 2])  # None: another pair with the same hash
            if found is None:
                continue
            for n in found:
                if norm[start : start + n] in words:
                    break
            else:
                continue
            # Tokens are one character or more: the one at ``start`` is at most start - last further on.
            i = bisect_right(tokens, start, i, min(count, i + start - last + 1), key=_START) - 1
            last = start
            token = tokens[i]
            if token[2] == start and token[1] in words:
                out.append(token)
        return tuple(out)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
