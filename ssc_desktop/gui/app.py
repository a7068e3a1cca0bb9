"""The desktop application: ``ssc-desktop`` with no command opens it (``run``).

:func:`create_window` builds the window without starting an event loop, for tests, the
screenshot script and the benchmark; :func:`run` is the program.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ssc_desktop import __version__
from ssc_desktop.gui.errors import install_hooks
from ssc_desktop.gui.fonts import register_bundled_fonts
from ssc_desktop.gui.i18n import Translations
from ssc_desktop.gui.main_window import AppContext, MainWindow
from ssc_desktop.gui.qtcheck import binding_problem, xcb_problem
from ssc_desktop.gui.settings import Settings
from ssc_desktop.logs import configure_logging
from ssc_desktop.paths import APP_AUTHOR, APP_NAME, DataPaths, resolve_data_dir
from ssc_desktop.resources import resources_dir

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once, named so that Qt's own paths and settings are right)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        register_bundled_fonts()
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    register_bundled_fonts()  # Arabic (and Chinese when bundled) on machines without them
    icon = resources_dir() / "icons" / "ssc-desktop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_window(
    data_dir: str | Path | None,
    *,
    settings_file: str | Path | None = None,
    seed: bool = True,
) -> MainWindow:
    """The main window on ``data_dir`` (not shown, catalogue not opened yet: call
    ``show()`` then ``start()``). ``settings_file`` None uses the user's settings."""
    app = application()
    settings = Settings(settings_file)
    translations = Translations(app)
    translations.apply(settings.language)
    context = AppContext(
        data_dir=Path(data_dir) if data_dir else None,
        settings=settings,
        translations=translations,
        seed=seed,
    )
    window = MainWindow(context)
    window.destroyed.connect(lambda *_a: translations.remove())
    return window


def welcome_on_first_start(window: MainWindow) -> None:
    """Show the welcome once per user, as soon as the catalogue is open (call before start)."""
    if not window.settings.welcome_shown:
        window.catalogue_opened.connect(
            window.prefs.open_welcome, Qt.ConnectionType.SingleShotConnection
        )


def run(data_dir: str | None = None) -> int:
    """Open the window on ``data_dir`` (default: ``$SSC_DATA_DIR`` or the OS's place) and run
    until it is closed. Returns the exit code."""
    if missing := xcb_problem():  # before Qt, which would abort with a misleading message
        sys.stderr.write(f"ssc-desktop: error: {missing}\n")
        return 1
    app = application()
    configure_logging(DataPaths(resolve_data_dir(data_dir)).log_dir)
    window = create_window(data_dir)
    restore_hooks = install_hooks(window.errors)
    app.aboutToQuit.connect(window.shutdown)
    wake = _close_on_signals(window)
    try:
        window.show()
        welcome_on_first_start(window)
        window.start()
        problem = binding_problem()
        if problem:
            log.critical("%s", problem)
            warning = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem, parent=window)
            warning.open()
        return int(app.exec())
    finally:
        wake.stop()
        window.shutdown()
        restore_hooks()
        window.context.translations.remove()
        log.info("window closed")


def _close_on_signals(window: MainWindow) -> QTimer:
    """Ctrl+C or a TERM signal closes the window properly (saving what is pending).

    Python sees a signal only when it runs, and Qt's event loop is C++: a light timer gives it a
    moment four times a second.
    """

    def close(_signum: int, _frame: object) -> None:
        window.close()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    wake = QTimer(window)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()
    return wake
