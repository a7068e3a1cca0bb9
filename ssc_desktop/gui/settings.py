"""The window's settings, typed, over one INI file (``QSettings``).

Per user, not per catalogue: window geometry, splitter positions, the last search, the hub
address, how often to sync, the interface language and the brief options (paper size, who
prepared it, grayscale, compact, a page per solution). (The mission basket and
the office token belong to the catalogue and live in its ``meta`` table.) Tests hand in a file
in a temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ssc_desktop.gui.i18n import LANGUAGES
from ssc_desktop.paths import APP_AUTHOR, APP_NAME

PAPER_SIZES = ("A4", "Letter")
#: Minutes between automatic syncs the Settings dialog offers; 0 turns automatic sync off.
SYNC_INTERVALS = (0, 15, 30, 60, 240)
DEFAULT_SYNC_INTERVAL = 30
#: Megabytes one sync may move (both ways) on a metered link; 0: no limit.
SYNC_BUDGETS = (0, 1, 5, 20, 100)
#: What the map view can show: counts in any role, as provider, as recipient; or the exchanges.
MAP_MODES = ("any", "provider", "recipient", "exchanges")


class Settings:
    """Typed access to the settings file; every setter writes through."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file(self) -> Path:
        return Path(self._qs.fileName())

    def sync(self) -> None:
        self._qs.sync()

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    # -- preferences -----------------------------------------------------------------------
    @property
    def hub_address(self) -> str:
        return self._str("sync/hub_address").strip()

    @hub_address.setter
    def hub_address(self, value: str) -> None:
        self._qs.setValue("sync/hub_address", value.strip())

    def _choice(self, key: str, allowed: tuple[int, ...], default: int) -> int:
        value = self._str(key)
        number = int(value) if value.isdigit() else default
        return number if number in allowed else default

    def _set_choice(self, key: str, allowed: tuple[int, ...], value: int) -> None:
        if value not in allowed:
            raise ValueError(f"unsupported {key}: {value!r}")
        self._qs.setValue(key, str(value))

    @property
    def sync_interval(self) -> int:
        """Minutes between automatic syncs once a hub is known; 0: only when asked (F9)."""
        return self._choice("sync/interval_minutes", SYNC_INTERVALS, DEFAULT_SYNC_INTERVAL)

    @sync_interval.setter
    def sync_interval(self, minutes: int) -> None:
        self._set_choice("sync/interval_minutes", SYNC_INTERVALS, minutes)

    @property
    def sync_budget(self) -> int:
        """Most megabytes one sync may move, both ways counted (metered links); 0: no limit.
        A sync that reaches it stops cleanly, keeps what arrived, and goes on next time."""
        return self._choice("sync/budget_mb", SYNC_BUDGETS, 0)

    @sync_budget.setter
    def sync_budget(self, megabytes: int) -> None:
        self._set_choice("sync/budget_mb", SYNC_BUDGETS, megabytes)

    @property
    def welcome_shown(self) -> bool:
        """Whether this user has seen the first-run welcome."""
        return self._str("interface/welcome_shown") == "yes"

    @welcome_shown.setter
    def welcome_shown(self, value: bool) -> None:
        self._qs.setValue("interface/welcome_shown", "yes" if value else "no")

    @property
    def language(self) -> str:
        """An interface language's code (``en``, ``ar``, ``zh``...), or ``""`` for the system's."""
        value = self._str("interface/language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("interface/language", value)

    @property
    def paper_size(self) -> str:
        value = self._str("briefs/paper_size", "A4")
        return value if value in PAPER_SIZES else "A4"

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        if value not in PAPER_SIZES:
            raise ValueError(f"unknown paper size {value!r}")
        self._qs.setValue("briefs/paper_size", value)

    def _flag(self, key: str) -> bool:
        return self._str(key) == "yes"

    def _set_flag(self, key: str, value: bool) -> None:
        self._qs.setValue(key, "yes" if value else "no")

    @property
    def brief_prepared_by(self) -> str:
        """Who prepares briefs (printed on their cover); "" for nobody named."""
        return self._str("briefs/prepared_by").strip()

    @brief_prepared_by.setter
    def brief_prepared_by(self, value: str) -> None:
        self._qs.setValue("briefs/prepared_by", " ".join(value.split()))

    @property
    def brief_grayscale(self) -> bool:
        return self._flag("briefs/grayscale")

    @brief_grayscale.setter
    def brief_grayscale(self, value: bool) -> None:
        self._set_flag("briefs/grayscale", value)

    @property
    def brief_compact(self) -> bool:
        return self._flag("briefs/compact")

    @brief_compact.setter
    def brief_compact(self, value: bool) -> None:
        self._set_flag("briefs/compact", value)

    @property
    def brief_page_per_solution(self) -> bool:
        return self._flag("briefs/page_per_solution")

    @brief_page_per_solution.setter
    def brief_page_per_solution(self, value: bool) -> None:
        self._set_flag("briefs/page_per_solution", value)

    @property
    def brief_folder(self) -> str:
        return self._str("briefs/last_folder")

    @brief_folder.setter
    def brief_folder(self, value: str) -> None:
        self._qs.setValue("briefs/last_folder", value)

    @property
    def results_view(self) -> str:
        """Which view beside the filters was last shown: ``list`` or ``map``."""
        value = self._str("interface/results_view", "list")
        return value if value in ("list", "map") else "list"

    @results_view.setter
    def results_view(self, value: str) -> None:
        if value not in ("list", "map"):
            raise ValueError(f"unknown results view {value!r}")
        self._qs.setValue("interface/results_view", value)

    @property
    def map_mode(self) -> str:
        """What the map shows: ``any``, ``provider``, ``recipient`` or ``exchanges``."""
        value = self._str("map/mode", "any")
        return value if value in MAP_MODES else "any"

    @map_mode.setter
    def map_mode(self, value: str) -> None:
        if value not in MAP_MODES:
            raise ValueError(f"unknown map mode {value!r}")
        self._qs.setValue("map/mode", value)

    # -- window state ----------------------------------------------------------------------
    def state(self, name: str) -> QByteArray:
        """A saved ``saveGeometry()`` / ``saveState()`` blob (empty when none)."""
        return self._bytes(f"window/{name}")

    def set_state(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{name}", value)

    @property
    def last_search(self) -> dict[str, Any]:
        try:
            value = json.loads(self._str("search/last", "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @last_search.setter
    def last_search(self, value: dict[str, Any]) -> None:
        self._qs.setValue("search/last", json.dumps(value, ensure_ascii=False))
