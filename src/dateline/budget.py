"""A time budget per article: one pathological article fails with E014 instead of stalling a batch.

:func:`time_budget` arms a real-time interval timer (``signal.setitimer(ITIMER_REAL)``) around
the block; when it fires, :class:`BudgetExceeded` is raised in the block's thread at the next
Python bytecode boundary. A long call inside C code (spaCy's parser, numpy) ends first, so the
bound holds within the time of one such call. The timer works only in the main thread of a
POSIX process (the ``extract`` command and every ``ingest`` worker process); elsewhere (a Dask
worker thread, Windows) the block runs unbounded. The timer is disarmed and the previous
``SIGALRM`` handler restored on every exit.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from .errors import Code, ProcessingError

#: Seconds one article may take in the pipeline's stages by default (an article of the VOA or
#: AllSides corpora takes about 0.1 s on one core; the slowest of 37,554 AllSides articles, a
#: few seconds).
DEFAULT_SECONDS = 60.0


class BudgetExceeded(ProcessingError):
    """An article took longer than its time budget (E014)."""


def available() -> bool:
    """Whether a budget can be enforced here (a POSIX process's main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, stage: str = "extraction") -> Iterator[None]:
    """Raise :class:`BudgetExceeded` (E014) in the block when it runs longer than ``seconds``.

    ``seconds`` of ``None`` or ``0`` (or an environment without the timer, see the module
    docstring) runs the block unbounded.

    Raises:
        BudgetExceeded: E014, with ``seconds`` and ``stage`` in its message.
    """
    if not seconds or seconds <= 0 or not available():
        yield
        return

    def fire(signum, frame):  # noqa: ARG001 - the signal handler's signature
        raise BudgetExceeded(Code.TIME_BUDGET, seconds=seconds, stage=stage)

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
