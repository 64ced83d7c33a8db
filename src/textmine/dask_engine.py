"""The Dask engine: the same per-article job on a ``dask.distributed`` cluster.

Imported only when ``--engine dask`` is chosen (it imports ``distributed``).
A worker plugin builds the job once per Dask worker (pipeline, tokenizer,
lexicons, theme model) and keeps it on the plugin; tasks look it up there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Self

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, fire_and_forget, get_worker

PLUGIN_NAME = "textmine-job"


class JobPlugin(WorkerPlugin):
    """Builds the batch function once on each worker.

    Example:
        >>> JobPlugin(None).name
        'textmine-job'
    """

    name = PLUGIN_NAME

    def __init__(self, factory: Any) -> None:
        self.factory = factory
        self.run: Callable[[list[Any]], list[Any]] | None = None

    def setup(self, worker: Any) -> None:
        """Build the job on ``worker``."""
        from .parallel import freeze_built_objects, limit_native_threads

        limit_native_threads()
        self.run = self.factory.build()
        freeze_built_objects()

    def teardown(self, worker: Any) -> None:
        """Drop the job."""
        self.run = None


def run_batch(batch: list[Any]) -> list[Any]:
    """The task: run this worker's job on one batch.

    Example:
        >>> callable(run_batch)
        True
    """
    plugin = get_worker().plugins[PLUGIN_NAME]
    return plugin.run(batch)


class ClusterPool:
    """A ``dask.distributed`` cluster kept for a whole run (a ``LocalCluster`` when no address is given).

    Each Dask worker builds the job once (:class:`JobPlugin`); every
    :meth:`map` keeps at most ``max_in_flight`` batches submitted.

    Example:
        >>> from textmine.parallel import _Echo
        >>> with ClusterPool(_Echo(), workers=1) as pool:  # doctest: +SKIP
        ...     sorted(pool.map([[1], [2]]))
        [(0, [1]), (1, [2])]
    """

    def __init__(self, factory: Any, *, scheduler: str | None = None, workers: int = 2) -> None:
        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(scheduler)
        try:
            self.client.register_plugin(JobPlugin(factory), name=PLUGIN_NAME)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, batches: Iterable[Any], *, max_in_flight: int | None = None) -> Iterator[tuple[int, Any]]:
        """Yield ``(batch_index, results)`` as batches finish on the cluster."""
        client = self.client
        limit = max_in_flight or 2 * max(1, len(client.scheduler_info()["workers"]))
        source = enumerate(batches)
        index_of = {}
        window = as_completed()
        for index, batch in islice(source, limit):
            future = client.submit(run_batch, batch, pure=False)
            index_of[future.key] = index
            window.add(future)
        for future in window:
            yield index_of.pop(future.key), future.result()
            future.release()
            nxt = next(source, None)
            if nxt is not None:
                new = client.submit(run_batch, nxt[1], pure=False)
                index_of[new.key] = nxt[0]
                window.add(new)

    def post(self, batches: Iterable[Any]) -> None:
        """Submit batches whose results nobody waits for."""
        for batch in batches:
            fire_and_forget(self.client.submit(run_batch, batch, pure=False))

    def close(self) -> None:
        """Close the client (and the local cluster)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
