"""Settings, language, the window's layout, and the Help menu's pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.controllers.sync import SyncController
from ssc_desktop.gui.geometry import fit_first_start
from ssc_desktop.logs import current_log_file

if TYPE_CHECKING:  # dialogs are imported when first opened (start-up stays short)
    from ssc_desktop.gui.dialogs import AboutDialog, SettingsDialog
    from ssc_desktop.gui.welcome import WelcomeDialog


class SettingsController(QObject):
    def __init__(self, shared: Shared, sync: SyncController) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.sync = sync
        self.settings_dialog: SettingsDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.about_dialog: AboutDialog | None = None
        ui = shared.ui
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.open_about)
        ui.actionWelcome.triggered.connect(self.open_welcome)
        ui.actionResetLayout.triggered.connect(self.reset_layout)
        ui.actionOpenDataFolder.triggered.connect(self._open_data_folder)
        ui.actionOpenLog.triggered.connect(self._open_log)
        sync.settings_wanted.connect(self.open_settings)

    def open_settings(self) -> None:
        from ssc_desktop.gui.dialogs import SettingsDialog

        remembered = self.sync.remembered
        dialog = SettingsDialog(
            self.shared.window, self.shared.settings,
            token_remembered=remembered.token, hub_known=remembered.hub,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.apply_settings(
            dialog.hub_address, dialog.language, dialog.paper_size,
            token=dialog.token, sync_interval=dialog.sync_interval,
            sync_budget=dialog.sync_budget,
        ))  # fmt: skip
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(
        self,
        hub_address: str,
        language: str,
        paper_size: str,
        *,
        token: str = "",
        sync_interval: int | None = None,
        sync_budget: int | None = None,
    ) -> None:
        """Keep what the Settings dialog says; a new hub address, token, interval or budget
        restarts automatic sync with it (a new token is written to the catalogue first)."""
        settings = self.shared.settings
        settings.hub_address = hub_address
        settings.paper_size = paper_size
        if sync_interval is not None:
            settings.sync_interval = sync_interval
        if sync_budget is not None:
            settings.sync_budget = sync_budget
        if language != settings.language:
            self.set_language(language)
        settings.sync()
        self.sync.apply_settings(token)

    def set_language(self, choice: str) -> None:
        """Switch the interface language now (``""``: the system's)."""
        self.shared.settings.language = choice
        self.shared.translations.apply(choice)
        # Qt posts a LanguageChange event to every widget; ours re-set their texts there.

    def open_welcome(self) -> None:
        """The first-run page (also Help ▸ Welcome); remembered as seen."""
        from ssc_desktop.gui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.shared.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.welcome_dialog = dialog
        self.shared.settings.welcome_shown = True
        dialog.open()

    def open_about(self) -> None:
        from ssc_desktop.gui.dialogs import AboutDialog

        session = self.shared.session
        root = session.root if session is not None else None
        dialog = AboutDialog(self.shared.window, root, self.shared.settings.file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.about_dialog = dialog
        dialog.open()

    def _open_data_folder(self) -> None:
        if self.shared.session is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.shared.session.root)))

    def _open_log(self) -> None:
        log_file = current_log_file()
        if log_file is not None and log_file.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file)))

    # -- layout -----------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        window, ui = self.shared.window, self.shared.ui
        width = max(window.width(), 900)
        facets = max(240, int(width * 0.2))
        results = max(380, int(width * 0.37))
        ui.mainSplitter.setSizes([facets, results, max(300, width - facets - results)])
        height = max(ui.rightSplitter.height(), 400)
        detail = int(height * 0.68)
        ui.rightSplitter.setSizes([detail, height - detail])

    def restore_window(self) -> None:
        settings, window, ui = self.shared.settings, self.shared.window, self.shared.ui
        geometry = settings.state("geometry")
        if geometry.isEmpty() or not window.restoreGeometry(geometry):
            fit_first_start(window)
        state = settings.state("state")
        if not state.isEmpty():
            window.restoreState(state)
        main = settings.state("main_splitter")
        right = settings.state("right_splitter")
        if main.isEmpty() or not ui.mainSplitter.restoreState(main):
            self.reset_layout()
        if not right.isEmpty():
            ui.rightSplitter.restoreState(right)

    def save_window(self) -> None:
        settings, window, ui = self.shared.settings, self.shared.window, self.shared.ui
        settings.set_state("geometry", window.saveGeometry())
        settings.set_state("state", window.saveState())
        settings.set_state("main_splitter", ui.mainSplitter.saveState())
        settings.set_state("right_splitter", ui.rightSplitter.saveState())
