"""Keywords: ``Doc`` + spans → ``TermDoc`` → weighted ``Keyword`` list per article.

Input: a segmented ``Doc`` and its spans. Terms are the simplified tokens that
carry content: no numbers, punctuation, single characters or stopwords
(``data/stopwords.txt``), and the SLOGAN and DEPARTMENT spans count as single
terms (their ``canonical`` attribute, else their ``norm``), replacing the
tokens they cover. The same terms feed the theme features, so the text is
never segmented twice.

Output: the top terms by TF-IDF, with an IDF that blends the corpus document
frequencies with jieba's bundled IDF table (read as data from the installed
package, never through ``jieba.analyse``, which uses jieba's global tokenizer):
``idf(t) = ln((N + m) / (df(t) + m * exp(-idf_jieba(t))))`` with ``m`` the
prior weight in pseudo-documents. With no corpus (N = 0) this is jieba's IDF;
as N grows the corpus takes over. TextRank over term co-occurrence is the
alternative method.

Invariants: deterministic (ties broken by term), weights rounded to 4 decimals.
"""

from __future__ import annotations

import bisect
import heapq
import io
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import mul, truediv
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .records import Doc, Keyword, Span, TermDoc
from .resources import parse_word_list, read_data_text
from .segment import token_lists

if TYPE_CHECKING:
    import numpy as np

#: A term must hold a CJK character or a Latin letter, and no ASCII digit.
_CONTENT = re.compile(r"[\u3400-\u9fffA-Za-z]")
_DIGIT = re.compile(r"[0-9]")
#: Chinese numerals, optionally with one classifier: counts, not content (三个, 十四五).
_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿几多余第]+[个名次项件年月日天位条种元人家所座批支场周届号]?")


#: Entries of the per-word memos (caches: results never depend on them).
MEMO_SIZE = 1 << 17


def parse_stopwords(text: str) -> frozenset[str]:
    """Parse a stopword file: words separated by spaces or lines; ``#`` starts a comment.

    Example:
        >>> sorted(parse_stopwords("我们 他们  # pronouns\\n进行"))
        ['他们', '我们', '进行']
    """
    return parse_word_list(text)


@dataclass(frozen=True, slots=True)
class TermFilter:
    """Decide which tokens are terms; build with :func:`build_term_filter`.

    Example:
        >>> f = TermFilter(frozenset({"进行"}))
        >>> [w for w in ["进行", "机关党建", "2021年", "三个", "，", "党"] if f.keep(w)]
        ['机关党建']
    """

    stopwords: frozenset[str]
    #: Decisions already taken (a cache: results never depend on it; cleared when full).
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False, hash=False)

    def keep(self, term: str) -> bool:
        """True when ``term`` (simplified) carries content."""
        return self.flags((term,))[0]

    def flags(self, terms: Sequence[str]) -> list[bool]:
        """:meth:`keep` of each term, in order (decided once per distinct word).

        Example:
            >>> TermFilter(frozenset()).flags(["机关", "，", "机关"])
            [True, False, True]
        """
        seen = self._seen
        out = list(map(seen.get, terms))  # one lookup per term; None: not decided yet
        if None in out:
            missing = [i for i, v in enumerate(out) if v is None]
            if len(seen) + len(missing) > MEMO_SIZE:
                seen.clear()  # then hold this text's new words, however many
            decide = self._decide
            for i in missing:
                term = terms[i]
                kept = seen.get(term)
                if kept is None:
                    kept = seen[term] = decide(term)
                out[i] = kept
        return out

    def _decide(self, term: str) -> bool:
        return (
            len(term) > 1
            and term not in self.stopwords
            and _CONTENT.search(term) is not None
            and _DIGIT.search(term) is None
            and _NUMERAL.fullmatch(term) is None
        )


def build_term_filter(extra: Sequence[Path] = ()) -> TermFilter:
    """Build the term filter from the project stopwords and optional extra files.

    Raises:
        ConfigError: an extra stopword file cannot be read.

    Example:
        >>> build_term_filter().keep("我们")
        False
    """
    words = set(parse_stopwords(read_data_text("stopwords.txt")))
    for path in extra:
        try:
            words |= parse_stopwords(Path(path).read_text(encoding="utf-8"))
        except OSError as err:
            raise ConfigError(f"keywords.stopwords: cannot read {path}: {err.strerror}") from err
    return TermFilter(frozenset(words))


