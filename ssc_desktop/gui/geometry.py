"""The window's first-start geometry: the preferred size, but never more than the screen shows.

On a 1366×768 screen a 1366×768 window plus its title bar is taller than the area the desktop
leaves (panels, docks), and the status bar (brief saved, sync progress, Cancel) ends up below the
bottom edge. :func:`first_start_rect` is pure arithmetic (tested without a screen);
:func:`fit_first_start` applies it to a window with Qt's numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Margins:
    """The window frame the window manager adds around the client area (title bar on top)."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0


#: A frame to assume before the window manager has told us (the window is not shown yet):
#: a generous title bar and thin borders, as on GNOME, KDE, Windows and macOS.
ASSUMED_FRAME = Margins(left=8, top=40, right=8, bottom=8)
PREFERRED = (1366, 768)
MINIMUM = (640, 480)


def first_start_rect(
    available: Rect,
    frame: Margins,
    preferred: tuple[int, int] = PREFERRED,
    minimum: tuple[int, int] = MINIMUM,
) -> Rect:
    """The window's client rectangle (what ``QWidget.setGeometry`` takes) for a first start:
    the preferred size shrunk so that the window *with its frame* fits ``available`` (the
    screen minus panels), centred there. Never below ``minimum`` unless the screen itself is
    smaller (then the whole available area)."""
    room_w = max(1, available.width - frame.left - frame.right)
    room_h = max(1, available.height - frame.top - frame.bottom)
    width = min(preferred[0], room_w)
    height = min(preferred[1], room_h)
    width = max(width, min(minimum[0], room_w))
    height = max(height, min(minimum[1], room_h))
    outer_w = width + frame.left + frame.right
    outer_h = height + frame.top + frame.bottom
    x = available.x + max(0, (available.width - outer_w) // 2) + frame.left
    y = available.y + max(0, (available.height - outer_h) // 2) + frame.top
    return Rect(x, y, width, height)


def fit_first_start(window: QWidget, preferred: tuple[int, int] = PREFERRED) -> None:
    """Size and place ``window`` for a first start on the screen it is on (or the primary).

    The frame is the real one once the window is shown, :data:`ASSUMED_FRAME` before.
    """
    from PySide6.QtGui import QGuiApplication, QScreen

    # Either may be None (no screen yet, or none at all), whatever the stubs say.
    screen = cast("QScreen | None", window.screen() or QGuiApplication.primaryScreen())
    if screen is None:
        window.resize(*preferred)
        return
    area = screen.availableGeometry()
    frame = ASSUMED_FRAME
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        if outer != inner:
            frame = Margins(
                left=inner.left() - outer.left(),
                top=inner.top() - outer.top(),
                right=outer.right() - inner.right(),
                bottom=outer.bottom() - inner.bottom(),
            )
    rect = first_start_rect(Rect(area.x(), area.y(), area.width(), area.height()), frame, preferred)
    window.setGeometry(rect.x, rect.y, rect.width, rect.height)
