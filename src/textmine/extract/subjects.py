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
import re
from collections.abc import Sequence
from itertools import accumulate

from ..records import Doc
from ..segment import token_lists
from .tagger import FUNCTION_TAGS, Tagger

#: Characters a subject never crosses (quotes are kept: “三服务”活动).
_STOP_CHARS = frozenset(" \t\r\n\u3000\xa0，。；：！？、,.;:!?（）()《》<>[]【】…—-")
_OPEN = "“‘「『"
_CLOSE = "”’」』"
#: Longest subject kept (characters, words); longer phrases are rarely one noun phrase.
MAX_LENGTH = 16
MAX_WORDS = 6
#: Words between a subject and its figure: verbs of reaching and totalling, 从/由 of 从A到B.
LINKING = frozenset(
    "达到 达 突破 超过 增加到 增长到 增至 增加 增长 提高到 提高 下降到 下降 降至 降低 降到 减少 减少到 上升 上升到 升至 "  # noqa: SIM905 - a word list reads better as text
    "扩大到 缩小到 稳定在 保持 为 是 有 共 共计 累计 总计 合计 首次 已 已经 分别 均 都 占 实现 完成 新增 净增 达成 "
    "从 由 年均 平均 实际 名义 同比 比 较 跨上 迈上 站上 登上 跃上 跨越 跨过".split()
)
#: Verbs that 在 follows before the level they hold something at (涨幅控制在3%, 产量稳定在1.3万亿斤).
_HELD_AT = frozenset({"控制", "稳定", "保持", "维持"})
#: Verbs that take what a figure counts as their subject, never a part of its name: after a noun,
#: the phrase after a figure ends before them (300名党员|下沉社区, 7条高速公路|建成通车, 2所高校|实现升格).
PREDICATES = frozenset(
    "完成 开展 实现 建成 达到 达 进入 参加 出席 入选 获得 获评 成为 通过 举办 召开 取得 落实 推进 下沉 "  # noqa: SIM905 - a word list
    "回到 来到 来华 有 居 位居 参照 起势 升格 考虑 覆盖 纳入 享受 领取 参与 加入 签约 落地 投产 开工 竣工 通车 "
    "上榜 获批 入驻 突破 超过".split()
)
#: Words after a quoted title that make it a title conferred (授予…同志“优秀党员”称号), not part of a subject.
_TITLE_WORDS = ("称号", "荣誉称号", "光荣称号")
#: Nouns after a figure that name a level reached, not what is counted (跨上万亿元台阶, 突破百亿大关).
_THRESHOLDS = frozenset({"台阶", "新台阶", "大关", "关口", "门槛"})
#: Words before a phrase that make it the base of a comparison (比“十三五”时期增长).
_COMPARED = frozenset({"比", "较", "同比", "比上年", "相比"})
#: Characters that never start a subject right after a figure (的 企业, 和 …).
_NEVER_FIRST = frozenset("的和与及或在对于是了等")
#: Tags of the words no subject starts with: function words (在岗 p, 及时 c) and punctuation.
_NOT_OPENING = FUNCTION_TAGS | {"x"}
#: Between two figures of one change (从1832户增加到3382户), the second counts what the first does.
_SAME_SUBJECT = re.compile(r"(?:增加|增长|提高|下降|减少|扩大|缩小|上升|降低)?(?:到|至)")
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|增长|增加|下降|减少|提高|占)?$")
_LIST_GAP = re.compile(r"、|和|及|与|，|,")
_SENTENCE_ENDS = "。；;！？\n"
_CLAUSE_MARKS = "，,、；;：:"
#: Most word tags a :class:`SubjectFinder` remembers between documents.
TAG_MEMO = 1 << 15

