"""Run a per-article job over batches: in this process, in worker processes, or on Dask.

A job is described by a picklable *factory* whose ``build()`` returns the
function run on each batch (``batch -> results``). Each worker calls
``build()`` once (that is where the pipeline, its tokenizer and lexicons are
built) and then serves batch after batch; only the batch (article texts) goes
to a worker and only its small results come back, never token lists.

All three engines yield ``(batch_index, results)`` as batches finish, with at
most ``max_in_flight`` batches submitted and not yet collected, so memory stays
bounded however many articles the input holds.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import queue
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol, TypeVar

from .errors import ConfigError, TextmineError

T = TypeVar("T")
_STOP = None


class JobFactory(Protocol):
    """A picklable recipe for the function a worker runs on each batch."""

    def build(self) -> Callable[[list[Any]], list[Any]]:  # pragma: no cover - protocol
        """Build the batch function (once per worker)."""


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Group ``items`` into lists of ``size`` (the last one shorter).

    Example:
        >>> list(batched("abcde", 2))
        [['a', 'b'], ['c', 'd'], ['e']]
    """
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def map_serial(factory: JobFactory, batches: Iterable[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
    """Run every batch in this process.

    Example:
        >>> list(map_serial(_Echo(), [[1], [2]]))
        [(0, [1]), (1, [2])]
    """
    run = factory.build()
    for i, batch in enumerate(batches):
        yield i, run(batch)


def limit_native_threads() -> None:
    """Keep numeric libraries (BLAS, OpenMP) to one thread in this worker process.

    Several workers each running multi-threaded BLAS would oversubscribe the
    cores; one thread per worker is what a process pool wants.

    Example:
        >>> callable(limit_native_threads)
        True
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        return
    threadpool_limits(limits=1)


#: Allocations between two young collections in a process that froze its built objects.
YOUNG_THRESHOLD = 10_000


def freeze_built_objects() -> None:
    """Take everything allocated so far (a built pipeline) out of the cyclic collector's scans.

    A pipeline holds millions of long-lived objects (dictionaries, lexicons,
    tries); every full collection would walk them all again while articles
    are processed; young collections are made rarer too. Call it once in a
    process that owns its heap (a worker, the command line) after the pipeline
    is built: about 10 % less CPU per article.

    Example:
        >>> lexicon = {"省委组织部": "party"}  # built once, read for every article
        >>> before = gc.get_threshold()
        >>> freeze_built_objects(); frozen = gc.get_freeze_count(); gc.unfreeze(); gc.set_threshold(*before)
        >>> frozen > 0
        True
    """
    gc.collect()
    gc.freeze()
    # An article allocates hundreds of thousands of short-lived objects (tokens,
    # spans, dicts), nearly all freed by reference counting: a young collection
    # every 10,000 allocations instead of 700 halves the collector's share.
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)


def release_free_memory() -> bool:
    """Hand the heap's free pages back to the system after a large, short-lived allocation.

    Fitting the theme model allocates tens of megabytes of arrays and term
    lists that are freed when it ends; glibc keeps the freed pages for later
    allocations, so the process would carry them through the whole run. A
    collection followed by ``malloc_trim`` returns them (about 40 MB after the
    default fit). Elsewhere than glibc it does nothing.

    Returns:
        True when memory was trimmed.

    Example:
        >>> release_free_memory() in (True, False)
        True
    """
    import ctypes

    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError, TypeError):
        return False  # not glibc (macOS, musl without it, Windows)
    trim(0)
    return True


def _worker_main(factory: JobFactory, tasks: mp.Queue, results: mp.Queue) -> None:
    limit_native_threads()
    try:
        run = factory.build()
    except BaseException as err:  # noqa: BLE001 - reported to the parent, which raises it
        results.put((-1, f"{type(err).__name__}: {err}"))
        return
    freeze_built_objects()
    while (task := tasks.get()) is not _STOP:
        index, batch = task
        results.put((index, run(batch)))


def map_processes(
    factory: JobFactory, batches: Iterable[list[Any]], *, workers: int, max_in_flight: int | None = None
) -> Iterator[tuple[int, list[Any]]]:
    """Run batches in ``workers`` spawned processes, each building its job once.

    Raises:
        TextmineError: a worker could not build its job, or died mid-run.

    Example:
        >>> sorted(map_processes(_Echo(), [[1], [2], [3]], workers=2))
        [(0, [1]), (1, [2]), (2, [3])]
    """
    ctx = mp.get_context("spawn")
    limit = max_in_flight or 2 * workers
    tasks: mp.Queue = ctx.Queue()
    results: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_worker_main, args=(factory, tasks, results), daemon=True) for _ in range(workers)]
    for p in procs:
        p.start()
    pending = 0
    source = enumerate(batches)
    exhausted = False
    try:
        while True:
            while not exhausted and pending < limit:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                tasks.put(item)
                pending += 1
            if pending == 0:
                break
            try:
                index, payload = results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in procs if not p.is_alive()]
                if dead:
                    raise TextmineError(f"a worker process died (exit code {dead[0].exitcode}); {pending} batches lost") from None
                continue
            if index < 0:
                raise ConfigError(f"a worker could not build the pipeline: {payload}")
            pending -= 1
            yield index, payload
    finally:
        for _ in procs:
            tasks.put(_STOP)
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()
        tasks.close()
        results.close()


def map_dask(
    factory: JobFactory,
    batches: Iterable[list[Any]],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    max_in_flight: int | None = None,
) -> Iterator[tuple[int, list[Any]]]:
    """Run batches on a ``dask.distributed`` cluster (a ``LocalCluster`` when no address is given).

    Raises:
        ConfigError: ``dask[distributed]`` is not installed.

    Example:
        >>> sorted(map_dask(_Echo(), [[1], [2]], workers=1))  # doctest: +SKIP
        [(0, [1]), (1, [2])]
    """
    try:
        from .dask_engine import map_on_cluster
    except ImportError as err:
        raise ConfigError("--engine dask needs dask.distributed: pip install 'textmine[dask]'") from err
    return map_on_cluster(factory, batches, scheduler=scheduler, workers=workers, max_in_flight=max_in_flight)


class _Echo:
    """A job that returns its batch (for examples and tests)."""

    def build(self) -> Callable[[list[Any]], list[Any]]:
        return list
