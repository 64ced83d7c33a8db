"""Segment the normalized text: ``NormalizedText`` → tokens, paragraphs, sentences.

Input: a ``NormalizedText``. Output: ``Token`` records with ORIGINAL offsets,
covering the whole text in order with no gap (whitespace and punctuation are
tokens too), plus paragraph and sentence ranges.

The tokenizer is an instance built once per pipeline (never jieba's global
one), with the project dictionary ``data/userdict.txt`` and any words the
lexicons add. Two backends give (nearly) the same tokens:
``jieba`` (pure Python, the reference) and ``rjieba`` (jieba-rs, the default).

Invariants: ``"".join(t.text for t in tokens) == original``; a traditional text
and its simplified form get the same boundaries, since both are cut on ``norm``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, Protocol

from .errors import ConfigError, NormalizationError
from .records import Doc, NormalizedText, Segment, Token

BACKENDS = ("rjieba", "jieba")

# A line's text without the whitespace around it: from its first to its last non-space
# character (``\s`` and ``str.strip`` agree on what is whitespace).
_PARAGRAPH = re.compile(r"\S(?:[^\r\n]*\S)?")
# A sentence ends after 。！？；… (and ASCII ! ? ;), closing quotes included.
_SENTENCE = re.compile(r"[^。！？；!?;…]+(?:[。！？；!?;…]+[”’」』）)]*)?|[。！？；!?;…]+")


class _Backend(Protocol):
    def cut(self, norm: str) -> list[str]:  # pragma: no cover - protocol
        """Return the words of ``norm``; joined, they must give ``norm`` back."""


def rjieba_class() -> type:
    """jieba-rs's ``Jieba`` class, without the unused default instance ``import rjieba`` builds.

    The ``rjieba`` package builds a module-level tokenizer when imported (about
    30 MB of dictionary we never use: every pipeline builds its own instances).
    Its compiled module ``rjieba.rjieba`` holds the class; it is loaded alone
    and registered under its own name, so a later ``import rjieba`` reuses it.

    Raises:
        ImportError: rjieba is not installed.

    Example:
        >>> rjieba_class()().cut("两个维护", False)
        ['两个', '维护']
    """
    import importlib.machinery
    import importlib.util
    import sys

    for name in ("rjieba.rjieba", "rjieba"):
        if name in sys.modules:
            return sys.modules[name].Jieba
    spec = importlib.util.find_spec("rjieba")  # finds the package without running it
    if spec is None:
        raise ImportError("No module named 'rjieba'")
    for folder in spec.submodule_search_locations or ():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            ext = importlib.util.spec_from_file_location("rjieba.rjieba", path) if path.is_file() else None
            if ext is not None and ext.loader is not None:
                module = importlib.util.module_from_spec(ext)
                sys.modules["rjieba.rjieba"] = module
                ext.loader.exec_module(module)
                return module.Jieba
    import rjieba  # another layout: the plain import

    return rjieba.Jieba


class _RjiebaBackend:
    def __init__(self, *, hmm: bool) -> None:
        try:
            jieba_rs = rjieba_class()
        except ImportError as err:
            raise ConfigError("segment.backend = 'rjieba' needs the 'rjieba' package: pip install rjieba") from err
        self._tk = jieba_rs()
        self._hmm = hmm

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._tk.add_word(word, freq, tag)

    def cut(self, norm: str) -> list[str]:
        return self._tk.cut(norm, self._hmm)


class _JiebaBackend:
    def __init__(self, *, hmm: bool) -> None:
        try:
            import jieba
        except ImportError as err:
            raise ConfigError("segment.backend = 'jieba' needs the 'jieba' package: pip install jieba") from err
        tk = jieba.Tokenizer()
        # Build the prefix dictionary in memory: Tokenizer.initialize() would
        # also write a cache file into the temp folder, which we do not want.
        with tk.get_dict_file() as f:
            tk.FREQ, tk.total = tk.gen_pfdict(f)
        tk.initialized = True
        self._tk = tk
        self._hmm = hmm

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._tk.add_word(word, freq, tag)

    def cut(self, norm: str) -> list[str]:
        return list(self._tk.cut(norm, cut_all=False, HMM=self._hmm))


@dataclass(frozen=True, slots=True)
class Segmenter:
    """A tokenizer instance with the project dictionary; build with :func:`build_segmenter`."""

    backend_name: str
    backend: _Backend

    def tokenize(self, normalized: NormalizedText) -> tuple[Token, ...]:
        """Cut ``normalized.norm`` and return tokens with original offsets.

        Raises:
            NormalizationError: the tokens do not rebuild the text (a backend bug).

        Example:
            >>> from textmine.normalize import build_normalizer
            >>> seg = build_segmenter()
            >>> [t.text for t in seg.tokenize(build_normalizer().normalize("省網信辦推進兩個維護"))]
            ['省網信辦', '推進', '兩個維護']
        """
        return self.tokenize_lists(normalized)[0]

    def tokenize_lists(self, normalized: NormalizedText) -> tuple[tuple[Token, ...], TokenLists]:
        """:meth:`tokenize`, with the texts, norms and starts of the tokens as the lists built on the way.

        Later stages read these lists (:func:`token_lists`) instead of listing the
        fields of every token again.

        Example:
            >>> from textmine.normalize import build_normalizer
            >>> tokens, lists = build_segmenter().tokenize_lists(build_normalizer().normalize("兩個維護"))
            >>> lists.norms, lists.starts
            (['两个维护'], [0])
        """
        norm = normalized.norm
        original = normalized.original
        words = self.backend.cut(norm)
        tokens = []
        pos = 0
        if normalized.offsets is None:
            # Offsets are the running sum of word lengths; the tuples are built in C
            # (a third of the cost of segmenting, done word by word in Python):
            # tuple.__new__ mapped over repeat(Token) costs less than through a partial.
            ends = list(accumulate(map(len, words)))
            starts = [0, *ends[:-1]] if ends else []
            # A comprehension of slices: about 0.6x the cost of mapping __getitem__ over slice objects.
            texts = words if original == norm else [original[a:b] for a, b in zip(starts, ends)]
            tokens = list(map(tuple.__new__, repeat(Token), zip(texts, words, starts, ends)))
            pos = ends[-1] if ends else 0
        else:
            to_original = normalized.to_original
            for word in words:
                end = pos + len(word)
                a, b = to_original(pos, end)
                if pos == 0:
                    a = 0  # characters dropped from norm before the first word belong to it
                tokens.append(Token(original[a:b], word, a, b))
                pos = end
            if not tokens and original:  # nothing but dropped characters (zero-width spaces …)
                tokens.append(Token(original, "", 0, len(original)))
        if pos != len(norm) or "".join(words) != norm:
            raise NormalizationError(f"segment.backend {self.backend_name!r}: tokens do not rebuild the text")
        if normalized.offsets is None:
            return tuple(tokens), TokenLists(texts, words, starts)
        return tuple(tokens), _lists_of(tokens)


class TokenLists(NamedTuple):
    """The fields of a document's tokens as lists (read with :func:`token_lists`).

    Example:
        >>> TokenLists(["兩個"], ["两个"], [0]).norms
        ['两个']
    """

    texts: list[str]
    norms: list[str]
    starts: list[int]


#: The key of a document's :class:`TokenLists` in ``Doc.memo``.
TOKEN_LISTS = "segment.token_lists"


def token_lists(doc: Doc) -> TokenLists:
    """The texts, norms and starts of ``doc``'s tokens (listed once per document; read-only).

    Example:
        >>> from textmine import Pipeline
        >>> token_lists(Pipeline.from_config().analyze("兩個維護")).texts
        ['兩個維護']
    """
    lists = doc.memo.get(TOKEN_LISTS)
    if lists is None:
        lists = doc.memo[TOKEN_LISTS] = _lists_of(doc.tokens)
    return lists


def _lists_of(tokens: Sequence[Token]) -> TokenLists:
    return TokenLists(list(map(_TEXT, tokens)), list(map(_NORM, tokens)), list(map(_START, tokens)))


_TEXT, _NORM, _START = itemgetter(0), itemgetter(1), itemgetter(2)


def read_userdict(lines: Iterable[str], *, source: str) -> list[tuple[str, int | None, str | None]]:
    """Parse jieba user-dictionary lines: ``word [freq] [tag]``; ``#`` starts a comment.

    Example:
        >>> read_userdict(["省网信办 nt", "两个维护 20000 nz", "# note"], source="x")
        [('省网信办', None, 'nt'), ('两个维护', 20000, 'nz')]
    """
    entries = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) > 3:
            raise ConfigError(f"{source}:{lineno}: expected 'word [freq] [tag]', got {raw.strip()!r}")
        word, freq, tag = parts[0], None, None
        for part in parts[1:3]:
            if part.isdigit():
                freq = int(part)
            elif part.isalpha() and part.isascii():
                tag = part
            else:
                raise ConfigError(f"{source}:{lineno}: expected 'word [freq] [tag]', got {raw.strip()!r}")
        entries.append((word, freq, tag))
    return entries


def project_userdict() -> list[tuple[str, int | None, str | None]]:
    """The words of the project dictionary shipped in ``textmine/data/userdict.txt``.

    Example:
        >>> ("两个维护", None, "nz") in project_userdict()
        True
    """
    text = resources.files("textmine").joinpath("data/userdict.txt").read_text(encoding="utf-8")
    return read_userdict(text.splitlines(), source="textmine/data/userdict.txt")


def build_segmenter(
    backend: str = "rjieba",
    *,
    hmm: bool = True,
    userdicts: Sequence[Path] = (),
    extra_words: Iterable[str] = (),
) -> Segmenter:
    """Build a tokenizer instance with the project dictionary.

    Args:
        backend: ``rjieba`` (jieba-rs, fast, default) or ``jieba`` (reference).
        hmm: Let jieba's HMM join unknown words.
        userdicts: More user-dictionary files (``word [freq] [tag]`` lines).
        extra_words: Words to keep whole, e.g. from the extractors' lexicons
            (simplified forms, as OpenCC ``t2s`` writes them).

    Raises:
        ConfigError: unknown backend, missing package or unreadable dictionary.

    Example:
        >>> seg = build_segmenter("rjieba")
        >>> seg.backend_name
        'rjieba'
    """
    if backend == "rjieba":
        impl: _RjiebaBackend | _JiebaBackend = _RjiebaBackend(hmm=hmm)
    elif backend == "jieba":
        impl = _JiebaBackend(hmm=hmm)
    else:
        raise ConfigError(f"segment.backend: unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    entries = project_userdict()
    for path in userdicts:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as err:
            raise ConfigError(f"segment.userdicts: cannot read {path}: {err.strerror}") from err
        entries.extend(read_userdict(lines, source=str(path)))
    seen = set()
    for word, freq, tag in entries:
        seen.add(word)
        impl.add_word(word, freq, tag)
    for word in sorted(set(extra_words) - seen):
        if len(word) > 1 and not any(c.isspace() for c in word):
            impl.add_word(word, None, None)
    return Segmenter(backend, impl)


def split_paragraphs(text: str) -> tuple[Segment, ...]:
    """Return the non-empty lines of ``text``, surrounding whitespace trimmed.

    Example:
        >>> split_paragraphs("本刊記者\\n\\n  浙江。 ")
        (Segment(start=0, end=4), Segment(start=8, end=11))
    """
    return tuple([Segment(*m.span()) for m in _PARAGRAPH.finditer(text)])


def split_sentences(text: str, paragraphs: Sequence[Segment]) -> tuple[Segment, ...]:
    """Split each paragraph into sentences (ending with 。！？；… and closing quotes).

    Example:
        >>> split_sentences("好。對！", (Segment(0, 4),))
        (Segment(start=0, end=2), Segment(start=2, end=4))
    """
    out = []
    isspace = str.isspace
    for para in paragraphs:
        for m in _SENTENCE.finditer(text, para.start, para.end):
            a, b = m.span()
            if not (isspace(text[a]) or isspace(text[b - 1])):  # nearly every sentence: nothing to trim
                out.append(Segment(a, b))
                continue
            chunk = m.group()
            stripped = chunk.strip()
            if stripped:
                start = a + (len(chunk) - len(chunk.lstrip()))
                out.append(Segment(start, start + len(stripped)))
    return tuple(out)
