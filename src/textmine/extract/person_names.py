"""Person names: the tables of ``data/persons.jsonl`` compiled for the PERSON extractor.

PERSON records are well-known people, SURNAME records the surnames (single
and compound), TITLE records the titles with the side of the name they stand
on, HONOR_SUFFIX the last words of honorary titles, AFTER_NAME the words that
may follow a name, NOT_NAME words jieba tags as names that are ordinary
words, TRANSLIT the characters of transliterated names, CASE_AFTER the words
that name a disciplinary case after the name of the person tried (等案件),
LEADER_SURNAME the surnames of leaders that are ordinary characters otherwise
(习): a name only alone before an office (习主席, 给习总书记写信), NAME_PART the
parts Mongolian and Tibetan names are made of as Chinese writes them (孟克,
巴雅尔; 白玛, 赤林): two or more of them after a title make a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..resources import iter_jsonl

CLOSING_QUOTES = '”’」』"'


@dataclass(frozen=True)
class PersonLexicon:
    """The tables of ``persons.jsonl``, compiled; build with :func:`load_person_lexicon`."""

    known: frozenset[str]
    not_names: frozenset[str]
    translit: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: Mapping[str, str]
    bare_titles: frozenset[str]
    title_re: re.Pattern[str]
    honor_suffixes: tuple[str, ...]
    after_re: re.Pattern[str]
    #: First characters of a surname (single or compound).
    surname_starts: frozenset[str]
    #: Words after a name that make it the name of a disciplinary case (蓝天立等案件), longest first.
    case_after: tuple[str, ...] = ()
    #: Leaders' surnames that are ordinary characters otherwise (习): names only before an office.
    leader_surnames: frozenset[str] = frozenset()
    #: TITLE records marked ``cue``: words a name follows that are no title of it (任命, 免去, 给予).
    cues: frozenset[str] = frozenset()
    #: TITLE records with ``after``: the characters one of which must stand right before the title (领导 after a level).
    title_after: Mapping[str, str] = field(default_factory=dict)
    #: TITLE records marked ``weak``: common nouns that also qualify the noun after them (专家, 市民 before
    #: 满意度): a name after one must end where a name may end (专家王建国表示, not 企业家满意度不断).
    weak_titles: frozenset[str] = frozenset()
    #: NAME_PART records: the parts of Mongolian and Tibetan names (孟克巴雅尔, 白玛赤林).
    name_parts: frozenset[str] = frozenset()


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))


def load_person_lexicon(records: Iterable[Mapping[str, Any]] | None = None) -> PersonLexicon:
    """Compile the PERSON, SURNAME, TITLE, HONOR_SUFFIX and AFTER_NAME records.

    Raises:
        ConfigError: a record has an unknown label or a TITLE an unknown position.

    Example:
        >>> lex = load_person_lexicon()
        >>> "习近平" in lex.known, lex.titles["总书记"], bool(lex.title_re.match("同志"))
        (True, 'both', True)
    """
    source = "textmine/data/persons.jsonl"
    labels = (
        "PERSON", "SURNAME", "TITLE", "HONOR_SUFFIX", "AFTER_NAME", "NOT_NAME", "TRANSLIT", "CASE_AFTER", "LEADER_SURNAME",
        "NAME_PART",
    )  # fmt: skip
    tables: dict[str, dict[str, Mapping[str, Any]]] = {k: {} for k in labels}
    for record in records if records is not None else iter_jsonl("persons.jsonl"):
        label, pattern = record.get("label"), record.get("pattern")
        if label not in tables or not isinstance(pattern, str) or not pattern:
            raise ConfigError(f"{source}: bad record {record!r} (labels: {', '.join(tables)})")
        tables[label][pattern] = record.get("attrs") or {}
    titles = {}
    for title, attrs in tables["TITLE"].items():
        position = attrs.get("position", "both")
        if position not in ("before", "after", "both"):
            raise ConfigError(f"{source}: TITLE {title!r} has position {position!r} (before, after or both)")
        titles[title] = position
    surnames = frozenset(s for s in tables["SURNAME"] if len(s) == 1)
    compound = frozenset(s for s in tables["SURNAME"] if len(s) == 2)
    starts = "".join(sorted(surnames | {s[0] for s in compound}))
    # A title of one character (长, after an organ: 中宣部|长|黄坤明) is read from its token only: written
    # anywhere else it starts or ends no name (陈长林).
    spelled = {t: p for t, p in titles.items() if len(t) > 1}
    after = set(tables["AFTER_NAME"]) | set(spelled)
    return PersonLexicon(
        known=frozenset(tables["PERSON"]),
        not_names=frozenset(tables["NOT_NAME"]),
        translit=frozenset("".join(tables["TRANSLIT"])),
        surnames=surnames,
        compound_surnames=compound,
        titles=titles,
        bare_titles=frozenset(t for t, attrs in tables["TITLE"].items() if attrs.get("bare")),
        title_re=re.compile(_alternation(spelled)),
        honor_suffixes=tuple(sorted(tables["HONOR_SUFFIX"], key=len, reverse=True)),
        after_re=re.compile(_alternation(after)),
        surname_starts=frozenset(starts),
        case_after=tuple(sorted(tables["CASE_AFTER"], key=len, reverse=True)),
        leader_surnames=frozenset(s for s in tables["LEADER_SURNAME"] if len(s) == 1),
        cues=frozenset(t for t, attrs in tables["TITLE"].items() if attrs.get("cue")),
        title_after={t: attrs["after"] for t, attrs in tables["TITLE"].items() if attrs.get("after")},
        weak_titles=frozenset(t for t, attrs in tables["TITLE"].items() if attrs.get("weak")),
        name_parts=frozenset(p for p in tables["NAME_PART"] if len(p) > 1),
    )
