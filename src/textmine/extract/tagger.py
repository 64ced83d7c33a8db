"""Part-of-speech tags for single words, on demand.

The pipeline's tokens carry no tags, and tagging whole articles would cost as
much as segmenting them again. Extractors that need to know whether a few
tokens next to a match are nouns or verbs (what a figure counts, for instance)
look up just those words: about a microsecond each with jieba-rs.

The tagger is a jieba-rs instance with the project dictionary, built once per
pipeline and shared through :class:`~textmine.resources.Resources`; a few
dictionary tags that mislead in official text are corrected by
``data/pos_overrides.jsonl`` (新建 is tagged as a place name, 印发 as a noun).
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from ..errors import ConfigError
from ..records import Doc
from ..resources import Resources, iter_jsonl
from ..segment import project_userdict, rjieba_class
from .tokens import token_at

#: How many word tags a tagger remembers (a cache: results never depend on it).
CACHE_SIZE = 1 << 16
#: Tags of function words: prepositions, conjunctions, particles, adverbs, pronouns.
FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "f"})

#: Characters that, first in a "name" the dictionary knows, make it a preposition phrase.
_PREPOSITIONS = frozenset("在对从向把被将与和及或的是")


class Tagger:
    """Tag words with jieba's part-of-speech tags (``n``, ``v``, ``m`` …).

    Build with :func:`build_tagger`.
    """

    def __init__(self, backend: object, overrides: dict[str, str] | None = None) -> None:
        self._backend = backend
        self._overrides = dict(overrides or {})
        # A word's tag never changes, and a lookup in jieba-rs costs a few microseconds once
        # segmentation has pushed its tables out of the CPU cache: remember recent ones.
        self._cached = functools.lru_cache(maxsize=CACHE_SIZE)(self._tag_word)

    def tag_word(self, word: str, *, whole: bool = False) -> str | None:
        """Return the tag of one word; a word the dictionary splits takes its last part's tag.

        With ``whole``, a word the dictionary does not know as one word gets None.

        Example:
            >>> Tagger.default().tag_word("问题"), Tagger.default().tag_word("志愿队")
            ('n', 'n')
            >>> Tagger.default().tag_word("决问题", whole=True) is None
            True
        """
        return self._cached(word, whole)

    def tag_text(self, text: str, *, hmm: bool = True) -> list[tuple[str, str]]:
        """Segment and tag a short text: ``(word, tag)`` pairs, as jieba-rs gives them.

        For extractors that tag a window around a match; sharing this tagger
        (:func:`build_tagger`) keeps one dictionary in memory per pipeline.

        Example:
            >>> Tagger.default().tag_text("收集问题")
            [('收集', 'v'), ('问题', 'n')]
        """
        return self._backend.tag(text, hmm)  # type: ignore[attr-defined]

    def _tag_word(self, word: str, whole: bool) -> str | None:
        if word in self._overrides:
            return self._overrides[word]
        parts = self._backend.tag(word, False)  # type: ignore[attr-defined]
        if len(parts) == 1:
            tag = parts[0][1]
            if tag[:2] == "nr" and len(word) > 1 and word[0] in _PREPOSITIONS:
                return "p"  # 在城镇 is in the dictionary as a name: it is 在 + 城镇
            return tag
        if whole:
            return None
        if parts and parts[0][1] in FUNCTION_TAGS:
            return parts[0][1]  # 在城镇: a preposition glued to a noun stops a phrase
        # An unknown compound is named by its last part (志愿 + 队): the head of a Chinese noun.
        return parts[-1][1] if parts else "x"

    @classmethod
    def default(cls) -> Tagger:
        """Build a tagger with the project dictionary (prefer :func:`build_tagger` in a pipeline).

        Raises:
            ConfigError: the ``rjieba`` package is missing.

        Example:
            >>> Tagger.default().tag_word("两个维护")
            'nz'
        """
        try:
            backend = rjieba_class()()
        except ImportError as err:  # pragma: no cover - a required dependency
            raise ConfigError("part-of-speech tagging needs the 'rjieba' package: pip install rjieba") from err
        for word, freq, tag in project_userdict():
            backend.add_word(word, freq, tag)
        # The first calls load jieba-rs's tagging tables (~0.2 s, the first character the
        # dictionary lacks): pay that when the pipeline is built, not on some article.
        backend.tag("预热", True)
        backend.tag("衞", False)
        # Corrections of dictionary tags that mislead in official text (新建 is no place name here).
        overrides = {r["pattern"]: r["attrs"]["tag"] for r in iter_jsonl("pos_overrides.jsonl")}
        return cls(backend, overrides)


def verb_starts(doc: Doc, pos: int, tagger: Tagger, tags: Collection[str] = ("v",)) -> bool:
    """True when a verb (a token of two characters or more tagged in ``tags``) starts at norm offset ``pos``.

    Example:
        >>> from textmine import Pipeline
        >>> doc = Pipeline.from_config().analyze("记者斯诺访问陕北")
        >>> verb_starts(doc, 4, Tagger.default()), verb_starts(doc, 2, Tagger.default())
        (True, False)
    """
    at = doc.normalized.to_original(pos, pos)[0]
    tok = token_at(doc.tokens, at)
    return tok is not None and tok.start == at and len(tok.norm) > 1 and tagger.tag_word(tok.norm) in tags


def build_tagger(resources: Resources) -> Tagger:
    """Return the pipeline's shared tagger, building it on first request.

    Example:
        >>> r = Resources()
        >>> build_tagger(r) is build_tagger(r)
        True
    """
    return resources.get("extract.tagger", Tagger.default)
