"""What every controller of the window shares: the form, the workers, the error reporter, the
status bar, the settings and the open session (None until the catalogue is open)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ssc_desktop.app.events import Change
from ssc_desktop.app.session import CatalogueSession

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu

    from ssc_desktop.gui.controllers.statusbar import StatusBar
    from ssc_desktop.gui.errors import ErrorReporter
    from ssc_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from ssc_desktop.gui.i18n import Translations
    from ssc_desktop.gui.settings import Settings
    from ssc_desktop.gui.tasks import Tasks


class SessionBridge(QObject):
    """The session's change notification as one Qt signal, delivered on the GUI thread (the
    session tells it on the writer's thread; the queued signal crosses over)."""

    changed = Signal(object)  # Change

    def attach(self, session: CatalogueSession) -> None:
        session.subscribe(self._tell)

    def _tell(self, change: Change) -> None:
        self.changed.emit(change)


@dataclass
class Shared:
    window: QMainWindow
    ui: Ui_MainWindow
    tasks: Tasks
    errors: ErrorReporter
    status: StatusBar
    settings: Settings
    translations: Translations
    bridge: SessionBridge
    session: CatalogueSession | None = None
    closed: bool = False

    @property
    def language(self) -> str:
        return self.translations.language


def insert_after(menu: QMenu, action: QAction, anchor: QAction) -> None:
    """Put an action a controller makes into the shared form's menu, just after ``anchor``
    (at the end when ``anchor`` is not there, or is the last)."""
    actions = menu.actions()
    after = actions.index(anchor) + 1 if anchor in actions else -1
    if 0 < after < len(actions):
        menu.insertAction(actions[after], action)
    else:
        menu.addAction(action)
