"""Run shards on a Dask cluster (optional extra: pip install 'migextract[dask]').

Each Dask worker process loads the rules and models once (they are cached per process) and
writes its shards to the shared output directory, exactly as local workers do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .batch import RunConfig, ShardReport, process_shard


def run_on_dask(todo: Iterable, config: RunConfig, scheduler: str | None,
                window_per_worker: int = 2) -> Iterator[ShardReport]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise OSError("the dask engine needs the optional extra: pip install 'migextract[dask]'"
                      ) from err
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        limit = max(1, window_per_worker * max(1, len(client.scheduler_info()["workers"])))
        window: list = []
        for item in todo:
            window.append(item if isinstance(item, ShardReport) else
                          client.submit(process_shard, *item, config, pure=False))
            while len(window) >= limit:
                yield _result(window.pop(0))
        while window:
            yield _result(window.pop(0))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(item) -> ShardReport:
    return item if isinstance(item, ShardReport) else item.result()
