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
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any, Protocol, Self, TypeVar

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
        results.put((-1, -1, f"{type(err).__name__}: {err}"))
        return
    freeze_built_objects()
    while (task := tasks.get()) is not _STOP:
        round_, index, batch = task
        results.put((round_, index, run(batch)))


class ProcessPool:
    """Spawned worker processes kept for a whole run: each builds its job once, then serves map after map.

    Workers start building as soon as the pool is created, so the caller can
    go on with its own work (reading the corpus) meanwhile. With
    ``start_method="fork"`` they are copies of this process and ``factory``
    is not pickled (a job built here is used as it is). Every
    :meth:`map` is bounded by ``max_in_flight`` batches; results of a map
    left before its end are dropped when they come back.

    Example:
        >>> with ProcessPool(_Echo(), workers=2) as pool:
        ...     sorted(pool.map([[1], [2]])), sorted(pool.map([[3]]))
        ([(0, [1]), (1, [2])], [(0, [3])])
    """

    def __init__(self, factory: JobFactory, *, workers: int, start_method: str = "spawn") -> None:
        ctx = mp.get_context(start_method)
        self.tasks: mp.Queue = ctx.Queue()
        self.results: mp.Queue = ctx.Queue()
        self.procs = [ctx.Process(target=_worker_main, args=(factory, self.tasks, self.results), daemon=True) for _ in range(workers)]
        for p in self.procs:
            p.start()
        self.round = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, batches: Iterable[Any], *, max_in_flight: int | None = None) -> Iterator[tuple[int, Any]]:
        """Yield ``(batch_index, results)`` as the workers finish the batches (any order).

        Raises:
            ConfigError: a worker could not build its job.
            TextmineError: a worker died mid-run.
        """
        self.round += 1
        current = self.round
        limit = max_in_flight or 2 * len(self.procs)
        pending = 0
        source = enumerate(batches)
        exhausted = False
        while True:
            while not exhausted and pending < limit:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                self.tasks.put((current, *item))
                pending += 1
            if pending == 0:
                return
            try:
                round_, index, payload = self.results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in self.procs if not p.is_alive()]
                if dead:
                    raise TextmineError(f"a worker process died (exit code {dead[0].exitcode}); {pending} batches lost") from None
                continue
            if index < 0:
                raise ConfigError(f"a worker could not build the pipeline: {payload}")
            if round_ != current:
                continue  # the rest of a map its caller left
            pending -= 1
            yield index, payload

    def post(self, batches: Iterable[Any]) -> None:
        """Queue batches whose results nobody waits for (work a worker does while it would wait)."""
        for batch in batches:
            self.tasks.put((0, 0, batch))  # round 0 is no map's: the results are dropped when they come back

    def close(self) -> None:
        """Stop the workers (after the tasks already queued) and wait for them."""
        for _ in self.procs:
            self.tasks.put(_STOP)
        for p in self.procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()
        self.tasks.close()
        self.results.close()


def can_fork() -> bool:
    """True when worker processes may be forked from this one: the platform forks safely and no other thread runs.

    A forked child holds only the forking thread; a lock another thread held
    at that moment would stay locked in the child forever. With one thread,
    a fork is safe and spares each worker importing and building its job.

    Example:
        >>> can_fork() in (True, False)
        True
    """
    # macOS lists fork but its system libraries are not fork-safe (Python itself spawns there since 3.8).
    return sys.platform != "darwin" and "fork" in mp.get_all_start_methods() and threading.active_count() == 1


class RunWorkers:
    """Where the batches of a run go: this process, a process pool or a Dask cluster, kept for every pass.

    A run maps twice (the fit sample, then the articles) and may map the
    fit's own work in between: one pool serves all of it, so workers are
    started and build their pipelines once (forked from this process when it
    runs a single thread: :func:`can_fork`). The pool starts on
    :meth:`start` (a caller that knows there is enough work starts it early,
    to build while it reads) or at the first :meth:`map` with more than one
    batch per worker; a handful of batches runs in this process, where the
    job is built already.

    Args:
        factory: The job each worker builds (picklable).
        local: The same job for this process (its ``build()`` is cheap).
        workers: Worker processes (1: everything in this process).
        engine: ``local`` or ``dask``.
        scheduler: Address of a Dask scheduler (None: a local cluster).

    Example:
        >>> with RunWorkers(_Echo(), _Echo(), workers=2) as pool:
        ...     sorted(pool.map([[1], [2]])), pool.started
        ([(0, [1]), (1, [2])], False)
    """

    def __init__(self, factory: JobFactory, local: JobFactory, *, workers: int, engine: str = "local", scheduler: str | None = None) -> None:
        self.factory = factory
        self.local = local
        self.workers = workers
        self.engine = engine
        self.scheduler = scheduler
        self.pool: Any = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def started(self) -> bool:
        """True once worker processes (or the cluster) run."""
        return self.pool is not None

    @property
    def parallel(self) -> bool:
        """True when batches may go to other processes."""
        return self.engine == "dask" or self.workers > 1

    def start(self) -> None:
        """Start the workers now (they build their jobs while the caller goes on); once only."""
        if self.pool is not None or not self.parallel:
            return
        if self.engine == "dask":
            try:
                from .dask_engine import ClusterPool
            except ImportError as err:
                raise ConfigError("--engine dask needs dask.distributed: pip install 'textmine[dask]'") from err
            self.pool = ClusterPool(self.factory, scheduler=self.scheduler, workers=self.workers)
        elif can_fork():
            # Copies of this process start with the job built here: no import, no second build (~1.5 s per worker).
            self.pool = ProcessPool(self.local, workers=self.workers, start_method="fork")
        else:
            self.pool = ProcessPool(self.factory, workers=self.workers)

    def map(self, batches: Iterable[Any], *, max_in_flight: int | None = None) -> Iterator[tuple[int, Any]]:
        """Yield ``(batch_index, results)`` for every batch, in this process or in the workers."""
        if not self.parallel:
            return map_serial(self.local, batches)
        if self.pool is None and self.engine != "dask":
            batches = iter(batches)
            head = list(islice(batches, self.workers + 1))
            if len(head) <= self.workers:  # starting a worker costs more than a few batches
                return map_serial(self.local, iter(head))
            batches = chain(head, batches)
        self.start()
        return self.pool.map(batches, max_in_flight=max_in_flight)

    def post(self, batches: Iterable[Any]) -> None:
        """Hand batches to the started workers without waiting for their results (nothing when none run)."""
        if self.pool is not None:
            self.pool.post(batches)

    def close(self) -> None:
        """Stop the workers, if any were started."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.close()


class _Echo:
    """A job that returns its batch (for examples and tests)."""

    def build(self) -> Callable[[list[Any]], list[Any]]:
        return list
