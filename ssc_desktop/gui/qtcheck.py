"""Guards against a Qt that cannot work: missing system libraries, a known-bad binding.

:func:`xcb_problem`: on Linux, Qt's xcb platform plugin needs X11 libraries that a fresh
desktop may lack (Debian 12 has no ``libxcb-icccm4`` / ``libxcb-keysyms1``); Qt then aborts
with a message naming only ``libxcb-cursor0``. They are checked before any window is made, and
the missing ones named with the command that installs them.

PySide6 6.12.0 loses a reference to ``None`` on every call of a method returning nothing, and to
``True`` on every ``Signal.emit()``. On CPython 3.11 (where ``None`` and ``True`` are not
immortal yet) a program using it crashes after a few thousand calls ("deallocating None").
:func:`binding_problem` measures it instead of trusting version numbers.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    pinged = Signal()


def binding_problem(calls: int = 32) -> str:
    """A message when the Qt binding drops references (empty when all is well)."""
    probe = _Probe()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.setObjectName("probe")
        probe.pinged.emit()
    lost = max(before_none - sys.getrefcount(None), before_true - sys.getrefcount(True))
    probe.deleteLater()
    if lost < calls // 2:
        return ""
    return (
        f"PySide6 {pyside_version} loses Python references on every call "
        f"(Python {sys.version.split()[0]}); SSC Desktop would crash after a while. "
        "Install another PySide6 version (e.g. PySide6-Essentials 6.11.3)."
    )


#: What Qt's xcb platform plugin (``plugins/platforms/libqxcb.so`` and ``libQt6XcbQpa``) loads
#: from the system, by ``ldd``: (shared library, Debian/Ubuntu package).
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def _loads(name: str) -> bool:
    """True when the dynamic loader finds and loads the shared library ``name``."""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _bundled_folders() -> list[Path]:
    """Where a bundle or the PySide6 wheel carries its own copies of libraries."""
    import PySide6

    folders = [Path(PySide6.__file__).parent / "Qt" / "lib"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen))
    return folders


def missing_xcb_libraries(
    loads: Callable[[str], bool] | None = None, bundled: Sequence[Path] | None = None
) -> list[tuple[str, str]]:
    """The (library, package) pairs of :data:`XCB_LIBRARIES` that cannot be loaded."""
    loads = loads or _loads
    folders = _bundled_folders() if bundled is None else list(bundled)
    return [
        (name, package)
        for name, package in XCB_LIBRARIES
        if not any((folder / name).is_file() for folder in folders) and not loads(name)
    ]


def uses_xcb(platform: str = sys.platform, environ: dict[str, str] | None = None) -> bool:
    """True when Qt will try its xcb (X11) platform plugin: Linux, QT_QPA_PLATFORM unset or xcb."""
    chosen = (os.environ if environ is None else environ).get("QT_QPA_PLATFORM", "").strip()
    return platform.startswith("linux") and (not chosen or chosen.split(":")[0] == "xcb")


def xcb_problem(missing: Sequence[tuple[str, str]] | None = None) -> str:
    """One line naming the system libraries the window lacks and how to install them ("" when
    none is missing or Qt will not use xcb). Checked before ``QApplication`` exists, because Qt
    aborts the process with a misleading message when its platform plugin cannot load."""
    if missing is None:
        if not uses_xcb():
            return ""
        missing = missing_xcb_libraries()
    if not missing:
        return ""
    names = ", ".join(name for name, _ in missing)
    packages = " ".join(package for _, package in missing)
    how = f"sudo apt-get install {packages}"
    if not shutil.which("apt-get"):
        how = f"your package manager (on Debian/Ubuntu: {how})"
    return f"the window needs these system libraries: {names}; install them with: {how}"
