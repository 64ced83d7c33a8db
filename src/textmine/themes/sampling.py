"""The paragraphs a theme model is fitted on: all of them, or a deterministic sample of bounded size.

Fit memory and time grow with the number of paragraphs (features, LSA rows,
clusters), not of articles: a corpus of long articles can hold fifty
paragraphs per article. :func:`sample_paragraphs` keeps whole articles in
the order of a hash of their id and content (the order ``textmine run``
samples articles in), then, from the article that overflows the bound, the
paragraphs with the smallest hash. The sample depends on the articles, never
on the order they come in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..records import TermDoc


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def sample_key(article_id: str, sha256: str) -> str:
    """Sampling key of an article from its id and text digest (the order of every fit sample).

    Example:
        >>> sample_key("浙江-党建", "ab") == article_key(TermDoc("浙江-党建", ("党建",), (("党建",),), "ab"))
        True
    """
    return _digest(article_id, sha256)


def article_key(doc: TermDoc) -> str:
    """Sampling key of an article: a hash of its id and content (its text digest when known).

    Example:
        >>> article_key(TermDoc("a", ("党建",), (("党建",),), "ab")) == article_key(TermDoc("a", (), (), "ab"))
        True
    """
    return sample_key(doc.id, doc.sha256) if doc.sha256 else _digest(doc.id, "", *doc.texts)


def sample_paragraphs(docs: Sequence[TermDoc], limit: int | None) -> list[TermDoc]:
    """At most ``limit`` paragraphs of ``docs``: whole articles by :func:`article_key`, then paragraphs.

    Under the limit, ``docs`` come back unchanged (same order). Over it, the
    articles come in key order; the last one keeps the paragraphs with the
    smallest hash of their text and position, in reading order.

    Example:
        >>> docs = [TermDoc(i, ("党建引领", "社区治理", "共同富裕"), (("党建",), ("社区",), ("富裕",))) for i in "abc"]
        >>> [len(d.texts) for d in sample_paragraphs(docs, 5)]
        [3, 2]
        >>> sample_paragraphs(docs, 5) == sample_paragraphs(docs[::-1], 5), sample_paragraphs(docs, None) == docs
        (True, True)
    """
    if limit is None or sum(len(doc.texts) for doc in docs) <= limit:
        return list(docs)
    out: list[TermDoc] = []
    left = limit
    for doc in sorted(docs, key=lambda d: (article_key(d), d.id)):
        if left <= 0:
            break
        if len(doc.texts) > left:
            ranked = sorted(range(len(doc.texts)), key=lambda i: (_digest(doc.texts[i], str(i)), i))
            keep = sorted(ranked[:left])
            doc = TermDoc(doc.id, tuple(doc.texts[i] for i in keep), tuple(doc.terms[i] for i in keep), doc.sha256)
        out.append(doc)
        left -= len(doc.texts)
    return out
