"""One-call functions on plain strings, for users who import textmine.

Each builds a default :class:`~textmine.pipeline.Pipeline` unless one is
passed; for many texts, build the pipeline once and pass it (or call its
methods directly), since building loads the dictionary and lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .records import NormalizedText, Span, Token


def _pipeline(pipeline: Pipeline | None) -> Pipeline:
    from .pipeline import Pipeline

    return pipeline if pipeline is not None else Pipeline.from_config()


def normalize(text: str, *, pipeline: Pipeline | None = None) -> NormalizedText:
    """Convert ``text`` to simplified script, keeping offsets.

    Example:
        >>> normalize("中央和國家機關").norm
        '中央和国家机关'
    """
    return _pipeline(pipeline).normalizer.normalize(text)


def segment(text: str, *, pipeline: Pipeline | None = None) -> list[Token]:
    """Cut ``text`` into tokens with offsets into ``text`` (any script).

    Example:
        >>> [t.text for t in segment("省經信廳率先創新")]
        ['省經信廳', '率先', '創新']
    """
    return list(_pipeline(pipeline).analyze(text).tokens)


def extract(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Run every configured extractor on ``text``; spans carry offsets into ``text``.

    Example:
        >>> isinstance(extract("2019年7月9日"), list)
        True
    """
    return _pipeline(pipeline).extract(text)


def _only(label: str, text: str, pipeline: Pipeline | None) -> list[Span]:
    # Every extractor runs, so that e.g. numerals inside slogans are not figures.
    return [s for s in extract(text, pipeline=pipeline) if s.label == label]


def extract_figures(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the FIGURE spans of ``text`` (value, approx, unit, subject in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["value"], s.attrs["approx"], s.attrs["subject"]) for s in extract_figures("9萬多名黨員")]
        [('9萬多名', 90000, 'more_than', '黨員')]
    """
    return _only("FIGURE", text, pipeline)


def extract_dates(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the DATE spans of ``text`` (ISO-like ``value`` in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["value"]) for s in extract_dates("2019年7月9日，習近平")]
        [('2019年7月9日', '2019-07-09')]
    """
    return _only("DATE", text, pipeline)


def extract_slogans(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the SLOGAN spans of ``text`` (``kind``, ``canonical``, ``quoted`` in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["kind"]) for s in extract_slogans("堅決做到“兩個維護”，踐行八八戰略")]
        [('兩個維護', 'formula'), ('八八戰略', 'formula')]
    """
    return _only("SLOGAN", text, pipeline)


def extract_departments(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the DEPARTMENT spans of ``text`` (``level``, ``kind``, ``canonical`` in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["level"]) for s in extract_departments("省網信辦牢牢抓住總要求")]
        [('省網信辦', 'province')]
    """
    return _only("DEPARTMENT", text, pipeline)


def extract_people(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the PERSON spans of ``text`` (``title`` in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["title"]) for s in extract_people("習近平總書記強調")]
        [('習近平', '總書記')]
    """
    return _only("PERSON", text, pipeline)


def extract_places(text: str, *, pipeline: Pipeline | None = None) -> list[Span]:
    """Return the PLACE spans of ``text`` (administrative ``chain`` in ``attrs``).

    Example:
        >>> [(s.text, s.attrs["chain"]) for s in extract_places("浙江是中國革命紅船起航地")]
        [('浙江', ['浙江省']), ('中國', ['中国'])]
    """
    return _only("PLACE", text, pipeline)
