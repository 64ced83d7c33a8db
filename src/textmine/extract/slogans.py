"""Extract slogans: ``Doc`` → SLOGAN, HONOR and TERM spans (ANNOTATION.md, SLOGAN).

Input: a ``Doc`` (the extractor reads ``doc.norm`` and the token boundaries).
Output: spans with original offsets and these attributes:

- SLOGAN: ``kind`` (formula, directive, campaign, term, quotation, period),
  ``canonical`` (the id that links variants and repeats), ``quoted``, and
  ``first_year`` where the lexicon knows it.
- HONOR (an honorary title, “时代楷模”陈立群) and TERM (a scare-quoted word,
  “德”, “经验主义”; a designation of an enterprise or product, “小巨人”企业):
  ``canonical``, ``quoted`` and, for TERM, ``kind``. Never SLOGAN.

Three sources, in this order of precedence:

1. Quoted text (“” 「」 『』 ‘’, nested pairs too, straight quotes where they
   pair plausibly, block quotations laid out as “⏎…⏎”): the text inside the
   marks, classified by the lexicon, then by the context cues of
   ``data/slogan_cues.jsonl`` (``slogan_quoted.QuoteClassifier``). Quoted
   organ abbreviations (社区“两委”) yield nothing: the departments extractor
   owns them.
2. Lexicon formulas without quotation marks (``data/slogans.jsonl`` entries
   marked ``unquoted``, or any entry quoted elsewhere in the same article),
   with a standard trailing head attached (稳中求进工作总基调); a doctrine's
   bare name only where it names the doctrine, not before the noun it
   modifies (坚持和发展中国特色社会主义, not 中国特色社会主义事业); named
   doctrines between a verb of adherence and a doctrine head (贯彻[新时代党的
   民族工作大政方针]); lexicon honorary titles before a name (时代楷模陈立群, HONOR).
3. Unquoted repeats and clause-by-clause variants of slogans quoted in the
   same article (讓黨中央放心、讓人民滿意 after “讓黨中央放心、讓人民群眾滿意”), and
   a lexicon slogan's short forms once the article has named it in full
   (五项原则 after 和平共处五项原则).

Unquoted matches must start and end on token boundaries, never overlap a
quoted stretch (the span of a quoted slogan is its whole inner text; inside a
quotation of someone's words only the marks are out of bounds), and do not
overlap each other (the longest leftmost wins). Time is linear in the text:
one regex pass for the marks, one vectorized pass for the lexicon and one for
the article's own quoted slogans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from operator import itemgetter

from ..gazetteer import Gazetteer, load_gazetteer
from ..records import Doc, Span
from ..resources import Resources, iter_jsonl
from .quotes import QuoteFinder, find_titles
from .slogan_lexicon import CUE_IDS, Cues, LexiconEntry, load_cues, load_lexicon
from .slogan_quoted import QuoteClassifier
from .slogan_unquoted import (
    Candidate,
    Found,
    Target,
    TextHashes,
    build_index,
    exclusions,
    find_matches,
    keep_unquoted,
    new_candidate,
    new_found,
)
from .tokens import token_at

LABELS = ("SLOGAN", "HONOR", "TERM")
#: The kinds of the lexicon index's targets that are doctrine heads and honorary titles, not formulas.
_HEAD, _HONOR = "doctrine-head", "honor"
#: How far before a doctrine head its verb of adherence is looked for.
_DOCTRINE_WINDOW = 20
#: Shortest name of a doctrine before its head (依法治国方略).
_MIN_DOCTRINE = 4
#: A clause boundary between the verb and the head: no doctrine.
_DOCTRINE_STOP = frozenset("，,。；;：:、！!？?“”‘’「」『』《》（）()\n\r \u3000")
#: Particles, pronouns and quantifiers that do not open a doctrine's name (落实好…, 这个…, 各项…).
_NOT_DOCTRINE_START = frozenset("了着过好这那该其此上各诸本")
#: A coordination inside the phrase: two doctrines or a list, not one name.
_DOCTRINE_LIST = re.compile("[和与及或]")


class SloganExtractor:
    """Quoted and lexicon slogans, honors and terms; build it with :func:`build`.

    Example:
        >>> from textmine import Pipeline
        >>> tm = Pipeline.from_config()
        >>> ex = build(Resources())
        >>> [(s.label, s.text) for s in ex(tm.analyze("社区“两委”坚决做到“兩個維護”，“时代楷模”陈立群"), ())]
        [('SLOGAN', '兩個維護'), ('HONOR', '时代楷模')]
    """

    labels = LABELS

    def __init__(self, entries: Sequence[LexiconEntry], cues: Cues) -> None:
        self.entries = tuple(entries)
        self.cues = cues
        self._cue = {cue: cues.finder(cue) for cue in CUE_IDS}
        self._after_any = cues.union("honor-after", "designation-after", "campaign-after")
        self._first_head = cues.edges("head-after")[0]
        #: The quotes' classifier (see :class:`QuoteClassifier`).
        self.classify_quotes = QuoteClassifier(self.entries, cues)
        # Formulas that count without quotation marks, found in one pass over
        # the text; quoted-only entries are searched only when quoted.
        # Heads of doctrines (…方略, …大政方针) share that pass: a hit is
        # turned into a formula by :meth:`_doctrines`.
        # Honorary titles too: one counts without quotation marks before a
        # name (时代楷模陈立群), which :meth:`_doctrines` checks.
        heads = [Target(head, _HEAD, None, (head,)) for head in cues.patterns("doctrine-head")]
        honors = [Target(e.id, _HONOR, None, e.forms) for e in self.entries if e.label == "HONOR"]
        lexicon = [Target.of_entry(e) for e in self.entries if e.label == "SLOGAN" and e.unquoted]
        self._index = build_index(lexicon + heads + honors)
        #: Short forms, searched in a text once it names their slogan in full (五项原则).
        self._shorts = {e.id: Target(e.id, e.kind, e.first_year, e.short) for e in self.entries if e.short}
        surnames = cues.sources.get("surname", ("", ""))[1]
        self._given_name = re.compile(f"(?:{surnames})[\u4e00-\u9fff]{{1,2}}").fullmatch if surnames else None
        self._find_quotes = QuoteFinder()

    def dictionary_words(self) -> Iterator[str]:
        """Lexicon forms the tokenizer should keep whole (Han only, 3–7 characters).

        Longer formulas are left to the tokenizer so that names inside them
        (习近平 in 习近平新时代中国特色社会主义思想) stay visible to other extractors.

        Example:
            >>> "两个维护" in set(build(Resources()).dictionary_words())
            True
        """
        for entry in self.entries:
            if entry.label == "DEPARTMENT":
                continue
            for form in entry.forms:
                if 3 <= len(form) <= 7 and all("\u4e00" <= c <= "\u9fff" for c in form):
                    yield form

    def __call__(self, doc: Doc, found: Sequence[Span]) -> list[Span]:
        """Return the SLOGAN, HONOR and TERM spans of ``doc`` (``found`` is not needed).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("開展“深化拓展‘三服務’”行動")
            >>> [(s.text, s.attrs["kind"]) for s in build(Resources())(doc, ())]
            [('深化拓展‘三服務’', 'campaign'), ('三服務', 'campaign')]
        """
        norm = doc.norm
        quotes = self._find_quotes(norm)
        results, stretches, repeated = self.classify_quotes(norm, quotes)
        # ANNOTATION.md: what stands inside a title of a work 《…》 is optional
        # at most; unquoted formulas there are left out.
        excluded = exclusions(stretches + find_titles(norm))
        # A quoted slogan is no unquoted repeat of itself: skip where one starts.
        skip = {start + 1 for start, end in stretches if end > start}
        hashes = TextHashes(norm)
        candidates = self._doctrines(
            doc,
            find_matches(
                self._index,
                norm,
                hashes,
                extend=self._cue["head-after"],
                extend_first=self._first_head,
                skip=skip,
            ),
        )
        if repeated:
            candidates.extend(find_matches(build_index(repeated), norm, hashes, skip=skip))
        if self._shorts:
            candidates.extend(self._short_forms(norm, hashes, skip, results, candidates))
        if candidates:
            for hit in keep_unquoted(doc, candidates, excluded):
                if hit.attrs["kind"] == _HONOR:
                    hit = new_found(
                        ("HONOR", hit.start, hit.end, {"canonical": hit.attrs["canonical"], "quoted": False})
                    )
                results.append(hit)
        return _spans(doc, results)

    # -- doctrines ----------------------------------------------------------

    def _doctrines(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Turn the hits of doctrine heads among ``candidates`` into formulas, after the lexicon's own; keep honors before a name.

        A bare doctrine name (lexicon ``doctrine``) is kept unless the
        ``modifier-after`` cue matches after it (中国特色社会主义事业, 马克思主义者).

        贯彻新时代党的民族工作大政方针 → 新时代党的民族工作大政方针: the phrase between the
        last verb of adherence of the clause and the head, if it names a
        doctrine (four characters at least, no list, no pronoun or particle
        first). A lexicon match of the same span comes first and wins.
        """
        norm = doc.norm
        found: list[Candidate] = []
        doctrines: list[Candidate] = []
        verb = self._cue["doctrine-verb"]
        modifies = self._cue["modifier-after"]
        for candidate in candidates:
            target = candidate.target
            if target.kind != _HEAD:
                if target.doctrine:
                    # 中国特色社会主义事业, 马克思主义者: the name modifies a noun.
                    if modifies(norm, candidate.end, len(norm)) is None:
                        found.append(candidate)
                elif target.kind != _HONOR or self._name_follows(doc, candidate.end):
                    found.append(candidate)
                continue
            head = candidate.end - len(target.canonical)
            low = max(0, head - _DOCTRINE_WINDOW)
            for i in range(head - 1, low - 1, -1):
                if norm[i] in _DOCTRINE_STOP:
                    low = i + 1
                    break
            last, pos = None, low
            while (m := verb(norm, pos, head)) is not None:
                last, pos = m, m.end()
            if last is None:
                continue
            start = last.end()
            modifier = norm[start:head]
            if len(modifier) < _MIN_DOCTRINE or modifier[0] in _NOT_DOCTRINE_START or _DOCTRINE_LIST.search(modifier):
                continue
            text = norm[start : candidate.end]
            doctrines.append(new_candidate((start, candidate.end, Target(text, "formula", None, (text,)))))
        return found + doctrines

    def _short_forms(
        self, norm: str, hashes: TextHashes, skip: set[int], results: list[Found], candidates: list[Candidate]
    ) -> list[Candidate]:
        """Matches of the short forms of the slogans named in full before them (和平共处五项原则 … 五项原则).

        Example:
            >>> from textmine import Pipeline
            >>> doc = Pipeline.from_config().analyze("五项原则。和平共处五项原则提出以来，五项原则历久弥新")
            >>> [s.text for s in build(Resources())(doc, ())]
            ['和平共处五项原则', '五项原则']
        """
        shorts = self._shorts
        first: dict[str, int] = {}  # canonical → where its first full form starts
        # Few entries have short forms: a lookup per match rules most out before any tuple is built.
        named = [(c.target.canonical, c.start) for c in candidates if c.target.canonical in shorts]
        named += [(f.attrs["canonical"], f.start) for f in results if f.attrs.get("canonical") in shorts]
        for canonical, start in named:
            if start < first.get(canonical, len(norm)):
                first[canonical] = start
        if not first:
            return []
        hits = find_matches(build_index([shorts[c] for c in first]), norm, hashes, skip=skip)
        # A short form inside a full one overlaps it and loses to it later (the longest match wins).
        return [hit for hit in hits if hit.start > first[hit.target.canonical]]

    def _name_follows(self, doc: Doc, pos: int) -> bool:
        """Whether a person's name starts at ``pos`` of norm: a name before a list or clause boundary, or a token of a surname and one or two characters."""
        norm = doc.norm
        if self._cue["surname"](norm, pos, len(norm)) is not None:
            return True
        if self._given_name is None or self._after_any(norm, pos, len(norm)) is not None:
            return False  # 时代楷模荣誉称号: a title word, not a name
        start = doc.normalized.to_original(pos, pos)[0]
        token = token_at(doc.tokens, start)
        return token is not None and token.start == start and self._given_name(token.norm) is not None

    # -- unquoted matches ---------------------------------------------------


