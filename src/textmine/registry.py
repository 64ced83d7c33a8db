"""Registered, versioned building blocks, filled by explicit calls.

A name such as ``extract.figures.v1`` always means the same behaviour: when
what a registered function returns changes, it gets a new version name and the
old one keeps its meaning for old configs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError
from .extract import Extractor
from .resources import Resources

ExtractorFactory = Callable[[Resources], Extractor]
#: A cluster labeller factory: no arguments, returns a ``ClusterLabeller``.
LabellerFactory = Callable[[], Any]


@dataclass(frozen=True)
class Registry:
    """Name → factory tables (extractors, cluster labellers); build the standard one with :func:`build_registry`.

    Factories are given as ``"module:function"`` strings and imported on first
    lookup, so building the registry imports no extractor or themes module.
    """

    extractors: dict[str, str | ExtractorFactory] = field(default_factory=dict)
    labellers: dict[str, str | LabellerFactory] = field(default_factory=dict)

    def register_extractor(self, name: str, factory: str | ExtractorFactory) -> None:
        """Register an extractor factory (a callable, or ``"module:function"``).

        Example:
            >>> r = Registry(); r.register_extractor("demo.v1", "textmine.extract:make_span")
            >>> sorted(r.extractors)
            ['demo.v1']
        """
        _register(self.extractors, "extractor", name, factory)

    def extractor(self, name: str) -> ExtractorFactory:
        """Look up an extractor factory by its registered name.

        Raises:
            ConfigError: naming the unknown extractor and the known ones.

        Example:
            >>> build_registry().extractor("nope")
            Traceback (most recent call last):
            ...
            textmine.errors.ConfigError: extract.extractors: unknown extractor 'nope'; known: dates.v1, departments.v1, figures.v1, persons.v1, places.v1, slogans.v1
        """
        return _lookup(self.extractors, "extract.extractors", "extractor", name)

    def register_labeller(self, name: str, factory: str | LabellerFactory) -> None:
        """Register a cluster labeller factory (a callable, or ``"module:attribute"``).

        Example:
            >>> r = Registry(); r.register_labeller("keep.v1", "textmine.themes.labelling:ClusterLabeller")
            >>> r.labeller("keep.v1")().label({0: []}, None)
            {0: []}
        """
        _register(self.labellers, "labeller", name, factory)

    def labeller(self, name: str) -> LabellerFactory:
        """Look up a cluster labeller factory by its registered name.

        Raises:
            ConfigError: naming the unknown labeller and the known ones.

        Example:
            >>> build_registry().labeller("dedupe.v1")().name
            'dedupe.v1'
        """
        return _lookup(self.labellers, "themes.labellers", "labeller", name)


def _register(table: dict[str, Any], kind: str, name: str, factory: Any) -> None:
    if name in table:
        raise ConfigError(f"{kind} {name!r} is already registered")
    table[name] = factory


def _lookup(table: dict[str, Any], key: str, kind: str, name: str) -> Any:
    try:
        factory = table[name]
    except KeyError:
        known = ", ".join(sorted(table)) or "(none)"
        raise ConfigError(f"{key}: unknown {kind} {name!r}; known: {known}") from None
    return _load(factory, key, name)


def _load(factory: Any, key: str, name: str) -> Any:
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as err:
            raise ConfigError(f"{key}: {name!r} cannot be loaded from {module}:{attr} ({err})") from err
    return factory


def build_registry() -> Registry:
    """Return the registry of every extractor shipped with textmine.

    Example:
        >>> "figures.v1" in build_registry().extractors
        True
    """
    registry = Registry()
    registry.register_extractor("slogans.v1", "textmine.extract.slogans:build")
    registry.register_extractor("dates.v1", "textmine.extract.dates:build")
    registry.register_extractor("figures.v1", "textmine.extract.figures:build")
    registry.register_extractor("departments.v1", "textmine.extract.departments:build")
    registry.register_extractor("places.v1", "textmine.extract.places:build")
    registry.register_extractor("persons.v1", "textmine.extract.persons:build")
    registry.register_labeller("keep.v1", "textmine.themes.labelling:ClusterLabeller")
    registry.register_labeller("dedupe.v1", "textmine.themes.labelling:DedupeLabeller")
    return registry