# jieba's tags: a phrase ends with a noun proper (小组, 问题, 活动 vn, 党组织 nt); inside it
# distinguishing words (小型 b), times (青年 t), adjectives and verbs may stand.
_HEAD = frozenset({"n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "eng"})
_NOUNISH = _HEAD | {"an", "b", "t", "s"}
_INNER = _NOUNISH | {"v", "a"}
_NOUN = frozenset(t for t in _HEAD if t[0] == "n")
_QUOTED = "q"  # the tag given to a whole quotation inside a phrase (“三服务”活动)


class Words:
    """The tokens of one document, located by ``doc.norm`` offset and tagged on demand.

    Built once per document call; tags are looked up word by word (about a
    microsecond each) and remembered in ``known_tags``.

    Example:
        >>> from textmine import Pipeline
        >>> words = Words(Pipeline.from_config().analyze("收集問題32659個"), Tagger.default())
        >>> words.piece(words.index(2), 2), words.tag("问题")
        ((2, 4, '问题'), 'n')
    """

    def __init__(
        self, doc: Doc, tagger: Tagger, known_tags: dict[str, str] | None = None, known_words: dict[str, bool] | None = None
    ) -> None:
        self.norm = doc.norm
        self._tagger = tagger
        #: The tags looked up so far, and which words the dictionary has (:meth:`tagger_knows`):
        #: they never change, so a finder may share these memos between documents (its
        #: results never depend on what the memos hold).
        self.known_tags: dict[str, str] = {} if known_tags is None else known_tags
        self.known_words: dict[str, bool] = {} if known_words is None else known_words
        #: The norm and the ``doc.norm`` offset of each token, as plain lists: located by a bisection
        #: in C, with no key call per step (the lists segmentation keeps in ``doc.memo``).
        lists = token_lists(doc)
        self.norms: list[str] = lists.norms
        self.starts: list[int] = lists.starts
        if doc.normalized.offsets is not None:
            # A length-changing conversion: token offsets are original ones; rebuild norm offsets.
            self.starts = list(accumulate(map(len, self.norms), initial=0))[:-1]

    def index(self, pos: int) -> int:
        """Index of the token holding ``doc.norm[pos]`` (``0 <= pos``), the last one past the end."""
        return bisect.bisect_right(self.starts, pos) - 1

    def piece(self, i: int, start: int = -1, end: int = -1) -> tuple[int, int, str]:
        """Token ``i`` as ``(start, end, word)`` in ``doc.norm``, cut to begin at ``start`` / stop at ``end``."""
        a = self.starts[i]
        word = self.norms[i]
        b = a + len(word)
        if start > a:
            word, a = word[start - a :], start
        if 0 <= end < b:
            word, b = word[: end - a], end
        return a, b, word

    def tagger_knows(self, word: str) -> bool:
        """True when the dictionary has ``word`` as one word (部门), False for a guessed one (个省)."""
        return self._tagger.tag_word(word, whole=True) is not None

    def tag(self, word: str) -> str:
        """The part-of-speech tag of ``word`` (``x`` for punctuation and spaces)."""
        tag = self.known_tags.get(word)
        if tag is None:
            tag = self.known_tags[word] = "x" if word[0] in _STOP_CHARS else self._tagger.tag_word(word)
        return tag

    def opens_word(self, pos: int) -> bool:
        """True when a content word of two characters or more starts at ``pos`` (1.2万名|在职党员, not 5个|在社区).

        Example:
            >>> from textmine import Pipeline
            >>> finder = SubjectFinder(Tagger.default())
            >>> words = finder.words(Pipeline.from_config().analyze("1.2万名在职党员在社区"))
            >>> words.opens_word(5), words.opens_word(9)
            (True, False)
        """
        i = self.index(pos)
        if i < 0:
            return False
        a, _, word = self.piece(i)
        return a == pos and len(word) > 1 and self.tag(word) not in _NOT_OPENING

    def counted_tag(self, word: str) -> str:
        """:meth:`tag` of a word that may be what a figure counts: a set phrase (``l``) that ends in a
        noun is tagged ``n`` (粮食产量|1.39万亿斤, 8600多万名|困难群众, 616.2万名|近亲属).

        Example:
            >>> from textmine import Pipeline
            >>> finder = SubjectFinder(Tagger.default())
            >>> words = finder.words(Pipeline.from_config().analyze("粮食产量"))
            >>> words.tag("粮食产量"), words.counted_tag("粮食产量")
            ('l', 'n')
        """
        tag = self.tag(word)
        if tag == "l" and len(word) > 2 and self._tagger.tag_word(word[-2:], whole=True) in _NOUN:
            return "n"
        return tag


class SubjectFinder:
    """Locate the subject of a figure in ``doc.norm``; build once per pipeline.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("浙江7000多個省直機關基層黨組織和廣大黨員")
        >>> finder = SubjectFinder(Tagger.default())
        >>> a, b = finder.after(finder.words(doc), 8)
        >>> doc.text[a:b]
        '省直機關基層黨組織'
    """

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger
        # The words next to figures recur from one article to the next (党员, 企业, 增长): their
        # tags are remembered across documents, up to TAG_MEMO words (cleared between documents).
        self._known_tags: dict[str, str] = {}
        self._known_words: dict[str, bool] = {}

    def words(self, doc: Doc) -> Words:
        """A per-document view of the tokens for :meth:`after`, :meth:`before` and :meth:`assign`."""
        for memo in (self._known_tags, self._known_words):
            if len(memo) > TAG_MEMO:
                memo.clear()
        return Words(doc, self.tagger, self._known_tags, self._known_words)

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
        if end >= len(norm):
            return None
        c = norm[end]
        if not ("\u4e00" <= c <= "\u9fff" or c in _OPEN) or (c in _NEVER_FIRST and not words.opens_word(end)):
            return None
        limit = end + MAX_LENGTH
        norms, starts = words.norms, words.starts
        i, n = words.index(end), len(norms)
        tag_of = words.known_tags.get
        ends: list[int] = []  # of the words taken
        tags: list[str] = []
        follower = "x"  # the tag of the word that stopped the phrase
        pos = end
        while 0 <= i < n and len(tags) < MAX_WORDS:
            # words.piece(i, pos), inline: this loop runs for every figure
            word, a = norms[i], starts[i]
            b = a + len(word)
            if pos > a:
                word = word[pos - a :]
            if b > limit:
                break
            if word in _OPEN:
                close = norm.find(_CLOSE[_OPEN.index(word)], b, limit)
                if close < 0 or (tags and tags[-1] in _HEAD and norm.startswith(_TITLE_WORDS, close + 1)):
                    break  # (359名同志|“优秀党员”称号: the title conferred on them, a phrase of its own)
                pos, i = close + 1, words.index(close) + 1
                ends.append(pos)
                tags.append(_QUOTED)
                continue
            tag = tag_of(word) or words.tag(word)
            if tag == "l" and "v" not in tags:  # (after a verb a set phrase stays one: 资金窗口支持|发展中国家)
                tag = words.counted_tag(word)
            if tag not in _INNER or word in _CLOSE or (word in PREDICATES and tags and tags[-1] in _HEAD):
                follower = "v" if word in PREDICATES else tag
                break
            ends.append(b)
            tags.append(tag)
            pos, i = b, i + 1
        k = _head_end(tags)
        if k and "v" in tags[:k]:
            first_verb = tags.index("v")
            # Verbs only right before the head noun make a name (理论学习小组, 抽水蓄能电站);
            # anywhere else, or when a verb follows the head, they start a clause
            # (党员参与社区治理, 人员发放保险待遇).
            # After a noun, one verb at most (理论学习小组, not 居民纳入保障范围).
            follows = tags[k] if k < len(tags) else follower
            verbs = tags[first_verb : k - 1]
            if (
                follows == "v"
                or tags[k - 1] not in _NOUN
                or any(t != "v" for t in verbs)
                or (first_verb > 0 and len(verbs) > 1)
            ):
                k = _head_end(tags[:first_verb])
        if not k or (tags[0] in ("v", "a") and tags[k - 1] not in _NOUN):
            return None
        return end, ends[k - 1]

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
        if start <= 0 or not ("\u4e00" <= norm[start - 1] <= "\u9fff" or norm[start - 1] in _CLOSE):
            return None
        limit = start - MAX_LENGTH
        tag_of = words.known_tags.get
        norms, starts = words.norms, words.starts
        i = words.index(start - 1)
        if i < 0:
            return None
        # The word before ``start`` (cut there), then the ones before it (words.piece, inline:
        # this runs for most figures).
        word, a = norms[i], starts[i]
        b = a + len(word)
        if start < b:
            word, b = word[: start - a], start
        skipped = 0
        while skipped < 3:
            if word == "在" and i > 0 and norms[i - 1] in _HELD_AT:
                i -= 1  # 涨幅控制|在|4.8%: the verb goes with 在
            elif not (word in LINKING or (tag_of(word) or words.tag(word)) == "d"):
                break
            i, skipped = i - 1, skipped + 1
            if i < 0:
                return None
            word, a = norms[i], starts[i]
            b = a + len(word)
        first = last = -1  # the phrase is norm[first:last]
        head_tag = ""
        taken = 0
        while a >= limit and taken < MAX_WORDS:
            if word in _CLOSE:
                opened = norm.rfind(_OPEN[_CLOSE.index(word)], max(0, limit), a)
                if opened < 0:
                    break
                i = words.index(opened)
                if words.piece(i)[0] != opened:
                    break  # a token runs past the opening quote
                tag = _QUOTED
                a = opened
            else:
                tag = tag_of(word) or words.tag(word)
                if tag == "l":
                    tag = words.counted_tag(word)
                if tag not in _NOUNISH and tag != "a":
                    break
            if last < 0:
                last, head_tag = b, tag
            first = a
            taken += 1
            i -= 1
            if i < 0:
                break
            word, a = norms[i], starts[i]
            b = a + len(word)
        if last < 0 or (i >= 0 and word in _COMPARED):
            return None  # nothing, or 比“十三五”时期增长: the base of a comparison is not what is counted
        if head_tag not in _HEAD and head_tag != _QUOTED:
            return None
        if taken == 1 and last - first >= 4:
            first = self._object_start(norm[first:last], first)  # 解决问题 → 问题
        return first, last

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
        after = self.after
        for i, (start, end, unitless) in enumerate(figures):
            # (the cheap part of after's own first test, inline: most figures end before punctuation or a digit)
            c = norm[end : end + 1]
            subject = after(words, end) if c and ("\u4e00" <= c <= "\u9fff" or c in _OPEN) else None
            if subject is not None and norm[subject[0] : subject[1]] in _THRESHOLDS:
                subject = None  # 万亿元台阶: the level reached; what reached it stands before the verb
            if subject is None and not unitless and norm[end : end + 1] != "的":
                # (30%的企业: the figure qualifies what follows 的; the phrase before it is no subject)
                subject = self.before(words, start)
            if subject is None and i and _SAME_SUBJECT.fullmatch(norm, figures[i - 1][1], start):
                subject = out[-1]
            out.append(subject)
        return _respectively(norm, figures, out) if "分别" in norm else out

    def _object_start(self, word: str, start: int) -> int:
        """Where the object of a verb-object compound starts (解决问题 → 问题), else ``start``."""
        for k in range(2, len(word) - 1):
            tail_tag = self.tagger.tag_word(word[k:], whole=True)
            if tail_tag in _HEAD and self.tagger.tag_word(word[:k], whole=True) == "v":
                return start + k
        return start


def _head_end(tags: list[str]) -> int:
    """Length of the longest prefix of ``tags`` that ends with a head (or a quotation)."""
    for k in range(len(tags), 0, -1):
        if tags[k - 1] in _HEAD or tags[k - 1] == _QUOTED:
            return k
    return 0


def _respectively(
    norm: str, figures: Sequence[tuple[int, int, bool]], subjects: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """分别 lists: each figure after 分别 takes the subject of the figure of its rank before it."""
    out = list(subjects)
    # Where a figure may open a list: 分别 stands in the six characters before it.
    after_respectively = set()
    at = norm.find("分别")
    while at >= 0:
        after_respectively.update(range(at + 2, at + 7))
        at = norm.find("分别", at + 1)
    i = 0
    while i < len(figures):
        start = figures[i][0]
        m = _RESPECTIVELY.search(norm, max(0, start - 6), start) if start in after_respectively else None
        # The list refers back to earlier figures only when 分别 opens its clause (…1.27万亿元，分别增长);
        # after a noun phrase (城乡居民收入分别增长4.3%、5.3%) it shares out that phrase instead.
        if m is None or not (m.start() == 0 or norm[m.start() - 1] in _CLAUSE_MARKS or (i and figures[i - 1][1] == m.start())):
            i += 1
            continue
        j = i + 1
        while j < len(figures) and _LIST_GAP.fullmatch(norm, figures[j - 1][1], figures[j][0]):
            j += 1
        # (in the same sentence: 失业率5.5%。…收入分别增长4.8%、5.9% borrows nothing from the sentence before)
        sentence = max(norm.rfind(c, 0, start) for c in _SENTENCE_ENDS)
        before = [k for k in range(i) if out[k] is not None and figures[k][1] > max(start - 60, sentence)]
        if len(before) >= j - i:
            for rank, k in enumerate(before[len(before) - (j - i) :]):
                out[i + rank] = out[k]
        i = j
    return out
