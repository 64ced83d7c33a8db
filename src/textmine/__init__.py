"""textmine: mine Chinese official and political text into reviewable JSON.

Normalize traditional/simplified script with offsets kept, segment with jieba,
extract departments, people, places, slogans, figures and dates, tag themes.

Example:
    >>> import textmine
    >>> tm = textmine.Pipeline.from_config()
    >>> [t.text for t in tm.analyze("省網信辦").tokens]
    ['省網信辦']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import PipelineConfig, load_config
from .errors import ConfigError, InputError, NormalizationError, StageError, TextmineError
from .pipeline import ArticleResult, Pipeline
from .records import Article, Doc, NormalizedText, Segment, Span, Token

# isort: split
# Last: importing the ``textmine.extract`` package (done above, through the
# pipeline) sets the attribute ``extract`` of this package to the subpackage;
# binding the function afterwards makes ``textmine.extract`` the function.
from .api import (
    extract,
    extract_dates,
    extract_departments,
    extract_figures,
    extract_people,
    extract_places,
    extract_slogans,
    normalize,
    segment,
)

__all__ = [
    "Article",
    "ArticleResult",
    "ConfigError",
    "Doc",
    "InputError",
    "NormalizationError",
    "NormalizedText",
    "Pipeline",
    "PipelineConfig",
    "Segment",
    "Span",
    "StageError",
    "TextmineError",
    "Token",
    "__version__",
    "extract",
    "extract_dates",
    "extract_departments",
    "extract_figures",
    "extract_people",
    "extract_places",
    "extract_slogans",
    "load_config",
    "normalize",
    "segment",
]
