"""Registered, versioned building blocks, filled by explicit calls.

A name such as ``extract.figures.v1`` always means the same behaviour: when
what a registered function returns changes, it gets a new version name and the
old one keeps its meaning for old configs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ConfigError
from .extract import Extractor
from .resources import Resources

ExtractorFactory = Callable[[Resources], Extractor]


@dataclass(frozen=True)
class Registry:
    """Name → factory tables; build the standard one with :func:`build_registry`."""

    extractors: dict[str, ExtractorFactory] = field(default_factory=dict)

    def extractor(self, name: str) -> ExtractorFactory:
        """Look up an extractor factory by its registered name.

        Raises:
            ConfigError: naming the unknown extractor and the known ones.

        Example:
            >>> build_registry().extractor("nope")
            Traceback (most recent call last):
            ...
            textmine.errors.ConfigError: extract.extractors: unknown extractor 'nope'; known: (none)
        """
        try:
            return self.extractors[name]
        except KeyError:
            known = ", ".join(sorted(self.extractors)) or "(none)"
            raise ConfigError(f"extract.extractors: unknown extractor {name!r}; known: {known}") from None


def build_registry() -> Registry:
    """Return the registry of every extractor shipped with textmine.

    Example:
        >>> isinstance(build_registry().extractors, dict)
        True
    """
    return Registry()
