"""Making the PDF off the screen's thread, so the window keeps responding while ReportLab works."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal

from wijkteam.errors import UserError

ExportFunction = Callable[[int, Path], Path]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_pdf_name(title: str) -> str:
    """A file name from the plan's title that every system accepts."""
    name = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")
    return f"{name or 'Ons plan'}.pdf"


def default_pdf_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def is_user_facing(error: Exception) -> bool:
    """Errors that carry one Dutch sentence for the family (PdfError is one), not bugs for the crash dialog."""
    return isinstance(error, UserError)


class _JobSignals(QObject):
    finished = Signal(str)
    failed = Signal(str)
    crashed = Signal(object)


class _PdfJob(QRunnable):
    def __init__(self, export: ExportFunction, plan_id: int, target: Path, signals: _JobSignals) -> None:
        super().__init__()
        self._export = export
        self._plan_id = plan_id
        self._target = target
        self._signals = signals

    def run(self) -> None:
        try:
            path = self._export(self._plan_id, self._target)
        except Exception as error:
            if is_user_facing(error):
                self._signals.failed.emit(str(error))
            else:  # handed to the screen's thread, where the crash hook can show it
                self._signals.crashed.emit(error)
        else:
            self._signals.finished.emit(str(path))


class PdfExporter(QObject):
    """Runs one export at a time and reports back on the screen's thread."""

    ended = Signal()  # before every outcome, also a crash: the busy sign can go
    finished = Signal(str)  # the path of the PDF
    failed = Signal(str)  # a Dutch sentence

    def __init__(self, export: ExportFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._export = export
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: _JobSignals | None = None

    def is_busy(self) -> bool:
        return self._signals is not None

    def start(self, plan_id: int, target: Path) -> None:
        if self._signals is not None:
            return
        signals = _JobSignals()
        signals.finished.connect(self._on_job_finished)
        signals.failed.connect(self._on_job_failed)
        signals.crashed.connect(self._on_job_crashed)
        self._signals = signals
        self._pool.start(_PdfJob(self._export, plan_id, target, signals))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _end(self) -> None:
        self._signals = None
        self.ended.emit()

    def _on_job_finished(self, path: str) -> None:
        self._end()
        self.finished.emit(path)

    def _on_job_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_job_crashed(self, error: BaseException) -> None:
        self._end()
        raise error