def span_term(span: Span) -> str:
    """The single term a span stands for: its canonical form, else its norm.

    Example:
        >>> span_term(Span("DEPARTMENT", 0, 4, "省網信辦", "省网信办", {"canonical": "浙江省网信办"}))
        '浙江省网信办'
    """
    canonical = span.attrs.get("canonical")
    return canonical if isinstance(canonical, str) and canonical else span.norm


def _outer_spans(spans: Iterable[Span], labels: Sequence[str]) -> list[Span]:
    # Longest first at each start; a span inside a kept one adds nothing
    # (ANNOTATION.md: nested slogans are two spans, but one term is enough).
    chosen: list[Span] = []
    end = -1
    for span in sorted((s for s in spans if s.label in labels), key=lambda s: (s.start, -s.end)):
        if span.start >= end:
            chosen.append(span)
            end = span.end
    return chosen


def term_doc(doc: Doc, spans: Sequence[Span], *, term_filter: TermFilter, span_labels: Sequence[str]) -> TermDoc:
    """Reduce an analysed article to its paragraphs' simplified texts and terms.

    Args:
        doc: The segmented article.
        spans: Its spans; those of ``span_labels`` become single terms.
        term_filter: Which tokens are terms.
        span_labels: Labels whose spans count as one term.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> doc = tm.analyze("省網信辦推進機關黨建。\\n堅決做到兩個維護")
        >>> s = Span("DEPARTMENT", 0, 4, "省網信辦", "省网信办")
        >>> term_doc(doc, [s], term_filter=build_term_filter(), span_labels=("DEPARTMENT",)).terms
        (('省网信办', '机关', '党建'), ('两个维护',))
    """
    paragraphs = doc.paragraphs
    if not paragraphs:
        return TermDoc(doc.article.id, (), (), doc.article.sha256)
    _, norms, starts = token_lists(doc)
    kept = term_filter.flags(norms)
    # A span's term goes where its first token was; the tokens it covers are no terms.
    outer = _outer_spans(spans, span_labels)
    at_start = [s.start for s in outer]
    firsts = [max(i - 1, 0) for i in map(bisect.bisect_right, repeat(starts), at_start)]
    for first, after in zip(firsts, map(bisect.bisect_left, repeat(starts), [s.end for s in outer])):
        kept[first:after] = [False] * (after - first)
    span_terms = list(map(span_term, outer))
    terms: list[tuple[str, ...]] = []
    k = 0
    for para in paragraphs:  # a term belongs to the paragraph its start is in
        lo = bisect.bisect_left(starts, para.start)
        hi = bisect.bisect_left(starts, para.end, lo)
        k = bisect.bisect_left(at_start, para.start, k)
        k_end = bisect.bisect_left(at_start, para.end, k)
        if k == k_end:
            terms.append(tuple(compress(norms[lo:hi], kept[lo:hi])))
            continue
        out: list[str] = []
        at = lo
        for first, term in zip(firsts[k:k_end], span_terms[k:k_end]):
            if first > at:
                out.extend(compress(norms[at:first], kept[at:first]))
                at = first
            out.append(term)
        out.extend(compress(norms[at:hi], kept[at:hi]))
        terms.append(tuple(out))
        k = k_end
    texts = tuple(_norm_slice(doc, p.start, p.end) for p in paragraphs)
    return TermDoc(doc.article.id, texts, tuple(terms), doc.article.sha256)


def _norm_slice(doc: Doc, start: int, end: int) -> str:
    offsets = doc.normalized.offsets
    if offsets is None:
        return doc.normalized.norm[start:end]
    a = bisect.bisect_left(offsets, start)
    b = bisect.bisect_left(offsets, end)
    return doc.normalized.norm[a:b]


