"""The self-test the installer runs on the frozen bundle, run here from source."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import build_installer
from ssc_desktop.selftest import STEPS, run_self_test


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_self_test_passes_and_says_so() -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0
    text = out.getvalue()
    assert text.count("\nok ") + text.startswith("ok ") == len(STEPS)
    assert text.rstrip().endswith("self-test passed")


def test_self_test_reports_a_broken_step(monkeypatch: object) -> None:
    def broken(_ctx: object) -> str:
        raise RuntimeError("fonts are missing")

    import ssc_desktop.selftest as selftest

    original = list(selftest.STEPS)
    selftest.STEPS.append(("broken", broken))
    try:
        out = io.StringIO()
        assert run_self_test(out) == 1
    finally:
        selftest.STEPS[:] = original
    assert "FAILED broken: RuntimeError: fonts are missing" in out.getvalue()
    assert "self-test FAILED (1 step(s))" in out.getvalue()


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_command_line_self_test_never_touches_the_users_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ssc_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "SSC_DATA_DIR": str(tmp_path / "users"),
            "PATH": "",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (tmp_path / "users").exists()


def test_installer_spec_bundles_the_data_folders(tmp_path: Path) -> None:
    spec = build_installer.spec_text(tmp_path / "entry.py", "ssc-desktop", windowed=True)
    compile(spec, "spec", "exec")
    for folder in ("resources", "db", "ui"):
        assert f"'{folder}')" in spec
    assert "console=True" in spec and "console=False" in spec
    assert "if True:" in spec
    assert "if False:" in build_installer.spec_text(tmp_path / "e.py", "x", windowed=False)
    assert build_installer.version().count(".") == 2


def test_windows_installer_script_is_written_even_without_inno_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_installer.shutil, "which", lambda _name: None)
    bundle = tmp_path / "ssc-desktop"
    bundle.mkdir()
    with pytest.raises(SystemExit, match="iscc is not on PATH"):
        build_installer.package_windows(bundle, tmp_path, "1.2.3")
    script = (tmp_path / "ssc-desktop.iss").read_text(encoding="utf-8")
    assert "AppVersion=1.2.3" in script and "PrivilegesRequired=lowest" in script
    assert "{app}" in script and "ssc-desktop-1.2.3-setup" in script
    assert "[UninstallDelete]" not in script, "uninstalling never removes the user's data"
