"""One helper for long work off the UI thread: progress, cancel, and the result (or the error)
delivered back on the UI thread by queued signals. Worker code never touches widgets."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import NewslineError

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    """Lives on the UI thread: signals emitted by the worker arrive here queued, and the slots
    call the task's callbacks on the UI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.on_progress: list[Callable[[int, int, str], None]] = []
        self.on_success: list[Callable[[Any], None]] = []
        self.on_failure: list[Callable[[str], None]] = []
        self.on_done: list[Callable[[], None]] = []
        self.progress.connect(self._progress)
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.done.connect(self._done)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, name: str) -> None:
        for callback in self.on_progress:
            callback(done, total, name)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        for callback in self.on_success:
            callback(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        for callback in self.on_failure:
            callback(message)

    @Slot()
    def _done(self) -> None:
        for callback in self.on_done:
            callback()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        task = self.task
        try:
            result = task.work(task.signals.progress.emit, task.cancel_event.is_set)
        except NewslineError as exc:
            task.signals.failed.emit(str(exc))
        except Exception as exc:  # an unexpected fault: reported, never a crash
            traceback.print_exc()
            task.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            task.signals.succeeded.emit(result)
        finally:
            task.signals.done.emit()


class BackgroundTask:
    """Runs `work(progress, cancelled)` on the shared thread pool."""

    def __init__(self, work: Work, *, on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[str], None] | None = None,
                 on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self.work = work
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self.running = False
        if on_success:
            self.signals.on_success.append(on_success)
        if on_failure:
            self.signals.on_failure.append(on_failure)
        if on_progress:
            self.signals.on_progress.append(on_progress)
        self.signals.on_done.append(self._finished)

    def start(self) -> BackgroundTask:
        self.running = True
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.cancel_event.set()

    def _finished(self) -> None:
        self.running = False


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until background work ends (on quit, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
