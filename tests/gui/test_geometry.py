"""Issue 13: at first start the window, frame included, fits the screen's available area."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ssc_desktop.gui.geometry import (
    ASSUMED_FRAME,
    Margins,
    Rect,
    first_start_rect,
    fit_first_start,
)

GNOME_FRAME = Margins(left=0, top=37, right=0, bottom=0)


def outer(rect: Rect, frame: Margins) -> Rect:
    return Rect(
        rect.x - frame.left,
        rect.y - frame.top,
        rect.width + frame.left + frame.right,
        rect.height + frame.top + frame.bottom,
    )


def inside(inner: Rect, area: Rect) -> bool:
    return (
        inner.x >= area.x
        and inner.y >= area.y
        and inner.x + inner.width <= area.x + area.width
        and inner.y + inner.height <= area.y + area.height
    )


def test_a_1366x768_screen_with_a_top_panel() -> None:
    """The case of the issue: 1366×768, a 32 px panel, a 37 px title bar."""
    area = Rect(0, 32, 1366, 736)
    rect = first_start_rect(area, GNOME_FRAME)
    assert rect == Rect(0, 69, 1366, 699)
    assert inside(outer(rect, GNOME_FRAME), area)


def test_a_large_screen_gets_the_preferred_size_centred() -> None:
    area = Rect(0, 0, 1920, 1040)
    rect = first_start_rect(area, GNOME_FRAME)
    assert (rect.width, rect.height) == (1366, 768)
    frame = outer(rect, GNOME_FRAME)
    assert frame.x == (1920 - 1366) // 2 and frame.y == (1040 - 805) // 2


def test_a_second_screen_to_the_right() -> None:
    area = Rect(1920, 0, 1280, 800)
    rect = first_start_rect(area, ASSUMED_FRAME)
    assert inside(outer(rect, ASSUMED_FRAME), area)


@given(
    x=st.integers(-3000, 3000),
    y=st.integers(-2000, 2000),
    width=st.integers(660, 8000),
    height=st.integers(540, 5000),
    left=st.integers(0, 10),
    top=st.integers(0, 50),
    right=st.integers(0, 10),
    bottom=st.integers(0, 10),
)
def test_the_window_and_its_frame_always_fit(
    x: int, y: int, width: int, height: int, left: int, top: int, right: int, bottom: int
) -> None:
    area, frame = Rect(x, y, width, height), Margins(left, top, right, bottom)
    rect = first_start_rect(area, frame)
    assert inside(outer(rect, frame), area)
    assert rect.width >= min(1366, 640) and rect.height >= 480
    assert rect.width <= 1366 and rect.height <= 768


def test_fit_first_start_uses_the_screen_a_real_window_is_on(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    fit_first_start(window)
    available = window.screen().availableGeometry()
    geometry = window.geometry()
    assert geometry.width() <= available.width() - ASSUMED_FRAME.left - ASSUMED_FRAME.right
    assert geometry.height() <= available.height() - ASSUMED_FRAME.top - ASSUMED_FRAME.bottom
    window.show()
    qtbot.waitExposed(window)
    fit_first_start(window)  # shown: with the real frame (none offscreen)
    assert available.contains(window.frameGeometry())
