"""Normalize the script: original text → ``NormalizedText``.

Input: a string in traditional, simplified or mixed script.
Output: ``NormalizedText`` with ``norm``, the OpenCC ``t2s`` conversion with
full-width digits and Latin letters folded to ASCII, and the detected script.

Invariants:
- ``len(norm) == len(original)`` whenever the converter keeps length (OpenCC
  ``t2s`` always does) and the text has no invisible characters (zero-width
  spaces …) and no digits printed one by one with spaces between them
  (4 0 个, whose spaces are dropped: 40个); then ``offsets`` is None and
  offsets are shared.
- Otherwise ``offsets`` maps every norm position (and the end) to an original
  position, monotonically, exactly at the boundaries of every clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .errors import ConfigError, NormalizationError
from .records import NormalizedText

#: Full-width digits, Latin letters and the signs used inside numbers → ASCII.
#: One character to one character, so folding never moves an offset.
_WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_WIDTH_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_WIDTH_FOLD.update({ord("％"): ord("%"), ord("．"): ord("."), ord("＋"): ord("+"), ord("－"): ord("-")})
#: Runs of the characters ``_WIDTH_FOLD`` changes: only they are translated
#: (``str.translate`` looks every character of a text up).
_FOLDABLE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％．＋－]+")

#: Variant characters OpenCC's ``t2s`` leaves as they are, as older reprints print them (衞生 for
#: 卫生, 擧行 for 举行, 寶鶏 for 宝鸡), and 巿 typed for 市 (大同巿纪委): folded one to one into the standard simplified form, so that the lexicons,
#: written with it, match (愛國衞生運動, 中央衞生部, 陜西); and the care-of sign typed for % (增长15℅).
#: One character to one, so no offset moves.
_VARIANTS = ("衞衹鑛隣擧搆漑硏廐鶏吿囘塲畧躭鬭麤廼迺粧巿陜℅", "卫只矿邻举构溉研厩鸡告回场略耽斗粗乃乃妆市陕%")
_VARIANT_FOLD = str.maketrans(*_VARIANTS)
_VARIANT = re.compile(f"[{_VARIANTS[0]}]")
#: The other dots a name in parts is written with (夷將‧拔路兒 with U+2027, 阿沛•阿旺晋美 with a bullet, 罗伯特・肯尼迪
#: with the katakana dot): folded to the middle dot ·, one to one, where they stand between two Han characters.
_NAME_DOTS = re.compile("(?<=[\u4e00-\u9fff])[\u2027\u2022\u30fb\uff65\u2219](?=[\u4e00-\u9fff])")
_NAME_DOT_CHARS = frozenset("\u2027\u2022\u30fb\uff65\u2219")
#: A middle dot typed for the decimal point of a percentage (上涨1·8%; 5·12 alone is a date's month and day).
_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d+(?:%|个百分点))")

#: Invisible format characters (zero-width space/joiners, word joiner, BOM, soft
#: hyphen) are dropped from ``norm`` so that 省委\u200b組織部 still reads 省委组织部;
#: the offset map then points every kept character back to the original.
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: Arabic digits printed one by one with a space between them (4 0 个, 1 9 9 8 年, 8 ．8 ％, 1 亿吨, as
#: some reprints of older reports have them): the spaces, and one before the next Han character, are
#: dropped from ``norm``, so that the number is read whole (40个, 1998年, 8.8 %, 1亿吨). A decimal
#: point (folded to ``.``) joins the run with or without a space before it; a single digit only
#: loses the space before a Han character.
_SPACED_DIGITS = re.compile(r"(?<![\d.,])\d(?:(?: \d| ?\.\d)+(?![\d.,])(?: (?=[^\x00-\x7f]))?| (?=[^\x00-\x7f]))")
#: Thousands parted by a space, as yearbooks and PDF copies print them (22 044个, 22 728.11万元): the
#: spaces are dropped from ``norm`` too (22044个).
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")

#: Clause boundaries used when a conversion changes length and a map is built.
_CLAUSE = re.compile(r"[^\s，。、；：！？,.;:!?]+|[\s，。、；：！？,.;:!?]+")

#: Share of script-specific characters above which a text is called traditional
#: (and below one minus it, simplified); in between it is mixed.
SCRIPT_THRESHOLD = 0.8


class Converter(Protocol):
    """What textmine needs of an OpenCC converter (official or pure Python)."""

    def convert(self, text: str) -> str:  # pragma: no cover - protocol
        """Convert a string."""


def build_converter(config: str = "t2s") -> Converter:
    """Build an OpenCC converter from whichever ``opencc`` module is installed.

    The official binding (package ``opencc``) is the default; the pure-Python
    ``opencc-python-reimplemented`` ships the same module name and API.

    Args:
        config: OpenCC configuration name, e.g. ``t2s``, ``s2t``, ``tw2sp``.

    Raises:
        ConfigError: ``opencc`` is missing or the configuration is unknown.

    Example:
        >>> build_converter("t2s").convert("國家機關")
        '国家机关'
    """
    try:
        import opencc
    except ImportError as err:  # pragma: no cover - dependency is required
        raise ConfigError("the 'opencc' package is required: pip install opencc") from err
    try:
        return opencc.OpenCC(config)
    except Exception as err:  # the binding raises bare RuntimeError/ValueError
        raise ConfigError(f"normalize.converter: unknown OpenCC configuration {config!r} ({err})") from err


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_WIDTH_FOLD)


def _script_table(traditional: Iterable[str], simplified: Iterable[str]) -> np.ndarray:
    # Code point → 1 (traditional only), 2 (simplified only) or 0; the last entry (0)
    # stands for every code point beyond the table.
    traditional, simplified = [ord(c) for c in traditional], [ord(c) for c in simplified]
    table = np.zeros(max(traditional + simplified, default=0) + 2, dtype=np.int8)
    table[traditional] = 1
    table[simplified] = 2
    return table


@dataclass(frozen=True, slots=True)
class Normalizer:
    """Converter plus script tables, built once and reused for every article.

    Build it with :func:`build_normalizer`; call :meth:`normalize` per text.
    """

    converter: Converter
    fold_width: bool
    #: Code point → 1 where only traditional script has the character, 2 where only simplified has it.
    script_table: np.ndarray

    def normalize(self, text: str) -> NormalizedText:
        """Convert ``text`` to simplified script, keeping offsets.

        Example:
            >>> n = build_normalizer().normalize("省網信辦２０２１年")
            >>> n.norm, n.script
            ('省网信办2021年', 'traditional')
        """
        # OpenCC takes UTF-8: a lone surrogate (from a careless decoder) is converted as U+FFFD,
        # one character for one, and stays as it was in the original.
        source = _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
        norm = self.converter.convert(source)
        offsets = None
        if len(norm) != len(text):
            norm, offsets = _convert_with_map(self.converter, source)
        if _VARIANT.search(norm):
            norm = norm.translate(_VARIANT_FOLD)
        if self.fold_width:
            norm = _FOLDABLE.sub(_fold_run, norm)
        if not _NAME_DOT_CHARS.isdisjoint(norm):
            norm = _NAME_DOTS.sub("·", norm)
        if "·" in norm:
            norm = _DOT_DECIMAL.sub(".", norm)
        drop = [m.start() for m in _INVISIBLE.finditer(norm)]
        if _digit_space_digit(norm):
            drop += [m.start() + k for m in _SPACED_DIGITS.finditer(norm) for k, c in enumerate(m.group()) if c == " "]
            drop += [m.start() + k for m in _SPACED_THOUSANDS.finditer(norm) for k, c in enumerate(m.group()) if c == " "]
        if " " in norm:
            drop += _spaces_around_numbers(norm)
        if drop:
            # (sorted, each once: a space between spaced digits may also stand before their unit)
            norm, offsets = _drop_chars(norm, offsets, len(text), sorted(set(drop)))
        script, shares = self.detect_script(text)
        return NormalizedText(original=text, norm=norm, script=script, shares=shares, offsets=offsets)

    def detect_script(self, text: str) -> tuple[str, dict[str, float]]:
        """Classify ``text`` as traditional, simplified or mixed, with the shares.

        Shares count characters that exist only in one script (國 vs 国);
        characters common to both are ignored.

        Example:
            >>> build_normalizer().detect_script("國家机关")
            ('mixed', {'simplified': 0.6667, 'traditional': 0.3333})
        """
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        table = self.script_table
        _, trad, simp = np.bincount(table[np.minimum(points, len(table) - 1)], minlength=3).tolist()
        total = trad + simp
        if total == 0:
            return "simplified", {"simplified": 0.0, "traditional": 0.0}
        share = trad / total
        shares = {"simplified": round(simp / total, 4), "traditional": round(share, 4)}
        if share >= SCRIPT_THRESHOLD:
            return "traditional", shares
        if share <= 1 - SCRIPT_THRESHOLD:
            return "simplified", shares
        return "mixed", shares


def build_normalizer(converter: str = "t2s", *, fold_width: bool = True) -> Normalizer:
    """Build a :class:`Normalizer`: the OpenCC converter and script tables.

    The script tables are the CJK characters that ``t2s`` changes
    (traditional-only) and those that only ``s2t`` changes (simplified-only),
    computed from the installed OpenCC data, so nothing is hand-listed.

    Example:
        >>> build_normalizer().normalize("兩個維護").norm
        '两个维护'
    """
    conv = build_converter(converter)
    back = build_converter("s2t")
    chars = [chr(cp) for cp in range(0x4E00, 0xA000)] + [chr(cp) for cp in range(0x3400, 0x4DC0)]
    joined = "\n".join(chars)
    to_simp = conv.convert(joined).split("\n")
    to_trad = back.convert(joined).split("\n")
    if len(to_simp) != len(chars) or len(to_trad) != len(chars):  # pragma: no cover - defensive
        raise NormalizationError("OpenCC changed the line structure of the script table")
    trad_only = [c for c, s in zip(chars, to_simp) if s != c]
    simp_only = [c for c, s, t in zip(chars, to_simp, to_trad) if s == c and t != c]
    return Normalizer(conv, fold_width, _script_table(trad_only, simp_only))


def _convert_with_map(converter: Converter, text: str) -> tuple[str, tuple[int, ...]]:
    """Convert clause by clause and map each converted clause onto its source.

    Clauses whose length is kept map one to one. In a clause whose length
    changes (記憶體 → 内存 under ``tw2sp``), the converted clause is aligned
    with a character-by-character conversion of it: unchanged stretches map
    one to one, and each rewritten stretch maps proportionally onto its source
    stretch, so clause boundaries and untouched characters map exactly.
    """
    from difflib import SequenceMatcher

    parts: list[str] = []
    offsets: list[int] = []
    for m in _CLAUSE.finditer(text):
        a, b = m.span()
        clause = m.group()
        converted = converter.convert(clause)
        parts.append(converted)
        if len(converted) == b - a:
            offsets.extend(range(a, b))
            continue
        by_char = "".join(converter.convert(c)[:1] or c for c in clause)
        for _, i1, i2, j1, j2 in SequenceMatcher(None, by_char, converted, autojunk=False).get_opcodes():
            n = j2 - j1
            offsets.extend(a + i1 + (k * (i2 - i1)) // n for k in range(n))
    offsets.append(len(text))
    norm = "".join(parts)
    if len(offsets) != len(norm) + 1 or any(x > y for x, y in itertools.pairwise(offsets)):
        raise NormalizationError("the offset map of a length-changing conversion is not monotonic")
    return norm, tuple(offsets)


def _spaces_around_numbers(norm: str) -> list[int]:
    """The spaces some web pages put between numbers and the Han characters around them (自 6 月起, 截至
    7 月 22 日, 约 4 万多人, 5% 左右, 超过 110 万人): dropped from ``norm`` as Chinese type sets none
    there, so that dates and figures are read whole. A single space is dropped after a digit or % before
    a date's unit or a word of approximation (6 月, 5% 左右), and before a digit after a word of
    approximation (约, 超过, 不到) or the 年 or 月 of a date (7 月 22 日); a span
    ending right before a dropped space would hold it, so no other space before a number is dropped
    (2020年03月27日 10:02 keeps its space). The spaces inside an amount written with its multipliers
    (84 亿 556 万 7000 元) are dropped too.

    Example:
        >>> _spaces_around_numbers("自 6 月起，GDP 约 5% 左右")
        [3, 12, 15]
    """
    out = []
    i = norm.find(" ", 1)
    while i > 0:
        before, after = norm[i - 1], norm[i + 1 : i + 2]
        digit_before = before.isascii() and before.isdigit()
        unit_after = (digit_before or before == "%") and norm.startswith(_DATE_OR_APPROX, i + 1)
        number_after = (before in _APPROX_LAST or before in "年月") and after.isascii() and after.isdigit()  # 约 4, 7 月 22
        # 84 亿 556 万 7000 元: the multipliers of one amount and the digits between them
        multiplier = (digit_before and (after in _MULTIPLIERS or (after > "\u4e00" and _multiplier_before(norm, i)))) or (
            before in _MULTIPLIERS and after.isascii() and after.isdigit() and _digit_before(norm, i - 1)
        )
        if unit_after or number_after or multiplier:
            out.append(i)
        i = norm.find(" ", i + 1)
    return out


#: The multipliers an amount is written with in parts (84 亿 556 万 7000 元).
_MULTIPLIERS = frozenset("亿万")


def _digit_before(norm: str, at: int) -> bool:
    """True when a digit stands right before ``at``, or before one space there (84 亿)."""
    before = norm[at - 1 : at]
    if before == " ":
        before = norm[at - 2 : at - 1]
    return before.isascii() and before.isdigit()


def _multiplier_before(norm: str, at: int) -> bool:
    """True when the digits ending at ``at`` follow a multiplier (…556 万 7000| 元: the amount's last part)."""
    j = at
    while j > 0 and norm[j - 1].isascii() and norm[j - 1].isdigit():
        j -= 1
    if norm[j - 1 : j] == " ":
        j -= 1
    return norm[j - 1 : j] in _MULTIPLIERS and _digit_before(norm, j - 1)


#: What a dropped space may stand before, after a number: a date's unit or a word of approximation
#: (6 月, 5% 左右); the figures read a space before a classifier themselves (890 余个, 1400 名).
_DATE_OR_APPROX = ("年", "月", "日", "号", "左右", "以上", "以下", "上下", "前后")
#: The last characters of the words of approximation before a number (约, 近, 超, 超过, 逾, 不到, 不足, 多达).
_APPROX_LAST = frozenset("约近超过逾到足达")


def _digit_space_digit(norm: str) -> bool:
    """True when a space stands between two digits (or a digit and a decimal point) somewhere in ``norm``
    (a scan of the spaces only: the regex of spaced digits, tried at every character, costs more than
    the rest of normalization)."""
    i = norm.find(" ", 1)
    while i > 0:
        if norm[i - 1].isdigit() and (norm[i + 1 : i + 2].isdigit() or (norm[i + 1 : i + 2] == "." and norm[i + 2 : i + 3].isdigit())):
            return True
        i = norm.find(" ", i + 1)
    return False


def _drop_chars(norm: str, offsets: tuple[int, ...] | None, length: int, drop: list[int]) -> tuple[str, tuple[int, ...]]:
    """Remove the characters at the sorted positions ``drop`` from ``norm`` and compose the offset map.

    A removed character (invisible, or a space between spaced digits) stays in
    the original text; a range of ``norm`` ending just before it maps to an
    original range that ends after it.
    """
    base = offsets if offsets is not None else range(length + 1)
    dropped = set(drop)
    keep = [i for i in range(len(norm)) if i not in dropped]
    return "".join(norm[i] for i in keep), (*(base[i] for i in keep), length)


def normalize_text(text: str, *, normalizer: Normalizer | None = None) -> NormalizedText:
    """Normalize one string (builds a default :class:`Normalizer` when none is given).

    For many texts, build the normalizer once with :func:`build_normalizer`.

    Example:
        >>> normalize_text("黨中央").norm
        '党中央'
    """
    return (normalizer or build_normalizer()).normalize(text)
