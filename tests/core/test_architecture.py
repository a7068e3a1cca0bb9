"""The architecture holds: the core never imports Qt (only ssc_desktop/gui/ may), and every part
of the package has its place in the layers contract that lint-imports checks."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import ssc_desktop

PACKAGE = Path(ssc_desktop.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
# The command line opens the window when given no command, and the self-test opens it
# offscreen: both may import the GUI, lazily.
LAUNCHERS = {"cli/main.py", "selftest.py"}


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_no_core_source_file_imports_qt() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                launcher = path.relative_to(PACKAGE).as_posix() in LAUNCHERS and name.startswith(
                    "ssc_desktop.gui"
                )
                if name.split(".")[0] in QT_MODULES or (
                    name.startswith("ssc_desktop.gui") and not launcher
                ):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []
    assert len(core_modules()) > 10


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(("ssc_desktop", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in core_modules()
        if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_import_linter_contract_holds() -> None:
    script = Path(sys.executable).with_name("lint-imports")
    if not script.exists():
        script = script.with_suffix(".exe")
    result = subprocess.run([str(script)], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout and "kept" in result.stdout


def layers_contract() -> dict[str, object]:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["type"] == "layers" and c.get("containers") == ["ssc_desktop"]
    ]
    return dict(contract)


def test_every_part_of_the_package_has_a_layer() -> None:
    """A new top-level package or module cannot escape the layers (docs/architecture.md)."""
    contract = layers_contract()
    named: list[str] = []
    for layer in contract["layers"]:  # type: ignore[attr-defined]
        for separator in ("|", ":"):
            layer = layer.replace(separator, " ")
        named += [name.strip("()") for name in layer.split()]
    parts = {
        p.stem if p.is_file() else p.name
        for p in PACKAGE.iterdir()
        if (p.is_file() and p.suffix == ".py" and p.name != "__init__.py")
        or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert {"cli", "gui", "app", "catalogue", "search", "storage", "domain"} <= parts
    assert sorted(parts - set(named)) == []
    assert sorted(set(named) - parts) == []  # no layer names a module that is gone
    assert len(named) == len(set(named))
    assert contract.get("exhaustive") is True  # lint-imports checks it too
