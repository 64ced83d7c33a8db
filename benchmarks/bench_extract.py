"""Time segmentation against each extractor of the default pipeline.

Usage (from the repository root):

    PYTHONPATH=src python benchmarks/bench_extract.py [--quick] [--repeat N] [--cpu] [--as-run] [--per-article] [--against SRC] [--data PATH] [--config TOML]

Runs the default pipeline (whatever ``DEFAULT_EXTRACTORS`` registers) over the
political dev articles of ``../shared/data/political/dev.jsonl`` (or
``$TEXTMINE_SHARED/data/political/dev.jsonl``) and over their
OpenCC ``s2t`` twins. Every article is normalized and segmented once per round;
each extractor is timed on the same ``Doc``. Every round starts from a
pipeline built afresh (its lazy resources built on a short sentence of its
own, not on the articles): what the extractors keep between articles (numbers,
figure plans, quoted texts already read) fills up during the round, as it does
in a run, and a later round never finds the articles of an earlier one there.
Timings are per stage, summed over
the articles, best of ``--repeat`` rounds (the machine is shared, so minima are
steadier than means), and printed as a share of segmentation time: the project
budget is that all extractors together cost at most 50 % of segmentation. The
last column is the median over the rounds of each round's own ratio (stage ÷
segmentation of that round), which a busy spell that slows a whole round
leaves unchanged. ``--quick`` takes every fifth article; ``--cpu`` counts CPU
time instead of wall-clock time, which other jobs on a shared machine disturb
less; ``--config`` times the pipeline of a TOML file instead of the default one.
``--as-run`` prepares the heap as ``textmine run`` does once its pipeline is
built (built objects frozen, young collections every 10,000 allocations):
without it, collections that walk the built lexicons fall mostly inside
segmentation, which allocates the most, and make it look slower than it is in a run.
``--per-article`` keeps, for each article and stage, the best of the rounds
and sums those: a busy spell costs one article one round, not a whole round.
A collection that falls at the same article in every round stays in, and
most of those fall in segmentation, so its ratios run higher than the
library figure (about 52 % against 40 % for the three number and slogan
extractors on the dev articles); compare them only with each other.
``--against SRC`` times the extractors of this checkout against those of
another one (``SRC`` is its ``src`` folder, /work/main/src for instance) in
one process, on the same articles: for each article and extractor the two
versions run one after the other, in alternating order, with the built
objects frozen, and the best round of each article is kept. Each round builds
both pipelines afresh and gives each version a ``Doc`` of its own, analyzed
for that round: neither finds what it (or the other) kept from an earlier
round, in its own state or in the document's memo. It prints each
extractor's seconds in both versions and their ratio (an unchanged
extractor comes out within about 3 % of 1, all six together within about
1 %), and whether the spans of the two versions are identical.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))
DEFAULT_DATA = SHARED / "data" / "political" / "dev.jsonl"


#: Builds every lazy resource of a fresh pipeline (one of each label), so that none is built
#: inside a timed article; short, so that it leaves the extractors' per-text tables nearly empty.
WARM_UP = "2019年7月9日，浙江省委組織部在杭州市召開會議，習近平總書記強調“兩個維護”，7000多個基層黨組織參加。"


def _fresh(build, config: Path | None, *, freeze: bool = False):
    """A pipeline built by ``build`` (``Pipeline.from_config`` of one checkout), warmed on :data:`WARM_UP`."""
    pipeline = build(config)
    pipeline.extract(pipeline.analyze(WARM_UP))
    if freeze:
        import gc

        gc.collect()
        gc.freeze()
    return pipeline


def _load(path: Path, quick: bool) -> list[str]:
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[::5] if quick else texts


def _round(pipeline, texts: list[str], per_article: list[dict[str, float]] | None = None) -> dict[str, float]:
    """One pass over ``texts``: seconds per stage (normalize, segment, extract.<name>).

    With ``per_article`` (one dict per text), each article's best time per stage is kept there too.
    """
    timings: dict[str, float] = {}
    for k, text in enumerate(texts):
        own: dict[str, float] = {}
        doc = pipeline.analyze(text, timings=own)
        pipeline.extract(doc, timings=own)
        for stage, seconds in own.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
            if per_article is not None:
                best = per_article[k]
                best[stage] = min(best.get(stage, seconds), seconds)
    return timings


def _report(title: str, rounds: list[dict[str, float]], chars: int, names: list[str]) -> None:
    stages = ["normalize", "segment", *[f"extract.{n}" for n in names]]
    best = {stage: min(r.get(stage, 0.0) for r in rounds) for stage in stages}
    seg = best["segment"]
    median = {stage: statistics.median(r.get(stage, 0.0) / r["segment"] for r in rounds) for stage in stages}
    print(f"\n{title}: {chars:,} characters")
    print(f"  {'stage':28s} {'seconds':>8s} {'chars/s':>12s} {'÷ segment':>10s} {'median ÷':>9s}")
    for stage in stages:
        t = best[stage]
        rate = f"{chars / t:,.0f}" if t else "-"
        print(f"  {stage:28s} {t:8.3f} {rate:>12s} {t / seg:9.1%} {median[stage]:9.1%}")
    extract = [f"extract.{n}" for n in names]
    total = sum(best[stage] for stage in extract)
    total_median = sum(median[stage] for stage in extract)
    print(f"  {'all extractors':28s} {total:8.3f} {'':>12s} {total / seg:9.1%} {total_median:9.1%}   (budget 50 %)")


class _Checkout:
    """The ``textmine`` package of another checkout, imported beside this one's.

    Its modules are imported under the usual names and then kept aside;
    :meth:`build` puts them back into ``sys.modules`` while it builds a
    pipeline (the registry imports extractor modules by name, which must be
    that checkout's) and sets this checkout's modules back afterwards.
    """

    def __init__(self, src: Path) -> None:
        if _swap({}):
            raise RuntimeError("--against must import the other checkout before textmine is imported")
        self.src = src
        self.modules: dict[str, object] = {}

    def build(self, config: Path | None, *, freeze: bool = False):
        """A fresh pipeline of that checkout (see :func:`_fresh`)."""
        mine = _swap(self.modules)
        sys.path.insert(0, str(self.src))
        try:
            import textmine as other

            return _fresh(other.Pipeline.from_config, config, freeze=freeze)
        finally:
            sys.path.remove(str(self.src))
            self.modules = _swap(mine)


def _swap(modules: dict[str, object]) -> dict[str, object]:
    """Make ``modules`` the ``textmine`` package in ``sys.modules``; return the modules they replace."""
    current = {k: sys.modules.pop(k) for k in [k for k in sys.modules if k == "textmine" or k.startswith("textmine.")]}
    sys.modules.update(modules)
    return current


def _spans_of(pipeline, names: list[str], doc) -> dict[str, list]:
    """The spans each extractor of ``names`` finds in ``doc``, given those of the ones before it."""
    by_name, found, out = dict(pipeline.extractors), [], {}
    for name in names:
        out[name] = list(found)
        found.extend(by_name[name](doc, tuple(found)))
    out[""] = [(s.label, s.start, s.end, s.text, s.attrs) for s in found]
    return out


def _compare(other: _Checkout, pipeline, config: Path | None, title: str, corpus: list[str], repeat: int) -> None:
    """Time the extractors of ``pipeline`` against those of the ``other`` checkout (see ``--against``)."""
    import gc

    base = other.build(config)
    names = [name for name, _ in pipeline.extractors if name in dict(base.extractors)]
    # The spans each extractor is given (those of the extractors before it), found once per version.
    found = [[_spans_of(p, names, p.analyze(text)) for text in corpus] for p in (base, pipeline)]
    same = all(a[""] == b[""] for a, b in zip(*found))
    clock = time.perf_counter
    best: dict[tuple[int, str, int], float] = {}
    segment: list[float] = [float("inf")] * len(corpus)
    for r in range(max(1, repeat)):
        gc.unfreeze()
        fresh = [dict(p.extractors) for p in (other.build(config, freeze=True), _fresh(type(pipeline).from_config, config, freeze=True))]
        for j, text in enumerate(corpus):
            own: dict[str, float] = {}
            docs = [base.analyze(text), pipeline.analyze(text, timings=own)]
            segment[j] = min(segment[j], own["segment"])
            for name in names:
                for side in (0, 1) if (r + j) % 2 else (1, 0):
                    t0 = clock()
                    fresh[side][name](docs[side], tuple(found[side][j][name]))
                    seconds = clock() - t0
                    best[side, name, j] = min(best.get((side, name, j), seconds), seconds)
    gc.unfreeze()
    seg = sum(segment)
    print(f"\n{title}: {sum(map(len, corpus)):,} characters, best round per article; spans identical: {same}")
    print(f"  {'extractor':28s} {'base s':>8s} {'this s':>8s} {'this/base':>10s} {'base ÷ seg':>11s} {'this ÷ seg':>11s}")
    totals = [0.0, 0.0]
    for name in names:
        a, b = (sum(best[side, name, j] for j in range(len(corpus))) for side in (0, 1))
        totals[0] += a
        totals[1] += b
        print(f"  {name:28s} {a:8.3f} {b:8.3f} {b / a:10.3f} {a / seg:10.1%} {b / seg:10.1%}")
    a, b = totals
    print(f"  {'all':28s} {a:8.3f} {b:8.3f} {b / a:10.3f} {a / seg:10.1%} {b / seg:10.1%}   (segmentation {seg:.3f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="every fifth article only")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best time per stage is kept")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a 'text' per line")
    parser.add_argument("--config", type=Path, default=None, help="pipeline TOML (default pipeline when omitted)")
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time of this process instead of wall-clock time (steadier on a busy machine)"
    )
    parser.add_argument(
        "--as-run", action="store_true", help="freeze the built pipeline and relax the collector, as textmine run does"
    )
    parser.add_argument(
        "--per-article", action="store_true", help="sum each article's best round per stage"
    )
    parser.add_argument(
        "--against", type=Path, default=None, metavar="SRC", help="compare with the extractors of the textmine package under SRC"
    )
    args = parser.parse_args(argv)
    if args.cpu:
        # Pipeline.analyze/extract read time.perf_counter when they run: make it this process's CPU time.
        time.perf_counter = time.process_time
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2

    texts = _load(args.data, args.quick)
    other = _Checkout(args.against) if args.against else None

    from textmine import Pipeline
    from textmine.normalize import build_converter

    pipeline = Pipeline.from_config(args.config)
    names = [name for name, _ in pipeline.extractors]
    s2t = build_converter("s2t")
    twins = [s2t.convert(t) for t in texts]
    if other is not None:
        print(f"this checkout against {args.against}; clock: {'CPU' if args.cpu else 'wall'}")
        for title, corpus in (("dev articles", texts), ("s2t twins", twins)):
            _compare(other, pipeline, args.config, title, corpus, args.repeat)
        return 0
    from textmine.parallel import freeze_built_objects

    def fresh():
        """This round's pipeline, its heap prepared as textmine run prepares it with ``--as-run``."""
        built = _fresh(Pipeline.from_config, args.config)
        if args.as_run:
            freeze_built_objects()
        return built

    print(f"extractors (in order): {', '.join(names) or '(none)'}; clock: {'CPU' if args.cpu else 'wall'}")
    for title, corpus in (("dev articles", texts), ("s2t twins", twins)):
        t0 = time.perf_counter()
        per_article: list[dict[str, float]] | None = [{} for _ in corpus] if args.per_article else None
        rounds = [_round(fresh(), corpus, per_article) for _ in range(max(1, args.repeat))]
        if per_article is not None:
            # One "round" of per-article minima: the best and the median columns are the same figure.
            best = {stage: sum(a.get(stage, 0.0) for a in per_article) for stage in per_article[0]} if corpus else {}
            rounds, title = [best], f"{title}, best round per article"
        _report(title, rounds, sum(map(len, corpus)), names)
        print(f"  ({args.repeat} rounds in {time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
