"""Find what a figure counts: the noun phrase next to it, from the tokens.

Input: a ``Doc`` and the ``[start, end)`` of a figure in ``doc.norm``.
Output: the ``[start, end)`` of its subject in ``doc.norm``, or None when unsure.

ANNOTATION.md: the subject is "what is counted, where the sentence says it":
the noun phrase after the classifier (7000多个 → 省直机关基层党组织), or the
one before the verb or the number (收集问题32659个 → 问题; 地区生产总值达到
13697.5亿元 → 地区生产总值). Only the few tokens next to the figure are tagged,
word by word (see :mod:`textmine.extract.tagger`); a phrase is taken only when
it is made of nouns (verbs right before the head noun are allowed, as in
理论学习小组) and it stops at function words and punctuation.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..records import Doc
from .tagger import Tagger

#: Characters a subject never crosses (quotes are kept: “三服务”活动).
_STOP = re.compile(r"[\s，。；：！？、,.;:!?（）()《》<>\[\]【】…—-]")
_OPEN = "“‘「『"
_CLOSE = "”’」』"
#: Longest subject kept (characters); longer phrases are rarely one noun phrase.
MAX_LENGTH = 16
#: Words between a subject and its figure: verbs of reaching and totalling, 从/由 of 从A到B.
LINKING = frozenset(
    "达到 达 突破 超过 增加到 增长到 增至 增加 增长 提高到 提高 下降到 下降 降至 降低 降到 减少 减少到 上升 上升到 升至 "
    "扩大到 缩小到 稳定在 保持 为 是 有 共 共计 累计 总计 合计 首次 已 已经 分别 均 都 占 实现 完成 新增 净增 达成 "
    "从 由 年均 平均 实际 名义 同比 比 较".split()
)
#: Between two figures of one change (从1832户增加到3382户), the second counts what the first does.
_SAME_SUBJECT = re.compile(r"(?:增加|增长|提高|下降|减少|扩大|缩小|上升|降低)?(?:到|至)")
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|增长|增加|下降|减少|提高|占)?$")
_LIST_GAP = re.compile(r"、|和|及|与|，|,")
#: ``Token.start`` as a C-level key for bisect (a Python lambda costs ten times more).
_TOKEN_START = operator.itemgetter(2)
_COMPARED = frozenset({"比", "较", "同比", "比上年", "相比"})


def _nounish(tag: str) -> bool:
    return tag[:1] == "n" or tag in ("vn", "an", "j", "b", "t", "s", "eng")


def _head(tag: str) -> bool:
    # A phrase ends with a noun proper: 小组, 问题, 活动 (vn), 党组织 (nt).
    return tag[:1] == "n" or tag in ("vn", "j", "eng")


def _inner(tag: str) -> bool:
    return _nounish(tag) or tag in ("v", "a")


class Word(NamedTuple):
    """A word of the document near a figure: ``[start, end)`` in ``doc.norm`` and its tag."""

    start: int
    end: int
    word: str
    tag: str


class Words:
    """The tokens of one document, located by ``doc.norm`` offset and tagged on demand.

    Built once per document call; tags are looked up word by word (about a
    microsecond each) and remembered for the rest of that call only.

    Example:
        >>> from textmine import Pipeline
        >>> words = Words(Pipeline.from_config().analyze("收集問題32659個"), Tagger.default())
        >>> [w.word for w in words.backward(4)]
        ['问题', '收集']
    """

    def __init__(self, doc: Doc, tagger: Tagger) -> None:
        self.norm = doc.norm
        self._tokens = doc.tokens
        self._tagger = tagger
        self._tags: dict[str, str] = {}
        self._starts: list[int] | None = None
        if doc.normalized.offsets is not None:
            # A length-changing conversion: token offsets are original ones; rebuild norm offsets.
            self._starts, pos = [], 0
            for t in doc.tokens:
                self._starts.append(pos)
                pos += len(t.norm)

    def _index(self, pos: int) -> int:
        """Index of the token holding ``doc.norm[pos]``, or -1."""
        if self._starts is None:
            i = bisect.bisect_right(self._tokens, pos, key=_TOKEN_START) - 1
        else:
            i = bisect.bisect_right(self._starts, pos) - 1
        return i if 0 <= i < len(self._tokens) else -1

    def _span(self, i: int) -> tuple[int, int]:
        token = self._tokens[i]
        start = token.start if self._starts is None else self._starts[i]
        return start, start + len(token.norm)

    def forward(self, pos: int) -> Iterator[Word]:
        """The words from ``pos`` on; a token straddling ``pos`` is cut there (个省 → 省).

        Example:
            >>> from textmine import Pipeline
            >>> words = Words(Pipeline.from_config().analyze("收集問題32659個"), Tagger.default())
            >>> next(words.forward(2))
            Word(start=2, end=4, word='问题', tag='n')
        """
        i = self._index(pos)
        if i < 0:
            return
        start, end = self._span(i)
        word = self._tokens[i].norm[pos - start :]
        yield Word(pos, end, word, self.tag(word))
        for j in range(i + 1, len(self._tokens)):
            start, end = self._span(j)
            word = self._tokens[j].norm
            yield Word(start, end, word, self.tag(word))

    def backward(self, pos: int) -> Iterator[Word]:
        """The words before ``pos``, nearest first; a token straddling ``pos`` is cut there."""
        i = self._index(pos - 1) if pos > 0 else -1
        if i < 0:
            return
        start, _ = self._span(i)
        word = self._tokens[i].norm[: pos - start]
        yield Word(start, pos, word, self.tag(word))
        for j in range(i - 1, -1, -1):
            start, end = self._span(j)
            word = self._tokens[j].norm
            yield Word(start, end, word, self.tag(word))

    def tag(self, word: str) -> str:
        """The part-of-speech tag of ``word`` (``x`` for punctuation and spaces)."""
        tag = self._tags.get(word)
        if tag is None:
            tag = self._tags[word] = "x" if _STOP.match(word) else self._tagger.tag_word(word)
        return tag


class SubjectFinder:
    """Locate the subject of a figure in ``doc.norm``; build once per pipeline.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江7000多個省直機關基層黨組織和廣大黨員")
        >>> finder = SubjectFinder(Tagger.default())
        >>> a, b = finder.after(Words(doc, finder.tagger), 8)
        >>> doc.text[a:b]
        '省直機關基層黨組織'
    """

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger

    def words(self, doc: Doc) -> Words:
        """A per-document view of the tokens for :meth:`after`, :meth:`before` and :meth:`assign`."""
        return Words(doc, self.tagger)

    def after(self, words: Words, end: int) -> tuple[int, int] | None:
        """Return the noun phrase starting right at ``end``, or None.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("动员1400名党员参与社区治理")
            >>> finder = SubjectFinder(Tagger.default())
            >>> finder.after(finder.words(doc), 7)
            (7, 9)
        """
        norm = words.norm
        if end >= len(norm) or not (_is_han(norm[end]) or norm[end] in _OPEN):
            return None
        taken: list[Word] = []
        words_after = words.forward(end)
        for w in words_after:
            if w.end - end > MAX_LENGTH:
                break
            if w.word in _OPEN:
                close = norm.find(_CLOSE[_OPEN.index(w.word)], w.end, end + MAX_LENGTH)
                if close < 0:
                    break
                taken.append(Word(w.start, close + 1, norm[w.start : close + 1], "x"))
                for w in words_after:  # skip the quoted words
                    if w.end > close:
                        break
                if w.end > close + 1:
                    break  # a token runs past the closing quote
                continue
            if not _inner(w.tag) or w.word in _CLOSE:
                break
            taken.append(w)
        kept = _trim_right(taken)
        first_verb = next((k for k, w in enumerate(kept) if w.tag == "v"), None)
        if first_verb is not None:
            rest = kept[first_verb:]
            # Verbs only right before the head noun make a name (理论学习小组, 抽水蓄能电站);
            # anywhere else, or when a verb follows the head, they start a clause
            # (党员参与社区治理, 人员发放保险待遇).
            verb_after = len(taken) > len(kept) and taken[len(kept)].tag == "v"
            if verb_after or not (rest[-1].tag[:1] == "n" and all(w.tag == "v" for w in rest[:-1])):
                kept = _trim_right(kept[:first_verb])
        taken = kept
        if not taken or taken[-1].end - end > MAX_LENGTH:
            return None
        if taken[0].tag in ("v", "a") and taken[-1].tag[:1] != "n":
            return None  # 抽水蓄能电站 is a name; 参与治理 is a clause.
        return end, taken[-1].end

    def before(self, words: Words, start: int) -> tuple[int, int] | None:
        """Return the noun phrase ending at ``start`` (or before a linking verb), or None.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("地區生產總值達到13697.5億元")
            >>> finder = SubjectFinder(Tagger.default())
            >>> a, b = finder.before(finder.words(doc), 8)
            >>> doc.text[a:b]
            '地區生產總值'
        """
        norm = words.norm
        if start <= 0 or not (_is_han(norm[start - 1]) or norm[start - 1] in _CLOSE):
            return None
        words_before = words.backward(start)
        w = next(words_before, None)
        skipped = 0
        while w is not None and skipped < 3 and (w.word in LINKING or w.tag == "d"):
            w, skipped = next(words_before, None), skipped + 1
        taken: list[Word] = []
        while w is not None and start - w.start <= MAX_LENGTH:
            if w.word in _CLOSE:
                opened = norm.rfind(_OPEN[_CLOSE.index(w.word)], max(0, start - MAX_LENGTH), w.start)
                if opened < 0:
                    break
                taken.insert(0, Word(opened, w.end, norm[opened : w.end], "x"))
                while w is not None and w.start > opened:  # skip the quoted words
                    w = next(words_before, None)
                if w is None or w.start < opened:
                    break  # a token runs past the opening quote
                w = next(words_before, None)
                continue
            if _nounish(w.tag) or w.tag == "a":
                taken.insert(0, w)
            else:
                break
            w = next(words_before, None)
        if not taken or (w is not None and w.word in _COMPARED):
            return None  # 比“十三五”时期增长: the base of a comparison, not what is counted
        last = taken[-1]
        if not (_head(last.tag) or last.word[-1:] in _CLOSE):
            return None
        first = self._split_verb_object(taken[0]) if len(taken) == 1 else taken[0]
        return first.start, last.end

    def assign(self, words: Words, figures: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int] | None]:
        """Return the subject of each figure ``(start, end, unitless)`` of ``doc.norm``, in order.

        A classifier is followed by what it counts; a figure with nothing
        countable after it takes the phrase before it (or before its verb). In
        从A增加到B the second figure counts what the first does; in a 分别 list
        (A、B分别增长6.8%、12.3%) each figure takes the subject of its rank.

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("收集问题32659个，解决问题31994个")
            >>> finder = SubjectFinder(Tagger.default())
            >>> [doc.norm[a:b] for a, b in finder.assign(finder.words(doc), [(4, 10, False), (15, 21, False)])]
            ['问题', '问题']
        """
        norm = words.norm
        out: list[tuple[int, int] | None] = []
        for i, (start, end, unitless) in enumerate(figures):
            subject = self.after(words, end)
            if subject is None and not unitless:
                subject = self.before(words, start)
            if subject is None and i and _SAME_SUBJECT.fullmatch(norm, figures[i - 1][1], start):
                subject = out[-1]
            out.append(subject)
        return _respectively(norm, figures, out)

    def _split_verb_object(self, word: Word) -> Word:
        """Keep the object of a verb-object compound (解决问题 → 问题)."""
        if len(word.word) < 4:
            return word
        for k in range(2, len(word.word) - 1):
            head, tail = word.word[:k], word.word[k:]
            tail_tag = self.tagger.tag_word(tail, whole=True)
            if self.tagger.tag_word(head, whole=True) == "v" and tail_tag is not None and _head(tail_tag):
                return Word(word.start + k, word.end, tail, tail_tag)
        return word


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _trim_right(words: list[Word]) -> list[Word]:
    """Drop trailing words that cannot end a noun phrase (verbs, adjectives)."""
    words = list(words)
    while words and not (_head(words[-1].tag) or words[-1].word[-1:] in _CLOSE):
        words.pop()
    return words


def _respectively(
    norm: str, figures: Sequence[tuple[int, int, bool]], subjects: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """分别 lists: each figure after 分别 takes the subject of the figure of its rank before it."""
    out = list(subjects)
    i = 0
    while i < len(figures):
        start = figures[i][0]
        if not _RESPECTIVELY.search(norm, max(0, start - 6), start):
            i += 1
            continue
        j = i + 1
        while j < len(figures) and _LIST_GAP.fullmatch(norm, figures[j - 1][1], figures[j][0]):
            j += 1
        before = [k for k in range(i) if out[k] is not None and figures[k][1] > start - 60]
        if len(before) >= j - i:
            for rank, k in enumerate(before[len(before) - (j - i) :]):
                out[i + rank] = out[k]
        i = j
    return out
