"""Benchmark the themes stage: cluster quality on THUCNews headlines, fit time and memory at scale.

Run from the repository root (needs ../shared, or TEXTMINE_SHARED):

    PYTHONPATH=src python benchmarks/bench_themes.py            # everything
    PYTHONPATH=src python benchmarks/bench_themes.py --quality  # NMI / ARI only
    PYTHONPATH=src python benchmarks/bench_themes.py --scaling  # fit time / memory only
    PYTHONPATH=src python benchmarks/bench_themes.py --stability  # refits on perturbed corpora

1. Quality: the 1,000 THUCNews headlines of ``data/thucnews_titles/sample_dev.jsonl``
   (10 classes, 100 each), one article each, clustered at the article level
   with k = 10 by the default ThemeModel; NMI and ARI against the class labels,
   next to two baselines on the same terms: word TF-IDF + KMeans, and
   character 1–2-gram TF-IDF + KMeans.
2. Scaling: the paragraphs of ``data/political/dev.jsonl`` replicated to 1k,
   10k and 50k paragraphs (50 per article), each size fitted in a fresh
   process; wall time of ``ThemeModel.fit``, peak memory of the fit
   (tracemalloc, numpy included) and of the process, with the ratios between
   sizes (linear: 10x, 5x). The default model fits on at most
   ``themes.fit_max_paragraphs`` of them (a deterministic sample), so time
   and memory stop growing there.
3. Apply cost: keywords + themes on the dev articles with a fitted model,
   against segmentation time of the same articles.
4. Stability: the default model fitted on the political dev articles and on
   perturbed copies (plus the seed article; minus one article, five times;
   minus 1 % of the paragraphs, three times; minus five articles, four
   times). Per copy: the share of dev paragraphs with the same cluster id in
   both fits, and the share in matching clusters (the best one-to-one match
   of the two fits' clusters: what the ids could reach at best). For the seed:
   its paragraphs clearly nearer one centre in both fits (margin 0.01) and how
   many of them keep their id.

Timings on a shared machine are noisy: compare the ratios within one run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TEXTMINE_SHARED", ROOT.parent / "shared"))
SIZES = (1_000, 10_000, 50_000)


def _pipeline():
    from textmine import Pipeline

    return Pipeline.from_config()


def _term_docs(pipeline, rows):
    from textmine.records import Article

    docs = []
    for row in rows:
        result = pipeline.prepare(Article.from_text(row["text"], id=row["id"]))
        docs.append(pipeline.term_doc(result.doc, result.spans))
    return docs


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quality(seeds: int) -> None:
    """NMI / ARI of article clusters (k = 10) on THUCNews headlines."""
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    rows = _read_jsonl(SHARED / "data" / "thucnews_titles" / "sample_dev.jsonl")
    labels = [r["label"] for r in rows]
    tm = _pipeline()
    docs = _term_docs(tm, rows)
    print(f"THUCNews headlines: {len(docs)} articles, {len(set(labels))} classes, k = 10")

    def report(name: str, scores: list[tuple[float, float]]) -> None:
        arr = np.array(scores)
        print(f"  {name:44s} NMI {arr[:, 0].mean():.3f} ± {arr[:, 0].std():.3f}   ARI {arr[:, 1].mean():.3f}")

    def score(pred) -> tuple[float, float]:
        return normalized_mutual_info_score(labels, pred), adjusted_rand_score(labels, pred)

    words = TfidfVectorizer(analyzer=lambda d: [t for p in d.terms for t in p]).fit_transform(docs)
    report("baseline: word TF-IDF + KMeans", [score(KMeans(10, n_init=10, random_state=s).fit_predict(words)) for s in range(seeds)])
    from textmine.themes.features import char_analyzer

    chars = TfidfVectorizer(analyzer=lambda d: char_analyzer((1, 2))(d.texts[0], ())).fit_transform(docs)
    report("baseline: char 1-2-gram TF-IDF + KMeans", [score(KMeans(10, n_init=10, random_state=s).fit_predict(chars)) for s in range(seeds)])
    results = []
    t0 = time.perf_counter()
    for seed in range(seeds):
        model = tm.theme_model().set_params(article_clusters=10, paragraph_clusters=1, random_state=seed)
        results.append(score(model.fit(docs).predict(docs)))
    elapsed = (time.perf_counter() - t0) / seeds
    report(f"textmine ThemeModel (default, {seeds} seeds)", results)
    print(f"  textmine default random_state=0: NMI {results[0][0]:.3f}  ARI {results[0][1]:.3f}  ({elapsed:.1f} s per fit)")


def _replicated(docs, n_paragraphs: int, per_article: int = 50):
    from textmine.records import TermDoc

    units = [(t, terms) for d in docs for t, terms in zip(d.texts, d.terms)]
    out = []
    for start in range(0, n_paragraphs, per_article):
        chunk = [units[(start + i) % len(units)] for i in range(min(per_article, n_paragraphs - start))]
        out.append(TermDoc(f"r{start}", tuple(u[0] for u in chunk), tuple(u[1] for u in chunk)))
    return out


def fit_child(n_paragraphs: int) -> None:
    """Fit once on ``n_paragraphs`` replicated paragraphs; print time and memory as JSON."""
    tm = _pipeline()
    docs = _replicated(_term_docs(tm, _read_jsonl(SHARED / "data" / "political" / "dev.jsonl")), n_paragraphs)
    model = tm.theme_model()
    import sklearn.cluster
    import sklearn.decomposition  # noqa: F401

    t0 = time.perf_counter()
    model.fit(docs)
    seconds = time.perf_counter() - t0
    # Memory of a second, identical fit, traced (numpy allocations included):
    # the process peak is often set earlier, by the segmentation dictionary.
    tracemalloc.start()
    model.fit(docs)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({
        "paragraphs": n_paragraphs,
        "seconds": round(seconds, 2),
        "traced_peak_mib": round(traced / 2**20, 1),
        "process_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "fitted": model.n_paragraphs_,
        "clusters": len(model.paragraph_clusters_.sizes),
        "features": len(model.features_.word.features) + len(model.features_.char.features),
    }))


def scaling() -> None:
    """Fit on 1k / 10k / 50k paragraphs, each in a fresh process."""
    print("Fit scaling (dev paragraphs replicated, 50 per article; fresh process per size):")
    rows = []
    for n in SIZES:
        proc = subprocess.run(
            [sys.executable, __file__, "--fit-child", str(n)], capture_output=True, text=True, check=True,
            env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
        )
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"  {n:>6} paragraphs ({row['fitted']} fitted): fit {row['seconds']:7.2f} s, traced peak {row['traced_peak_mib']:7.1f} MiB"
              f" (process peak {row['process_peak_mib']:.0f} MiB), {row['clusters']} clusters, {row['features']} features")
    for a, b in itertools.pairwise(rows):
        print(f"  {a['paragraphs']} → {b['paragraphs']} ({b['paragraphs'] // a['paragraphs']}x data):"
              f" time x{b['seconds'] / a['seconds']:.2f}, memory x{b['traced_peak_mib'] / a['traced_peak_mib']:.2f}")


def apply_cost() -> None:
    """Keywords + themes per article with a fitted model, against segmentation."""
    tm = _pipeline()
    rows = _read_jsonl(SHARED / "data" / "political" / "dev.jsonl")
    from textmine.records import Article

    timings: dict[str, float] = {}
    results = []
    for row in rows:
        article = Article.from_text(row["text"], id=row["id"])
        doc = tm.analyze(article, timings=timings)
        from textmine.pipeline import ArticleResult

        results.append(ArticleResult(doc, ()))
    terms = [tm.term_doc(r.doc, r.spans) for r in results]
    t0 = time.perf_counter()
    model = tm.fit(terms)
    fit_seconds = time.perf_counter() - t0
    worker = tm.with_model(model)
    t0 = time.perf_counter()
    for r, td in zip(results, terms):
        worker.enrich(r, terms=td)
    enrich = time.perf_counter() - t0
    chars = sum(len(r["text"]) for r in rows)
    print(f"Apply cost on political dev ({len(rows)} articles, {chars} chars; fit {fit_seconds:.1f} s):")
    print(f"  segmentation {timings['segment']:.2f} s ({chars / timings['segment'] / 1e6:.2f} M chars/s);"
          f" keywords + themes {enrich:.2f} s = {enrich / timings['segment']:.2f}x segmentation")


def _perturbations(dev, seed):
    import numpy as np

    from textmine.records import TermDoc

    out = {"+seed": [*dev, seed]}
    rng = np.random.RandomState(7)
    for r, i in enumerate(rng.choice(len(dev), 5, replace=False)):
        out[f"-1 article #{r}"] = [d for j, d in enumerate(dev) if j != i]
    for r in range(3):
        kept = []
        for d in dev:
            keep = rng.rand(len(d.texts)) > 0.01
            kept.append(TermDoc(d.id, *(tuple(x for x, k in zip(xs, keep) if k) for xs in (d.texts, d.terms)), d.sha256))
        out[f"-1% paragraphs #{r}"] = kept
    rng = np.random.RandomState(1)
    for r in range(4):
        drop = set(rng.choice(len(dev), 5, replace=False).tolist())
        out[f"-5 articles #{r}"] = [d for j, d in enumerate(dev) if j not in drop]
    return out


def stability() -> None:
    """Refit on perturbed copies of the dev corpus: do paragraphs keep their cluster ids?"""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    tm = _pipeline()
    dev = _term_docs(tm, _read_jsonl(SHARED / "data" / "political" / "dev.jsonl"))
    seed_text = (SHARED / "seed" / "article-zj-party-building.txt").read_text(encoding="utf-8")
    seed = _term_docs(tm, [{"id": "seed", "text": seed_text}])[0]

    def labels(model, docs):
        return np.array([-1 if c is None else c for a in model.transform(docs) for c in a.paragraph_clusters])

    def margins(model, doc):
        fs = model.features_
        scores = np.sort(model.paragraph_clusters_.scores(fs.vectors(fs.counts(list(zip(doc.texts, doc.terms))))), axis=1)
        return scores[:, -1] - scores[:, -2]

    t0 = time.process_time()
    base = tm.theme_model().fit(dev)
    fit_cpu = time.process_time() - t0
    ref = labels(base, dev)
    print(f"Stability: {len(dev)} dev articles, {len(ref)} paragraphs, {len(base.paragraph_clusters_.sizes)} paragraph clusters"
          f" (fit {fit_cpu:.1f} s CPU)")
    print(f"  {'refit on dev':24s} {'same id':>8s} {'matching':>9s}")
    groups: dict[str, list[tuple[float, float]]] = {}
    for name, docs in _perturbations(dev, seed).items():
        model = tm.theme_model().fit(docs)
        other = labels(model, dev)
        same = float(np.mean(ref == other))
        ok = (ref >= 0) & (other >= 0)
        k = max(ref.max(), other.max()) + 1
        table = np.bincount(ref[ok] * k + other[ok], minlength=k * k).reshape(k, k)
        r, c = linear_sum_assignment(-table)
        matching = table[r, c].sum() / len(ref)
        groups.setdefault(name.split(" #")[0], []).append((same, matching))
        line = f"  {name:24s} {same:8.3f} {matching:9.3f}"
        if name == "+seed":
            clear = (margins(base, seed) >= 0.01) & (margins(model, seed) >= 0.01)
            a, b = labels(base, [seed]), labels(model, [seed])
            themes_a = [[t.id for t in tags[:1]] for tags in base.transform([seed])[0].paragraph_themes]
            themes_b = [[t.id for t in tags[:1]] for tags in model.transform([seed])[0].paragraph_themes]
            line += (f"   seed: {int((a[clear] == b[clear]).sum())}/{int(clear.sum())} clear paragraphs keep their id,"
                     f" top themes {'equal' if themes_a == themes_b else 'differ'}")
        print(line, flush=True)
    for name, rows in groups.items():
        arr = np.array(rows)
        print(f"  mean {name:19s} {arr[:, 0].mean():8.3f} {arr[:, 1].mean():9.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="NMI / ARI on THUCNews headlines only")
    parser.add_argument("--scaling", action="store_true", help="fit time and memory only")
    parser.add_argument("--apply", action="store_true", help="apply cost only")
    parser.add_argument("--stability", action="store_true", help="refits on perturbed corpora only")
    parser.add_argument("--seeds", type=int, default=5, help="random states averaged (quality)")
    parser.add_argument("--fit-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fit_child:
        fit_child(args.fit_child)
        return 0
    if not (SHARED / "data").is_dir():
        print(f"bench_themes: development data not found at {SHARED} (set TEXTMINE_SHARED)", file=sys.stderr)
        return 1
    everything = not (args.quality or args.scaling or args.apply or args.stability)
    if args.quality or everything:
        quality(args.seeds)
    if args.scaling or everything:
        scaling()
    if args.apply or everything:
        apply_cost()
    if args.stability or everything:
        stability()
    return 0


if __name__ == "__main__":
    sys.exit(main())
