"""spaCy integration: the textmine extractors as a pipeline component.

This is the only module that imports spaCy. Registering the factory happens
when this module is imported, either explicitly::

    import spacy
    import textmine.spacy_component  # registers "textmine_entities"

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("textmine_entities")
    doc = nlp("习近平总书记在浙江考察")
    doc.ents, doc.spans["textmine"]

or, once textmine is installed, through the ``spacy_factories`` entry point
it declares, which lets ``nlp.add_pipe("textmine_entities")`` find the factory
without the import. The component runs the textmine pipeline on ``doc.text``
(its own normalization and segmentation, so spans are the same as
``textmine.extract``), aligns each span to spaCy's tokens with
``Doc.char_span(..., alignment_mode="expand")`` (spaCy's jieba segmenter knows
simplified words only and may cut a traditional text so that a span grows to
whole tokens: 習近/平總書記 turns 習近平 into 習近平總書記), puts every span (nested and
overlapping ones included) into ``doc.spans[spans_key]`` and the longest
non-overlapping ones that do not clash with existing entities into
``doc.ents``. A span's attributes are in ``span._.textmine``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .pipeline import Pipeline

EXTENSION = "textmine"


@Language.factory(
    "textmine_entities",
    default_config={"config": None, "extractors": None, "spans_key": "textmine", "labels": None},
)
def make_textmine_entities(
    nlp: Language,
    name: str,
    config: str | None,
    extractors: list[str] | None,
    spans_key: str,
    labels: list[str] | None,
) -> TextmineEntities:
    """Build the ``textmine_entities`` component (spaCy calls this from ``nlp.add_pipe``).

    Args:
        nlp: The spaCy pipeline.
        name: The component's name in it.
        config: Path of a textmine pipeline TOML; the default pipeline when None.
        extractors: Registered extractor names to run instead of the config's.
        spans_key: Key of ``doc.spans`` that receives every span.
        labels: Keep only these labels (all when None).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("xx")
        >>> nlp.add_pipe("textmine_entities", config={"extractors": ["places.v1"]}).spans_key
        'textmine'
    """
    return TextmineEntities(nlp, name, config=config, extractors=extractors, spans_key=spans_key, labels=labels)


class TextmineEntities:
    """Fill ``doc.ents`` and ``doc.spans`` from the textmine extractors.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        >>> _ = nlp.add_pipe("textmine_entities", config={"extractors": ["places.v1", "persons.v1"]})
        >>> [(e.text, e.label_, e._.textmine["title"] if e.label_ == "PERSON" else e._.textmine["chain"])
        ...  for e in nlp("习近平总书记在浙江考察").ents]
        [('习近平', 'PERSON', '总书记'), ('浙江', 'PLACE', ['浙江省'])]
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "textmine_entities",
        *,
        config: str | Path | None = None,
        extractors: list[str] | None = None,
        spans_key: str = "textmine",
        labels: list[str] | None = None,
    ) -> None:
        from .config import config_from_dict, load_config

        settings = load_config(config)
        if extractors is not None:
            data = settings.model_dump(mode="json")
            data["extract"] = {**data["extract"], "extractors": list(extractors)}
            settings = config_from_dict(data, source=str(config or "<spaCy component config>"))
        self.name = name
        self.pipeline = Pipeline.from_config(settings)
        self.spans_key = spans_key
        self.labels = frozenset(labels) if labels else None
        if not Span.has_extension(EXTENSION):
            Span.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Add the textmine spans of ``doc.text`` to ``doc.spans`` and ``doc.ents``."""
        spans: list[Span] = []
        for found in self.pipeline.extract(doc.text):
            if self.labels is not None and found.label not in self.labels:
                continue
            span = doc.char_span(found.start, found.end, label=found.label, alignment_mode="expand")
            if span is None:  # pragma: no cover - "expand" aligns any non-empty range
                continue
            span._.set(EXTENSION, _plain(found.attrs))
            spans.append(span)
        doc.spans[self.spans_key] = spans
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        new = [s for s in filter_spans(spans) if taken.isdisjoint(range(s.start, s.end))]
        doc.ents = sorted([*doc.ents, *new], key=lambda s: s.start)
        return doc


def _plain(attrs: Any) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in dict(attrs).items()}
