"""Running the window without a display (tests, screenshots, benchmark).

Qt's ``offscreen`` platform has a virtual screen of 800×600 unless told otherwise; windows are
clamped to it. :func:`use_offscreen` points it at a screen big enough for the 1366×768 layout
(set before the QApplication is made).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def use_offscreen(width: int = 1920, height: int = 1080, dpi: float = 96.0) -> str:
    """Set ``QT_QPA_PLATFORM`` to an offscreen screen of this size (unless another platform
    was chosen explicitly); returns the value in effect."""
    current = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if current != "offscreen":
        return current
    config = Path(tempfile.gettempdir()) / f"ssc-desktop-offscreen-{width}x{height}-{dpi:g}.json"
    screen = {"name": "offscreen", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return os.environ["QT_QPA_PLATFORM"]
