"""Telling the user that something went wrong: a short message, details to copy, a log file.

Background jobs never show dialogs themselves: their errors come back to the GUI thread and end
up in :class:`ErrorDialog` (Calibre's ``error_dialog``, Anki's "Copy debug info"). The message
depends on the kind of error (typed exceptions, not text matching); the full traceback goes in
the details and in the rotating log file.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.logs import current_log_file

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """A short message for the user, by the kind of error."""
    from ssc_desktop.storage.database import DatabaseError

    if isinstance(exc, DatabaseError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ErrorDialog", "SSC Desktop may not write there: %1"
        ).replace("%1", str(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ErrorDialog", "A file could not be read or written: %1"
        ).replace("%1", str(exc))
    return QCoreApplication.translate("ErrorDialog", "An unexpected error happened (%1).").replace(
        "%1", type(exc).__name__
    )


def details_of(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()


class ErrorDialog(QDialog):
    """A short message, where the log is, and the details in a box with a copy button.

    Not modal: the window behind keeps working. Errors that come while it is open are added to
    it instead of opening more dialogs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        icon = QLabel(self)
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(140)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.where)
        top.addLayout(text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self._count = 0
        self.resize(620, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        self.details.setAccessibleName(self.tr("Error details"))
        log_file = current_log_file()
        text = self.tr("The window keeps working.")
        if log_file:
            text += " " + self.tr("The details are also in the log file %1.").replace(
                "%1", str(log_file)
            )
        self.where.setText(text)

    def add(self, message: str, details: str) -> None:
        self._count += 1
        if self._count == 1:
            self.message.setText(message)
            self.details.setPlainText(details)
        else:
            self.message.setText(
                self.tr("%1 (and %n more problem(s))", "", self._count - 1).replace("%1", message)
            )
            self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.message.text()}\n\n{self.details.toPlainText()}")

    def done(self, result: int) -> None:
        self._count = 0
        super().done(result)


class ErrorReporter(QObject):
    """Shows errors (from any thread) in one :class:`ErrorDialog` on the GUI thread."""

    _report = Signal(str, str)

    def __init__(self, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self.dialog: ErrorDialog | None = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, exc: BaseException, message: str = "") -> None:
        """Thread-safe: log the error and show it when the GUI thread is free."""
        log.error("%s", message or "error", exc_info=exc)
        self._report.emit(message or describe(exc), details_of(exc))

    def _show(self, message: str, details: str) -> None:
        if self.dialog is None:
            self.dialog = ErrorDialog(self._window)
        self.dialog.add(message, details)
        if not self.dialog.isVisible():
            self.dialog.open()
        self.dialog.raise_()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()


def install_hooks(reporter: ErrorReporter) -> Callable[[], None]:
    """Route uncaught exceptions (GUI thread and others) to ``reporter``; returns an undo."""
    old_sys, old_thread = sys.excepthook, threading.excepthook

    def on_exception(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            old_sys(kind, exc, tb)
            return
        reporter.report(exc.with_traceback(tb))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception

    def restore() -> None:
        sys.excepthook, threading.excepthook = old_sys, old_thread

    return restore