#: (start, end, label) of a ``Found``: the output order of spans.
_by_position = itemgetter(1, 2, 0)


def _spans(doc: Doc, results: list[Found]) -> list[Span]:
    """Spans of ``results`` in output order (start, end, label), offsets mapped to the original."""
    results.sort(key=_by_position)
    text, norm, normalized = doc.article.text, doc.norm, doc.normalized
    if normalized.offsets is None:  # norm and original share offsets
        return [Span(label, a, b, text[a:b], norm[a:b], attrs) for label, a, b, attrs in results]
    spans = []
    for label, start, end, attrs in results:
        a, b = normalized.to_original(start, end)
        spans.append(Span(label, a, b, text[a:b], norm[start:end], attrs))
    spans.sort(key=Span.sort_key)
    return spans


def _formula_regions(gazetteer: Gazetteer) -> list[str]:
    """The names a formula is written with for every region (平安天津, 平安宣城): provinces, then prefectures.

    Example:
        >>> from textmine.gazetteer import load_gazetteer
        >>> names = _formula_regions(load_gazetteer())
        >>> names[:2], "宣城" in names
        (['北京', '天津'], True)
    """
    provinces = [r["short"] for r in iter_jsonl("provinces.jsonl")]
    prefectures = sorted({r.aliases[0] for r in gazetteer.regions.values() if r.level == "city" and r.aliases and len(r.aliases[0]) > 1})
    return [*provinces, *(name for name in prefectures if name not in provinces)]


def build(resources: Resources) -> SloganExtractor:
    """Build the slogan extractor from the package's lexicon and cue tables.

    Example:
        >>> ex = build(Resources())
        >>> ex.labels
        ('SLOGAN', 'HONOR', 'TERM')
    """
    entries = resources.get(
        "slogans.lexicon",
        lambda: load_lexicon(
            iter_jsonl("slogans.jsonl"),
            source="textmine/data/slogans.jsonl",
            provinces=_formula_regions(resources.get("gazetteer", load_gazetteer)),
        ),
    )
    cues = resources.get(
        "slogans.cues", lambda: load_cues(iter_jsonl("slogan_cues.jsonl"), source="textmine/data/slogan_cues.jsonl")
    )
    return SloganExtractor(entries, cues)
