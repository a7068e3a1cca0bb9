"""A guard against a known-bad Qt binding.

PySide6 6.12.0 loses a reference to ``None`` on every call of a method returning nothing, and to
``True`` on every ``Signal.emit()``. On CPython 3.11 (where ``None`` and ``True`` are not
immortal yet) a program using it crashes after a few thousand calls ("deallocating None").
:func:`binding_problem` measures it instead of trusting version numbers.
"""

from __future__ import annotations

import sys

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
