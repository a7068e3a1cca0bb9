"""Background work, reported back on the GUI thread.

The GUI thread never waits for the catalogue, the index, a PDF or the network. Work goes to:

* :meth:`Tasks.write`: **one** serial thread for everything that writes the catalogue or the
  index (opening and upgrading it, saving edits, notes and the basket, rebuilding the index).
  SQLite and Whoosh each allow one writer; one thread makes that a non-issue.
* :meth:`Tasks.read`: a small pool for reads (a solution's details, list rows, figures).
* :meth:`Tasks.job`: a pool for long work that is not database work (PDF briefs, network probes).
* :class:`SearchRunner`: a single search thread where the latest request wins: a request that a
  newer one overtakes is dropped before it starts, or stopped between its stages, and its
  results are never delivered.

Callbacks (``on_done``, ``on_error``) always run on the GUI thread, through a queued signal
(Anki's ``run_on_main``). An error without an ``on_error`` is logged and reported through
:attr:`Tasks.failed`, which the window turns into an error dialog; the window keeps working.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ssc_desktop.app.search import Stale

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Tasks(QObject):
    """The window's executors. Create on the GUI thread; call :meth:`shutdown` before closing."""

    #: (what was being done, the exception) for errors nobody handled.
    failed = Signal(str, object)
    #: True while any task is queued or running, False when all are done.
    busy_changed = Signal(bool)
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ssc-write")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ssc-read")
        self._jobs = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ssc-job")
        self._lock = threading.Lock()
        self._in_flight = 0
        self._closed = False
        self._probes: list[threading.Thread] = []
        self._deliver.connect(self._run_on_gui, Qt.ConnectionType.QueuedConnection)

    # -- submitting ---------------------------------------------------------------------------
    def write(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        what: str = "",
    ) -> Future[Any] | None:
        """Run ``fn`` on the writer thread (one at a time, in order)."""
        return self._submit(self._writer, fn, on_done, on_error, what)

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        what: str = "",
    ) -> Future[Any] | None:
        """Run ``fn`` on a reader thread."""
        return self._submit(self._readers, fn, on_done, on_error, what)

    def job(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        what: str = "",
    ) -> Future[Any] | None:
        """Run ``fn`` (long, not database work) on a job thread."""
        return self._submit(self._jobs, fn, on_done, on_error, what)

    def probe(
        self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None
    ) -> threading.Thread | None:
        """Run a network check on its own daemon thread: closing the window never waits for a
        slow network. Its answer is dropped if the window has closed meanwhile."""
        if self._closed:
            return None

        def run() -> None:
            callback: Callable[[], None] | None
            try:
                result = fn()
            except Exception as exc:
                log.warning("network check failed", exc_info=exc)
                callback = partial(on_error, exc) if on_error else None
            else:
                callback = partial(on_done, result)

            def deliver() -> None:
                if callback is not None and not self._closed:
                    callback()

            if not self._closed:
                with contextlib.suppress(RuntimeError):  # the window is gone
                    self._deliver.emit(deliver)

        thread = threading.Thread(target=run, name="ssc-probe", daemon=True)
        thread.start()
        self._probes.append(thread)
        return thread

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._in_flight > 0

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_done: Done | None,
        on_error: Failed | None,
        what: str,
    ) -> Future[Any] | None:
        if self._closed:
            log.debug("task %r refused: shutting down", what or fn)
            return None
        with self._lock:
            self._in_flight += 1
            first = self._in_flight == 1
        if first:
            self.busy_changed.emit(True)
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._finished(f, on_done, on_error, what or repr(fn)))
        return future

    def _finished(
        self, future: Future[Any], on_done: Done | None, on_error: Failed | None, what: str
    ) -> None:
        # On the worker thread: hand the outcome over to the GUI thread.
        if future.cancelled():
            self._deliver.emit(lambda: self._settle())
            return
        exc = future.exception()
        if exc is not None:
            log.error("background task failed: %s", what, exc_info=exc)

            def report() -> None:
                if on_error is not None:
                    on_error(exc)
                else:
                    self.failed.emit(what, exc)

            self._deliver.emit(lambda: self._settle(report))
            return
        result = future.result()
        self._deliver.emit(lambda: self._settle(on_done and (lambda: on_done(result))))

    def _settle(self, callback: Callable[[], None] | None = None) -> None:
        try:
            if callback is not None and not self._closed:
                callback()
        finally:
            with self._lock:
                self._in_flight -= 1
                idle = self._in_flight == 0
            if idle:
                self.busy_changed.emit(False)

    @Slot(object)
    def _run_on_gui(self, closure: Callable[[], None]) -> None:
        try:
            closure()
        except Exception as exc:  # a callback's bug must not take the window down
            log.exception("a task's callback failed")
            if not self._closed:
                self.failed.emit("", exc)

    # -- closing ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Finish queued writes (edits are never lost), drop queued reads, join every thread."""
        self._closed = True
        for probe in self._probes:
            probe.join(timeout=0.2)  # quick answers finish; a hanging network is left behind
        self._readers.shutdown(wait=True, cancel_futures=True)
        self._jobs.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)


class SearchRunner(QObject):
    """A single search thread where the newest request wins.

    ``submit(make)`` stamps the request with a generation number; ``make(is_stale)`` returns an
    iterator of outcomes (first page, then the rest) and should stop early when ``is_stale()``
    turns true. Only outcomes of the newest generation reach :attr:`outcome`.
    """

    outcome = Signal(int, object)  # generation, outcome
    failed = Signal(int, object)  # generation, exception
    finished = Signal(int)  # generation: its last outcome was delivered (or it failed)
    _relay = Signal(int, object, str)  # generation, payload, kind ("outcome"/"failed"/"done")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ssc-search")
        self._lock = threading.Lock()
        self._generation = 0
        self._pending: tuple[int, Callable[[Callable[[], bool]], Iterator[Any]]] | None = None
        self._running = False
        self._closed = False
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running

    def submit(self, make: Callable[[Callable[[], bool]], Iterator[Any]]) -> int:
        with self._lock:
            self._generation += 1
            generation = self._generation
            if self._closed:
                return generation
            self._pending = (generation, make)
            if not self._running:
                self._running = True
                self._executor.submit(self._loop)
        return generation

    def _loop(self) -> None:
        while True:
            with self._lock:
                if self._pending is None or self._closed:
                    self._running = False
                    return
                generation, make = self._pending
                self._pending = None

            def is_stale(generation: int = generation) -> bool:
                return self._generation != generation or self._closed

            try:
                for item in make(is_stale):
                    if is_stale():
                        break
                    self._relay.emit(generation, item, "outcome")
                else:
                    self._relay.emit(generation, None, "done")
            except Stale:
                continue
            except Exception as exc:
                log.error("search failed", exc_info=exc)
                self._relay.emit(generation, exc, "failed")

    @Slot(int, object, str)
    def _deliver(self, generation: int, payload: Any, kind: str) -> None:
        if self._closed or generation != self._generation:
            return  # a stale request's answer: dropped
        if kind == "outcome":
            self.outcome.emit(generation, payload)
        elif kind == "failed":
            self.failed.emit(generation, payload)
            self.finished.emit(generation)
        else:
            self.finished.emit(generation)

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            self._pending = None
        self._executor.shutdown(wait=True, cancel_futures=True)
