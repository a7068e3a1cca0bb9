"""Issue 13, start-up on Linux: the window's system libraries are checked before Qt starts (a
missing one is named with its package), and the real window starts under Xvfb with the xcb
platform, as on a desktop (not only offscreen)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ssc_desktop.gui import qtcheck
from ssc_desktop.gui.qtcheck import XCB_LIBRARIES, missing_xcb_libraries, uses_xcb, xcb_problem

ROOT = Path(__file__).resolve().parents[2]
ABSENT = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}  # what a fresh Debian 12 lacked


def test_a_missing_library_is_named_with_the_package_that_installs_it() -> None:
    missing = missing_xcb_libraries(loads=lambda name: name not in ABSENT, bundled=[])
    assert missing == [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ]
    message = xcb_problem(missing)
    assert "\n" not in message
    assert message.startswith("the window needs these system libraries: libxcb-icccm.so.4, ")
    assert "libxcb-icccm4 libxcb-keysyms1" in message and "apt-get install" in message
    assert "libxcb-cursor" not in message, "only what is missing, not Qt's misleading guess"
    assert xcb_problem([]) == ""


def test_a_library_carried_by_the_bundle_counts_as_present(tmp_path: Path) -> None:
    (tmp_path / "libxcb-icccm.so.4").write_bytes(b"")
    missing = missing_xcb_libraries(loads=lambda name: name not in ABSENT, bundled=[tmp_path])
    assert missing == [("libxcb-keysyms.so.1", "libxcb-keysyms1")]


def test_only_the_xcb_platform_is_checked() -> None:
    assert uses_xcb("linux", {})
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert uses_xcb("linux", {"QT_QPA_PLATFORM": "xcb:dpi=96"})
    assert not uses_xcb("linux", {"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb("linux", {"QT_QPA_PLATFORM": "wayland"})
    assert not uses_xcb("win32", {})
    assert not uses_xcb("darwin", {})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb libraries are Linux's")
def test_this_machine_has_every_library_the_window_needs() -> None:
    """The real loader (ctypes) finds all of them here (.ci/run installs them on CI)."""
    assert missing_xcb_libraries(bundled=[]) == []
    assert {name for name, _ in XCB_LIBRARIES} >= ABSENT | {"libxcb-cursor.so.0"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb libraries are Linux's")
def test_ssc_desktop_says_which_library_is_missing_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ssc_desktop.cli.main import main

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(qtcheck, "_loads", lambda name: name not in ABSENT)
    assert main(["--data-dir", str(tmp_path / "data")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith("ssc-desktop: error: the window needs these system libraries: ")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in error
    assert "libxcb-icccm4 libxcb-keysyms1" in error
    assert not (tmp_path / "data").exists(), "nothing was started"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (.ci/run installs it)")
def test_the_real_window_starts_under_xvfb_with_the_xcb_platform(tmp_path: Path) -> None:
    """What a Linux desktop does: X server 1366x768, xcb plugin, the window answers a key."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
        sys.executable, "-m", "ssc_desktop",
        "--probe-startup", str(tmp_path / "settings.ini"), "--data-dir", str(tmp_path / "data"),
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    assert marks["painted"] >= marks["answered"] > 0
    assert "could not load the Qt platform plugin" not in result.stderr
