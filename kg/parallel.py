"""Work spread over a pool (of processes for the build's extraction, of threads for reading the store), with
the results given back in order and only a few in flight, so that memory does not grow with the work."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def in_order(pool: Executor, work: Callable[[Item], Result], items: Iterable[Item], in_flight: int) -> Iterator[Result]:
    """`work(item)` for each item, run by `pool` and yielded in the items' order, with at most `in_flight`
    items submitted and not yet yielded (`items` is read as the results are taken).

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     list(in_order(pool, lambda n: n * n, range(5), in_flight=2))
    [0, 1, 4, 9, 16]
    """
    window: deque[Future[Result]] = deque()
    for item in items:
        window.append(pool.submit(work, item))
        if len(window) >= in_flight:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()
