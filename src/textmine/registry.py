"""Registered, versioned building blocks, filled by explicit calls.

A name such as ``extract.figures.v1`` always means the same behaviour: when
what a registered function returns changes, it gets a new version name and the
old one keeps its meaning for old configs.

An extractor may take options (``[extract.options."departments.v1"]`` in a
pipeline config). It registers a pydantic model for them next to its factory;
:meth:`Registry.build_extractor` validates the configured options with that
model, so a misspelled option fails when the pipeline is built, naming the key,
and calls the factory with ``options=`` the validated model. An extractor
without a model takes no options. Default options keep the behaviour of the
name: an option selects a different reading, never changes the default one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

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
    options: dict[str, str | type[BaseModel]] = field(default_factory=dict)

    def register_extractor(
        self, name: str, factory: str | ExtractorFactory, *, options: str | type[BaseModel] | None = None
    ) -> None:
        """Register an extractor factory (a callable, or ``"module:function"``).

        ``options`` is the pydantic model of the extractor's options (a class,
        or ``"module:Class"``); the factory is then called as
        ``factory(resources, options=model_instance)``.

        Example:
            >>> r = Registry(); r.register_extractor("demo.v1", "textmine.extract:make_span")
            >>> sorted(r.extractors)
            ['demo.v1']
        """
        _register(self.extractors, "extractor", name, factory)
        if options is not None:
            self.options[name] = options

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

    def build_extractor(self, name: str, resources: Resources, options: Mapping[str, Any] | None = None) -> Extractor:
        """Build the extractor ``name`` with ``options`` validated by its options model.

        Raises:
            ConfigError: the extractor is unknown, takes no options, or an
                option is unknown or invalid (naming ``extract.options."NAME".KEY``).

        Example:
            >>> from textmine.resources import Resources
            >>> build_registry().build_extractor("departments.v1", Resources(), {"reding": "news"})
            Traceback (most recent call last):
            ...
            textmine.errors.ConfigError: extract.options."departments.v1".reding: unknown key
        """
        factory = self.extractor(name)
        model = self.options.get(name)
        if model is None:
            if options:
                raise ConfigError(f'extract.options."{name}": extractor {name!r} takes no options')
            return factory(resources)
        if isinstance(model, str):
            model = _load(model, f'extract.options."{name}"', name)
        try:
            validated = model.model_validate(dict(options or {}))
        except ValidationError as err:
            raise ConfigError(_options_error(name, err)) from err
        return factory(resources, options=validated)


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


def _options_error(name: str, err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        key = ".".join([f'extract.options."{name}"', *map(str, e["loc"])])
        msg = "unknown key" if e["type"] == "extra_forbidden" else e["msg"]
        parts.append(f"{key}: {msg}")
    return "; ".join(parts)



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
    registry.register_extractor(
        "departments.v1", "textmine.extract.departments:build", options="textmine.extract.departments:DepartmentOptions"
    )
    registry.register_extractor("places.v1", "textmine.extract.places:build")
    registry.register_extractor("persons.v1", "textmine.extract.persons:build")
    registry.register_labeller("keep.v1", "textmine.themes.labelling:ClusterLabeller")
    registry.register_labeller("dedupe.v1", "textmine.themes.labelling:DedupeLabeller")
    return registry