class HashedIdfTable:
    """A word → IDF table kept as two sorted arrays of 64-bit word digests and values.

    jieba's 270,000-word table takes about 70 MB as a ``dict`` of strings and
    floats and 4 MB this way. Digests are 64-bit FNV-1a of the UTF-8 bytes (the same in
    every process, so lookups are deterministic; computed for the whole table
    at once with numpy); two words sharing a 64-bit digest is too
    unlikely to matter (about 10^-9 for the whole table).

    Example:
        >>> t = HashedIdfTable.from_pairs([("机关", 5.0), ("党建", 7.5)])
        >>> t.get("党建", 0.0), t.get("未知词", 12.0), len(t)
        (7.5, 12.0, 2)
    """

    __slots__ = ("_keys", "_memo", "_values")

    def __init__(self, keys: array, values: array) -> None:
        self._keys = keys
        self._values = values
        self._memo: dict[str, float | None] = {}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, float]]) -> HashedIdfTable:
        """Build from ``(word, idf)`` pairs; a repeated word keeps its last value."""
        pairs = list(pairs)
        return cls.from_arrays(_digests([w for w, _ in pairs]), array("d", [v for _, v in pairs]))

    @classmethod
    def from_arrays(cls, keys: Any, values: Any) -> HashedIdfTable:
        """Build from parallel buffers of word digests (:func:`_digest`, unsigned 64-bit) and values (float64)."""
        import numpy as np

        k = np.frombuffer(keys, dtype=np.uint64)
        order = np.argsort(k, kind="stable")
        k, v = k[order], np.frombuffer(values, dtype=np.float64)[order]
        last = np.append(k[1:] != k[:-1], True)  # the last of each run of equal digests
        return cls(array("Q", k[last].tobytes()), array("d", v[last].tobytes()))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The sorted word digests (uint64) and their values (float64), as :meth:`from_arrays` reads them.

        Example:
            >>> keys, values = HashedIdfTable.from_pairs([("党建", 7.5)]).arrays()
            >>> HashedIdfTable.from_arrays(keys, values).get("党建", 0.0)
            7.5
        """
        import numpy as np

        return np.frombuffer(self._keys, dtype=np.uint64), np.frombuffer(self._values, dtype=np.float64)

    def get(self, word: str, default: float) -> float:
        """The IDF of ``word``, or ``default`` when the table lacks it."""
        memo = self._memo
        try:
            value = memo[word]
        except KeyError:
            key = _digest(word)
            i = bisect.bisect_left(self._keys, key)
            value = self._values[i] if i < len(self._keys) and self._keys[i] == key else None
            if len(memo) >= MEMO_SIZE:
                memo.clear()  # articles share most words: a full memo starts again
            memo[word] = value
        return default if value is None else value

    def get_many(self, words: Sequence[str], default: float) -> np.ndarray:
        """:meth:`get` of every word, as float64 (digests and lookups done for all words at once).

        Example:
            >>> HashedIdfTable.from_pairs([("党建", 7.5)]).get_many(["党建", "未知词"], 12.0).tolist()
            [7.5, 12.0]
        """
        import numpy as np

        keys = np.frombuffer(self._keys, dtype=np.uint64)
        values = np.frombuffer(self._values, dtype=np.float64)
        if not len(keys) or not len(words):
            return np.full(len(words), default, dtype=np.float64)
        digests = _digests(words)
        at = np.minimum(np.searchsorted(keys, digests), len(keys) - 1)
        return np.where(keys[at] == digests, values[at], default)

    def __len__(self) -> int:
        return len(self._keys)


_FNV_OFFSET, _FNV_PRIME, _U64 = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1


def _digest(word: str) -> int:
    """The 64-bit FNV-1a hash of ``word``'s UTF-8 bytes (:func:`_digests` computes it for many words at once).

    Example:
        >>> hex(_digest("a"))
        '0xaf63dc4c8601ec8c'
    """
    h = _FNV_OFFSET
    for byte in word.encode("utf-8", "surrogatepass"):
        h = ((h ^ byte) * _FNV_PRIME) & _U64
    return h


def _digests(words: Sequence[str]) -> np.ndarray:
    """:func:`_digest` of every word, computed a byte position at a time over all words (no Python step per word).

    Example:
        >>> [int(d) == _digest(w) for w, d in zip(["机关", "a", ""], _digests(["机关", "a", ""]))]
        [True, True, True]
    """
    import numpy as np

    data = [w.encode("utf-8", "surrogatepass") for w in words]
    lengths = np.fromiter(map(len, data), dtype=np.int64, count=len(data))
    order = np.argsort(-lengths, kind="stable")  # longest first: the words still hashing are a prefix
    by_length = lengths[order]
    starts = (np.cumsum(lengths) - lengths)[order]
    joined = np.frombuffer(b"".join(data), dtype=np.uint8)
    h = np.full(len(data), _FNV_OFFSET, dtype=np.uint64)
    prime = np.uint64(_FNV_PRIME)
    for j in range(int(by_length[0]) if len(data) else 0):
        live = int(np.searchsorted(-by_length, -j, side="left"))  # the words longer than j bytes
        h[:live] = (h[:live] ^ joined[starts[:live] + j]) * prime  # (uint64 products wrap, as & _U64 does)
    out = np.empty_like(h)
    out[order] = h
    return out


@dataclass(frozen=True, slots=True)
class IdfPrior:
    """jieba's bundled IDF table, read once per pipeline as data.

    ``p0(t) = exp(-idf(t))`` is read as the share of documents holding ``t`` in
    jieba's reference corpus; words it lacks get its median IDF, as jieba does.
    ``table`` is a mapping or a :class:`HashedIdfTable` (anything with ``get``).

    Example:
        >>> p = IdfPrior({"机关": 5.0}, 12.0)
        >>> p.idf("机关"), p.idf("未知词")
        (5.0, 12.0)
    """

    table: Mapping[str, float] | HashedIdfTable = field(repr=False)
    median: float

    def idf(self, term: str) -> float:
        """The prior IDF of ``term``."""
        return self.table.get(term, self.median)

    def idf_many(self, terms: Sequence[str]) -> np.ndarray:
        """:meth:`idf` of every term, as float64 (at once when the table is a :class:`HashedIdfTable`).

        Example:
            >>> IdfPrior({"机关": 5.0}, 12.0).idf_many(["机关", "未知词"]).tolist()
            [5.0, 12.0]
        """
        if isinstance(self.table, HashedIdfTable):
            return self.table.get_many(terms, self.median)
        import numpy as np

        return np.array([self.table.get(t, self.median) for t in terms], dtype=np.float64)

    def hashed(self) -> HashedIdfTable:
        """The table as a :class:`HashedIdfTable` (itself when it is one), e.g. to save it as arrays.

        Example:
            >>> len(IdfPrior({"机关": 5.0}, 12.0).hashed())
            1
        """
        table = self.table
        return table if isinstance(table, HashedIdfTable) else HashedIdfTable.from_pairs(table.items())

    def __deepcopy__(self, memo: dict) -> IdfPrior:
        # Immutable and large: estimator cloning may share it.
        return self


def load_idf_prior() -> IdfPrior:
    """Read ``jieba/analyse/idf.txt`` from the installed jieba package.

    Raises:
        ConfigError: jieba or its IDF table is missing or malformed.

    Example:
        >>> round(load_idf_prior().idf("的"), 3)
        0.885
    """
    from importlib.util import find_spec

    # find_spec locates the package without importing it: jieba's __init__
    # builds a global tokenizer and installs a log handler.
    spec = find_spec("jieba")
    try:
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError("jieba")
        raw = (Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt").read_bytes()
    except OSError as err:
        raise ConfigError("keywords need jieba's bundled IDF table (jieba/analyse/idf.txt): pip install jieba") from err
    import numpy as np

    words, values = _idf_lines(raw.decode("utf-8"))
    ordered = np.sort(values)
    return IdfPrior(HashedIdfTable.from_arrays(_digests(words), values), float(ordered[len(ordered) // 2]))


def _idf_lines(text: str) -> tuple[list[str], np.ndarray]:
    """The words and values of the ``word idf`` lines of ``text``, read in bulk.

    Raises:
        ConfigError: a line is not ``word idf`` (the first one is named), or there is none.
    """
    import numpy as np

    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if fields and len(fields) == 2 * lines:  # two fields on every line, unless blank lines hide a bad one
        try:
            return fields[0::2], np.array(fields[1::2], dtype=np.float64)
        except ValueError:
            pass  # a value that is no number: the line is named below
    words, values = [], []
    for n, line in enumerate(io.StringIO(text), 1):
        parts = line.split()
        if not parts:
            continue
        try:
            words.append(parts[0])
            values.append(float(parts[1]))
            if len(parts) != 2:
                raise ValueError
        except (IndexError, ValueError):
            raise ConfigError(f"jieba/analyse/idf.txt line {n}: expected 'word idf', got {line.strip()!r}") from None
    if not words:
        raise ConfigError("jieba/analyse/idf.txt: expected 'word idf' lines")
    return words, np.array(values, dtype=np.float64)


class LazyIdfPrior:
    """jieba's IDF table, read on first use (about 0.5 s): pipelines that only extract never pay.

    One per pipeline (shared by its :meth:`~textmine.pipeline.Pipeline.with_model` copies,
    unless the model brings the table it was fitted with: ``LazyIdfPrior(model.prior)``).

    Example:
        >>> lazy = LazyIdfPrior()
        >>> lazy.get() is lazy.get()
        True
        >>> LazyIdfPrior(IdfPrior({"机关": 5.0}, 12.0)).get().idf("机关")
        5.0
    """

    def __init__(self, value: IdfPrior | None = None) -> None:
        self._value = value

    def get(self) -> IdfPrior:
        """The table, read the first time."""
        if self._value is None:
            self._value = load_idf_prior()
        return self._value


def blended_idf(df: int, n_docs: int, prior_idf: float, prior_weight: float) -> float:
    """IDF from corpus counts smoothed towards a prior IDF (``prior_weight`` pseudo-documents).

    Example:
        >>> round(blended_idf(0, 0, 5.0, 100.0), 4)  # no corpus: the prior
        5.0
        >>> round(blended_idf(10, 1000, 5.0, 0.0), 4)  # no prior: ln(N / df)
        4.6052
    """
    documents = n_docs + prior_weight
    if documents <= 0:
        return prior_idf
    holding = df + prior_weight * math.exp(-prior_idf)
    return math.log(documents / (holding if holding > 0 else 1.0))  # unseen and no prior: as if seen once


@dataclass(frozen=True, slots=True)
class KeywordIdf:
    """Document frequencies of terms over a corpus, blended with the prior on lookup.

    ``members`` are the digests of the fitted articles: an article of the fit
    is measured against the others (its own occurrence taken out), so that its
    keywords are the same whether or not it was in the fit, and a one-article
    corpus falls back on the prior instead of calling every term rare.

    Example:
        >>> k = KeywordIdf.fit([TermDoc("a", ("",), (("党建", "党建"),), "d1")])
        >>> k.n_docs, k.df["党建"], sorted(k.members)
        (1, 1, ['d1'])
    """

    n_docs: int
    df: Mapping[str, int]
    members: frozenset[str] = frozenset()
    #: IDFs already computed, per (prior, weight, own) (a cache: results never depend on it).
    _memo: dict[tuple[int, float, bool], tuple[IdfPrior, dict[str, float]]] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    @classmethod
    def fit(cls, docs: Iterable[TermDoc]) -> KeywordIdf:
        """Count in how many articles each term occurs.

        Example:
            >>> KeywordIdf.fit([TermDoc("a", ("",), (("党建",),)), TermDoc("b", ("",), (("党建", "社区"),))]).df
            {'党建': 2, '社区': 1}
        """
        counts: Counter[str] = Counter()
        members: set[str] = set()
        n = 0
        for doc in docs:
            n += 1
            counts.update({t for para in doc.terms for t in para})
            if doc.sha256:
                members.add(doc.sha256)
        return cls(n, dict(sorted(counts.items())), frozenset(members))

    def idf(self, term: str, prior: IdfPrior, prior_weight: float, *, own: bool = False) -> float:
        """The blended IDF of ``term``; ``own``: the article asking was in the fit and holds ``term``.

        Example:
            >>> k, prior = KeywordIdf(1, {"党建": 1}), IdfPrior({"党建": 3.0}, 10.0)
            >>> round(k.idf("党建", prior, 100.0), 4), round(k.idf("党建", prior, 100.0, own=True), 4)
            (2.8269, 3.0)
        """
        df = self.df.get(term, 0) - own
        return blended_idf(max(df, 0), self.n_docs - own, prior.idf(term), prior_weight)

    def idf_many(self, terms: Iterable[str], prior: IdfPrior, prior_weight: float, *, own: bool = False) -> list[float]:
        """:meth:`idf` of each term (the same values, without a method call per term).

        Example:
            >>> k, prior = KeywordIdf(1, {"党建": 1}), IdfPrior({"党建": 3.0}, 10.0)
            >>> [round(v, 4) for v in k.idf_many(["党建", "社区"], prior, 100.0)]
            [2.8269, 10.01]
        """
        own = bool(own)
        df, n = self.df.get, self.n_docs - own
        key = (id(prior), prior_weight, own)  # the entry holds the prior, so its id stays its own
        entry = self._memo.get(key)
        if entry is None or len(entry[1]) > MEMO_SIZE:
            if entry is not None or len(self._memo) > 1:
                self._memo.clear()
            entry = self._memo[key] = (prior, {})
        memo = entry[1]
        terms = list(terms)
        out = list(map(memo.get, terms))
        if None in out:
            missing = [i for i, value in enumerate(out) if value is None]
            # The prior IDFs of the new terms at once (one numpy pass over their digests).
            priors = prior.idf_many([terms[i] for i in missing]).tolist()
            for i, prior_idf in zip(missing, priors):
                t = terms[i]
                out[i] = memo[t] = blended_idf(max(df(t, 0) - own, 0), n, prior_idf, prior_weight)
        return out


def extract_keywords(
    doc: TermDoc,
    *,
    idf: KeywordIdf,
    prior: IdfPrior,
    prior_weight: float = 100.0,
    method: str = "tfidf",
    top_n: int = 20,
    window: int = 5,
) -> tuple[Keyword, ...]:
    """Return the top keywords of an article, heaviest first.

    Args:
        doc: The article's terms.
        idf: Corpus document frequencies (``KeywordIdf(0, {})`` for none).
        prior: jieba's IDF table.
        prior_weight: Pseudo-documents given to the prior.
        method: ``tfidf`` (L2-normalised TF-IDF weights) or ``textrank``
            (PageRank scores over co-occurrence, the best one 1.0).
        top_n: How many keywords.
        window: TextRank co-occurrence window, in terms.

    Example:
        >>> d = TermDoc("a", ("",), (("机关党建", "机关党建", "群众"),))
        >>> p = IdfPrior({}, 10.0)
        >>> extract_keywords(d, idf=KeywordIdf(0, {}), prior=p)[0].term
        '机关党建'
    """
    if method == "textrank":
        scores = textrank(doc.terms, window=window)
    elif method == "tfidf":
        counts = Counter(chain.from_iterable(doc.terms))
        total = sum(counts.values()) or 1
        own = bool(doc.sha256) and doc.sha256 in idf.members
        weights = idf.idf_many(counts, prior, prior_weight, own=own)
        values = list(map(mul, map(truediv, counts.values(), repeat(total)), weights))  # (c / total) * idf
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0
        scores = dict(zip(counts, map(truediv, values, repeat(norm))))
    else:
        raise ConfigError(f"keywords.method: unknown method {method!r}; choose tfidf or textrank")
    if len(scores) > top_n > 0:
        # Only terms that can round to the n-th best weight or above can rank (rounding is monotone).
        floor = round(heapq.nlargest(top_n, scores.values())[-1], 4) - 1e-4
        scores = {t: v for t, v in scores.items() if v >= floor}
    ranked = sorted(((round(v, 4), t) for t, v in scores.items() if v > 0), key=lambda x: (-x[0], x[1]))
    return tuple(Keyword(t, w) for w, t in ranked[:top_n])


def textrank(paragraphs: Sequence[Sequence[str]], *, window: int = 5, damping: float = 0.85) -> dict[str, float]:
    """PageRank over the co-occurrence graph of terms (within ``window`` terms of a paragraph).

    Scores are scaled so that the best term has 1.0. Deterministic: the graph
    is built in term order and iterated a fixed number of times.

    Example:
        >>> s = textrank([["党建", "引领", "党建", "服务"]], window=2)
        >>> max(s, key=s.get)
        '党建'
    """
    import numpy as np
    from scipy import sparse

    vocab = sorted({t for para in paragraphs for t in para})
    if not vocab:
        return {}
    index = {t: i for i, t in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for para in paragraphs:
        ids = [index[t] for t in para]
        for i, a in enumerate(ids):
            for b in ids[i + 1 : i + window]:
                if a != b:
                    rows += (a, b)
                    cols += (b, a)
    n = len(vocab)
    if not rows:
        return {t: 1.0 for t in vocab}
    graph = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    out = np.asarray(graph.sum(axis=1)).ravel()
    out[out == 0] = 1.0
    walk = sparse.diags(1.0 / out) @ graph  # row-stochastic
    rank = np.full(n, 1.0 / n)
    for _ in range(50):
        rank = (1 - damping) / n + damping * (walk.T @ rank)
    rank /= rank.max()
    return {t: float(rank[i]) for t, i in index.items()}
